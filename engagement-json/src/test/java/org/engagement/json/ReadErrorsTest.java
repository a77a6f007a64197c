package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.engagement.core.validation.Severity;
import org.junit.jupiter.api.Test;

/** The content of read errors and warnings: codes, places, messages that name the rule. */
class ReadErrorsTest {

  private static final String AREA_HEAD =
      "{\"formatVersion\": \"1.0\", \"areas\": [{\"id\": \"E09000022\", \"name\": \"Lambeth\", ";
  private final EngagementJson json = EngagementJson.standard();

  @Test
  void unknownEnumValue_listsTheAllowedValues() {
    JsonReadException e = assertThrows(JsonReadException.class,
        () -> json.readString(AREA_HEAD + "\"level\": \"CITY\"}]}").requireValid());

    assertThat(e.problem().message())
        .isEqualTo("unknown area level 'CITY': expected one of FORCE, BOROUGH, WARD");
    assertThat(e.getMessage()).startsWith("ERROR UNKNOWN_ENUM_VALUE /areas/0/level (line 1, ");
  }

  @Test
  void documentCutInsideAString_isTheEndOfInput_inTheSdksOwnWords() {
    JsonReadException e = assertThrows(JsonReadException.class,
        () -> json.readString("{\"formatVersion\": \"1."));

    assertThat(e.code()).isEqualTo("SYNTAX_ERROR");
    assertThat(e.problem().message()).isEqualTo("not valid JSON: unexpected end of input");
    assertThat(e.pointer()).isEqualTo("/formatVersion");
  }

  @Test
  void unsupportedFormatVersion_namesTheSupportedOnes() {
    JsonReadException e = assertThrows(JsonReadException.class,
        () -> json.readString("{\"formatVersion\": \"2.0\"}"));

    assertThat(e.problem().message())
        .isEqualTo("unsupported formatVersion '2.0': this reader supports 1.0");
  }

  @Test
  void missingProperty_namesThePropertyAndTheRecordKind() {
    JsonReadException e = assertThrows(JsonReadException.class,
        () -> json.readString(AREA_HEAD + "\"parent\": \"E12000007\"}]}").requireValid());

    assertThat(e.problem().message()).isEqualTo("missing required property 'level' of area");
    assertThat(e.pointer()).isEqualTo("/areas/0");
  }

  @Test
  void longBadValue_isQuotedInPartOnly() {
    String bad = "x".repeat(5000);
    JsonReadException e = assertThrows(JsonReadException.class,
        () -> json.readString(AREA_HEAD + "\"level\": \"" + bad + "\"}]}").requireValid());

    assertThat(e.getMessage()).hasSizeLessThan(300).contains("(5000 characters)");
  }

  @Test
  void unknownProperty_allowed_isSkippedWithAWarning_andTheRestIsRead() {
    EngagementJson lenient = json.enable(JsonFeature.ALLOW_UNKNOWN_PROPERTIES);

    ReadResult result = lenient.readString(AREA_HEAD
        + "\"level\": \"BOROUGH\", \"colour\": {\"deep\": [1, 2, {\"x\": null}]}}], \"v2\": 1}");

    assertThat(result.dataset().areas()).hasSize(1);
    assertThat(result.isValid()).isTrue();
    assertThat(result.warnings()).extracting(JsonProblem::pointer)
        .containsExactly("/areas/0/colour", "/v2");
    JsonProblem warning = result.warnings().get(0);
    assertThat(warning.severity()).isEqualTo(Severity.WARNING);
    assertThat(warning.code()).isEqualTo("UNKNOWN_PROPERTY");
    assertThat(warning.line()).isEqualTo(1);
    assertThat(warning.message()).isEqualTo("unknown property 'colour' of area; skipped");
  }

  @Test
  void unknownProperty_allowed_stillRefusesNaNInsideTheSkippedValue() {
    EngagementJson lenient = json.enable(JsonFeature.ALLOW_UNKNOWN_PROPERTIES);

    JsonReadException e = assertThrows(JsonReadException.class,
        () -> lenient.readString("{\"formatVersion\": \"1.0\", \"x\": [1, NaN]}")
            .requireValid());

    assertThat(e.code()).isEqualTo("NON_FINITE_NUMBER");
    assertThat(e.pointer()).isEqualTo("/x/1");
    assertThat(e.problems()).hasSize(2);
  }

  @Test
  void validate_disabled_reportsNoValidatorIssues() {
    String text = Fixtures.text("invalid-unknown-reference-input-activity.json");

    ReadResult unchecked = json.disable(JsonFeature.VALIDATE).readString(text);

    assertThat(unchecked.validated()).isFalse();
    assertThat(unchecked.problems()).isEmpty();
    assertThat(json.readString(text).validated()).isTrue();
  }

  @Test
  void requireValid_invalidDataset_throwsWithEveryProblem() {
    ReadResult result = json.readString(Fixtures.text("invalid-duplicate-id-areas.json"));

    JsonReadException e = assertThrows(JsonReadException.class, result::requireValid);

    assertThat(result.dataset().areas()).hasSize(2);
    assertThat(e.code()).isEqualTo("DUPLICATE_ID");
    assertThat(e.problems()).isEqualTo(result.problems());
    assertThat(result.toString()).startsWith("ReadResult: invalid, 1 error, 0 warnings");
  }

  @Test
  void requireValid_validDataset_returnsIt() {
    assertThat(json.readString(Fixtures.text("valid-full.json")).requireValid())
        .isEqualTo(Datasets.full());
  }

  @Test
  void problem_toString_isOneLineWithPlace() {
    JsonProblem problem = JsonProblem.of(Severity.ERROR, "WRONG_TYPE", "/areas/0/name", 3, 41,
        "expected a string, found a number");

    assertThat(problem.toString()).isEqualTo(
        "ERROR WRONG_TYPE /areas/0/name (line 3, column 41): expected a string, found a number");
  }

  @Test
  void bindingErrors_doNotStopTheRead_andTheReportHoldsThemWithTheValidatorsIssues() {
    ReadResult result = json.read(Fixtures.path("invalid-wrong-type-three-binding-errors.json"));

    assertThat(result.errors()).extracting(JsonProblem::code)
        .containsExactly("WRONG_TYPE", "UNKNOWN_ENUM_VALUE", "INVALID_VALUE");
    assertThat(result.warnings()).extracting(JsonProblem::code)
        .containsExactly("UNBOUND_RECORDS");
    assertThat(result.dataset().areas()).isEmpty();
    assertThat(result.report().isValid()).isFalse();
    assertThat(result.report().issues()).extracting(i -> i.code())
        .containsExactlyInAnyOrder("WRONG_TYPE", "UNKNOWN_ENUM_VALUE", "INVALID_VALUE",
            "UNBOUND_RECORDS");
    assertThat(result.report().issues("INVALID_VALUE").get(0).path().toString())
        .isEqualTo("publications[0].date");
  }

  @Test
  void unboundRecord_laterRecordsKeepTheirPlaceInTheDocument() {
    ReadResult result = json.readString("{\"formatVersion\": \"1.0\", \"areas\": ["
        + "{\"id\": \"A\", \"name\": 1, \"level\": \"BOROUGH\"},"
        + "{\"id\": \"B\", \"name\": \"B\", \"level\": \"WARD\", \"parent\": \"Z\"}]}");

    assertThat(result.dataset().areas()).hasSize(1);
    assertThat(result.errors()).extracting(JsonProblem::pointer)
        .containsExactly("/areas/0/name", "/areas/1/parent");
    assertThat(result.report().issues("UNKNOWN_REFERENCE").get(0).path().index()).contains(1);
  }
}
