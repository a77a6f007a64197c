package org.engagement.json.bind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Orders counts so that adding them one by one never overflows when their exact total fits in a
 * {@code long}.
 *
 * <p>engagement-core checks that counts add up without overflow by adding them in map order, so
 * counts of mixed signs near the range of a {@code long} pass or fail depending on the order the
 * map was built in. The writer puts map keys in canonical order; reading hands the counts to the
 * builder in an order that never overflows, so that every dataset that could be built (in any
 * order) reads back. Maps compare equal whatever their order.
 */
final class Sums {

  private Sums() {}

  /**
   * Returns the counts in an order whose running sums, from {@code start}, stay within a long
   * whenever the exact total does: a negative count while the sum is not negative, a positive one
   * while it is.
   */
  static Map<String, Long> overflowFreeOrder(long start, @Nullable Map<String, Long> counts) {
    if (counts == null) {
      return Map.of();
    }
    List<Map.Entry<String, Long>> positive = new ArrayList<>();
    List<Map.Entry<String, Long>> negative = new ArrayList<>();
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      (e.getValue() < 0 ? negative : positive).add(e);
    }
    Map<String, Long> out = new LinkedHashMap<>();
    long sum = start;
    int p = 0;
    int n = 0;
    while (p < positive.size() || n < negative.size()) {
      Map.Entry<String, Long> next;
      if (n < negative.size() && (sum >= 0 || p == positive.size())) {
        next = negative.get(n++);
      } else {
        next = positive.get(p++);
      }
      out.put(next.getKey(), next.getValue());
      sum = saturatedAdd(sum, next.getValue());
    }
    return out;
  }

  private static long saturatedAdd(long a, long b) {
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return r;
  }
}
