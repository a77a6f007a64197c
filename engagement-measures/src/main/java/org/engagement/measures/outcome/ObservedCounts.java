package org.engagement.measures.outcome;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The demographic counts of one basis summed over activities: per dimension the stated count of
 * each category and the not-stated count, whether any activity recorded counts of this basis,
 * and which activities did.
 */
@Value.Immutable
abstract class ObservedCounts {

  static ImmutableObservedCounts.Builder builder() {
    return ImmutableObservedCounts.builder();
  }

  static ObservedCounts empty() {
    return builder().present(false).build();
  }

  /** Whether any activity in the part recorded counts of this basis. */
  abstract boolean present();

  @Value.NaturalOrder
  abstract SortedMap<String, SortedMap<String, Long>> stated();

  @Value.NaturalOrder
  abstract SortedMap<String, Long> notStated();

  @Value.NaturalOrder
  abstract SortedSet<String> activities();

  /** The dimensions for which some activity recorded a negative count: invalid data. */
  @Value.NaturalOrder
  abstract SortedSet<String> negative();

  ObservedCounts merge(ObservedCounts other) {
    SortedMap<String, SortedMap<String, Long>> stated = new TreeMap<>();
    for (Map<String, SortedMap<String, Long>> side : List.of(stated(), other.stated())) {
      side.forEach(
          (dimension, counts) -> {
            SortedMap<String, Long> into = stated.computeIfAbsent(dimension, k -> new TreeMap<>());
            counts.forEach((category, n) -> into.merge(category, n, Math::addExact));
          });
    }
    SortedMap<String, Long> notStated = new TreeMap<>(notStated());
    other.notStated().forEach((k, v) -> notStated.merge(k, v, Math::addExact));
    return builder()
        .present(present() || other.present())
        .stated(stated)
        .notStated(notStated)
        .addAllActivities(activities())
        .addAllActivities(other.activities())
        .addAllNegative(negative())
        .addAllNegative(other.negative())
        .build();
  }
}
