package org.engagement.measures.outcome;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.engagement.core.DemographicCounts;
import org.engagement.core.DimensionCounts;
import org.engagement.measures.internal.SortedLists;
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

  /**
   * The ids of the activities that recorded counts of this basis, sorted and distinct (a list
   * sorted once, not a tree: a force's total holds tens of thousands of them).
   */
  abstract List<String> activities();

  /** The dimensions for which some activity recorded a negative count: invalid data. */
  @Value.NaturalOrder
  abstract SortedSet<String> negative();

  /**
   * The counts of every part together, built once (linear in the parts' total size).
   *
   * @param parts the parts' counts, in any order
   * @return their sum; {@link #empty()} for no parts
   */
  static ObservedCounts mergeAll(Collection<ObservedCounts> parts) {
    Accumulator out = new Accumulator();
    for (ObservedCounts part : parts) {
      out.add(part);
    }
    return out.toCounts();
  }

  /** Whether any count is negative; a loop, as it runs per activity and dimension. */
  static boolean anyNegative(Map<String, Long> counts) {
    for (long n : counts.values()) {
      if (n < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Sums counts as they come, activity by activity or part by part, and builds the value once:
   * the same as merging the parts' values one by one, without a new value per part.
   */
  static final class Accumulator {
    private boolean present;
    private final SortedMap<String, SortedMap<String, Long>> stated = new TreeMap<>();
    private final SortedMap<String, Long> notStated = new TreeMap<>();
    /** Ids in any order, repeats allowed; sorted and made distinct by {@link #toCounts}. */
    private final List<String> activities = new ArrayList<>();
    private final SortedSet<String> negative = new TreeSet<>();

    /**
     * Adds one activity's counts. Within one activity a dimension counted twice keeps its last
     * counts (a negative count in either still marks the dimension).
     */
    void add(String activity, DemographicCounts counts) {
      Map<String, DimensionCounts> last = new LinkedHashMap<>();
      for (DimensionCounts dimension : counts.dimensions()) {
        last.put(dimension.dimension(), dimension);
        if (dimension.notStated() < 0 || anyNegative(dimension.counts())) {
          negative.add(dimension.dimension());
        }
      }
      for (DimensionCounts dimension : last.values()) {
        addStated(dimension.dimension(), dimension.counts());
        notStated.merge(dimension.dimension(), dimension.notStated(), Math::addExact);
      }
      activities.add(activity);
      present = true;
    }

    /** Adds a part's counts. */
    void add(ObservedCounts part) {
      present |= part.present();
      part.stated().forEach(this::addStated);
      part.notStated().forEach((k, v) -> notStated.merge(k, v, Math::addExact));
      activities.addAll(part.activities());
      negative.addAll(part.negative());
    }

    private void addStated(String dimension, Map<String, Long> counts) {
      SortedMap<String, Long> into = stated.computeIfAbsent(dimension, k -> new TreeMap<>());
      counts.forEach((category, n) -> into.merge(category, n, Math::addExact));
    }

    /**
     * The value of the counts added so far; the accumulator may go on (the value holds copies of
     * its maps, the inner ones included). Sorts the accumulator's list of activity ids in place
     * and drops repeats, which leaves the ids, as a set, unchanged.
     */
    ObservedCounts toCounts() {
      SortedMap<String, SortedMap<String, Long>> copy = new TreeMap<>();
      stated.forEach((dimension, counts) -> copy.put(dimension, new TreeMap<>(counts)));
      return builder().present(present).stated(copy).notStated(notStated)
          .activities(SortedLists.sortDistinct(activities)).negative(negative).build();
    }
  }
}
