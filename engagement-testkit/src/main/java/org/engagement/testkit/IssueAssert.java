package org.engagement.testkit;

import java.util.List;

/**
 * Assertions on the issues of one code that a report or read result was found to have: where they
 * are and what they say.
 *
 * <pre>{@code
 * assertThat(report).hasError(ValidationCode.UNKNOWN_REFERENCE)
 *     .at("inputs[1](IN-2).activity")        // the path, as ValidationIssue prints it
 *     .withMessageContaining("ACT-9");
 * assertThat(readResult).hasError(ValidationCode.UNKNOWN_REFERENCE).at("/inputs/1/activity");
 * }</pre>
 *
 * <p>A place is matched exactly against: the JSON Pointer of a read problem; for a validation
 * issue, its path as printed, its JSON Pointer form ({@code /inputs/1/activity}) or its record id.
 */
public final class IssueAssert {

  private final String what;
  private final List<Problem> problems;

  IssueAssert(String what, List<Problem> problems) {
    this.what = what;
    this.problems = problems;
  }

  /**
   * Verifies that one of the issues is at this place.
   *
   * @param place a JSON Pointer ({@code /inputs/1/activity}), an issue path
   *     ({@code inputs[1](IN-2).activity}) or a record id ({@code IN-2}), not null
   * @return this assertion, for chaining
   * @throws AssertionError if no issue of the code is there; the message lists where they are
   */
  public IssueAssert at(String place) {
    if (problems.stream().noneMatch(p -> p.isAt(place))) {
      throw new AssertionError("Expected " + what + " at " + place + " but "
          + (problems.size() == 1 ? "it is" : "they are") + " at:" + ProblemChecks.nl()
          + Problem.lines(problems));
    }
    return this;
  }

  /**
   * Verifies that one of the issues has a message containing this text.
   *
   * @param text the text, not null
   * @return this assertion, for chaining
   * @throws AssertionError if no issue of the code says it; the message lists the issues
   */
  public IssueAssert withMessageContaining(String text) {
    if (problems.stream().noneMatch(p -> p.message().contains(text))) {
      throw new AssertionError("Expected " + what + " with a message containing \"" + text
          + "\" but the messages are:" + ProblemChecks.nl() + Problem.lines(problems));
    }
    return this;
  }

  /**
   * Verifies how many issues of the code there are.
   *
   * @param expected the number
   * @return this assertion, for chaining
   * @throws AssertionError if there are more or fewer; the message lists them
   */
  public IssueAssert times(int expected) {
    if (problems.size() != expected) {
      throw new AssertionError("Expected " + expected + " x " + what + " but found "
          + problems.size() + ":" + ProblemChecks.nl() + Problem.lines(problems));
    }
    return this;
  }
}
