package org.engagement.measures.outcome;

import org.engagement.core.OutcomeMeasure;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasurePartial;
import org.engagement.measures.RatingScale;

/**
 * What the five outcome measures share: the 2006 outcome each measures, its code and title, and
 * the rating scale it is rated on.
 *
 * @param <P> the measure's partial result
 */
abstract class OutcomeMeasureBase<P extends MeasurePartial<P>> implements Measure<P> {

  private final OutcomeMeasure outcome;
  private final String title;
  private final RatingScale ratingScale;

  OutcomeMeasureBase(OutcomeMeasure outcome, String title, RatingScale ratingScale) {
    this.outcome = outcome;
    this.title = title;
    this.ratingScale = ratingScale;
  }

  /**
   * The outcome of the 2006 report this measures.
   *
   * @return the outcome, never null
   */
  public final OutcomeMeasure outcome() {
    return outcome;
  }

  @Override
  public final String code() {
    return outcome.code();
  }

  @Override
  public final String title() {
    return title;
  }

  @Override
  public final RatingScale ratingScale() {
    return ratingScale;
  }

  /**
   * Returns the code, title and scale.
   *
   * @return e.g. {@code M1 Due consideration (RatingScale{...})}
   */
  @Override
  public String toString() {
    return code() + " " + title() + " (" + ratingScale + ")";
  }
}
