package org.engagement.core;

import org.immutables.value.Value;

/**
 * The id of a participant (pseudonymous, never a name), unique among participants: {@code ParticipantId.of("P-7f3a9c")}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class ParticipantId extends RecordId {

  ParticipantId() {}

  /**
   * Returns the id with this value.
   *
   * @param value the id, not blank, without surrounding white space
   * @return the id, never null
   * @throws IllegalArgumentException if {@code value} is blank or has surrounding white space
   */
  public static ParticipantId of(String value) {
    return ImmutableParticipantId.of(value);
  }

  /**
   * Reads an id from its text form, the inverse of {@link #toString()}.
   *
   * @param text the id, not blank
   * @return the id, never null
   * @throws IllegalArgumentException if {@code text} is blank or has surrounding white space
   */
  public static ParticipantId parse(CharSequence text) {
    return of(text(text));
  }
}
