package org.engagement.testkit;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The vocabulary shared by the report and read-result assertions; each returns a failure or null. */
final class ProblemChecks {

  private final String subject;
  private final List<Problem> problems;

  ProblemChecks(String subject, List<Problem> problems) {
    this.subject = subject;
    this.problems = problems;
  }

  List<Problem> errors() {
    return problems.stream().filter(Problem::error).toList();
  }

  List<Problem> warnings() {
    return problems.stream().filter(p -> !p.error()).toList();
  }

  String isValid() {
    List<Problem> errors = errors();
    return errors.isEmpty() ? null
        : "Expected " + subject + " to be valid but it has " + count(errors.size(), "error")
            + ":" + nl() + Problem.lines(errors);
  }

  String isNotValid() {
    return errors().isEmpty()
        ? "Expected " + subject + " to be invalid but it has no error; its problems:" + nl()
            + Problem.lines(problems)
        : null;
  }

  String hasErrorCount(int expected) {
    List<Problem> errors = errors();
    return errors.size() == expected ? null
        : "Expected " + subject + " to have " + count(expected, "error") + " but it has "
            + errors.size() + ":" + nl() + Problem.lines(errors);
  }

  String hasWarningCount(int expected) {
    List<Problem> warnings = warnings();
    return warnings.size() == expected ? null
        : "Expected " + subject + " to have " + count(expected, "warning") + " but it has "
            + warnings.size() + ":" + nl() + Problem.lines(warnings);
  }

  String hasNoWarnings() {
    return hasWarningCount(0);
  }

  String has(boolean error, String code) {
    List<Problem> of = (error ? errors() : warnings()).stream()
        .filter(p -> p.code().equals(code)).toList();
    return of.isEmpty()
        ? "Expected " + subject + " to have " + (error ? "an ERROR " : "a WARNING ") + code
            + " but it has none; its problems:" + nl() + Problem.lines(problems)
        : null;
  }

  String hasNo(String code) {
    List<Problem> of = problems.stream().filter(p -> p.code().equals(code)).toList();
    return of.isEmpty() ? null
        : "Expected " + subject + " to have no " + code + " but it has:" + nl() + Problem.lines(of);
  }

  IssueAssert issue(boolean error, String code) {
    List<Problem> of = (error ? errors() : warnings()).stream()
        .filter(p -> p.code().equals(code)).toList();
    return new IssueAssert((error ? "ERROR " : "WARNING ") + code, of);
  }

  String hasNoErrorsExcept(String... codes) {
    Set<String> allowed = Arrays.stream(codes).collect(Collectors.toSet());
    List<Problem> others = errors().stream().filter(p -> !allowed.contains(p.code())).toList();
    return others.isEmpty() ? null
        : "Expected " + subject + " to have no errors except " + Arrays.toString(codes)
            + " but it has:" + nl() + Problem.lines(others);
  }

  static String nl() {
    return System.lineSeparator();
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
