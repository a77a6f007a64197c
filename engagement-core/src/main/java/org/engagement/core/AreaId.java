package org.engagement.core;

import org.immutables.value.Value;

/**
 * The id of an {@link Area}, preferably its official ONS code: {@code AreaId.of("E09000022")}
 * (Lambeth), {@code AreaId.of("E05014105")} (a ward).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class AreaId extends RecordId {

  AreaId() {}

  /** Shared instances of the ids that repeat in many records. */
  private static final Canonical<AreaId> CANONICAL = new Canonical<>(32768, ImmutableAreaId::of);

  /**
   * Returns the id with this value.
   *
   * @param value the id, not blank, without surrounding white space
   * @return the id, never null
   * @throws IllegalArgumentException if {@code value} is blank or has surrounding white space
   */
  public static AreaId of(String value) {
    return CANONICAL.of(value);
  }

  /**
   * Reads an id from its text form, the inverse of {@link #toString()}.
   *
   * @param text the id, not blank
   * @return the id, never null
   * @throws IllegalArgumentException if {@code text} is blank or has surrounding white space
   */
  public static AreaId parse(CharSequence text) {
    return of(text(text));
  }
}
