package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.engagement.core.RecordType;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.IssuePath;
import org.engagement.core.validation.Severity;
import org.engagement.core.validation.ValidationIssue;
import org.engagement.core.validation.ValidationReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Validation results as JSON, and validator issues as JSON Pointers into the document. */
class ValidationJsonTest {

  private final EngagementJson json = EngagementJson.standard();

  @TestFactory
  Stream<DynamicTest> validatorIssues_pointAtNodesThatExistInTheDocument() {
    // Fixtures with NaN are read on past it now, and their other problems point into the tree.
    JsonMapper plain = JsonMapper.builder()
        .enable(tools.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    List<Path> bound = Fixtures.named("invalid-").stream()
        .filter(file -> readOrNull(file) != null).toList();
    assertThat(bound).hasSizeGreaterThanOrEqualTo(7);
    return bound.stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
          ReadResult result = json.read(file);
          assertThat(result.problems()).isNotEmpty();
          JsonNode tree = plain.readTree(Fixtures.text(file.getFileName().toString()));
          for (JsonProblem problem : result.problems()) {
            assertThat(tree.at(JsonPointer.compile(problem.pointer())).isMissingNode())
                .as("%s resolves", problem.pointer()).isFalse();
            assertThat(problem.line()).as("line of %s", problem).isPositive();
          }
        }));
  }

  @Test
  void writeString_report_givesPointersAndReadsBack() {
    ReadResult read = json.disable(JsonFeature.VALIDATE)
        .readString(Fixtures.text("invalid-unknown-reference-input-activity.json"));
    ValidationReport report = DatasetValidator.standard().validate(read.dataset());

    String text = json.writeString(report);

    assertThat(text).isEqualTo("""
        {
          "valid": false,
          "issues": [
            {
              "severity": "ERROR",
              "code": "UNKNOWN_REFERENCE",
              "pointer": "/inputs/0/activity",
              "path": {
                "recordType": "INPUT",
                "index": 0,
                "recordId": "IN-1",
                "field": [
                  "activity"
                ]
              },
              "message": "unknown activity id: ACT-404"
            }
          ]
        }
        """);
    assertThat(json.readReport(text)).isEqualTo(report);
  }

  @Test
  void readReport_withoutDerivedProperties_reads() {
    ValidationReport report = json.readReport("{\"issues\": [{\"severity\": \"WARNING\", "
        + "\"code\": \"X\", \"path\": {}, \"message\": \"m\"}]}");

    assertThat(report.issues()).containsExactly(
        ValidationIssue.of(Severity.WARNING, IssuePath.builder().build(), "X", "m"));
    assertThat(report.isValid()).isTrue();
    assertThat(json.readReport("{}")).isEqualTo(ValidationReport.empty());
  }

  @Test
  void readReport_validThatDisagreesWithTheIssues_isRefused() {
    JsonReadException e = assertThrows(JsonReadException.class, () -> json.readReport(
        "{\"valid\": true, \"issues\": [{\"severity\": \"ERROR\", \"code\": \"X\", "
            + "\"path\": {}, \"message\": \"m\"}]}"));

    assertThat(e.code()).isEqualTo("INVALID_VALUE");
    assertThat(e.pointer()).isEqualTo("/valid");
    assertThat(e.column()).isEqualTo(11);
  }

  @Test
  void readReport_pointerThatDisagreesWithThePath_isRefused() {
    JsonReadException e = assertThrows(JsonReadException.class, () -> json.readReport(
        "{\"issues\": [{\"severity\": \"ERROR\", \"code\": \"X\", \"pointer\": \"/areas/1\", "
            + "\"path\": {\"recordType\": \"AREA\", \"index\": 0}, \"message\": \"m\"}]}"));

    assertThat(e.code()).isEqualTo("INVALID_VALUE");
    assertThat(e.pointer()).isEqualTo("/issues/0/pointer");
    assertThat(e.problem().message()).endsWith("expected /areas/0");
  }

  @Test
  void pointer_escapesTildeAndSlash_andCoversTheScheme() {
    ValidationIssue inRecord = ValidationIssue.of(Severity.ERROR,
        IssuePath.of(RecordType.RESPONSE, 3, "R-4", "answers", "Q/1~a"), "X", "m");
    ValidationIssue inScheme = ValidationIssue.of(Severity.ERROR,
        IssuePath.builder().addField("scheme", "dimensions", "0", "label").build(), "X", "m");

    String text = json.disable(JsonFeature.INDENT_OUTPUT)
        .writeString(ValidationReport.of(List.of(inRecord, inScheme)));

    assertThat(text).contains("\"pointer\":\"/responses/3/answers/Q~11~0a\"")
        .contains("\"pointer\":\"/scheme/dimensions/0/label\"");
  }

  @Test
  void module_bindsReportsForOwnMappers() {
    JsonMapper mapper = JsonMapper.builder().addModule(new EngagementModule()).build();
    ValidationReport report = ValidationReport.of(List.of(ValidationIssue.of(Severity.ERROR,
        IssuePath.of(RecordType.AREA, 1, "E09000022"), "DUPLICATE_ID", "duplicate area id")));

    String text = mapper.writeValueAsString(report);

    assertThat(text).contains("\"pointer\":\"/areas/1\"");
    assertThat(mapper.readValue(text, ValidationReport.class)).isEqualTo(report);
  }

  private ReadResult readOrNull(Path file) {
    try {
      return json.read(file);
    } catch (JsonReadException e) {
      return null;
    }
  }
}
