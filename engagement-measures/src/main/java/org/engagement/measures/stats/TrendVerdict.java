package org.engagement.measures.stats;

/** The verdict of a linear trend test ({@link CochranArmitage}) over three or more periods. */
public enum TrendVerdict {
  /** The p-value is below 0.05 and {@code z > 0}: the proportion rises from period to period. */
  RISING,
  /** The p-value is below 0.05 and {@code z < 0}: the proportion falls from period to period. */
  FALLING,
  /** The p-value is 0.05 or more, or {@code z} is 0. */
  NO_SIGNIFICANT_TREND,
  /** Fewer than three periods with a non-zero denominator: no test. */
  NOT_ASSESSABLE
}
