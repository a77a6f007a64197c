package org.engagement.core.internal;

import org.engagement.core.RecordType;
import org.engagement.core.validation.IssuePath;
import org.engagement.core.validation.ValidationCode;
import org.engagement.core.validation.ValidationIssue;

/**
 * A record's place in its collection, for the path of an issue about one of its fields: the one
 * place the dataset validator's rules, the checks they share and the streamed validation make
 * their paths from. The id's text is made only when a path is, that is when there is an issue.
 *
 * <pre>{@code
 * import org.engagement.core.internal.RecordPlace;
 *
 * RecordPlace at = RecordPlace.of(RecordType.ACTIVITY, 3, ActivityId.of("ACT-0004"));
 * IssuePath path = at.path("demographics", "dimensions", 0, "counts", "WHITE");
 * // activities[3](ACT-0004).demographics.dimensions[0].counts.WHITE
 * }</pre>
 *
 * <p>Internal: exported only to the SDK's own modules. This class is immutable and thread-safe
 * when its id is.
 */
public final class RecordPlace {

  private final RecordType type;
  private final int index;
  private final Object id;

  private RecordPlace(RecordType type, int index, Object id) {
    this.type = type;
    this.index = index;
    this.id = id;
  }

  /**
   * The place of a record.
   *
   * @param type the record's type, not null
   * @param index its position in its collection, 0 or more
   * @param id its id (a typed id or its text), not null
   * @return the place
   */
  public static RecordPlace of(RecordType type, int index, Object id) {
    return new RecordPlace(type, index, id);
  }

  /** {@return the record's position in its collection} */
  public int index() {
    return index;
  }

  /** {@return the text of the record's id} */
  public String id() {
    return String.valueOf(id);
  }

  /**
   * The path of one of the record's fields.
   *
   * @param field the field's segments: names, list indexes, map keys
   * @return the path, never null
   */
  public IssuePath path(Object... field) {
    String[] segments = new String[field.length];
    for (int i = 0; i < field.length; i++) {
      segments[i] = String.valueOf(field[i]);
    }
    return IssuePath.of(type, index, id(), segments);
  }

  /**
   * An issue about one of the record's fields.
   *
   * @param code the issue's code, not null
   * @param message what is wrong, not null
   * @param field the field's segments
   * @return the issue, never null
   */
  public ValidationIssue issue(ValidationCode code, String message, Object... field) {
    return ValidationIssue.of(code, path(field), message);
  }
}
