package org.engagement.measures;

import java.util.Set;
import org.engagement.core.AreaId;
import org.engagement.core.Scope;
import org.engagement.measures.outcome.DueConsiderationMeasure;
import org.engagement.measures.outcome.DueConsiderationPartial;

/**
 * M1 under another code, except that the partial of one area fails: a measure of a user's own,
 * which names no record types of its own.
 */
record FailingOn(DueConsiderationMeasure m1, AreaId area)
    implements Measure<DueConsiderationPartial> {
  @Override
  public String code() {
    return "FAIL";
  }

  @Override
  public String title() {
    return "fails on " + area;
  }

  @Override
  public RatingScale ratingScale() {
    return m1.ratingScale();
  }

  @Override
  public DueConsiderationPartial partial(
      EvaluationContext context, Scope scope, Set<AreaId> areas) {
    if (areas.contains(area)) {
      throw new IllegalStateException("no partial for " + area);
    }
    return m1.partial(context, scope, areas);
  }

  @Override
  public DueConsiderationPartial emptyPartial() {
    return m1.emptyPartial();
  }

  @Override
  public MeasureResult result(
      EvaluationContext context, Scope scope, DueConsiderationPartial partial) {
    return m1.result(context, scope, partial);
  }
}
