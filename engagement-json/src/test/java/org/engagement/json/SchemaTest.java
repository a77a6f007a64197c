package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.engagement.json.bind.Schemas;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The published JSON Schema, checked with an independent validator (networknt, format
 * assertions on): every valid fixture and every document the SDK writes conforms, and every
 * invalid fixture that the schema can judge is rejected by it as by the reader.
 */
class SchemaTest {

  /**
   * The invalid fixtures the schema cannot judge, and why: rules between values or records,
   * parsers that keep the last of duplicate keys, limits that are the reader's own.
   */
  private static final Map<String, String> BEYOND_THE_SCHEMA = Map.ofEntries(
      Map.entry("invalid-duplicate-key-area-id.json", "JSON parsers keep one of duplicate keys"),
      Map.entry("invalid-duplicate-key-counts.json", "JSON parsers keep one of duplicate keys"),
      Map.entry("invalid-duplicate-key-root-areas.json", "JSON parsers keep one of duplicate keys"),
      Map.entry("invalid-limit-exceeded-long-number.json", "a limit of the reader"),
      Map.entry("invalid-non-finite-number-overflowing-weight.json",
          "1e400 is a JSON number; only a Java double overflows"),
      Map.entry("invalid-invalid-value-own-parent.json", "a rule between two properties"),
      Map.entry("invalid-invalid-value-period-reversed.json", "a rule between two dates"),
      Map.entry("invalid-blank-text-area-name.json", "a rule of the dataset validator"),
      Map.entry("invalid-blank-text-scheme-label.json", "a rule of the dataset validator"),
      Map.entry("invalid-duplicate-id-areas.json", "a rule of the dataset validator"),
      Map.entry("invalid-likert-out-of-range-answer.json", "a rule of the dataset validator"),
      Map.entry("invalid-negative-value-demographic-count.json",
          "a rule of the dataset validator"),
      Map.entry("invalid-unknown-category-response-demographics.json",
          "a rule of the dataset validator"),
      Map.entry("invalid-unknown-reference-input-activity.json",
          "a rule of the dataset validator"));

  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemaRegistryConfig(
              SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
      .getSchema(EngagementJson.schema(), InputFormat.JSON);

  @Test
  void publishedSchema_isTheOneMadeFromTheFormat() {
    String made = Schemas.datasetSchema();
    if (!made.equals(EngagementJson.schema())) {
      Fixtures.saveActual("engagement-1.0.schema.json", made);
    }
    assertThat(EngagementJson.schema()).isEqualTo(made);
  }

  @Test
  void publishedSchema_conformsToTheDraft202012MetaSchema() {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

    assertThat(meta.validate(EngagementJson.schema(), InputFormat.JSON)).isEmpty();
  }

  @Test
  void publishedSchema_describesEveryPropertyAndType() {
    String schema = EngagementJson.schema();

    assertThat(schema).contains("\"title\": \"EngagementActivity\"")
        .contains("\"description\": \"The date it took place, or started.\"")
        .contains("\"enum\": [\n        \"FORCE\",\n        \"BOROUGH\",\n        \"WARD\"");
  }

  @TestFactory
  Stream<DynamicTest> validFixtures_conformToTheSchema() {
    return Fixtures.named("valid-").stream().map(file -> DynamicTest.dynamicTest(name(file),
        () -> assertThat(errors(Fixtures.text(name(file)))).isEmpty()));
  }

  @Test
  void documentsTheSdkWrites_conformToTheSchema() {
    EngagementJson json = EngagementJson.standard();
    for (String written : List.of(json.writeString(Datasets.full()),
        json.writeString(Datasets.minimal()),
        json.disable(JsonFeature.INDENT_OUTPUT).writeString(Datasets.full()))) {
      assertThat(errors(written)).isEmpty();
    }
  }

  @TestFactory
  Stream<DynamicTest> invalidFixturesTheSchemaCanJudge_areRejectedByIt() {
    return Fixtures.named("invalid-").stream()
        .filter(file -> !BEYOND_THE_SCHEMA.containsKey(name(file)))
        .map(file -> DynamicTest.dynamicTest(name(file), () -> {
          String code = FixturesTest.firstError(file).code();
          // NaN and Infinity are not JSON: the independent parser refuses them outright.
          boolean notJson = List.of("SYNTAX_ERROR", "EMPTY_DOCUMENT", "TRAILING_CONTENT",
              "NON_FINITE_NUMBER").contains(code);
          assertThat(rejects(Fixtures.text(name(file)), notJson)).as("the schema rejects it")
              .isTrue();
        }));
  }

  @Test
  void fixturesBeyondTheSchema_exist() {
    for (String name : BEYOND_THE_SCHEMA.keySet()) {
      assertThat(Fixtures.path(name)).exists();
    }
  }

  /** Whether the schema has errors, or, for a text that is not JSON, its parser fails. */
  private static boolean rejects(String document, boolean notJson) {
    try {
      return !SCHEMA.validate(document, InputFormat.JSON).isEmpty();
    } catch (RuntimeException e) {
      if (notJson) {
        return true;
      }
      throw e;
    }
  }

  static List<Error> errors(String document) {
    return SCHEMA.validate(document, InputFormat.JSON);
  }

  private static String name(Path file) {
    return file.getFileName().toString();
  }
}
