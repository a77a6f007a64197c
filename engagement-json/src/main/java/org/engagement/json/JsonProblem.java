package org.engagement.json;

import org.engagement.core.validation.Severity;
import org.immutables.value.Value;

/**
 * One problem found while reading a JSON document: its severity, a stable code, where it is (a
 * JSON Pointer into the document, and the line and column) and a message that names the rule and
 * the bad value.
 *
 * <pre>{@code
 * problem.code();      // "UNKNOWN_ENUM_VALUE"
 * problem.pointer();   // "/areas/0/level"
 * problem.line();      // 7
 * problem.toString();  // ERROR UNKNOWN_ENUM_VALUE /areas/0/level (line 7, column 16): ...
 * }</pre>
 *
 * <p>Codes are the names of {@link JsonCode} for problems of the JSON itself, and the names of
 * {@link org.engagement.core.validation.ValidationCode} for issues that the dataset validator found
 * after binding; those point at the field the issue names, and their line and column are those of
 * the record that holds it. An issue about an empty list or an absent value (which the writer
 * omits) points at that property of its object, which the document then lacks.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class JsonProblem {

  JsonProblem() {}

  /**
   * Returns a problem.
   *
   * @param severity how serious it is, not null
   * @param code the stable code, not blank
   * @param pointer the JSON Pointer (RFC 6901) of the value concerned, {@code ""} for the document
   * @param line the line, from 1; -1 when unknown
   * @param column the column, from 1; -1 when unknown
   * @param message what is wrong, not blank
   * @return the problem, never null
   */
  public static JsonProblem of(
      Severity severity, String code, String pointer, long line, long column, String message) {
    return ImmutableJsonProblem.builder()
        .severity(severity)
        .code(code)
        .pointer(pointer)
        .line(line)
        .column(column)
        .message(message)
        .build();
  }

  /**
   * How serious it is.
   *
   * @return the severity, never null
   */
  public abstract Severity severity();

  /**
   * The stable code, e.g. {@code "MISSING_PROPERTY"}.
   *
   * @return the code, not blank
   */
  public abstract String code();

  /**
   * Where it is: a JSON Pointer (RFC 6901) into the document.
   *
   * @return e.g. {@code "/activities/3/date"}; {@code ""} for the document itself
   */
  public abstract String pointer();

  /** {@return the line where it is, from 1; -1 when unknown} */
  public abstract long line();

  /** {@return the column where it is, from 1; -1 when unknown} */
  public abstract long column();

  /**
   * What is wrong, naming the rule and the bad value.
   *
   * @return the message, not blank
   */
  public abstract String message();

  /**
   * Whether this problem is an error.
   *
   * @return true for severity ERROR
   */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  @Value.Check
  void check() {
    if (code().isBlank() || message().isBlank()) {
      throw new IllegalArgumentException("json problem needs a code and a message");
    }
  }

  /**
   * Returns the problem on one line.
   *
   * @return {@code SEVERITY CODE pointer (line L, column C): message}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder()
        .append(severity()).append(' ').append(code()).append(' ')
        .append(pointer().isEmpty() ? "(document)" : pointer());
    if (line() > 0) {
      out.append(" (line ").append(line()).append(", column ").append(column()).append(')');
    }
    return out.append(": ").append(message()).toString();
  }
}
