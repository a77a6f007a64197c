package org.engagement.measures.outcome;

import java.util.Collection;
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
    return mergeAll(List.of(this, other));
  }

  /**
   * The counts of every part together, built once (linear in the parts' total size).
   *
   * @param parts the parts' counts, in any order
   * @return their sum; {@link #empty()} for no parts
   */
  static ObservedCounts mergeAll(Collection<ObservedCounts> parts) {
    boolean present = false;
    SortedMap<String, SortedMap<String, Long>> stated = new TreeMap<>();
    SortedMap<String, Long> notStated = new TreeMap<>();
    ImmutableObservedCounts.Builder out = builder();
    for (ObservedCounts part : parts) {
      present |= part.present();
      part.stated().forEach(
          (dimension, counts) -> {
            SortedMap<String, Long> into = stated.computeIfAbsent(dimension, k -> new TreeMap<>());
            counts.forEach((category, n) -> into.merge(category, n, Math::addExact));
          });
      part.notStated().forEach((k, v) -> notStated.merge(k, v, Math::addExact));
      out.addAllActivities(part.activities()).addAllNegative(part.negative());
    }
    return out.present(present).stated(stated).notStated(notStated).build();
  }
}
