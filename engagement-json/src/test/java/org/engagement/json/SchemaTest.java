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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.validation.BeanValidation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published JSON Schema, checked with an independent validator (networknt, draft 2020-12,
 * once as it comes, formats as annotations, and once with format assertions on): every valid
 * fixture and every document the SDK writes conforms, and every invalid fixture is rejected by
 * it, except those named in {@link #BEYOND_THE_SCHEMA}, which it must accept.
 */
class SchemaTest {

  /**
   * The invalid fixtures that no JSON Schema can reject, and why. The schema must accept each of
   * them (else it is not beyond the schema any more and comes off this list), and must reject
   * every invalid fixture not listed here.
   */
  static final Map<String, String> BEYOND_THE_SCHEMA = Map.ofEntries(
      Map.entry("invalid-duplicate-key-area-id.json",
          "JSON parsers keep one of duplicate keys; the schema sees the object they make"),
      Map.entry("invalid-duplicate-key-counts.json",
          "JSON parsers keep one of duplicate keys; the schema sees the object they make"),
      Map.entry("invalid-duplicate-key-root-areas.json",
          "JSON parsers keep one of duplicate keys; the schema sees the object they make"),
      Map.entry("invalid-invalid-value-own-parent.json",
          "a rule between two properties (parent differs from id)"),
      Map.entry("invalid-invalid-value-period-reversed.json",
          "a rule between the two dates of a period (the end not before the start)"),
      Map.entry("invalid-duplicate-id-areas.json",
          "a rule between records (ids unique per record type)"),
      Map.entry("invalid-likert-out-of-range-answer.json",
          "a rule between records (the answer must fit its question's type, in the survey)"),
      Map.entry("invalid-unknown-category-response-demographics.json",
          "a rule between the scheme and the records (categories exist in the scheme)"),
      Map.entry("invalid-unknown-reference-input-activity.json",
          "a rule between records (references resolve)"),
      Map.entry("invalid-date-out-of-range-activity-year-3000.json",
          "a rule of the validator (dates from 1900 to 2999); the schema's date format does not"
              + " bound the year"),
      Map.entry("invalid-sum-out-of-range-population-over-wards.json",
          "a rule across records (a total over the dataset passes the range of a long)"));

  /** The reader's codes for a text that is not one JSON value, refused before any schema. */
  private static final List<String> NOT_JSON = List.of("SYNTAX_ERROR", "EMPTY_DOCUMENT",
      "TRAILING_CONTENT", "NON_FINITE_NUMBER");

  /** The schema as a validator gives it: draft 2020-12, formats as annotations only. */
  static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12)
      .getSchema(EngagementJson.schema(), InputFormat.JSON);

  /** The schema with format assertions on. */
  static final Schema ASSERTING_FORMATS = SchemaRegistry.withDefaultDialect(
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
        () -> {
          assertThat(errors(Fixtures.text(name(file)))).isEmpty();
          assertThat(ASSERTING_FORMATS.validate(Fixtures.text(name(file)), InputFormat.JSON))
              .isEmpty();
        }));
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
  Stream<DynamicTest> everyInvalidFixture_isRejectedByTheSchemaUnlessNamedAsBeyondIt() {
    return Fixtures.named("invalid-").stream().map(file -> DynamicTest.dynamicTest(name(file),
        () -> {
          boolean beyond = BEYOND_THE_SCHEMA.containsKey(name(file));
          for (Schema schema : List.of(SCHEMA, ASSERTING_FORMATS)) {
            assertThat(rejects(schema, file)).as(beyond
                ? "listed as beyond the schema (" + BEYOND_THE_SCHEMA.get(name(file))
                    + "), so the schema must accept it; take it off the list if it rejects it"
                : "the schema rejects it").isEqualTo(!beyond);
          }
        }));
  }

  /**
   * Whether the schema rejects a fixture: it has errors, or the text is not JSON (as the reader
   * found too) and the validator's parser refuses it.
   */
  private static boolean rejects(Schema schema, Path file) {
    if (name(file).startsWith("invalid-malformed-text-")) {
      // Not UTF-8, so not JSON text: no schema validator gets as far as the schema.
      assertThat(FixturesTest.firstError(file).code()).isEqualTo("MALFORMED_TEXT");
      return true;
    }
    String text = Fixtures.text(name(file));
    try {
      return !schema.validate(text, InputFormat.JSON).isEmpty();
    } catch (RuntimeException e) {
      assertThat(FixturesTest.firstError(file).code()).as("the validator fails only on a text "
          + "that is not JSON: " + e).isIn(NOT_JSON);
      return true;
    }
  }

  @Test
  void fixturesBeyondTheSchema_exist() {
    for (String name : BEYOND_THE_SCHEMA.keySet()) {
      assertThat(Fixtures.path(name)).exists();
    }
  }

  @Test
  void publishedSchema_saysWhatTheSingleFieldRulesSay() {
    JsonNode defs = schemaTree().get("$defs");

    assertThat(defs.at("/EngagementActivity/properties/attendance/minimum").asLong()).isZero();
    assertThat(defs.at("/EngagementActivity/properties/cost/minimum").asLong()).isZero();
    assertThat(defs.at("/EngagementActivity/properties/issueCategories/items/$ref").asString())
        .isEqualTo("#/$defs/notBlankText");
    assertThat(defs.at("/EngagementActivity/properties/date/$ref").asString())
        .isEqualTo("#/$defs/date");
    assertThat(defs.at("/CommunityInput/properties/support/minimum").asLong()).isOne();
    assertThat(defs.at("/SurveyResponse/properties/weight/exclusiveMinimum").asLong()).isZero();
    assertThat(defs.at("/SurveyResponse/properties/weight/minimum").isMissingNode()).isTrue();
    assertThat(defs.at("/Commitment/properties/target/exclusiveMinimum").asLong()).isZero();
    assertThat(defs.at("/ResourceAllocation/properties/quantity/minimum").asLong()).isZero();
    assertThat(defs.at("/DimensionCounts/properties/counts/additionalProperties/minimum")
        .asLong()).isZero();
    assertThat(defs.at("/DimensionCounts/properties/notStated/minimum").asLong()).isZero();
    assertThat(defs.at("/ReferencePopulation/properties/counts/additionalProperties/minimum")
        .asLong()).isZero();
    assertThat(defs.at("/Area/properties/name/$ref").asString())
        .isEqualTo("#/$defs/notBlankText");
    assertThat(defs.at("/notBlankText/minLength").asInt()).isOne();
    assertThat(defs.at("/DemographicCategory/properties/code/not/const").asString())
        .isEqualTo("NOT_STATED");
    assertThat(defs.at("/SurveyResponse/properties/answers/propertyNames/$ref").asString())
        .isEqualTo("#/$defs/id");
  }

  @Test
  void everyPropertyOfTheFormat_isNamedAfterAnAccessor_soThatItsConstraintsAreRead() {
    for (ObjectBinding<?, ?> binding : Format.bindings()) {
      for (String property : binding.propertyNames()) {
        assertThat(Arrays.stream(binding.type().getMethods())
                .anyMatch(m -> m.getName().equals(property) && m.getParameterCount() == 0))
            .as("%s has an accessor %s()", binding.type().getSimpleName(), property).isTrue();
      }
    }
  }

  @Test
  void textPattern_acceptsExactlyTheTextThatIsNotBlank() {
    Pattern notBlank = Pattern.compile(
        schemaTree().at("/$defs/notBlankText/pattern").asString());
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String one = String.valueOf((char) c);
      assertThat(notBlank.matcher(one).find()).as("U+%04X", c).isEqualTo(!one.isBlank());
      assertThat(notBlank.matcher(" " + one + "\t").find()).as("U+%04X", c)
          .isEqualTo(!one.isBlank());
    }
    assertThat(BeanValidation.validator().validate(org.engagement.core.Area.builder()
        .id(AreaId.of("A")).name("\u2003\u3000").level(AreaLevel.WARD).build())).hasSize(1);
  }

  @Test
  void idPattern_acceptsExactlyTheIdsTheSdkAccepts() {
    Pattern id = Pattern.compile(schemaTree().at("/$defs/id/pattern").asString());
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      for (String text : List.of(String.valueOf(ch), "A" + ch, ch + "A", "A" + ch + "B")) {
        assertThat(id.matcher(text).find()).as("%s with U+%04X", text.length(), c)
            .isEqualTo(sdkAcceptsId(text));
      }
    }
    assertThat(id.matcher("").find()).isFalse();
    assertThat(id.matcher("E09000022\n").find()).isFalse();
    assertThat(id.matcher("A\u2028").find()).isFalse();
  }

  @Test
  void datePattern_acceptsExactlyTheDatesLocalDateParseReads() {
    Pattern date = Pattern.compile(
        schemaTree().at("/$defs/date/pattern").asString());
    List<String> years = List.of("2012", "2013", "2000", "1900", "2100", "2400", "0000", "0004",
        "0100", "0400", "9999", "-0001", "-0004", "-0100", "-0400", "-0000", "-00000", "-12012",
        "+2012", "+02012", "+12012", "+10000", "+00000", "+999999999", "+0999999999",
        "-999999999", "-0999999999", "+1000000000", "-1000000000", "+1999999999", "12012",
        "201", "20120", "-201", "+0400", "+00400", "-00400", "+01900", "2o12", "+-2012", "");
    for (String year : years) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          String text = String.format("%s-%02d-%02d", year, month, day);
          assertThat(date.matcher(text).find()).as(text).isEqualTo(parses(text));
        }
      }
    }
    Pattern period = Pattern.compile(schemaTree().at("/$defs/period/pattern").asString());
    assertThat(period.matcher("2012-04-01/2013-03-31").find()).isTrue();
    assertThat(period.matcher("2012-04-01/2012-02-29").find()).as("order is beyond it").isTrue();
    for (String text : List.of("FY2012", "2012-02-30/2012-03-01", "2012-04-01/2013-02-29",
        "2012-04-01 / 2013-03-31", "2012-04-01/2013-03-31\n", "2012-04-01")) {
      assertThat(period.matcher(text).find()).as(text).isFalse();
    }
    for (String text : List.of("2012-1-01", "2012-01-1", "2012-01-011", "2012-01-01\n",
        " 2012-01-01", "2012-01-01 ", "2012/01/01", "20120101", "2012-01-01T00:00")) {
      assertThat(date.matcher(text).find()).as(text).isFalse();
      assertThat(parses(text)).as(text).isFalse();
    }
  }

  private static boolean parses(String date) {
    try {
      LocalDate.parse(date);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean sdkAcceptsId(String text) {
    try {
      AreaId.parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static JsonNode schemaTree() {
    return JsonMapper.builder().build().readTree(EngagementJson.schema());
  }

  static List<Error> errors(String document) {
    return SCHEMA.validate(document, InputFormat.JSON);
  }

  private static String name(Path file) {
    return file.getFileName().toString();
  }
}
