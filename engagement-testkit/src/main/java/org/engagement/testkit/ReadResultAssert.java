package org.engagement.testkit;

import java.util.Arrays;
import org.assertj.core.api.AbstractAssert;
import org.engagement.core.validation.ValidationCode;
import org.engagement.json.JsonCode;
import org.engagement.json.ReadResult;

/**
 * Assertions on a {@link ReadResult}, in the AssertJ style; failure messages list the offending
 * problems, one per line (severity, code, where, message). Get one from
 * {@link EngagementAssertions#assertThat(ReadResult)}.
 *
 * <pre>{@code
 * assertThat(x).hasErrorCount(1)
 *     .hasNoErrorsExcept(ValidationCode.UNKNOWN_REFERENCE);
 * assertThat(x).hasError(ValidationCode.UNKNOWN_REFERENCE).at("/inputs/1/activity");
 * }</pre>
 */
public final class ReadResultAssert extends AbstractAssert<ReadResultAssert, ReadResult> {

  ReadResultAssert(ReadResult actual) {
    super(actual, ReadResultAssert.class);
  }

  private ProblemChecks checks() {
    isNotNull();
    return new ProblemChecks("the read result", actual.problems().stream().map(Problem::of).toList());
  }

  private ReadResultAssert check(String failure) {
    if (failure != null) {
      failWithMessage("%s", failure);
    }
    return myself;
  }

  /**
   * Verifies that there is no error (warnings are allowed).
   *
   * @return this assertion, for chaining
   * @throws AssertionError if there is an error; the message lists the errors
   */
  public ReadResultAssert isValid() {
    return check(checks().isValid());
  }

  /**
   * Verifies that there is at least one error.
   *
   * @return this assertion, for chaining
   * @throws AssertionError if there is none
   */
  public ReadResultAssert isNotValid() {
    return check(checks().isNotValid());
  }

  /**
   * Verifies the number of errors.
   *
   * @param expected the number of problems of severity ERROR
   * @return this assertion, for chaining
   * @throws AssertionError if there are more or fewer; the message lists them
   */
  public ReadResultAssert hasErrorCount(int expected) {
    return check(checks().hasErrorCount(expected));
  }

  /**
   * Verifies the number of warnings.
   *
   * @param expected the number of problems of severity WARNING
   * @return this assertion, for chaining
   * @throws AssertionError if there are more or fewer; the message lists them
   */
  public ReadResultAssert hasWarningCount(int expected) {
    return check(checks().hasWarningCount(expected));
  }

  /**
   * Verifies that there is no warning.
   *
   * @return this assertion, for chaining
   * @throws AssertionError if there is one; the message lists them
   */
  public ReadResultAssert hasNoWarnings() {
    return check(checks().hasNoWarnings());
  }

  /**
   * Verifies that there is an error of this code.
   *
   * @param code the code, not null
   * @return an assertion on the errors of this code, e.g. for {@link IssueAssert#at(String)}
   * @throws AssertionError if there is none; the message lists every problem
   */
  public IssueAssert hasError(ValidationCode code) {
    return hasError(code.name());
  }

  /**
   * Verifies that there is an error of this code.
   *
   * @param code the code, e.g. {@code "UNKNOWN_REFERENCE"}, not null
   * @return an assertion on the errors of this code, e.g. for {@link IssueAssert#at(String)}
   * @throws AssertionError if there is none; the message lists every problem
   */
  public IssueAssert hasError(String code) {
    ProblemChecks checks = checks();
    check(checks.has(true, code));
    return checks.issue(true, code);
  }

  /**
   * Verifies that there is a warning of this code.
   *
   * @param code the code, not null
   * @return an assertion on the warnings of this code, e.g. for {@link IssueAssert#at(String)}
   * @throws AssertionError if there is none; the message lists every problem
   */
  public IssueAssert hasWarning(ValidationCode code) {
    return hasWarning(code.name());
  }

  /**
   * Verifies that there is a warning of this code.
   *
   * @param code the code, e.g. {@code "UNKNOWN_PROPERTY"}, not null
   * @return an assertion on the warnings of this code, e.g. for {@link IssueAssert#at(String)}
   * @throws AssertionError if there is none; the message lists every problem
   */
  public IssueAssert hasWarning(String code) {
    ProblemChecks checks = checks();
    check(checks.has(false, code));
    return checks.issue(false, code);
  }

  /**
   * Verifies that there is no problem, error or warning, of this code.
   *
   * @param code the code, not null
   * @return this assertion, for chaining
   * @throws AssertionError if there is one; the message lists them
   */
  public ReadResultAssert hasNo(ValidationCode code) {
    return check(checks().hasNo(code.name()));
  }

  /**
   * Verifies that every error has one of these codes (there may be none).
   *
   * @param codes the codes allowed
   * @return this assertion, for chaining
   * @throws AssertionError if another error is there; the message lists those
   */
  public ReadResultAssert hasNoErrorsExcept(ValidationCode... codes) {
    return check(checks().hasNoErrorsExcept(
        Arrays.stream(codes).map(Enum::name).toArray(String[]::new)));
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
