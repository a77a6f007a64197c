package org.engagement.measures;

import org.immutables.value.Value;

/**
 * A record that fails a measure, with the step it lacks: an input never presented to
 * decision-makers, an initiative without linked engagement, an under-represented category.
 *
 * <pre>{@code
 * Gap.of("IN-0003", "PRESENTED");   // IN-0003 lacks PRESENTED
 * }</pre>
 *
 * <p>Gaps sort by id (ordinal string order), then by step. This class is immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Gap implements Comparable<Gap> {

  Gap() {}

  /**
   * Returns a gap.
   *
   * @param id the id of the failing record (or, for M3, {@code DIMENSION/CATEGORY}), not blank
   * @param lacks the first step it lacks, not blank
   * @return the gap, never null
   */
  public static Gap of(String id, String lacks) {
    return ImmutableGap.of(id, lacks);
  }

  /**
   * The failing record's id.
   *
   * @return the id, never blank
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The first step it lacks, named by the measure.
   *
   * @return the step, never blank
   */
  @Value.Parameter
  public abstract String lacks();

  @Value.Check
  void check() {
    if (id().isBlank() || lacks().isBlank()) {
      throw new IllegalArgumentException("gap id and step must not be blank: " + id() + "/" + lacks());
    }
  }

  @Override
  public int compareTo(Gap other) {
    int byId = id().compareTo(other.id());
    return byId != 0 ? byId : lacks().compareTo(other.lacks());
  }

  /**
   * Returns the id and the step.
   *
   * @return e.g. {@code IN-0003 lacks PRESENTED}
   */
  @Override
  public String toString() {
    return id() + " lacks " + lacks();
  }
}
