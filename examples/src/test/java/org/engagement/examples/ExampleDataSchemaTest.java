package org.engagement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagement.json.EngagementJson;
import org.junit.jupiter.api.Test;

/**
 * The example datasets of {@code examples/data/} against the published JSON Schema, with an
 * independent draft 2020-12 validator as it comes (networknt, formats as annotations): the sample
 * conforms, and both broken files are rejected by the schema alone, as the SDK rejects them.
 */
class ExampleDataSchemaTest {

  private static final Path DATA =
      Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "data");

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(EngagementJson.schema(), InputFormat.JSON);

  @Test
  void sampleDataset_conformsToThePublishedSchema() throws IOException {
    assertThat(errors("lambeth.json")).isEmpty();
  }

  @Test
  void brokenInvalid_isRejectedByThePublishedSchema_forItsNegativeAttendance()
      throws IOException {
    // Its other four errors are rules between records, beyond any JSON Schema.
    assertThat(errors("broken/invalid.json")).singleElement().asString()
        .startsWith("/activities/0/attendance");
  }

  @Test
  void brokenUnreadable_isNotJson_soNoSchemaValidatorGetsAsFarAsTheSchema() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> errors("broken/unreadable.json"))
        .isInstanceOf(RuntimeException.class);
  }

  private static List<Error> errors(String file) throws IOException {
    return SCHEMA.validate(Files.readString(DATA.resolve(file), StandardCharsets.UTF_8),
        InputFormat.JSON);
  }
}
