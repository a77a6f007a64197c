package org.engagement.measures.standards;

import org.engagement.core.AreaId;

/**
 * How far one area attains a rule: 1 or 0 for a per-area rule, the area's own share for a share
 * rule, the smallest of the parts for a rule with two parts.
 *
 * <pre>{@code
 * new AreaAttainment(AreaId.of("E05000416"), 1.0);   // E05000416 MET (1.0000)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param area the area, not null
 * @param attainment the attainment in [0, 1]
 */
public record AreaAttainment(AreaId area, double attainment) {

  /**
   * Checks the attainment.
   *
   * @param area the area, not null
   * @param attainment the attainment in [0, 1]
   * @throws IllegalArgumentException if the attainment lies outside [0, 1]
   */
  public AreaAttainment {
    if (!(attainment >= 0 && attainment <= 1)) {
      throw new IllegalArgumentException("area attainment must lie in [0, 1]: " + attainment);
    }
  }

  /**
   * The status of this area.
   *
   * @return MET, PARTLY_MET or NOT_MET, never null
   */
  public RuleStatus status() {
    return RuleStatus.of(attainment);
  }

  /**
   * Returns the area, status and attainment.
   *
   * @return e.g. {@code E05000416 MET (1.0000)}
   */
  @Override
  public String toString() {
    return area + " " + status() + String.format(java.util.Locale.ROOT, " (%.4f)", attainment);
  }
}
