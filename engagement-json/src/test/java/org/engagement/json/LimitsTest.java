package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.engagement.core.Area;
import org.engagement.core.AreaLevel;
import org.engagement.core.Commitment;
import org.engagement.core.CommitmentId;
import org.engagement.core.EngagementDataset;
import org.junit.jupiter.api.Test;

/** Hostile input fails fast with LIMIT_EXCEEDED, and writing respects the same limits. */
class LimitsTest {

  private static final String HEAD = "{\"formatVersion\": \"1.0\", ";
  private final EngagementJson json = EngagementJson.standard();

  @Test
  void defaults_areDocumented() {
    JsonLimits limits = JsonLimits.defaults();

    assertThat(limits.maxNestingDepth()).isEqualTo(64);
    assertThat(limits.maxStringLength()).isEqualTo(1_000_000);
    assertThat(limits.maxNumberLength()).isEqualTo(100);
    assertThat(limits.maxRecordLength()).isEqualTo(16L * 1024 * 1024);
    assertThat(limits.maxDocumentLength()).isEqualTo(JsonLimits.NO_LIMIT);
    assertThat(limits.limitsDocumentLength()).isFalse();
    assertThat(json.limits()).isEqualTo(limits);
  }

  @Test
  void builder_limitBelowOne_isRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> JsonLimits.builder().maxNestingDepth(0).build());
  }

  @Test
  void read_hundredMegabyteString_failsAtTheStringLimitWithoutReadingIt() {
    GeneratedInput input = new GeneratedInput(HEAD + "\"areas\": [{\"id\": \"A\", \"name\": \"",
        'x', 100L * 1024 * 1024, "\", \"level\": \"WARD\"}]}");

    JsonReadException e = assertThrows(JsonReadException.class, () -> json.read(input));

    assertThat(e.code()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(e.pointer()).isEqualTo("/areas/0/name");
    assertThat(e.getMessage()).contains("JsonLimits.maxStringLength");
    assertThat(input.consumed()).isLessThan(4L * 1024 * 1024);
  }

  @Test
  void read_longPropertyName_failsAtTheStringLimit_inTheSdksOwnWords() {
    EngagementJson small = json.withLimits(JsonLimits.builder().maxStringLength(16).build());

    JsonReadException e = assertThrows(JsonReadException.class,
        () -> small.readString(HEAD + "\"" + "k".repeat(4000) + "\": 1}"));

    assertThat(e.code()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(e.problem().message())
        .startsWith("a property name exceeds JsonLimits.maxStringLength: ")
        .endsWith("characters, more than 16")
        .doesNotContain("StreamReadConstraints");
  }

  @Test
  void read_deepNesting_failsAtTheDepthLimit_inTheSdksOwnWords() {
    EngagementJson shallow = json.enable(JsonFeature.ALLOW_UNKNOWN_PROPERTIES)
        .withLimits(JsonLimits.builder().maxNestingDepth(5).build());

    JsonReadException e = assertThrows(JsonReadException.class,
        () -> shallow.readString(HEAD + "\"extension\": [[[[[[[[1]]]]]]]]}"));

    assertThat(e.code()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(e.problem().message())
        .isEqualTo("nesting depth exceeds JsonLimits.maxNestingDepth: deeper than 5");
  }

  @Test
  void read_tenThousandDigitNumber_failsAtTheNumberLimit() {
    GeneratedInput input = new GeneratedInput(HEAD + "\"referencePopulations\": [{\"id\": \"P\", "
        + "\"area\": \"A\", \"dimension\": \"AGE\", \"year\": ", '9', 10_000, "}]}");

    JsonReadException e = assertThrows(JsonReadException.class, () -> json.read(input));

    assertThat(e.code()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(e.pointer()).isEqualTo("/referencePopulations/0/year");
    assertThat(e.getMessage()).contains("JsonLimits.maxNumberLength");
  }

  @Test
  void read_hundredThousandDeepArrayAsRoot_failsAtOnceAsWrongType() {
    GeneratedInput input = new GeneratedInput("", '[', 100_000, "");

    JsonReadException e = assertThrows(JsonReadException.class, () -> json.read(input));

    assertThat(e.code()).isEqualTo("WRONG_TYPE");
    assertThat(e.pointer()).isEmpty();
    assertThat(input.consumed()).isLessThan(100_000);
  }

  @Test
  void read_hundredThousandDeepArrayInSkippedProperty_failsAtTheDepthLimit() {
    GeneratedInput input = new GeneratedInput(HEAD + "\"extension\": ", '[', 100_000, "");
    EngagementJson lenient = json.enable(JsonFeature.ALLOW_UNKNOWN_PROPERTIES);

    JsonReadException e = assertThrows(JsonReadException.class, () -> lenient.read(input));

    assertThat(e.code()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(e.getMessage()).contains("JsonLimits.maxNestingDepth");
    assertThat(e.pointer()).startsWith("/extension/0/0/0");
    assertThat(e.problems()).extracting(JsonProblem::code)
        .containsExactly("UNKNOWN_PROPERTY", "LIMIT_EXCEEDED");
  }

  @Test
  void read_deepArrayInUnknownProperty_strict_reportsThePropertyThenFailsAtTheDepthLimit() {
    GeneratedInput input = new GeneratedInput(HEAD + "\"extension\": ", '[', 100_000, "");

    JsonReadException e = assertThrows(JsonReadException.class, () -> json.read(input));

    assertThat(e.code()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(e.problems()).extracting(JsonProblem::code)
        .containsExactly("UNKNOWN_PROPERTY", "LIMIT_EXCEEDED");
    assertThat(e.problems().get(0).pointer()).isEqualTo("/extension");
    assertThat(input.consumed()).isLessThan(100_000);
  }

  @Test
  void read_recordLongerThanTheLimit_failsWithinTheRecord() {
    StringBuilder text = new StringBuilder("{\"formatVersion\": \"1.0\", \"decisions\": [{"
        + "\"presentedInputs\": [");
    for (int i = 0; i < 2000; i++) {
      text.append(i == 0 ? "" : ", ").append("\"IN-").append(i).append('"');
    }
    text.append("]}]}");
    EngagementJson small = json.withLimits(JsonLimits.builder().maxRecordLength(1000).build());

    JsonReadException e =
        assertThrows(JsonReadException.class, () -> small.readString(text.toString()));

    assertThat(e.code()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(e.getMessage()).contains("JsonLimits.maxRecordLength");
    assertThat(e.pointer()).startsWith("/decisions/0/presentedInputs/");
    assertThat(json.readString(text.toString()).errors()).extracting(JsonProblem::code)
        .doesNotContain("LIMIT_EXCEEDED");
  }

  @Test
  void read_documentLongerThanTheOptInLimit_fails() {
    String text = json.writeString(Datasets.full());
    EngagementJson small = json.withLimits(JsonLimits.builder().maxDocumentLength(1000).build());

    JsonReadException e = assertThrows(JsonReadException.class, () -> small.readString(text));

    assertThat(e.code()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(e.getMessage()).contains("JsonLimits.maxDocumentLength");
  }

  @Test
  void read_nestingDeeperThanAConfiguredDepth_fails() {
    String text = json.writeString(Datasets.full());
    EngagementJson shallow = json.withLimits(JsonLimits.builder().maxNestingDepth(4).build());

    JsonReadException e = assertThrows(JsonReadException.class, () -> shallow.readString(text));

    assertThat(e.code()).isEqualTo("LIMIT_EXCEEDED");
    assertThat(e.line()).isPositive();
  }

  @Test
  void write_textLongerThanTheStringLimit_isRefused_andWritesWithARaisedLimit() {
    EngagementDataset data = EngagementDataset.builder().addAreas(Area.builder()
        .id(org.engagement.core.AreaId.of("A")).name("n".repeat(1_000_001))
        .level(AreaLevel.WARD).build()).build();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> json.writeString(data));
    assertThat(e.getMessage()).contains("/areas/0/name").contains("maxStringLength");

    EngagementJson raised = json.withLimits(
        JsonLimits.builder().maxStringLength(2_000_000).build());
    assertThat(raised.readString(raised.writeString(data)).dataset()).isEqualTo(data);
  }

  @Test
  void write_documentLongerThanTheLimit_isRefused() {
    EngagementJson small = json.withLimits(JsonLimits.builder().maxDocumentLength(1000).build());

    IllegalArgumentException chars = assertThrows(IllegalArgumentException.class,
        () -> small.writeString(Datasets.full()));
    IllegalArgumentException bytes = assertThrows(IllegalArgumentException.class,
        () -> small.write(Datasets.full(), new java.io.ByteArrayOutputStream()));

    assertThat(chars.getMessage()).contains("JsonLimits.maxDocumentLength");
    assertThat(bytes.getMessage()).contains("JsonLimits.maxDocumentLength");
    EngagementDataset tiny = EngagementDataset.builder()
        .scheme(org.engagement.core.DemographicScheme.builder().build()).build();
    assertThat(small.writeString(tiny)).isEqualTo(
        "{\n  \"formatVersion\": \"1.0\",\n  \"scheme\": {}\n}\n");
    assertThat(small.readString(small.writeString(tiny)).dataset()).isEqualTo(tiny);
  }

  @Test
  void write_nestingDeeperThanTheLimit_isRefused() {
    EngagementJson shallow = json.withLimits(JsonLimits.builder().maxNestingDepth(4).build());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> shallow.writeString(Datasets.full()));

    assertThat(e.getMessage()).contains("JsonLimits.maxNestingDepth");
  }

  @Test
  void mapKeyLongerThanJacksonsNameLimit_butWithinTheStringLimit_roundTrips() {
    EngagementDataset data = EngagementDataset.builder().addReferencePopulations(
        org.engagement.core.ReferencePopulation.builder()
            .id(org.engagement.core.PopulationId.of("P")).area(Datasets.LAMBETH).year(2021)
            .dimension("LANGUAGE").putCounts("k".repeat(60_000), 1L).build()).build();

    assertThat(json.readString(json.writeString(data)).dataset()).isEqualTo(data);
  }

  @Test
  void write_numberLongerThanTheNumberLimit_isRefused() {
    EngagementDataset data = EngagementDataset.builder().addCommitments(Commitment.builder()
        .id(CommitmentId.of("C")).area(Datasets.LAMBETH).description("d")
        .target(new BigDecimal("1." + "5".repeat(120))).deadline(LocalDate.of(2014, 3, 31))
        .build()).build();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> json.writeString(data));

    assertThat(e.getMessage()).contains("/commitments/0/target").contains("maxNumberLength");
  }
}
