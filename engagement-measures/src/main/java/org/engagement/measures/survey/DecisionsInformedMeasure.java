package org.engagement.measures.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.engagement.core.AreaId;
import org.engagement.core.Consideration;
import org.engagement.core.DecisionRecord;
import org.engagement.core.RecordType;
import org.engagement.measures.RatingScale;
import org.engagement.measures.internal.DatasetIndex;
import org.engagement.measures.internal.RecordTypes;

/**
 * A1, decisions informed (2005 strategy; docs/spec/measures.md §3): the share of decision records
 * in scope informed by community input.
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
public final class DecisionsInformedMeasure extends RecordShareMeasure<DecisionRecord> {

  /** The step an uninformed decision lacks. */
  public static final String CONSIDERED = "CONSIDERED";

  private static final Set<RecordType> RECORD_TYPES =
      RecordTypes.of(RecordType.AREA, RecordType.DECISION);

  private static final DecisionsInformedMeasure STANDARD =
      new DecisionsInformedMeasure(RatingScale.standard(RatingScale.RATIO_MINIMUM_BASE));

  private DecisionsInformedMeasure(RatingScale ratingScale) {
    super(ratingScale);
  }

  /**
   * A1 with the default rating scale (minimum base 10).
   *
   * @return the measure, never null
   */
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

  /**
   * {@inheritDoc}
   *
   * @return areas and decisions, whose considerations are counted in the decision itself (the
   *     inputs they name are not looked up): {@code [AREA, DECISION]}
   */
  @Override
  public Set<RecordType> recordTypes() {
    return RECORD_TYPES;
  }

  @Override
  List<DecisionRecord> recordsIn(DatasetIndex index, AreaId area) {
    return index.decisionsIn(area);
  }

  @Override
  LocalDate date(DecisionRecord decision) {
    return decision.date();
  }

  /** The considerations of the decision marked considered. */
  @Override
  long links(DecisionRecord decision) {
    return decision.considerations().stream().filter(Consideration::considered).count();
  }

  @Override
  String missingStep() {
    return CONSIDERED;
  }

  @Override
  String noRecordReason() {
    return "no decision record in scope";
  }

  @Override
  String linksIndicator() {
    return "considerationsConsidered";
  }
}
