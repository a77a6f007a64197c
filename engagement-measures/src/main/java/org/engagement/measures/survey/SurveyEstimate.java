package org.engagement.measures.survey;

import org.engagement.core.Scope;
import org.engagement.measures.DisclosureControl;
import org.engagement.measures.Suppression;
import org.engagement.measures.stats.WeightedProportion;
import org.immutables.value.Value;

/**
 * A survey question in a scope as a weighted proportion (docs/spec/measures.md §1): {@code p}, the
 * unweighted base, Kish's effective base and the 95% Wilson interval.
 *
 * <pre>{@code
 * SurveyEstimate e = SurveyAnalysis.estimate(data, scope, SurveyQuestion.of(StandardRole.POLICE_LISTEN));
 * e.proportion().proportion();                          // Σw·y / Σw
 * e.suppression(DisclosureControl.standard());          // PRIMARY when fewer than 30 answers
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SurveyEstimate {

  SurveyEstimate() {}

  /**
   * Returns an estimate, as {@link SurveyAnalysis#estimate} computes it or as a results document
   * holds it.
   *
   * <pre>{@code
   * SurveyEstimate e = SurveyEstimate.of(SurveyQuestion.of(StandardRole.CONFIDENCE),
   *     Scope.of(AreaId.of("E09000022"), Period.financialYear(2012)),
   *     WeightedProportion.unweighted(60, 100));
   * }</pre>
   *
   * @param question the question read, not null
   * @param scope the scope, not null
   * @param proportion the weighted proportion of valid answers, not null
   * @return the estimate, never null
   */
  public static SurveyEstimate of(SurveyQuestion question, Scope scope, WeightedProportion proportion) {
    return ImmutableSurveyEstimate.builder().question(question).scope(scope).proportion(proportion).build();
  }

  /**
   * The question read.
   *
   * @return the selector, never null
   */
  public abstract SurveyQuestion question();

  /** {@return the scope read, never null} */
  public abstract Scope scope();

  /**
   * The weighted proportion with its sums.
   *
   * @return the proportion, empty when no valid answer
   */
  public abstract WeightedProportion proportion();

  /**
   * The unweighted base, the number of valid answers.
   *
   * @return zero or more
   */
  public long base() {
    return proportion().n();
  }

  /**
   * Whether a published table withholds this figure.
   *
   * @param control the disclosure control, not null
   * @return PRIMARY when the base is from 1 to below the control's survey threshold, else NONE
   */
  public Suppression suppression(DisclosureControl control) {
    return control.suppresses(base()) ? Suppression.PRIMARY : Suppression.NONE;
  }

  /**
   * Returns the question, scope and figure, without disclosure control.
   *
   * @return e.g. {@code POLICE_LISTEN (PUBLIC) in E09000022 2012-04-01/2013-03-31: 0.6000 [...] n=40 n_eff=38.2}
   */
  @Override
  public String toString() {
    return question() + " in " + SurveyTables.describe(scope()) + ": " + proportion();
  }
}
