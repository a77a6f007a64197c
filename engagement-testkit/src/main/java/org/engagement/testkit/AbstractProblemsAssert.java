package org.engagement.testkit;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.engagement.core.validation.ValidationCode;

/**
 * The assertions shared by everything that holds validation problems: a
 * {@link org.engagement.core.validation.ValidationReport} ({@link ValidationReportAssert}) and a
 * JSON {@link org.engagement.json.ReadResult} ({@link ReadResultAssert}). Failure messages list
 * the offending problems, one per line (severity, code, where, message).
 *
 * @param <SELF> the concrete assertion, returned for chaining
 * @param <ACTUAL> what is asserted on
 */
public abstract class AbstractProblemsAssert<SELF extends AbstractProblemsAssert<SELF, ACTUAL>,
    ACTUAL> extends AbstractAssert<SELF, ACTUAL> {

  AbstractProblemsAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** {@return what the failure messages call the actual value, e.g. "the report"} */
  abstract String subject();

  /** {@return the actual value's problems, in its order} */
  abstract List<Problem> problems();

  final ProblemChecks checks() {
    isNotNull();
    return new ProblemChecks(subject(), problems());
  }

  final SELF check(String failure) {
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
  public SELF isValid() {
    return check(checks().isValid());
  }

  /**
   * Verifies that there is at least one error.
   *
   * @return this assertion, for chaining
   * @throws AssertionError if there is none
   */
  public SELF isNotValid() {
    return check(checks().isNotValid());
  }

  /**
   * Verifies the number of errors.
   *
   * @param expected the number of problems of severity ERROR
   * @return this assertion, for chaining
   * @throws AssertionError if there are more or fewer; the message lists them
   */
  public SELF hasErrorCount(int expected) {
    return check(checks().hasErrorCount(expected));
  }

  /**
   * Verifies the number of warnings.
   *
   * @param expected the number of problems of severity WARNING
   * @return this assertion, for chaining
   * @throws AssertionError if there are more or fewer; the message lists them
   */
  public SELF hasWarningCount(int expected) {
    return check(checks().hasWarningCount(expected));
  }

  /**
   * Verifies that there is no warning.
   *
   * @return this assertion, for chaining
   * @throws AssertionError if there is one; the message lists them
   */
  public SELF hasNoWarnings() {
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
  public SELF hasNo(ValidationCode code) {
    return check(checks().hasNo(code.name()));
  }

  /**
   * Verifies that every error has one of these codes (there may be none).
   *
   * @param codes the codes allowed
   * @return this assertion, for chaining
   * @throws AssertionError if another error is there; the message lists those
   */
  public SELF hasNoErrorsExcept(ValidationCode... codes) {
    return check(checks().hasNoErrorsExcept(
        Arrays.stream(codes).map(Enum::name).toArray(String[]::new)));
  }
}
