package org.engagement.testkit;

import java.util.List;
import org.engagement.core.validation.ValidationReport;

/**
 * Assertions on a {@link ValidationReport}, in the AssertJ style (the checks of
 * {@link AbstractProblemsAssert}); failure messages list the offending problems, one per line
 * (severity, code, where, message). Get one from
 * {@link EngagementAssertions#assertThat(ValidationReport)}.
 *
 * <pre>{@code
 * assertThat(x).hasErrorCount(1)
 *     .hasNoErrorsExcept(ValidationCode.UNKNOWN_REFERENCE);
 * assertThat(x).hasError(ValidationCode.UNKNOWN_REFERENCE).at("/inputs/1/activity");
 * }</pre>
 */
public final class ValidationReportAssert
    extends AbstractProblemsAssert<ValidationReportAssert, ValidationReport> {

  ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  @Override
  String subject() {
    return "the report";
  }

  @Override
  List<Problem> problems() {
    return actual.issues().stream().map(Problem::of).toList();
  }
}
