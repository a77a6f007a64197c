package org.engagement.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.testkit.EngagementAssertions.assertThat;

import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.ValidationCode;
import org.engagement.core.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class ValidationReportAssertTest {

  /** Input IN-2 (inputs[1]) names an activity that does not exist. */
  static EngagementDataset dangling() {
    return TestDatasets.borough("B1").ward("W1").activity("ACT-1").input("IN-1")
        .input("IN-2", i -> i.activity(org.engagement.core.ActivityId.of("ACT-9")))
        .build();
  }

  static ValidationReport report(EngagementDataset data) {
    return DatasetValidator.standard().validate(data);
  }

  @Test
  void validReport_passes() {
    assertThat(report(TestDatasets.minimal())).isValid().hasErrorCount(0).hasNoErrorsExcept();
  }

  @Test
  void isValid_onInvalid_failsNamingTheIssue() {
    assertThatThrownBy(() -> assertThat(report(dangling())).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 error")
        .hasMessageContaining("UNKNOWN_REFERENCE inputs[1](IN-2).activity")
        .hasMessageContaining("ACT-9");
  }

  @Test
  void hasError_at_acceptsPathPointerAndRecordId() {
    assertThat(report(dangling())).isNotValid().hasErrorCount(1)
        .hasError(ValidationCode.UNKNOWN_REFERENCE)
        .at("inputs[1](IN-2).activity").at("/inputs/1/activity").at("IN-2")
        .withMessageContaining("ACT-9").times(1);
  }

  @Test
  void hasError_ofAbsentCode_failsListingTheIssues() {
    assertThatThrownBy(() -> assertThat(report(dangling())).hasError(ValidationCode.DATE_ORDER))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("an ERROR DATE_ORDER but it has none")
        .hasMessageContaining("UNKNOWN_REFERENCE inputs[1](IN-2).activity");
  }

  @Test
  void at_elsewhere_failsNamingWhereItIs() {
    assertThatThrownBy(() -> assertThat(report(dangling()))
            .hasError(ValidationCode.UNKNOWN_REFERENCE).at("/inputs/0/activity"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("at /inputs/0/activity but it is at")
        .hasMessageContaining("inputs[1](IN-2).activity");
  }

  @Test
  void withMessageContaining_otherText_fails() {
    assertThatThrownBy(() -> assertThat(report(dangling()))
            .hasError(ValidationCode.UNKNOWN_REFERENCE).withMessageContaining("ACT-7"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("\"ACT-7\"")
        .hasMessageContaining("ACT-9");
  }

  @Test
  void hasErrorCount_wrong_failsListingErrors() {
    assertThatThrownBy(() -> assertThat(report(dangling())).hasErrorCount(2))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to have 2 errors but it has 1")
        .hasMessageContaining("UNKNOWN_REFERENCE");
  }

  @Test
  void hasNoErrorsExcept_allowsListedCodesOnly() {
    assertThat(report(dangling())).hasNoErrorsExcept(ValidationCode.UNKNOWN_REFERENCE);
    assertThatThrownBy(() -> assertThat(report(dangling()))
            .hasNoErrorsExcept(ValidationCode.DATE_ORDER))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no errors except [DATE_ORDER]")
        .hasMessageContaining("UNKNOWN_REFERENCE inputs[1](IN-2).activity");
  }

  @Test
  void hasWarning_withoutWarnings_fails() {
    assertThat(report(TestDatasets.minimal())).hasNoWarnings()
        .hasNo(ValidationCode.UNKNOWN_REFERENCE);
    assertThatThrownBy(() -> assertThat(report(TestDatasets.minimal()))
            .hasWarning(ValidationCode.UNKNOWN_REFERENCE))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("a WARNING UNKNOWN_REFERENCE but it has none");
  }

  @Test
  void dataset_recordCountAndValidity() {
    assertThat(TestDatasets.minimal()).hasRecordCount(RecordType.INPUT, 1).isValid();
    assertThat(dangling()).validation().hasError(ValidationCode.UNKNOWN_REFERENCE).at("IN-2");
    assertThatThrownBy(() -> assertThat(dangling()).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("UNKNOWN_REFERENCE inputs[1](IN-2).activity");
    assertThatThrownBy(() -> assertThat(dangling()).hasRecordCount(RecordType.INPUT, 3))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected 3 inputs but the dataset has 2");
  }
}
