package org.engagement.json;

import java.util.List;
import java.util.Set;
import org.engagement.core.validation.ValidationCode;
import org.engagement.core.validation.ValidationReport;

/**
 * What validating a file record by record found ({@link EngagementJson#validate}): every problem
 * with its JSON Pointer, line and column, and the same problems as one validation report. It
 * holds no dataset: a validated file may be larger than the heap.
 *
 * <p>The rules of {@link #NOT_YET_STREAMED} are not (for every record type) checked record by
 * record yet: a file that breaks only those may validate here and not in a whole read. Read a file whole
 * ({@link EngagementJson#read}) when it fits in memory and those rules matter; the command line
 * does so for files up to {@code 256 MiB}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StreamedValidation {

  /**
   * The validation codes that validating record by record does not check yet, or not for every
   * record type: the supported
   * date range, dataset-wide sums that pass the range of a {@code long}, and the warnings about
   * records dated before the records they answer or implement.
   */
  public static final Set<ValidationCode> NOT_YET_STREAMED = Set.of(
      ValidationCode.DATE_OUT_OF_RANGE,
      ValidationCode.SUM_OUT_OF_RANGE,
      ValidationCode.ALLOCATION_FOR_REJECTED_INPUT,
      ValidationCode.ALLOCATION_BEFORE_DECISION,
      ValidationCode.ALLOCATION_BEFORE_INPUT,
      ValidationCode.TARGET_BEFORE_INPUT,
      ValidationCode.FEEDBACK_BEFORE_INPUT,
      ValidationCode.INPUT_BEFORE_ACTIVITY,
      ValidationCode.ANALYSIS_BEFORE_ACTIVITY);

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
