package org.engagement.measures.standards;

import org.engagement.core.ActivityId;

/**
 * Two consultations close enough to tire the same people (docs/spec/measures.md §5 strand 6): they
 * share an issue category, their areas are equal or one contains the other, different units
 * organised them and their dates are at most 30 days apart.
 *
 * <pre>{@code
 * new FatiguePair(ActivityId.of("ACT-0003"), ActivityId.of("ACT-0007"), 12, List.of("ASB"));
 * // ACT-0003 ~ ACT-0007 (12 days, ASB)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param first the consultation with the smaller id, not null
 * @param second the consultation with the larger id, not null
 * @param days the days between their dates, from 0 to 30
 * @param categories the issue categories they share, sorted, not empty
 */
public record FatiguePair(
    ActivityId first, ActivityId second, long days, java.util.List<String> categories) {

  /**
   * Checks the pair.
   *
   * @param first the consultation with the smaller id, not null
   * @param second the consultation with the larger id, not null
   * @param days the days between their dates, from 0 to 30
   * @param categories the issue categories they share, sorted, not empty
   * @throws IllegalArgumentException if the ids are not in ordinal order, the days are negative
   *     or there is no shared category
   */
  public FatiguePair {
    if (first.compareTo(second) >= 0) {
      throw new IllegalArgumentException(
          "fatigue pair ids must be distinct and ordered: " + first + ", " + second);
    }
    if (days < 0) {
      throw new IllegalArgumentException("fatigue pair days must not be negative: " + days);
    }
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("fatigue pair must share a category: " + first + ", " + second);
    }
    categories = java.util.List.copyOf(categories);
  }

  /**
   * Returns the pair.
   *
   * @return e.g. {@code ACT-0003 ~ ACT-0007 (12 days, ASB)}
   */
  @Override
  public String toString() {
    return first + " ~ " + second + " (" + days + " days, " + String.join(", ", categories) + ")";
  }
}
