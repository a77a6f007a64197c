package org.engagement.measures;

/** What the base of a {@link MeasureResult} counts, which decides how it is rated and published. */
public enum BaseKind {
  /** The denominator of a ratio measure: inputs, initiatives (M1, M2, M4). */
  DENOMINATOR,
  /** The smallest stated demographic total of the assessable dimensions (M3). */
  STATED_TOTAL,
  /**
   * The smallest unweighted number of valid survey answers among the assessable components
   * (M5): published figures on a base below the disclosure threshold are suppressed.
   */
  SURVEY_ANSWERS,
  /**
   * The number of distinct participants (repeat participation, docs/spec/measures.md §10): a
   * count of people, so published figures whose base or numerator is a count from 1 to 4 are
   * suppressed like a demographic count (§1).
   */
  PARTICIPANTS
}
