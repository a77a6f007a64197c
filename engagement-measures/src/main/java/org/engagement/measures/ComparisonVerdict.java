package org.engagement.measures;

/**
 * The verdict of a {@link Comparison}: population B (an area) against population A (another
 * area, another period, or the rest of an ancestor), read from the 95% Newcombe interval of
 * {@code d = p_B − p_A} (docs/spec/measures.md §11).
 */
public enum ComparisonVerdict {
  /** The interval's lower bound is above 0: B's figure is significantly above A's. */
  ABOVE,
  /** The interval's upper bound is below 0: B's figure is significantly below A's. */
  BELOW,
  /** The interval contains 0. */
  NO_SIGNIFICANT_DIFFERENCE,
  /** A denominator is 0: there is nothing to compare. */
  NOT_ASSESSABLE
}
