package org.engagement.measures.survey;

import java.util.List;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureResult;

/**
 * The 2005 strategy's additional measures A1–A5 (docs/spec/measures.md §3), each a {@link Measure}
 * like M1–M5.
 *
 * <pre>{@code
 * for (MeasureResult r : AdditionalMeasures.evaluateAll(data, scope)) {
 *   System.out.println(r.headline());
 * }
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AdditionalMeasures {

  private AdditionalMeasures() {}

  /**
   * A1–A5 with their default rating scales, in order.
   *
   * @return five measures, never null
   */
  public static List<Measure<?>> standard() {
    return List.of(
        DecisionsInformedMeasure.standard(),
        CommunityTargetsMeasure.standard(),
        PublicSurveyMeasure.policeListen(),
        PublicSurveyMeasure.awareness(),
        PublicSurveyMeasure.involvement());
  }

  /**
   * Evaluates A1–A5 on a scope.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @return five results, A1 first, never null
   */
  public static List<MeasureResult> evaluateAll(EvaluationContext context, Scope scope) {
    return standard().stream().map(m -> (MeasureResult) m.evaluate(context, scope)).toList();
  }

  /**
   * Evaluates A1–A5 on a scope, with one new {@link EvaluationContext} of {@code data} shared by
   * the five: this call indexes the whole dataset. For more than one call, build the context once
   * and use {@link #evaluateAll(EvaluationContext, Scope)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @return five results, A1 first, never null
   */
  public static List<MeasureResult> evaluateAll(EngagementDataset data, Scope scope) {
    return evaluateAll(EvaluationContext.of(data), scope);
  }
}
