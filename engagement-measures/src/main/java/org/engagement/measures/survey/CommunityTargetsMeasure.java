package org.engagement.measures.survey;

import java.util.List;
import java.util.Set;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.LocalPerformanceTarget;
import org.engagement.core.Scope;
import org.engagement.measures.Gap;
import org.engagement.measures.Indicator;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.RatingScale;
import org.engagement.measures.internal.InScope;
import org.engagement.measures.internal.Results;

/**
 * A2, targets set with the community (2005 strategy; MEASURES.md §3): the share of local
 * performance targets in scope informed by community input.
 *
 * <pre>{@code
 * MeasureResult a2 = CommunityTargetsMeasure.standard().evaluate(data, scope);
 * }</pre>
 *
 * <p><b>Formula.</b> Local performance targets in scope (set date in the period, area in the
 * subtree); {@code score = #citing at least one input / #targets}. NOT_ASSESSABLE without
 * targets; rated INSUFFICIENT_DATA below 10 targets by default. Indicator {@code inputsCited}:
 * the citations of inputs, summed over the targets in scope. Evidence: the targets citing an
 * input; gaps: the others, lacking {@value #INFORMED_BY}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CommunityTargetsMeasure implements Measure<RatioPartial> {

  /** The step a target set without the community lacks. */
  public static final String INFORMED_BY = "INFORMED_BY";

  private static final CommunityTargetsMeasure STANDARD =
      new CommunityTargetsMeasure(RatingScale.standard(RatingScale.RATIO_MINIMUM_BASE));

  private final RatingScale ratingScale;

  private CommunityTargetsMeasure(RatingScale ratingScale) {
    this.ratingScale = ratingScale;
  }

  /** A2 with the default rating scale (minimum base 10). @return the measure, never null */
  public static CommunityTargetsMeasure standard() {
    return STANDARD;
  }

  /**
   * A2 rated on another scale.
   *
   * @param ratingScale the scale, not null
   * @return the measure, never null
   */
  public static CommunityTargetsMeasure of(RatingScale ratingScale) {
    return new CommunityTargetsMeasure(ratingScale);
  }

  @Override
  public String code() {
    return "A2";
  }

  @Override
  public String title() {
    return "Targets set with the community";
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
    long targets = 0;
    long cited = 0;
    for (LocalPerformanceTarget target : data.targets()) {
      if (!part.contains(target.area()) || !InScope.inPeriod(scope, target.setDate())) {
        continue;
      }
      targets++;
      cited += target.informedBy().size();
      if (target.informedBy().isEmpty()) {
        out.addGaps(Gap.of(target.id().value(), INFORMED_BY));
      } else {
        informed++;
        out.addEvidence(target.id().value());
      }
    }
    return out.numerator(informed).denominator(targets).links(cited).build();
  }

  @Override
  public MeasureResult result(EngagementDataset data, Scope scope, RatioPartial partial) {
    return Results.ratio(this, scope, partial.numerator(), partial.denominator(),
        "no local performance target in scope",
        List.of(Indicator.count("inputsCited", partial.links())),
        partial.evidence(), partial.gaps());
  }

  /**
   * Returns the code and scale.
   *
   * @return e.g. {@code A2 Targets set with the community (RatingScale{...})}
   */
  @Override
  public String toString() {
    return code() + " " + title() + " (" + ratingScale + ")";
  }
}
