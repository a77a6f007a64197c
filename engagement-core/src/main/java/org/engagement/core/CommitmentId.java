package org.engagement.core;

import org.immutables.value.Value;

/**
 * The id of a {@link Commitment}, unique among commitments: {@code CommitmentId.of("YE-2-CADETS")}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class CommitmentId extends RecordId {

  CommitmentId() {}

  /**
   * Returns the id with this value.
   *
   * @param value the id, not blank, without surrounding white space
   * @return the id, never null
   * @throws IllegalArgumentException if {@code value} is blank or has surrounding white space
   */
  public static CommitmentId of(String value) {
    return ImmutableCommitmentId.of(value);
  }

  /**
   * Reads an id from its text form, the inverse of {@link #toString()}.
   *
   * @param text the id, not blank
   * @return the id, never null
   * @throws IllegalArgumentException if {@code text} is blank or has surrounding white space
   */
  public static CommitmentId parse(CharSequence text) {
    return of(text(text));
  }
}
