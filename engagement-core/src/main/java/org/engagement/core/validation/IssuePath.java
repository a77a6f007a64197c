package org.engagement.core.validation;

import java.util.List;
import java.util.Optional;
import org.engagement.core.RecordType;
import org.immutables.value.Value;

/**
 * Where a {@link ValidationIssue} is: the record's type, its position in its collection, its id,
 * and the field inside it as segments.
 *
 * <pre>{@code
 * IssuePath path = issue.path();
 * path.toString();  // activities[3](ACT-0004).demographics.dimensions[0].counts.WHITE
 * path.field();     // [demographics, dimensions, 0, counts, WHITE]
 * }</pre>
 *
 * <p>A field segment is a property name, a list index or a map key; the JSON module turns
 * {@code collection, index, field...} into a JSON Pointer. A path without record type is about
 * the dataset itself (its scheme).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IssuePath implements Comparable<IssuePath> {

  IssuePath() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the path of a field of one record.
   *
   * @param type the record type, not null
   * @param index the record's position in its collection, 0 or more
   * @param id the record's id (or code), not null
   * @param field the field's segments, none for the record as a whole
   * @return the path, never null
   */
  public static IssuePath of(RecordType type, int index, String id, String... field) {
    return builder().recordType(type).index(index).recordId(id).addField(field).build();
  }

  /**
   * The record's type.
   *
   * @return the type, empty for the dataset itself
   */
  public abstract Optional<RecordType> recordType();

  /**
   * The record's position in its collection.
   *
   * @return the index, empty for the dataset itself
   */
  public abstract Optional<Integer> index();

  /**
   * The record's id, or an issue category's code.
   *
   * @return the id, empty when the record has none
   */
  public abstract Optional<String> recordId();

  /**
   * The field inside the record.
   *
   * @return the segments, empty for the record as a whole
   */
  public abstract List<String> field();

  /**
   * Compares by record type, position, then field, so that reports list issues in document
   * order. Fields compare segment by segment, a field before the fields inside it; list indexes
   * compare as numbers ({@code answers[2]} before {@code answers[10]}) and before names.
   */
  @Override
  public int compareTo(IssuePath other) {
    int c = Integer.compare(recordType().map(Enum::ordinal).orElse(-1),
        other.recordType().map(Enum::ordinal).orElse(-1));
    if (c == 0) {
      c = Integer.compare(index().orElse(-1), other.index().orElse(-1));
    }
    List<String> mine = field();
    List<String> theirs = other.field();
    for (int i = 0; c == 0 && i < Math.min(mine.size(), theirs.size()); i++) {
      c = compareSegments(mine.get(i), theirs.get(i));
    }
    return c != 0 ? c : Integer.compare(mine.size(), theirs.size());
  }

  private static int compareSegments(String a, String b) {
    boolean aNumber = isNumber(a);
    boolean bNumber = isNumber(b);
    if (aNumber && bNumber) {
      String x = stripLeadingZeros(a);
      String y = stripLeadingZeros(b);
      int c = x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
      return c != 0 ? c : a.compareTo(b);
    }
    if (aNumber != bNumber) {
      return aNumber ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static boolean isNumber(String segment) {
    return !segment.isEmpty() && segment.chars().allMatch(ch -> ch >= '0' && ch <= '9');
  }

  private static String stripLeadingZeros(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  /**
   * Returns the path for people.
   *
   * @return e.g. {@code decisions[2](DEC-0003).considerations[0].input}, or {@code dataset.scheme}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (recordType().isPresent()) {
      out.append(recordType().get().collection());
      index().ifPresent(i -> out.append('[').append(i).append(']'));
      recordId().ifPresent(id -> out.append('(').append(id).append(')'));
    } else {
      out.append("dataset");
    }
    for (String segment : field()) {
      if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
        out.append('[').append(segment).append(']');
      } else {
        out.append('.').append(segment);
      }
    }
    return out.toString();
  }

  /** Builds an {@link IssuePath}. */
  public static final class Builder extends ImmutableIssuePath.Builder {
    Builder() {}
  }
}
