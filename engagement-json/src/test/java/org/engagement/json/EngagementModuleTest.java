package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

class EngagementModuleTest {

  private final JsonMapper mapper = JsonMapper.builder().addModule(new EngagementModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Test
  void findAndAddModules_findsTheModule() throws Exception {
    try (var in = EngagementModule.class.getResourceAsStream(
        "/META-INF/services/" + JacksonModule.class.getName())) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip())
          .as("the class-path registration").isEqualTo(EngagementModule.class.getName());
    }
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.registeredModules()).anyMatch(m -> m instanceof EngagementModule);
  }

  @Test
  void mapper_roundTripsTheFullDataset_inTheFacadesFormat() {
    String text = mapper.writeValueAsString(Datasets.full());

    assertThat(mapper.readValue(text, EngagementDataset.class)).isEqualTo(Datasets.full());
    assertThat(EngagementJson.standard().readString(text).dataset()).isEqualTo(Datasets.full());
  }

  @Test
  void mapper_bindsSingleRecordsIdsAndPeriods() {
    Area area = mapper.readValue(
        "{\"id\":\"E09000022\",\"name\":\"Lambeth\",\"level\":\"BOROUGH\"}", Area.class);

    assertThat(area).isEqualTo(Area.builder().id(AreaId.of("E09000022")).name("Lambeth")
        .level(AreaLevel.BOROUGH).build());
    assertThat(mapper.writeValueAsString(area)).isEqualTo(
        "{\"id\":\"E09000022\",\"name\":\"Lambeth\",\"level\":\"BOROUGH\","
            + "\"businessPresence\":false}");
    assertThat(mapper.writeValueAsString(AreaId.of("E09000022"))).isEqualTo("\"E09000022\"");
    assertThat(mapper.readValue("[\"2012-04-01/2013-03-31\"]",
        new TypeReference<List<Period>>() {})).containsExactly(Period.financialYear(2012));
  }

  @Test
  void mapper_badRecord_throwsJsonReadExceptionWithPointer() {
    JsonReadException e = assertThrows(JsonReadException.class, () -> mapper.readValue(
        "{\"id\":\"E09000022\",\"name\":\"Lambeth\",\"level\":\"CITY\"}", Area.class));

    assertThat(e.code()).isEqualTo("UNKNOWN_ENUM_VALUE");
    assertThat(e.pointer()).isEqualTo("/level");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(44);
    assertThat(e.getMessage()).contains("expected one of FORCE, BOROUGH, WARD");
  }

  @Test
  void mapper_unknownProperty_followsTheMappersSetting() {
    String text = "{\"id\":\"E09000022\",\"name\":\"Lambeth\",\"level\":\"WARD\",\"x\":1}";

    JsonReadException e = assertThrows(JsonReadException.class,
        () -> mapper.readValue(text, Area.class));
    assertThat(e.code()).isEqualTo("UNKNOWN_PROPERTY");
    JsonMapper lenient = mapper.rebuild()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThat(lenient.readValue(text, Area.class).level()).isEqualTo(AreaLevel.WARD);
  }
}
