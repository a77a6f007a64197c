package org.engagement.core.validation;

import org.immutables.value.Value;

/**
 * One problem found in a dataset: its severity, where it is, a stable code and a message that
 * names the bad value.
 *
 * <pre>{@code
 * issue.code();      // "UNKNOWN_REFERENCE"
 * issue.toString();  // ERROR UNKNOWN_REFERENCE inputs[7](IN-0008).activity: unknown activity id: ACT-9
 * }</pre>
 *
 * <p>Codes of the core validator are the names of {@link ValidationCode}; other modules (the JSON
 * reader) add codes of their own, so the code is a string.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValidationIssue {

  ValidationIssue() {}

  /**
   * Returns an issue.
   *
   * @param severity how serious it is, not null
   * @param path where it is, not null
   * @param code the stable code, not blank
   * @param message what is wrong, naming the bad value, not blank
   * @return the issue, never null
   */
  public static ValidationIssue of(Severity severity, IssuePath path, String code, String message) {
    return ImmutableValidationIssue.builder()
        .severity(severity).path(path).code(code).message(message).build();
  }

  /**
   * Returns an issue with a core code and its severity.
   *
   * @param code the code, not null
   * @param path where it is, not null
   * @param message what is wrong, naming the bad value, not blank
   * @return the issue, never null
   */
  public static ValidationIssue of(ValidationCode code, IssuePath path, String message) {
    return of(code.severity(), path, code.name(), message);
  }

  /**
   * How serious it is.
   *
   * @return the severity, never null
   */
  public abstract Severity severity();

  /**
   * Where it is.
   *
   * @return the path, never null
   */
  public abstract IssuePath path();

  /**
   * The stable code, e.g. {@code "DUPLICATE_ID"}.
   *
   * @return the code, not blank
   */
  public abstract String code();

  /**
   * What is wrong, naming the bad value.
   *
   * @return the message, not blank
   */
  public abstract String message();

  @Value.Check
  void check() {
    if (code().isBlank() || message().isBlank()) {
      throw new IllegalArgumentException("validation issue needs a code and a message");
    }
  }

  /**
   * Returns the issue on one line.
   *
   * @return {@code SEVERITY CODE path: message}
   */
  @Override
  public String toString() {
    return severity() + " " + code() + " " + path() + ": " + message();
  }
}
