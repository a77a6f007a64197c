package org.engagement.measures;

/** Whether a {@link MeasureResult} has a score. */
public enum MeasureStatus {
  /** The result has a score in [0, 1]. */
  SCORED,
  /** A denominator is 0 or required data is absent: no score, and the result says why. */
  NOT_ASSESSABLE
}
