package org.engagement.core;

/**
 * What a set of {@link DemographicCounts} counts. Counts are only ever added within one basis.
 */
public enum CountBasis {
  /**
   * Each person is counted once per dimension (an equality-monitoring form), so a dimension's
   * counts, stated and not stated, never exceed the attendance.
   */
  RESPONDENTS,
  /**
   * Multi-select answers or self-description statements, where one person may count in several
   * categories (as in a Polis conversation).
   */
  RESPONSES
}
