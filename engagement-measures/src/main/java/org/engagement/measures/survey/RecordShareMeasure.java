package org.engagement.measures.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Identified;
import org.engagement.core.RecordType;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Gap;
import org.engagement.measures.Indicator;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.RatingScale;
import org.engagement.measures.internal.DatasetIndex;
import org.engagement.measures.internal.InScope;
import org.engagement.measures.internal.Results;

/**
 * The shape of A1 and A2: the share of the records of one kind in scope (own date in the period,
 * own area in the subtree) that link to community input at least once, with the links summed as
 * an indicator. Partials hold the exact counts, so they merge over any partition. It reads the
 * areas (for the scope's subtree) and the records of its kind, and counts the links within each
 * record, so each measure of this shape names those two types in {@link #recordTypes()}.
 *
 * @param <R> the record type read
 */
abstract class RecordShareMeasure<R extends Identified> implements Measure<RatioPartial> {

  private final RatingScale ratingScale;

  RecordShareMeasure(RatingScale ratingScale) {
    this.ratingScale = ratingScale;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Declared again so that a measure of this shape names its types rather than inheriting
   * every type.
   *
   * @return {@code AREA} and the type of the records read, whose links are counted in the record
   *     itself
   */
  @Override
  public abstract Set<RecordType> recordTypes();

  /** The records of the measure's kind whose area is {@code area} itself. */
  abstract List<R> recordsIn(DatasetIndex index, AreaId area);

  /** The record's own date, which places it in a period. */
  abstract LocalDate date(R record);

  /** The record's links to community input; it counts for the numerator when there is one. */
  abstract long links(R record);

  /** The step a record without a link lacks, named in its gap. */
  abstract String missingStep();

  /** Why the measure is not assessable when no record is in scope. */
  abstract String noRecordReason();

  /** The name of the indicator that sums the links. */
  abstract String linksIndicator();

  @Override
  public final RatingScale ratingScale() {
    return ratingScale;
  }

  @Override
  public final RatioPartial emptyPartial() {
    return RatioPartial.EMPTY;
  }

  @Override
  public final RatioPartial partial(EvaluationContext context, Scope scope, Set<AreaId> areas) {
    EngagementDataset data = context.dataset();
    DatasetIndex index = DatasetIndex.of(context);
    ImmutableRatioPartial.Builder out = RatioPartial.builder();
    long linked = 0;
    long total = 0;
    long links = 0;
    for (AreaId area : InScope.areas(data, scope, areas)) {
      for (R record : recordsIn(index, area)) {
        if (!InScope.inPeriod(scope, date(record))) {
          continue;
        }
        total++;
        long n = links(record);
        links += n;
        if (n > 0) {
          linked++;
          out.addEvidence(record.id().value());
        } else {
          out.addGaps(Gap.of(record.id().value(), missingStep()));
        }
      }
    }
    return out.numerator(linked).denominator(total).links(links).build();
  }

  @Override
  public final MeasureResult result(EvaluationContext context, Scope scope, RatioPartial partial) {
    return Results.ratio(this, scope, partial.numerator(), partial.denominator(),
        noRecordReason(), List.of(Indicator.count(linksIndicator(), partial.links())),
        partial.evidence(), partial.gaps());
  }

  /**
   * Returns the code, title and scale.
   *
   * @return e.g. {@code A1 Decisions informed (RatingScale{...})}
   */
  @Override
  public final String toString() {
    return code() + " " + title() + " (" + ratingScale + ")";
  }
}
