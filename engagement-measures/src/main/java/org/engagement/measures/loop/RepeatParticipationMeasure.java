package org.engagement.measures.loop;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.ParticipantId;
import org.engagement.core.RecordType;
import org.engagement.core.Scope;
import org.engagement.measures.BaseKind;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Indicator;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.RatingScale;
import org.engagement.measures.internal.DatasetIndex;
import org.engagement.measures.internal.InScope;
import org.engagement.measures.internal.RecordTypes;
import org.engagement.measures.internal.Results;

/**
 * Repeat participation (2005 strand 5: feedback "to encourage the responder to participate
 * again"): of the people who took part, how many came back.
 *
 * <pre>{@code
 * MeasureResult repeat = RepeatParticipationMeasure.standard().evaluate(data, scope);
 * repeat.score();   // #returning / #participants
 * }</pre>
 *
 * <p><b>Formula</b> (docs/spec/measures.md §10). Reads the pseudonymous participant ids of the
 * activities in scope (activity date in the period, activity area in the subtree); activities
 * without ids add nothing, and an id listed twice by one activity counts once for it.
 * Participants = distinct ids; <em>returning</em> = ids seen at two or more distinct activities
 * in scope; {@code score = #returning / #participants}, a ratio measure whose base is the number
 * of participants (minimum 10 by default); NOT_ASSESSABLE without ids. The partial holds the id
 * multiset (each id with its number of activities), so that merging two parts unions the ids.
 *
 * <p>Indicators, in order: {@code participants} and {@code returning} (counts of people:
 * published tables withhold a count from 1 to 4 like a demographic count, docs/spec/measures.md
 * §1, and the result's {@link BaseKind#PARTICIPANTS} base makes them withhold the headline too),
 * {@code activities} (in scope) and {@code activitiesWithIds}. Evidence: the activities that
 * record ids. No gaps.
 *
 * <p>{@link #retention} compares two non-overlapping periods of the same area.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RepeatParticipationMeasure implements Measure<RepeatParticipationPartial> {

  private static final Set<RecordType> RECORD_TYPES =
      RecordTypes.of(RecordType.AREA, RecordType.ACTIVITY);

  private static final RepeatParticipationMeasure STANDARD =
      new RepeatParticipationMeasure(RatingScale.standard(RatingScale.RATIO_MINIMUM_BASE));

  private final RatingScale ratingScale;

  private RepeatParticipationMeasure(RatingScale ratingScale) {
    this.ratingScale = ratingScale;
  }

  /**
   * The measure with the default rating scale (minimum base 10 participants).
   *
   * @return the measure, never null
   */
  public static RepeatParticipationMeasure standard() {
    return STANDARD;
  }

  /**
   * The measure rated on another scale.
   *
   * @param ratingScale the scale, not null
   * @return the measure, never null
   */
  public static RepeatParticipationMeasure of(RatingScale ratingScale) {
    return new RepeatParticipationMeasure(ratingScale);
  }

  @Override
  public String code() {
    return "REPEAT";
  }

  @Override
  public String title() {
    return "Repeat participation";
  }

  @Override
  public RatingScale ratingScale() {
    return ratingScale;
  }

  /**
   * {@inheritDoc}
   *
   * @return areas and activities, which list their participants' ids themselves:
   *     {@code [AREA, ACTIVITY]}; {@link #retention} reads the same
   */
  @Override
  public Set<RecordType> recordTypes() {
    return RECORD_TYPES;
  }

  @Override
  public RepeatParticipationPartial emptyPartial() {
    return RepeatParticipationPartial.builder().activitiesWithIds(0).activities(0).build();
  }

  private static DatasetIndex index(EvaluationContext context) {
    return DatasetIndex.of(context);
  }

  @Override
  public RepeatParticipationPartial partial(
      EvaluationContext context, Scope scope, Set<AreaId> areas) {
    EngagementDataset data = context.dataset();
    DatasetIndex index = index(context);
    SortedMap<String, Long> ids = new TreeMap<>();
    long withIds = 0;
    long activities = 0;
    ImmutableRepeatParticipationPartial.Builder builder = RepeatParticipationPartial.builder();
    for (AreaId area : InScope.areas(data, scope, areas)) {
      for (EngagementActivity activity : index.activitiesIn(area)) {
        if (!InScope.inPeriod(scope, activity.date())) {
          continue;
        }
        activities++;
        if (activity.participants().isEmpty()) {
          continue;
        }
        withIds++;
        builder.addEvidence(activity.id().value());
        for (ParticipantId id : new LinkedHashSet<>(activity.participants())) {
          ids.merge(id.value(), 1L, Long::sum);
        }
      }
    }
    return builder.activitiesById(ids).activitiesWithIds(withIds).activities(activities).build();
  }

  @Override
  public MeasureResult result(
      EvaluationContext context, Scope scope, RepeatParticipationPartial partial) {
    List<Indicator> indicators = new ArrayList<>();
    indicators.add(Indicator.people("participants", partial.participants()));
    indicators.add(Indicator.people("returning", partial.returning()));
    indicators.add(Indicator.count("activities", partial.activities()));
    indicators.add(Indicator.count("activitiesWithIds", partial.activitiesWithIds()));
    return Results.ratio(
        this,
        scope,
        partial.returning(),
        partial.participants(),
        BaseKind.PARTICIPANTS,
        "no participant ids recorded in scope",
        indicators,
        partial.evidence(),
        List.of());
  }

  /**
   * Retention between two periods of the same area: the participants of {@code first} also seen
   * in {@code second}, over the participants of {@code first}.
   *
   * @param data the dataset, not null
   * @param first the scope of period A, not null
   * @param second the scope of period B, the same area as {@code first}, not null
   * @return the retention, never null
   * @throws IllegalArgumentException when the areas differ or the periods overlap
   */
  public Retention retention(EngagementDataset data, Scope first, Scope second) {
    if (!first.area().equals(second.area())) {
      throw new IllegalArgumentException(
          "retention compares one area: " + first.area() + " and " + second.area());
    }
    if (first.period().overlaps(second.period().from(), java.util.Optional.of(second.period().to()))) {
      throw new IllegalArgumentException(
          "retention needs periods that do not overlap: " + first.period() + " and " + second.period());
    }
    return retention(first, second, partial(data, first), partial(data, second));
  }

  /**
   * Retention from the merged partials of two periods of the same area (docs/spec/measures.md
   * §10), e.g. after merging each period's ward partials.
   *
   * @param first the scope of period A, not null
   * @param second the scope of period B, not null
   * @param a the partial of period A's whole population, not null
   * @param b the partial of period B's whole population, not null
   * @return the retention, never null
   */
  public Retention retention(
      Scope first, Scope second, RepeatParticipationPartial a, RepeatParticipationPartial b) {
    long retained = a.activitiesById().keySet().stream().filter(b.activitiesById()::containsKey).count();
    return Retention.builder()
        .first(first)
        .second(second)
        .cohort(a.participants())
        .retained(retained)
        .secondParticipants(b.participants())
        .build();
  }

  /**
   * Returns the code, title and scale.
   *
   * @return e.g. {@code REPEAT Repeat participation (RatingScale{...})}
   */
  @Override
  public String toString() {
    return code() + " " + title() + " (" + ratingScale + ")";
  }
}
