package org.engagement.measures.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.engagement.measures.Gap;
import org.engagement.measures.MeasurePartial;
import org.engagement.measures.internal.SortedLists;
import org.immutables.value.Value;

/**
 * The partial result of {@link ManagementInfluenceMeasure} (M2) over one part of a scope: the
 * inputs and those responded to, the demand (Σ support) per issue category, and per resource
 * type and unit the exact quantities allocated in total, by responding allocations and per issue
 * category.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ManagementInfluencePartial
    implements MeasurePartial<ManagementInfluencePartial> {

  ManagementInfluencePartial() {}

  static ImmutableManagementInfluencePartial.Builder builder() {
    return ImmutableManagementInfluencePartial.builder();
  }

  abstract long inputs();

  abstract long respondedTo();

  abstract long allocations();

  abstract long respondingAllocations();

  @Value.NaturalOrder
  abstract SortedMap<String, Long> demand();

  @Value.NaturalOrder
  abstract SortedMap<ResourceUnit, BigDecimal> allocated();

  @Value.NaturalOrder
  abstract SortedMap<ResourceUnit, BigDecimal> allocatedResponding();

  @Value.NaturalOrder
  abstract SortedMap<ResourceUnit, SortedMap<String, BigDecimal>> allocatedByCategory();

  /** The inputs responded to and their responding allocations, sorted and distinct. */
  abstract List<String> evidence();

  /** The inputs without a responding allocation, sorted and distinct. */
  abstract List<Gap> gaps();

  @Override
  public ManagementInfluencePartial merge(ManagementInfluencePartial other) {
    return mergeAll(List.of(other));
  }

  @Override
  public ManagementInfluencePartial mergeAll(
      Collection<? extends ManagementInfluencePartial> others) {
    long inputs = inputs();
    long respondedTo = respondedTo();
    long allocations = allocations();
    long respondingAllocations = respondingAllocations();
    Map<String, Long> demand = new TreeMap<>(demand());
    Map<ResourceUnit, BigDecimal> allocated = new TreeMap<>(allocated());
    Map<ResourceUnit, BigDecimal> responding = new TreeMap<>(allocatedResponding());
    Map<ResourceUnit, SortedMap<String, BigDecimal>> byCategory = new TreeMap<>();
    addByCategory(byCategory, allocatedByCategory());
    List<List<String>> evidence = new ArrayList<>(others.size());
    List<List<Gap>> gaps = new ArrayList<>(others.size());
    for (ManagementInfluencePartial other : others) {
      inputs += other.inputs();
      respondedTo += other.respondedTo();
      allocations += other.allocations();
      respondingAllocations += other.respondingAllocations();
      other.demand().forEach((k, v) -> demand.merge(k, v, Long::sum));
      other.allocated().forEach((k, v) -> allocated.merge(k, v, BigDecimal::add));
      other.allocatedResponding().forEach((k, v) -> responding.merge(k, v, BigDecimal::add));
      addByCategory(byCategory, other.allocatedByCategory());
      evidence.add(other.evidence());
      gaps.add(other.gaps());
    }
    return builder()
        .evidence(SortedLists.union(evidence(), evidence))
        .gaps(SortedLists.union(gaps(), gaps))
        .inputs(inputs)
        .respondedTo(respondedTo)
        .allocations(allocations)
        .respondingAllocations(respondingAllocations)
        .demand(demand)
        .allocated(allocated)
        .allocatedResponding(responding)
        .allocatedByCategory(byCategory)
        .build();
  }

  private static void addByCategory(
      Map<ResourceUnit, SortedMap<String, BigDecimal>> into,
      Map<ResourceUnit, SortedMap<String, BigDecimal>> part) {
    part.forEach(
        (unit, categories) -> {
          SortedMap<String, BigDecimal> sums = into.computeIfAbsent(unit, k -> new TreeMap<>());
          categories.forEach((c, q) -> sums.merge(c, q, BigDecimal::add));
        });
  }

  /**
   * Returns the counts.
   *
   * @return e.g. {@code ManagementInfluencePartial{inputs=24, respondedTo=11, allocations=9}}
   */
  @Override
  public String toString() {
    return "ManagementInfluencePartial{inputs=" + inputs() + ", respondedTo=" + respondedTo()
        + ", allocations=" + allocations() + "}";
  }
}
