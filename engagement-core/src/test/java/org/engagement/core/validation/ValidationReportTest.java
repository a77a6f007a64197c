package org.engagement.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import org.engagement.core.RecordType;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private static final ValidationIssue AREA_ERROR = ValidationIssue.of(
      ValidationCode.UNKNOWN_REFERENCE, IssuePath.of(RecordType.AREA, 0, "E09", "parent"),
      "unknown area id: E12");
  private static final ValidationIssue ACTIVITY_ERROR = ValidationIssue.of(
      ValidationCode.BLANK_TEXT, IssuePath.of(RecordType.ACTIVITY, 3, "ACT-4", "title"),
      "title must not be blank: ''");
  private static final ValidationIssue ACTIVITY_WARNING = ValidationIssue.of(Severity.WARNING,
      IssuePath.of(RecordType.ACTIVITY, 1, "ACT-2"), "JSON_UNKNOWN_FIELD",
      "unknown field: colour");

  @Test
  void of_issuesInAnyOrder_sortsThemIntoDocumentOrder() {
    ValidationReport report = ValidationReport.of(List.of(ACTIVITY_ERROR, AREA_ERROR,
        ACTIVITY_WARNING));

    assertThat(report.issues()).containsExactly(AREA_ERROR, ACTIVITY_WARNING, ACTIVITY_ERROR);
  }

  @Test
  void of_samePath_sortsByCodeThenMessage() {
    IssuePath path = IssuePath.of(RecordType.INPUT, 0, "IN-1", "activity");
    ValidationIssue b = ValidationIssue.of(ValidationCode.UNKNOWN_REFERENCE, path, "b");
    ValidationIssue a = ValidationIssue.of(ValidationCode.UNKNOWN_REFERENCE, path, "a");
    ValidationIssue blank = ValidationIssue.of(ValidationCode.BLANK_TEXT, path, "z");

    assertThat(ValidationReport.of(List.of(b, a, blank)).issues()).containsExactly(blank, a, b);
  }

  @Test
  void isValid_noIssues_true() {
    assertThat(ValidationReport.empty().isValid()).isTrue();
  }

  @Test
  void isValid_onlyWarnings_true() {
    assertThat(ValidationReport.of(List.of(ACTIVITY_WARNING)).isValid()).isTrue();
  }

  @Test
  void isValid_oneError_false() {
    assertThat(ValidationReport.of(List.of(ACTIVITY_WARNING, AREA_ERROR)).isValid()).isFalse();
  }

  @Test
  void errorsAndWarnings_splitBySeverity() {
    ValidationReport report =
        ValidationReport.of(List.of(ACTIVITY_ERROR, ACTIVITY_WARNING, AREA_ERROR));

    assertThat(report.errors()).containsExactly(AREA_ERROR, ACTIVITY_ERROR);
    assertThat(report.warnings()).containsExactly(ACTIVITY_WARNING);
  }

  @Test
  void issues_byCode_returnsOnlyThatCode() {
    ValidationReport report =
        ValidationReport.of(List.of(ACTIVITY_ERROR, ACTIVITY_WARNING, AREA_ERROR));

    assertThat(report.issues(ValidationCode.BLANK_TEXT)).containsExactly(ACTIVITY_ERROR);
    assertThat(report.issues("JSON_UNKNOWN_FIELD")).containsExactly(ACTIVITY_WARNING);
    assertThat(report.issues(ValidationCode.AREA_CYCLE)).isEmpty();
  }

  @Test
  void countsByCode_countsPerCodeSortedByCode() {
    ValidationIssue secondBlank = ValidationIssue.of(ValidationCode.BLANK_TEXT,
        IssuePath.of(RecordType.ACTIVITY, 5, "ACT-6", "title"), "title must not be blank: ' '");
    ValidationReport report = ValidationReport.of(
        List.of(secondBlank, ACTIVITY_ERROR, ACTIVITY_WARNING, AREA_ERROR));

    assertThat(report.countsByCode()).containsExactly(
        entry("BLANK_TEXT", 2),
        entry("JSON_UNKNOWN_FIELD", 1),
        entry("UNKNOWN_REFERENCE", 1));
  }

  @Test
  void plus_combinesBothAndLeavesTheOriginalUnaffected() {
    ValidationReport first = ValidationReport.of(List.of(ACTIVITY_ERROR));
    ValidationReport second = ValidationReport.of(List.of(AREA_ERROR));

    ValidationReport both = first.plus(second);

    assertThat(both.issues()).containsExactly(AREA_ERROR, ACTIVITY_ERROR);
    assertThat(first.issues()).containsExactly(ACTIVITY_ERROR);
  }

  @Test
  void toString_empty_saysValid() {
    assertThat(ValidationReport.empty()).hasToString("ValidationReport: valid, 0 errors, 0 warnings");
  }

  @Test
  void toString_someIssues_summarisesAndListsEachOnALine() {
    ValidationReport report =
        ValidationReport.of(List.of(ACTIVITY_ERROR, ACTIVITY_WARNING, AREA_ERROR));

    assertThat(report.toString().lines()).containsExactly(
        "ValidationReport: invalid, 2 errors, 1 warning",
        "  ERROR UNKNOWN_REFERENCE areas[0](E09).parent: unknown area id: E12",
        "  WARNING JSON_UNKNOWN_FIELD activities[1](ACT-2): unknown field: colour",
        "  ERROR BLANK_TEXT activities[3](ACT-4).title: title must not be blank: ''");
  }

  @Test
  void toString_oneError_usesTheSingular() {
    assertThat(ValidationReport.of(List.of(AREA_ERROR)).toString())
        .startsWith("ValidationReport: invalid, 1 error, 0 warnings");
  }

  @Test
  void toString_manyIssues_showsTheFirstTwentyAndCountsTheRest() {
    List<ValidationIssue> issues = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      issues.add(ValidationIssue.of(ValidationCode.DUPLICATE_ID,
          IssuePath.of(RecordType.INPUT, i, "IN-1"), "duplicate id IN-1: also at inputs[0]"));
    }

    List<String> lines = ValidationReport.of(issues).toString().lines().toList();

    assertThat(lines).hasSize(1 + ValidationReport.SHOWN + 1);
    assertThat(lines.get(ValidationReport.SHOWN)).contains("inputs[19]");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("  ... and 5 more");
  }
}
