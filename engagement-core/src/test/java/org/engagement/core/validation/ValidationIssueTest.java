package org.engagement.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.engagement.core.RecordType;
import org.junit.jupiter.api.Test;

class ValidationIssueTest {

  private static final IssuePath PATH = IssuePath.of(RecordType.INPUT, 7, "IN-0008", "activity");

  @Test
  void of_coreCode_takesTheCodesSeverityAndName() {
    ValidationIssue issue =
        ValidationIssue.of(ValidationCode.UNKNOWN_REFERENCE, PATH, "unknown activity id: ACT-9");

    assertThat(issue.severity()).isEqualTo(ValidationCode.UNKNOWN_REFERENCE.severity());
    assertThat(issue.code()).isEqualTo("UNKNOWN_REFERENCE");
    assertThat(issue.path()).isEqualTo(PATH);
  }

  @Test
  void toString_givesSeverityCodePathAndMessageOnOneLine() {
    ValidationIssue issue =
        ValidationIssue.of(ValidationCode.UNKNOWN_REFERENCE, PATH, "unknown activity id: ACT-9");

    assertThat(issue).hasToString(
        "ERROR UNKNOWN_REFERENCE inputs[7](IN-0008).activity: unknown activity id: ACT-9");
  }

  @Test
  void of_blankCode_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ValidationIssue.of(Severity.WARNING, PATH, " ", "something"));

    assertThat(e).hasMessage("validation issue needs a code and a message");
  }

  @Test
  void of_blankMessage_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ValidationIssue.of(ValidationCode.DUPLICATE_ID, PATH, ""));

    assertThat(e).hasMessage("validation issue needs a code and a message");
  }
}
