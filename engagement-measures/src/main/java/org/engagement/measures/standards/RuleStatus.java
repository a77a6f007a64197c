package org.engagement.measures.standards;

import org.engagement.measures.stats.Tolerance;

/** How far a rule is met: from its attainment, or NOT_ASSESSABLE without data of the kind it reads. */
public enum RuleStatus {
  /** Attainment is 1. */
  MET,
  /** Attainment lies strictly between 0 and 1. */
  PARTLY_MET,
  /** Attainment is 0. */
  NOT_MET,
  /** The dataset holds no record at all of the kind the rule reads, or the period is too short. */
  NOT_ASSESSABLE;

  /**
   * The status of an attainment, leaning by 1e-12 toward the stated side (docs/spec/measures.md
   * §0b).
   *
   * @param attainment the attainment in [0, 1]
   * @return MET, PARTLY_MET or NOT_MET, never null
   */
  public static RuleStatus of(double attainment) {
    if (Tolerance.atLeast(attainment, 1)) {
      return MET;
    }
    return Tolerance.positive(attainment) ? PARTLY_MET : NOT_MET;
  }
}
