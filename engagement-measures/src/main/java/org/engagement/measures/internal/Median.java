package org.engagement.measures.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * The median of whole numbers (docs/spec/measures.md §0): the middle value, or the mean of the two
 * middle values of an even count.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Median {

  private Median() {}

  /**
   * The median.
   *
   * @param values the values, not null
   * @return the median, or empty when there are no values
   */
  public static OptionalDouble of(Collection<Long> values) {
    if (values.isEmpty()) {
      return OptionalDouble.empty();
    }
    long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    int n = sorted.length;
    if (n % 2 == 1) {
      return OptionalDouble.of(sorted[n / 2]);
    }
    return OptionalDouble.of((sorted[n / 2 - 1] + (double) sorted[n / 2]) / 2);
  }
}
