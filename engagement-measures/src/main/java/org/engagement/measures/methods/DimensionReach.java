package org.engagement.measures.methods;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How one group of activities reaches the communities of one primary dimension
 * (docs/spec/measures.md §8): its stated counts on the basis M3 chose for the scope, against the
 * scope's reference population (M3's rule).
 *
 * @param dimension the dimension's code
 * @param observedTotal {@code ΣO}, the stated total
 * @param assessable whether a reference with a positive total was found, {@code ΣO > 0} and no
 *     count is negative (as in M3)
 * @param representativeness {@code R = 1 − D}; empty when not assessable
 * @param counts the stated count of each category, in scheme order (demographic counts: published
 *     tables withhold 1 to 4)
 * @param ratios {@code r_c} of each category with {@code q_c > 0}, in scheme order; empty when not
 *     assessable
 * @param underRepresented the categories with {@code q_c ≥ 0.02} and {@code r_c < 0.8} (by
 *     default), in scheme order
 */
public record DimensionReach(
    String dimension,
    long observedTotal,
    boolean assessable,
    OptionalDouble representativeness,
    Map<String, Long> counts,
    Map<String, Double> ratios,
    List<String> underRepresented) {

  /**
   * Copies the collections.
   *
   * @param dimension the dimension's code
   * @param observedTotal the stated total
   * @param assessable whether assessable
   * @param representativeness R, or empty
   * @param counts the stated counts
   * @param ratios the representation ratios
   * @param underRepresented the under-represented categories
   */
  public DimensionReach {
    counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    ratios = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ratios));
    underRepresented = List.copyOf(underRepresented);
  }
}
