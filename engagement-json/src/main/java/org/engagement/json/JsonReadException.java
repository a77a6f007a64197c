package org.engagement.json;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DatabindException;

/**
 * Thrown when a JSON document cannot be read, or a dataset read is required to be valid and is
 * not: the first error, with its stable code, JSON Pointer, line and column as fields, and every
 * problem found (the error among them, and the warnings before it).
 *
 * <pre>{@code
 * try {
 *   EngagementJson.standard().read(path);
 * } catch (JsonReadException e) {
 *   e.code();      // "MISSING_PROPERTY"
 *   e.pointer();   // "/activities/2"
 *   e.line();      // 41
 *   e.column();    // 5
 * }
 * }</pre>
 *
 * <p>The message names the place and the rule, and quotes bad values only in part; it never
 * quotes a whole record. It is a {@link DatabindException}, so code that reads through its own
 * {@code ObjectMapper} with {@link EngagementModule} catches it as any Jackson error.
 */
public final class JsonReadException extends DatabindException {

  private static final long serialVersionUID = 1L;

  /** The error that stopped the read, or the first error of an invalid dataset. */
  private final JsonProblem problem;

  /** Every problem found, in the order found. */
  private final List<JsonProblem> problems;

  /**
   * Returns an exception for one error found while reading.
   *
   * @param problem the error, not null
   * @param warnings the warnings found before it, not null
   * @param cause the underlying exception, or null
   */
  public JsonReadException(
      JsonProblem problem, List<JsonProblem> warnings, @Nullable Throwable cause) {
    super(problem.toString(), null, cause);
    this.problem = problem;
    List<JsonProblem> all = new ArrayList<>(warnings);
    all.add(problem);
    this.problems = List.copyOf(all);
  }

  /**
   * Returns an exception for the problems of a read whose dataset is not valid.
   *
   * @param problems every problem found, at least one of them an error, not null
   * @throws IllegalArgumentException if no problem is an error
   */
  public JsonReadException(List<JsonProblem> problems) {
    super(firstError(problems).toString(), null, null);
    this.problem = firstError(problems);
    this.problems = List.copyOf(problems);
  }

  private static JsonProblem firstError(List<JsonProblem> problems) {
    return problems.stream().filter(JsonProblem::isError).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("problems must include an error"));
  }

  /**
   * The error.
   *
   * @return the problem, never null
   */
  public JsonProblem problem() {
    return problem;
  }

  /**
   * The error's stable code.
   *
   * @return a {@link JsonCode} name, never null
   */
  public String code() {
    return problem.code();
  }

  /**
   * The error's place.
   *
   * @return a JSON Pointer, {@code ""} for the document itself
   */
  public String pointer() {
    return problem.pointer();
  }

  /**
   * The error's line.
   *
   * @return the line, from 1; -1 when unknown
   */
  public long line() {
    return problem.line();
  }

  /**
   * The error's column.
   *
   * @return the column, from 1; -1 when unknown
   */
  public long column() {
    return problem.column();
  }

  /**
   * Every problem found: the error, and the warnings and further errors besides it.
   *
   * @return the problems, in the order found, never empty
   */
  public List<JsonProblem> problems() {
    return problems;
  }

  /**
   * Returns the error on one line, without Jackson's location suffix (the fields carry it).
   *
   * @return {@code ERROR CODE pointer (line L, column C): message}, and the number of further
   *     errors if there are any
   */
  @Override
  public String getMessage() {
    long more = problems.stream().filter(JsonProblem::isError).count() - 1;
    return more > 0 ? problem + " (and " + more + " more " + (more == 1 ? "error" : "errors") + ")"
        : problem.toString();
  }
}
