package org.engagement.json;

import java.util.List;
import org.engagement.core.RecordType;

/**
 * One record read by {@link RecordStream}: its type, its position in its array, where it is in
 * the document, the record itself and the problems found in it.
 *
 * <pre>{@code
 * record.type();                                  // ACTIVITY
 * record.pointer();                               // "/activities/41"
 * EngagementActivity a = record.value(EngagementActivity.class);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if the record is (every record type of the SDK is).
 */
public final class StreamedRecord {

  private final RecordType type;
  private final int index;
  private final String pointer;
  private final long line;
  private final long column;
  private final Object value;
  private final List<JsonProblem> problems;

  StreamedRecord(RecordType type, int index, String pointer, long line, long column,
      Object value, List<JsonProblem> problems) {
    this.type = type;
    this.index = index;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.value = value;
    this.problems = List.copyOf(problems);
  }

  /**
   * The record's type.
   *
   * @return the type, never null
   */
  public RecordType type() {
    return type;
  }

  /**
   * The record's position in its array.
   *
   * @return the index, from 0
   */
  public int index() {
    return index;
  }

  /**
   * The record's JSON Pointer.
   *
   * @return e.g. {@code "/activities/41"}
   */
  public String pointer() {
    return pointer;
  }

  /** {@return the line where the record starts, from 1} */
  public long line() {
    return line;
  }

  /** {@return the column where the record starts, from 1} */
  public long column() {
    return column;
  }

  /**
   * The record: an instance of the type's class, e.g. {@code EngagementActivity} for ACTIVITY.
   *
   * @return the record, never null
   */
  public Object value() {
    return value;
  }

  /**
   * The record as its class.
   *
   * @param <T> the class
   * @param recordClass the record's class, e.g. {@code EngagementActivity.class}
   * @return the record, never null
   * @throws ClassCastException if the record is of another type
   */
  public <T> T value(Class<T> recordClass) {
    return recordClass.cast(value);
  }

  /**
   * The problems found in the record: warnings of the reader (unknown properties, when allowed)
   * and, with {@link JsonFeature#VALIDATE}, the issues of its single-field constraints and of
   * dates outside the supported range.
   *
   * @return the problems, never null
   */
  public List<JsonProblem> problems() {
    return problems;
  }

  /**
   * Returns the record's place, never its content.
   *
   * @return e.g. {@code StreamedRecord[ACTIVITY /activities/41 line 812, 0 problems]}
   */
  @Override
  public String toString() {
    return "StreamedRecord[" + type + " " + pointer + " line " + line + ", " + problems.size()
        + (problems.size() == 1 ? " problem]" : " problems]");
  }
}
