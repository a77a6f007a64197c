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

  static SurveyChange of(SurveyEstimate before, SurveyEstimate after) {
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
