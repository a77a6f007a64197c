package org.engagement.core;

/**
 * Thrown by a builder when a value breaks an invariant of its own type, one that holds between
 * its fields and so cannot be checked field by field: an area that is its own parent, counts of
 * one dimension that add up past the range of a {@code long}, a dimension listed twice.
 *
 * <pre>{@code
 * Area.Builder builder = Area.builder().id(AreaId.of("E05000416")).name("Bishop's")
 *     .level(AreaLevel.WARD).parent(AreaId.of("E05000416"));
 * try {
 *   Area.builder().id(AreaId.of("W1")).name("Ward").level(AreaLevel.WARD)
 *       .parent(AreaId.of("W1")).build();
 * } catch (RecordInvariantException e) {
 *   e.code();   // "AREA_CYCLE"
 *   e.field();  // "parent"
 * }
 * }</pre>
 *
 * <p>A reader that reports every problem turns it into an issue of the code it names (see
 * {@code DatasetValidator.invariantIssue}); the model does not depend on the validation package,
 * so the code is carried by name. It is an {@link IllegalArgumentException}, as before.
 */
public final class RecordInvariantException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The name of the {@code ValidationCode} to report the breach with. */
  private final String code;
  /** The field that breaks the invariant, dotted, relative to the value being built. */
  private final String field;

  /**
   * Creates the exception.
   *
   * @param code the name of the {@code ValidationCode} the breach is reported with, not null
   * @param field the field that breaks the invariant, segments joined by dots (a list index is
   *     a segment: {@code "dimensions.1.dimension"}), relative to the value being built; empty
   *     for the value as a whole
   * @param message the message, for people, not null
   */
  public RecordInvariantException(String code, String field, String message) {
    super(message);
    this.code = code;
    this.field = field;
  }

  /**
   * Creates the exception with a cause.
   *
   * @param code the name of the {@code ValidationCode} the breach is reported with, not null
   * @param field the field, as in {@link #RecordInvariantException(String, String, String)}
   * @param message the message, for people, not null
   * @param cause the cause, may be null
   */
  public RecordInvariantException(String code, String field, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.field = field;
  }

  /** {@return the name of the {@code ValidationCode} to report the breach with, never null} */
  public String code() {
    return code;
  }

  /** {@return the field, dotted, relative to the value being built; empty for the whole value} */
  public String field() {
    return field;
  }
}
