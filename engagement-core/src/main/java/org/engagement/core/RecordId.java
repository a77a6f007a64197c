package org.engagement.core;

import org.immutables.value.Value;

/**
 * The common shape of the SDK's typed ids: a non-blank string, unique within its record type,
 * whose {@code toString()} is the id itself so that {@code XId.parse(id.toString())} round-trips.
 *
 * <p>Ids are compared by ordinal string order ({@link String#compareTo}), the order in which
 * every evidence and gap list of the SDK is sorted.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class RecordId implements Comparable<RecordId> {

  RecordId() {}

  /**
   * Returns the id's text.
   *
   * @return the id, never blank, without surrounding white space
   */
  @Value.Parameter
  public abstract String value();

  @Value.Check
  void checkValue() {
    String value = value();
    // One pass over the characters, no copies: ids are checked once per record read, so this
    // runs millions of times on national data. The messages are built only when a check fails.
    int length = value.length();
    boolean blank = true;
    boolean control = false;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      blank &= Character.isWhitespace(c);
      control |= Character.isISOControl(c);
    }
    if (blank) {
      throw new RecordInvariantException("BLANK_TEXT", "", kindName() + " must not be blank");
    }
    if (Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(length - 1))) {
      throw new RecordInvariantException("CONSTRAINT_VIOLATED", "",
          kindName() + " must not start or end with white space: '" + value + "'");
    }
    if (control) {
      throw new RecordInvariantException(
          "CONSTRAINT_VIOLATED", "", kindName() + " must not contain control characters: " + value);
    }
  }

  /** The name of the id's type in messages, e.g. {@code "area id"} for {@code AreaId}. */
  final String kindName() {
    Class<?> type = getClass();
    while (type.getSuperclass() != RecordId.class && type.getSuperclass() != null) {
      type = type.getSuperclass();
    }
    String simple = type.getSimpleName();
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < simple.length(); i++) {
      char c = simple.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        words.append(' ');
      }
      words.append(Character.toLowerCase(c));
    }
    return words.toString();
  }

  /**
   * Compares ids by ordinal string order of their values; ids of different types compare by
   * type name first.
   *
   * @param other the id to compare with, not null
   * @return negative, zero or positive as this id sorts before, with or after {@code other}
   */
  @Override
  public final int compareTo(RecordId other) {
    if (getClass() != other.getClass()) {
      int byKind = kindName().compareTo(other.kindName());
      if (byKind != 0) {
        return byKind;
      }
    }
    return value().compareTo(other.value());
  }

  /**
   * Returns the id itself, the form {@code parse} reads back.
   *
   * @return the id's value, never blank
   */
  @Override
  public final String toString() {
    return value();
  }

  static String text(CharSequence text) {
    if (text == null) {
      throw new NullPointerException("text to parse must not be null");
    }
    return text.toString();
  }
}
