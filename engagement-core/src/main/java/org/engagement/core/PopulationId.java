package org.engagement.core;

import org.immutables.value.Value;

/**
 * The id of a {@link ReferencePopulation}, unique among reference populations: {@code PopulationId.of("CENSUS-2021-E09000022-ETHNICITY")}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class PopulationId extends RecordId {

  PopulationId() {}

  /**
   * Returns the id with this value.
   *
   * @param value the id, not blank, without surrounding white space
   * @return the id, never null
   * @throws IllegalArgumentException if {@code value} is blank or has surrounding white space
   */
  public static PopulationId of(String value) {
    return ImmutablePopulationId.of(value);
  }

  /**
   * Reads an id from its text form, the inverse of {@link #toString()}.
   *
   * @param text the id, not blank
   * @return the id, never null
   * @throws IllegalArgumentException if {@code text} is blank or has surrounding white space
   */
  public static PopulationId parse(CharSequence text) {
    return of(text(text));
  }
}
