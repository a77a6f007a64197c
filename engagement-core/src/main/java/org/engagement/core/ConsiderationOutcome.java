package org.engagement.core;

/** What a decision-making body did with a community input it considered. */
public enum ConsiderationOutcome {
  /** The input was accepted. */
  ACCEPTED,
  /** The input was accepted in part. */
  PARTLY_ACCEPTED,
  /** The input was rejected. */
  REJECTED,
  /** The decision on the input was put off: it counts as considered, not as recorded. */
  DEFERRED;

  /**
   * Whether this outcome records a decision: accepted, partly accepted or rejected.
   *
   * @return true for every outcome except {@link #DEFERRED}
   */
  public boolean isDecided() {
    return this != DEFERRED;
  }

  /**
   * Whether this outcome accepts the input, wholly or in part.
   *
   * @return true for {@link #ACCEPTED} and {@link #PARTLY_ACCEPTED}
   */
  public boolean isAccepted() {
    return this == ACCEPTED || this == PARTLY_ACCEPTED;
  }
}
