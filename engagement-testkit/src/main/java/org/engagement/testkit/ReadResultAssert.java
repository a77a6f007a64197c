package org.engagement.testkit;

import java.util.List;
import org.engagement.core.validation.ValidationCode;
import org.engagement.json.JsonCode;
import org.engagement.json.ReadResult;

/**
 * Assertions on a {@link ReadResult}, in the AssertJ style: the checks of
 * {@link AbstractProblemsAssert} and those of JSON codes; failure messages list the offending
 * problems, one per line (severity, code, where, message). Get one from
 * {@link EngagementAssertions#assertThat(ReadResult)}.
 *
 * <pre>{@code
 * assertThat(x).hasErrorCount(1)
 *     .hasNoErrorsExcept(ValidationCode.UNKNOWN_REFERENCE);
 * assertThat(x).hasError(ValidationCode.UNKNOWN_REFERENCE).at("/inputs/1/activity");
 * }</pre>
 */
public final class ReadResultAssert extends AbstractProblemsAssert<ReadResultAssert, ReadResult> {

  ReadResultAssert(ReadResult actual) {
    super(actual, ReadResultAssert.class);
  }

  @Override
  String subject() {
    return "the read result";
  }

  @Override
  List<Problem> problems() {
    return actual.problems().stream().map(Problem::of).toList();
  }

  /**
   * Verifies that there is an error of this JSON code.
   *
   * @param code the code, not null
   * @return an assertion on the errors of this code, e.g. for {@link IssueAssert#at(String)}
   * @throws AssertionError if there is none; the message lists every problem
   */
  public IssueAssert hasError(JsonCode code) {
    return hasError(code.name());
  }

  /**
   * Verifies that there is a warning of this JSON code.
   *
   * @param code the code, not null
   * @return an assertion on the warnings of this code, e.g. for {@link IssueAssert#at(String)}
   * @throws AssertionError if there is none; the message lists every problem
   */
  public IssueAssert hasWarning(JsonCode code) {
    return hasWarning(code.name());
  }

  /**
   * Verifies that every error has one of these JSON or validation codes (there may be none).
   *
   * @param codes the codes allowed, names of {@link JsonCode} or {@link ValidationCode}
   * @return this assertion, for chaining
   * @throws AssertionError if another error is there; the message lists those
   */
  public ReadResultAssert hasNoErrorsExcept(String... codes) {
    return check(checks().hasNoErrorsExcept(codes));
  }

  /**
   * Verifies that the document was read and validated without error, and gives the dataset.
   *
   * @return an assertion on the dataset read
   * @throws AssertionError if there is an error; the message lists the errors
   */
  public DatasetAssert dataset() {
    isValid();
    return new DatasetAssert(actual.dataset());
  }
}
