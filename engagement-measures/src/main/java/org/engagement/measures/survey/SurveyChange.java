package org.engagement.measures.survey;

import org.engagement.measures.DisclosureControl;
import org.engagement.measures.Suppression;
import org.engagement.measures.stats.ProportionChange;
import org.immutables.value.Value;

/**
 * The change of a survey figure between two disjoint response sets — two periods, two waves or
 * two areas (docs/spec/measures.md §3, §1): the difference, Newcombe's interval, the verdict, the
 * z-test and the minimum detectable difference at these bases.
 *
 * <pre>{@code
 * SurveyChange c = SurveyAnalysis.change(data, wave2011, wave2012, SurveyQuestion.of(StandardRole.POLICE_LISTEN));
 * c.change().verdict();                       // INCREASE, DECREASE or NO_SIGNIFICANT_CHANGE
 * c.change().minimumDetectableDifference();   // what the survey could have seen
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SurveyChange {

  SurveyChange() {}

  /**
   * Returns the change from one estimate (A) to another (B), as {@link SurveyAnalysis#change}
   * computes it or as a results document holds it: the test of docs/spec/measures.md §1 on the
   * two proportions.
   *
   * <pre>{@code
   * Scope a = Scope.of(AreaId.of("E09000022"), Period.financialYear(2011));
   * Scope b = Scope.of(AreaId.of("E09000022"), Period.financialYear(2012));
   * SurveyQuestion q = SurveyQuestion.of(StandardRole.CONFIDENCE);
   * SurveyChange c = SurveyChange.of(SurveyEstimate.of(q, a, WeightedProportion.unweighted(40, 100)),
   *     SurveyEstimate.of(q, b, WeightedProportion.unweighted(60, 100)));
   * c.change().verdict();   // INCREASE
   * }</pre>
   *
   * @param before estimate A, the baseline, not empty
   * @param after estimate B, not empty
   * @return the change, never null
   * @throws IllegalArgumentException if either estimate has no valid answer
   */
  public static SurveyChange of(SurveyEstimate before, SurveyEstimate after) {
    return ImmutableSurveyChange.builder()
        .before(before)
        .after(after)
        .change(ProportionChange.between(before.proportion(), after.proportion()))
        .build();
  }

  /**
   * Set A, the baseline.
   *
   * @return the estimate, not empty, never null
   */
  public abstract SurveyEstimate before();

  /**
   * Set B, compared with A.
   *
   * @return the estimate, not empty, never null
   */
  public abstract SurveyEstimate after();

  /** {@return the change from A to B, never null} */
  public abstract ProportionChange change();

  /**
   * Whether a published table withholds the change: when either side's figure is withheld.
   *
   * @param control the disclosure control, not null
   * @return PRIMARY when either base is below the control's survey threshold, else NONE
   */
  public Suppression suppression(DisclosureControl control) {
    return before().suppression(control) == Suppression.NONE
            && after().suppression(control) == Suppression.NONE
        ? Suppression.NONE
        : Suppression.PRIMARY;
  }

  /**
   * Returns both figures and the change, without disclosure control.
   *
   * @return three lines: before, after, and the change
   */
  @Override
  public String toString() {
    return "before: " + before() + "\nafter:  " + after() + "\nchange: " + change();
  }
}
