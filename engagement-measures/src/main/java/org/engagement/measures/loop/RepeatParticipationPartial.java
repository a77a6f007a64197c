package org.engagement.measures.loop;

import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.engagement.measures.MeasurePartial;
import org.immutables.value.Value;

/**
 * The partial result of {@link RepeatParticipationMeasure} over one part of a scope: the id
 * multiset itself — each pseudonymous participant id with the number of distinct activities in
 * the part that list it — and the number of activities that record ids. Never rates: merging two
 * parts adds each id's activity counts, so an id seen once in each of two wards is returning in
 * their borough.
 *
 * <pre>{@code
 * RepeatParticipationMeasure repeat = RepeatParticipationMeasure.standard();
 * RepeatParticipationPartial all = repeat.partial(data, scope, data.subtree(wardA))
 *     .merge(repeat.partial(data, scope, data.subtree(wardB)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RepeatParticipationPartial
    implements MeasurePartial<RepeatParticipationPartial> {

  RepeatParticipationPartial() {}

  static ImmutableRepeatParticipationPartial.Builder builder() {
    return ImmutableRepeatParticipationPartial.builder();
  }

  /** Each participant id with the number of distinct activities that list it. */
  @Value.NaturalOrder
  abstract SortedMap<String, Long> activitiesById();

  /** The activities in the part that record at least one participant id. */
  abstract long activitiesWithIds();

  /** The activities in the part, with or without ids. */
  abstract long activities();

  @Value.NaturalOrder
  abstract java.util.SortedSet<String> evidence();

  /**
   * The number of distinct participants.
   *
   * @return zero or more
   */
  public long participants() {
    return activitiesById().size();
  }

  /**
   * The number of participants seen at two or more distinct activities.
   *
   * @return zero or more, at most {@link #participants()}
   */
  public long returning() {
    return activitiesById().values().stream().filter(n -> n >= 2).count();
  }

  @Override
  public RepeatParticipationPartial merge(RepeatParticipationPartial other) {
    return mergeAll(List.of(other));
  }

  @Override
  public RepeatParticipationPartial mergeAll(
      Collection<? extends RepeatParticipationPartial> others) {
    SortedMap<String, Long> ids = new TreeMap<>(activitiesById());
    long withIds = activitiesWithIds();
    long activities = activities();
    ImmutableRepeatParticipationPartial.Builder out = builder().addAllEvidence(evidence());
    for (RepeatParticipationPartial other : others) {
      other.activitiesById().forEach((id, n) -> ids.merge(id, n, Math::addExact));
      withIds = Math.addExact(withIds, other.activitiesWithIds());
      activities = Math.addExact(activities, other.activities());
      out.addAllEvidence(other.evidence());
    }
    return out.activitiesById(ids).activitiesWithIds(withIds).activities(activities).build();
  }

  /**
   * Returns the counts, never the ids.
   *
   * @return e.g. {@code RepeatParticipationPartial{participants=120, returning=31, activities=14}}
   */
  @Override
  public String toString() {
    return "RepeatParticipationPartial{participants=" + participants() + ", returning="
        + returning() + ", activities=" + activitiesWithIds() + "}";
  }
}
