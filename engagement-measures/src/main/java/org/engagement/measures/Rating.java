package org.engagement.measures;

/**
 * The rating of a measure's score (docs/spec/measures.md §0), mirroring the five PEEL grades of
 * police inspections, plus two ratings for results that cannot be graded.
 *
 * <pre>{@code
 * RatingScale.standard(10).rate(OptionalDouble.of(0.8), 24);   // GOOD
 * }</pre>
 *
 * <p>The grade thresholds live in {@link RatingScale}; they are conventions of this SDK, not
 * policy of any police authority.
 */
public enum Rating {
  /** The score reaches the top threshold (0.90 by default). */
  OUTSTANDING,
  /** The score reaches the second threshold (0.75 by default). */
  GOOD,
  /** The score reaches the third threshold (0.60 by default). */
  ADEQUATE,
  /** The score reaches the fourth threshold (0.40 by default). */
  REQUIRES_IMPROVEMENT,
  /** The score is below every threshold. */
  INADEQUATE,
  /** There is a score, but its base is below the scale's minimum: the score is shown, not graded. */
  INSUFFICIENT_DATA,
  /** There is no score: the result is NOT_ASSESSABLE. */
  NOT_RATED;

  /**
   * Whether this is one of the five grades.
   *
   * @return true for OUTSTANDING to INADEQUATE
   */
  public boolean isGrade() {
    return compareTo(INADEQUATE) <= 0;
  }
}
