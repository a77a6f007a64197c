package org.engagement.measures.outcome;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.engagement.measures.Gap;
import org.engagement.measures.MeasurePartial;
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

  @Value.NaturalOrder
  abstract SortedSet<String> evidence();

  @Value.NaturalOrder
  abstract SortedSet<Gap> gaps();

  @Override
  public ManagementInfluencePartial merge(ManagementInfluencePartial other) {
    Map<String, Long> demand = new TreeMap<>(demand());
    other.demand().forEach((k, v) -> demand.merge(k, v, Long::sum));
    Map<ResourceUnit, BigDecimal> allocated = new TreeMap<>(allocated());
    other.allocated().forEach((k, v) -> allocated.merge(k, v, BigDecimal::add));
    Map<ResourceUnit, BigDecimal> responding = new TreeMap<>(allocatedResponding());
    other.allocatedResponding().forEach((k, v) -> responding.merge(k, v, BigDecimal::add));
    Map<ResourceUnit, SortedMap<String, BigDecimal>> byCategory = new TreeMap<>();
    for (Map<ResourceUnit, SortedMap<String, BigDecimal>> side :
        java.util.List.of(allocatedByCategory(), other.allocatedByCategory())) {
      side.forEach(
          (unit, categories) -> {
            SortedMap<String, BigDecimal> into = byCategory.computeIfAbsent(unit, k -> new TreeMap<>());
            categories.forEach((c, q) -> into.merge(c, q, BigDecimal::add));
          });
    }
    return builder()
        .inputs(inputs() + other.inputs())
        .respondedTo(respondedTo() + other.respondedTo())
        .allocations(allocations() + other.allocations())
        .respondingAllocations(respondingAllocations() + other.respondingAllocations())
        .demand(demand)
        .allocated(allocated)
        .allocatedResponding(responding)
        .allocatedByCategory(byCategory)
        .addAllEvidence(evidence())
        .addAllEvidence(other.evidence())
        .addAllGaps(gaps())
        .addAllGaps(other.gaps())
        .build();
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
