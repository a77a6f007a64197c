package org.engagement.core;

import org.immutables.value.Value;

/**
 * The id of a {@link Question}, unique among the questions of its survey: {@code QuestionId.of("Q1")}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class QuestionId extends RecordId {

  QuestionId() {}

  /** Shared instances of the ids that repeat in many records. */
  private static final Canonical<QuestionId> CANONICAL = new Canonical<>(4096, ImmutableQuestionId::of);

  /**
   * Returns the id with this value.
   *
   * @param value the id, not blank, without surrounding white space
   * @return the id, never null
   * @throws IllegalArgumentException if {@code value} is blank or has surrounding white space
   */
  public static QuestionId of(String value) {
    return CANONICAL.of(value);
  }

  /**
   * Reads an id from its text form, the inverse of {@link #toString()}.
   *
   * @param text the id, not blank
   * @return the id, never null
   * @throws IllegalArgumentException if {@code text} is blank or has surrounding white space
   */
  public static QuestionId parse(CharSequence text) {
    return of(text(text));
  }
}
