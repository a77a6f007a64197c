package org.engagement.core;

import org.immutables.value.Value;

/**
 * The id of a {@link DecisionRecord}, unique among decision records: {@code DecisionId.of("DEC-0001")}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class DecisionId extends RecordId {

  DecisionId() {}

  /**
   * Returns the id with this value.
   *
   * @param value the id, not blank, without surrounding white space
   * @return the id, never null
   * @throws IllegalArgumentException if {@code value} is blank or has surrounding white space
   */
  public static DecisionId of(String value) {
    return ImmutableDecisionId.of(value);
  }

  /**
   * Reads an id from its text form, the inverse of {@link #toString()}.
   *
   * @param text the id, not blank
   * @return the id, never null
   * @throws IllegalArgumentException if {@code text} is blank or has surrounding white space
   */
  public static DecisionId parse(CharSequence text) {
    return of(text(text));
  }
}
