package org.engagement.json;

import java.util.List;
import org.engagement.core.validation.ValidationReport;

/**
 * What validating a file record by record found ({@link EngagementJson#validate}): every problem
 * with its JSON Pointer, line and column, and the same problems as one validation report. It
 * holds no dataset: a validated file may be larger than the heap.
 *
 * <p>Every rule of {@link org.engagement.core.validation.DatasetValidator} is checked: the report
 * is the same, issue for issue, as reading the file whole with {@link JsonFeature#VALIDATE}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StreamedValidation {

  private final List<JsonProblem> problems;
  private final ValidationReport report;

  StreamedValidation(List<JsonProblem> problems, ValidationReport report) {
    this.problems = List.copyOf(problems);
    this.report = report;
  }

  /**
   * Every problem: the reader's (errors of binding, warnings) in document order, then the
   * validator's in document order, as {@link ReadResult#problems()} gives them.
   *
   * @return the problems, never null
   */
  public List<JsonProblem> problems() {
    return problems;
  }

  /** {@return every problem as one report, as {@link ReadResult#report()} gives it} */
  public ValidationReport report() {
    return report;
  }

  /** {@return true when no problem is an error} */
  public boolean isValid() {
    return report.isValid();
  }

  /**
   * The problems of severity ERROR.
   *
   * @return the errors, never null
   */
  public List<JsonProblem> errors() {
    return problems.stream().filter(JsonProblem::isError).toList();
  }

  /**
   * Returns a summary and the first problems, as {@link ReadResult#toString()} does.
   *
   * @return e.g. {@code StreamedValidation: invalid, 2 errors, 1 warning} and the problems
   */
  @Override
  public String toString() {
    int errors = errors().size();
    int warnings = problems.size() - errors;
    StringBuilder out = new StringBuilder("StreamedValidation: ")
        .append(errors == 0 ? "valid" : "invalid")
        .append(", ").append(errors).append(errors == 1 ? " error" : " errors")
        .append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
    int shown = Math.min(20, problems.size());
    for (int i = 0; i < shown; i++) {
      out.append(System.lineSeparator()).append("  ").append(problems.get(i));
    }
    if (problems.size() > shown) {
      out.append(System.lineSeparator()).append("  ... and ").append(problems.size() - shown)
          .append(" more");
    }
    return out.toString();
  }
}
