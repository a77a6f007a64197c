package org.engagement.measures.outcome;

import java.util.List;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementDataset;
import org.engagement.core.OutcomeMeasure;
import org.engagement.core.Scope;
import org.engagement.measures.Evaluation;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Measure;
import org.engagement.measures.RatingScale;
import org.engagement.measures.Scorecard;

/**
 * The five outcome measures of the 2006 report together, each with its own rating scale, and
 * the scorecards they make.
 *
 * <pre>{@code
 * // a stricter minimum base for M3 only
 * OutcomeMeasures five = OutcomeMeasures.standard()
 *     .withRatingScale(OutcomeMeasure.UNDERSTANDING_DIVERSE_NEEDS, RatingScale.standard(50));
 * Scorecard card = five.scorecard(data, scope, AreaLevel.WARD);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OutcomeMeasures {

  private static final OutcomeMeasures STANDARD =
      new OutcomeMeasures(
          DueConsiderationMeasure.standard(),
          ManagementInfluenceMeasure.standard(),
          DiverseNeedsMeasure.standard(),
          MainstreamingMeasure.standard(),
          ParticipantSatisfactionMeasure.standard());

  private final DueConsiderationMeasure m1;
  private final ManagementInfluenceMeasure m2;
  private final DiverseNeedsMeasure m3;
  private final MainstreamingMeasure m4;
  private final ParticipantSatisfactionMeasure m5;

  private OutcomeMeasures(
      DueConsiderationMeasure m1,
      ManagementInfluenceMeasure m2,
      DiverseNeedsMeasure m3,
      MainstreamingMeasure m4,
      ParticipantSatisfactionMeasure m5) {
    this.m1 = m1;
    this.m2 = m2;
    this.m3 = m3;
    this.m4 = m4;
    this.m5 = m5;
  }

  /**
   * Returns the five measures with their default rating scales (minimum base 10 for M1, M2 and
   * M4, 30 for M3 and M5; thresholds 0.90, 0.75, 0.60, 0.40 — conventions, not policy).
   *
   * @return the measures, never null
   */
  public static OutcomeMeasures standard() {
    return STANDARD;
  }

  /**
   * Returns these measures with one measure's rating scale replaced.
   *
   * @param measure the measure, not null
   * @param scale the scale, not null
   * @return the measures, never null; this instance is unaffected
   */
  public OutcomeMeasures withRatingScale(OutcomeMeasure measure, RatingScale scale) {
    switch (measure) {
      case DUE_CONSIDERATION:
        return new OutcomeMeasures(DueConsiderationMeasure.of(scale), m2, m3, m4, m5);
      case INFLUENCE_ON_MANAGEMENT:
        return new OutcomeMeasures(m1, ManagementInfluenceMeasure.of(scale), m3, m4, m5);
      case UNDERSTANDING_DIVERSE_NEEDS:
        return new OutcomeMeasures(m1, m2, DiverseNeedsMeasure.of(scale, m3.thresholds()), m4, m5);
      case MAINSTREAMING:
        return new OutcomeMeasures(m1, m2, m3, MainstreamingMeasure.of(scale), m5);
      case PARTICIPANT_SATISFACTION:
        return new OutcomeMeasures(m1, m2, m3, m4, ParticipantSatisfactionMeasure.of(scale));
      default:
        throw new AssertionError("unknown outcome measure " + measure);
    }
  }

  /**
   * Returns these measures with M3 replaced, e.g. with other under-representation thresholds.
   *
   * @param m3 the measure, not null
   * @return the measures, never null; this instance is unaffected
   */
  public OutcomeMeasures with(DiverseNeedsMeasure m3) {
    return new OutcomeMeasures(m1, m2, m3, m4, m5);
  }

  /**
   * M1.
   *
   * @return the measure, never null
   */
  public DueConsiderationMeasure dueConsideration() {
    return m1;
  }

  /**
   * M2.
   *
   * @return the measure, never null
   */
  public ManagementInfluenceMeasure managementInfluence() {
    return m2;
  }

  /**
   * M3.
   *
   * @return the measure, never null
   */
  public DiverseNeedsMeasure diverseNeeds() {
    return m3;
  }

  /**
   * M4.
   *
   * @return the measure, never null
   */
  public MainstreamingMeasure mainstreaming() {
    return m4;
  }

  /**
   * M5.
   *
   * @return the measure, never null
   */
  public ParticipantSatisfactionMeasure participantSatisfaction() {
    return m5;
  }

  /**
   * The five, M1 to M5.
   *
   * @return the measures, never null
   */
  public List<Measure<?>> all() {
    return List.of(m1, m2, m3, m4, m5);
  }

  /**
   * The scorecard of a scope alone.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @return the scorecard with one row, never null
   */
  public Scorecard scorecard(EvaluationContext context, Scope scope) {
    return Scorecard.evaluate(context, scope, all());
  }

  /**
   * The scorecard of a scope and each area at a level below it, evaluated sequentially.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @param level the rows' level, below the scope area's level
   * @return the scorecard, never null
   */
  public Scorecard scorecard(EvaluationContext context, Scope scope, AreaLevel level) {
    return Scorecard.evaluate(context, scope, level, all(), Evaluation.SEQUENTIAL);
  }

  /**
   * The scorecard of a scope and each area at a level below it.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @param level the rows' level, below the scope area's level
   * @param evaluation sequential or parallel, not null
   * @return the scorecard, never null
   */
  public Scorecard scorecard(
      EvaluationContext context, Scope scope, AreaLevel level, Evaluation evaluation) {
    return Scorecard.evaluate(context, scope, level, all(), evaluation);
  }

  /**
   * The scorecard of a scope alone, with a new {@link EvaluationContext} of {@code data}: this
   * call indexes the whole dataset. For more than one call, build the context once and use
   * {@link #scorecard(EvaluationContext, Scope)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @return the scorecard with one row, never null
   */
  public Scorecard scorecard(EngagementDataset data, Scope scope) {
    return scorecard(EvaluationContext.of(data), scope);
  }

  /**
   * The scorecard of a scope and each area at a level below it, evaluated sequentially, with a
   * new {@link EvaluationContext} of {@code data}: this call indexes the whole dataset. For more
   * than one call, build the context once and use
   * {@link #scorecard(EvaluationContext, Scope, AreaLevel)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @param level the rows' level, below the scope area's level
   * @return the scorecard, never null
   */
  public Scorecard scorecard(EngagementDataset data, Scope scope, AreaLevel level) {
    return scorecard(EvaluationContext.of(data), scope, level);
  }

  /**
   * The scorecard of a scope and each area at a level below it, with a new
   * {@link EvaluationContext} of {@code data}: this call indexes the whole dataset. For more than
   * one call, build the context once and use
   * {@link #scorecard(EvaluationContext, Scope, AreaLevel, Evaluation)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @param level the rows' level, below the scope area's level
   * @param evaluation sequential or parallel, not null
   * @return the scorecard, never null
   */
  public Scorecard scorecard(
      EngagementDataset data, Scope scope, AreaLevel level, Evaluation evaluation) {
    return scorecard(EvaluationContext.of(data), scope, level, evaluation);
  }

  /**
   * Returns the five measures with their scales.
   *
   * @return one line per measure
   */
  @Override
  public String toString() {
    return String.join("\n", m1.toString(), m2.toString(), m3.toString(), m4.toString(), m5.toString());
  }
}
