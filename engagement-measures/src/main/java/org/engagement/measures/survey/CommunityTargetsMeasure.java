package org.engagement.measures.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.engagement.core.AreaId;
import org.engagement.core.LocalPerformanceTarget;
import org.engagement.core.RecordType;
import org.engagement.measures.RatingScale;
import org.engagement.measures.internal.DatasetIndex;
import org.engagement.measures.internal.RecordTypes;

/**
 * A2, targets set with the community (2005 strategy; docs/spec/measures.md §3): the share of local
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
public final class CommunityTargetsMeasure extends RecordShareMeasure<LocalPerformanceTarget> {

  /** The step a target set without the community lacks. */
  public static final String INFORMED_BY = "INFORMED_BY";

  private static final Set<RecordType> RECORD_TYPES =
      RecordTypes.of(RecordType.AREA, RecordType.TARGET);

  private static final CommunityTargetsMeasure STANDARD =
      new CommunityTargetsMeasure(RatingScale.standard(RatingScale.RATIO_MINIMUM_BASE));

  private CommunityTargetsMeasure(RatingScale ratingScale) {
    super(ratingScale);
  }

  /**
   * A2 with the default rating scale (minimum base 10).
   *
   * @return the measure, never null
   */
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

  /**
   * {@inheritDoc}
   *
   * @return areas and targets, whose citations of inputs are counted in the target itself (the
   *     inputs are not looked up): {@code [AREA, TARGET]}
   */
  @Override
  public Set<RecordType> recordTypes() {
    return RECORD_TYPES;
  }

  @Override
  List<LocalPerformanceTarget> recordsIn(DatasetIndex index, AreaId area) {
    return index.targetsIn(area);
  }

  @Override
  LocalDate date(LocalPerformanceTarget target) {
    return target.setDate();
  }

  /** The community inputs the target cites. */
  @Override
  long links(LocalPerformanceTarget target) {
    return target.informedBy().size();
  }

  @Override
  String missingStep() {
    return INFORMED_BY;
  }

  @Override
  String noRecordReason() {
    return "no local performance target in scope";
  }

  @Override
  String linksIndicator() {
    return "inputsCited";
  }
}
