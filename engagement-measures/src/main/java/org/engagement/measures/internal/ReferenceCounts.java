package org.engagement.measures.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.ReferencePopulation;

/**
 * The reference counts of an area on one dimension, with the M3 fallback (docs/spec/measures.md §2
 * M3): the area's own reference population of the latest year not after the given year (else its
 * earliest), or the sum over its child areas, recursively — none when any child has none. Shared
 * by M3 and panel health (§7).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ReferenceCounts {

  private ReferenceCounts() {}

  /**
   * The reference counts of an area on one dimension.
   *
   * @param data the dataset, not null
   * @param index the dataset's indexes, not null
   * @param area the area, not null
   * @param dimension the dimension code, not null
   * @param year the year of the period's end
   * @return category → count, sorted by category; empty when no reference is found
   */
  public static Optional<Map<String, Long>> of(
      EngagementDataset data, DatasetIndex index, AreaId area, String dimension, int year) {
    return reference(data, index, area, dimension, year, new HashSet<>());
  }

  private static Optional<Map<String, Long>> reference(
      EngagementDataset data, DatasetIndex index, AreaId area, String dimension, int year,
      Set<AreaId> visiting) {
    List<ReferencePopulation> own = index.referencePopulations(area, dimension);
    if (!own.isEmpty()) {
      Integer chosen = null;
      Integer earliest = null;
      for (ReferencePopulation p : own) {
        if (p.year() <= year && (chosen == null || p.year() > chosen)) {
          chosen = p.year();
        }
        if (earliest == null || p.year() < earliest) {
          earliest = p.year();
        }
      }
      int pick = chosen != null ? chosen : earliest;
      for (ReferencePopulation p : own) {
        if (p.year() == pick) {
          return Optional.of(new TreeMap<>(p.counts()));
        }
      }
    }
    List<AreaId> children = data.children(area);
    if (children.isEmpty() || !visiting.add(area)) {
      return Optional.empty();
    }
    Map<String, Long> sum = new TreeMap<>();
    for (AreaId child : children) {
      Optional<Map<String, Long>> part = reference(data, index, child, dimension, year, visiting);
      if (part.isEmpty()) {
        return Optional.empty();
      }
      if (part.get().values().stream().anyMatch(v -> v < 0)) {
        return part; // a negative count must not vanish in the sum: the dimension is not assessable
      }
      part.get().forEach((k, v) -> sum.merge(k, v, Math::addExact));
    }
    return Optional.of(sum);
  }

  /**
   * The counts of the categories a dimension compares with its reference: without the
   * categories the scheme marks not compared (docs/spec/measures.md §1), which leave both sides
   * of a comparison before any share is computed.
   *
   * @param dimension the dimension, not null
   * @param counts category → count, not null
   * @return the compared categories' counts: {@code counts} itself when it has no category left
   *     out, else a new map; never null
   */
  public static Map<String, Long> compared(
      org.engagement.core.DemographicDimension dimension, Map<String, Long> counts) {
    boolean all = true;
    for (String category : counts.keySet()) {
      if (!dimension.compares(category)) {
        all = false;
        break;
      }
    }
    if (all) {
      return counts;
    }
    Map<String, Long> out = new java.util.HashMap<>();
    counts.forEach((category, count) -> {
      if (dimension.compares(category)) {
        out.put(category, count);
      }
    });
    return out;
  }

  /**
   * Counts in the scheme's category order, then the categories the scheme does not know in
   * ordinal order (docs/spec/measures.md §0b).
   *
   * @param dimension the dimension, not null
   * @param counts category → count, not null
   * @return a new map in that order, never null
   */
  public static Map<String, Long> inSchemeOrder(
      org.engagement.core.DemographicDimension dimension, Map<String, Long> counts) {
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    for (org.engagement.core.DemographicCategory category : dimension.categories()) {
      Long n = counts.get(category.code());
      if (n != null) {
        out.put(category.code(), n);
      }
    }
    if (out.size() < counts.size()) {
      for (String category : new java.util.TreeSet<>(counts.keySet())) {
        out.putIfAbsent(category, counts.get(category));
      }
    }
    return out;
  }
}
