package org.engagement.measures.outcome;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.engagement.core.InitiativeKind;
import org.engagement.core.InvolvementLevel;
import org.engagement.measures.Gap;
import org.engagement.measures.MeasurePartial;
import org.engagement.measures.internal.SortedLists;
import org.immutables.value.Value;

/**
 * The partial result of {@link MainstreamingMeasure} (M4) over one part of a scope: initiatives
 * and operations in the population and those with engagement, by kind and by business unit, and
 * the count of each highest linked involvement level.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MainstreamingPartial implements MeasurePartial<MainstreamingPartial> {

  MainstreamingPartial() {}

  static ImmutableMainstreamingPartial.Builder builder() {
    return ImmutableMainstreamingPartial.builder();
  }

  abstract long population();

  abstract long withEngagement();

  abstract Map<InitiativeKind, Long> kindTotal();

  abstract Map<InitiativeKind, Long> kindWith();

  @Value.NaturalOrder
  abstract SortedMap<String, Long> unitTotal();

  @Value.NaturalOrder
  abstract SortedMap<String, Long> unitWith();

  abstract Map<InvolvementLevel, Long> highestLevel();

  /** The initiatives with engagement and their qualifying activities, sorted and distinct. */
  abstract List<String> evidence();

  /** The initiatives without a linked activity, sorted and distinct. */
  abstract List<Gap> gaps();

  @Override
  public MainstreamingPartial merge(MainstreamingPartial other) {
    return mergeAll(List.of(other));
  }

  @Override
  public MainstreamingPartial mergeAll(Collection<? extends MainstreamingPartial> others) {
    long population = population();
    long withEngagement = withEngagement();
    Map<InitiativeKind, Long> kindTotal = add(new EnumMap<>(InitiativeKind.class), kindTotal());
    Map<InitiativeKind, Long> kindWith = add(new EnumMap<>(InitiativeKind.class), kindWith());
    Map<String, Long> unitTotal = add(new TreeMap<>(), unitTotal());
    Map<String, Long> unitWith = add(new TreeMap<>(), unitWith());
    Map<InvolvementLevel, Long> highest = add(new EnumMap<>(InvolvementLevel.class), highestLevel());
    List<List<String>> evidence = new ArrayList<>(others.size());
    List<List<Gap>> gaps = new ArrayList<>(others.size());
    for (MainstreamingPartial other : others) {
      population = Math.addExact(population, other.population());
      withEngagement = Math.addExact(withEngagement, other.withEngagement());
      add(kindTotal, other.kindTotal());
      add(kindWith, other.kindWith());
      add(unitTotal, other.unitTotal());
      add(unitWith, other.unitWith());
      add(highest, other.highestLevel());
      evidence.add(other.evidence());
      gaps.add(other.gaps());
    }
    return builder()
        .evidence(SortedLists.union(evidence(), evidence))
        .gaps(SortedLists.union(gaps(), gaps))
        .population(population)
        .withEngagement(withEngagement)
        .kindTotal(kindTotal)
        .kindWith(kindWith)
        .unitTotal(unitTotal)
        .unitWith(unitWith)
        .highestLevel(highest)
        .build();
  }

  private static <K> Map<K, Long> add(Map<K, Long> into, Map<K, Long> counts) {
    counts.forEach((k, v) -> into.merge(k, v, Math::addExact));
    return into;
  }

  /**
   * Returns the counts.
   *
   * @return e.g. {@code MainstreamingPartial{population=12, withEngagement=7}}
   */
  @Override
  public String toString() {
    return "MainstreamingPartial{population=" + population() + ", withEngagement="
        + withEngagement() + "}";
  }
}
