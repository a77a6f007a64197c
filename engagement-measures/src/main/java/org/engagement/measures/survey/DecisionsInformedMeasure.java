package org.engagement.measures.survey;

import java.util.List;
import java.util.Set;
import org.engagement.core.AreaId;
import org.engagement.core.Consideration;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.measures.Gap;
import org.engagement.measures.Indicator;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.RatingScale;
import org.engagement.measures.internal.InScope;
import org.engagement.measures.internal.Results;

/**
 * A1, decisions informed (2005 strategy; MEASURES.md §3): the share of decision records in scope
 * informed by community input.
 *
 * <pre>{@code
 * MeasureResult a1 = DecisionsInformedMeasure.standard().evaluate(data, scope);
 * a1.score();   // 0.8 when 8 of 10 decisions considered at least one input
 * }</pre>
 *
 * <p><b>Formula.</b> Decision records in scope (decision date in the period, decision area in
 * the subtree); {@code score = #with at least one consideration marked considered / #decisions}.
 * NOT_ASSESSABLE without decisions; rated INSUFFICIENT_DATA below 10 decisions by default.
 * Indicator {@code considerationsConsidered}: the considerations marked considered, over all
 * decisions in scope. Evidence: the informed decisions; gaps: the others, lacking
 * {@value #CONSIDERED}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DecisionsInformedMeasure implements Measure<RatioPartial> {

  /** The step an uninformed decision lacks. */
  public static final String CONSIDERED = "CONSIDERED";

  private static final DecisionsInformedMeasure STANDARD =
      new DecisionsInformedMeasure(RatingScale.standard(RatingScale.RATIO_MINIMUM_BASE));

  private final RatingScale ratingScale;

  private DecisionsInformedMeasure(RatingScale ratingScale) {
    this.ratingScale = ratingScale;
  }

  /** A1 with the default rating scale (minimum base 10). @return the measure, never null */
  public static DecisionsInformedMeasure standard() {
    return STANDARD;
  }

  /**
   * A1 rated on another scale.
   *
   * @param ratingScale the scale, not null
   * @return the measure, never null
   */
  public static DecisionsInformedMeasure of(RatingScale ratingScale) {
    return new DecisionsInformedMeasure(ratingScale);
  }

  @Override
  public String code() {
    return "A1";
  }

  @Override
  public String title() {
    return "Decisions informed";
  }

  @Override
  public RatingScale ratingScale() {
    return ratingScale;
  }

  @Override
  public RatioPartial emptyPartial() {
    return RatioPartial.EMPTY;
  }

  @Override
  public RatioPartial partial(EngagementDataset data, Scope scope, Set<AreaId> areas) {
    Set<AreaId> part = Set.copyOf(InScope.areas(data, scope, areas));
    ImmutableRatioPartial.Builder out = RatioPartial.builder();
    long informed = 0;
    long decisions = 0;
    long considered = 0;
    for (DecisionRecord decision : data.decisions()) {
      if (!part.contains(decision.area()) || !InScope.inPeriod(scope, decision.date())) {
        continue;
      }
      decisions++;
      long marked = decision.considerations().stream().filter(Consideration::considered).count();
      considered += marked;
      if (marked > 0) {
        informed++;
        out.addEvidence(decision.id().value());
      } else {
        out.addGaps(Gap.of(decision.id().value(), CONSIDERED));
      }
    }
    return out.numerator(informed).denominator(decisions).links(considered).build();
  }

  @Override
  public MeasureResult result(EngagementDataset data, Scope scope, RatioPartial partial) {
    return Results.ratio(this, scope, partial.numerator(), partial.denominator(),
        "no decision record in scope",
        List.of(Indicator.count("considerationsConsidered", partial.links())),
        partial.evidence(), partial.gaps());
  }

  /**
   * Returns the code and scale.
   *
   * @return e.g. {@code A1 Decisions informed (RatingScale{...})}
   */
  @Override
  public String toString() {
    return code() + " " + title() + " (" + ratingScale + ")";
  }
}
