package org.engagement.core;

import org.immutables.value.Value;

/**
 * The id of a {@link Publication}, unique among publications: {@code PublicationId.of("PUB-0001")}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class PublicationId extends RecordId {

  PublicationId() {}

  /**
   * Returns the id with this value.
   *
   * @param value the id, not blank, without surrounding white space
   * @return the id, never null
   * @throws IllegalArgumentException if {@code value} is blank or has surrounding white space
   */
  public static PublicationId of(String value) {
    return ImmutablePublicationId.of(value);
  }

  /**
   * Reads an id from its text form, the inverse of {@link #toString()}.
   *
   * @param text the id, not blank
   * @return the id, never null
   * @throws IllegalArgumentException if {@code text} is blank or has surrounding white space
   */
  public static PublicationId parse(CharSequence text) {
    return of(text(text));
  }
}
