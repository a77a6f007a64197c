package org.engagement.measures.stats;

/** The verdict of a {@link ProportionChange}, read from its 95% interval. */
public enum ChangeVerdict {
  /** The interval's lower bound is above 0: the proportion rose. */
  INCREASE,
  /** The interval's upper bound is below 0: the proportion fell. */
  DECREASE,
  /** The interval contains 0. */
  NO_SIGNIFICANT_CHANGE
}
