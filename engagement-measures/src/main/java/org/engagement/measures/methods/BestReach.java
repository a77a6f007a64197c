package org.engagement.measures.methods;

import java.util.List;

/**
 * The methods that best reach one community that the scope's M3 finds under-represented
 * (docs/spec/measures.md §8): ranked by the category's {@code r_c}, largest first, ties by method
 * name; methods with fewer activities than the threshold last; only methods whose {@code ΣO} on
 * the dimension is at least the minimum base (30 by default).
 *
 * @param dimension the dimension's code
 * @param category the under-represented category
 * @param ranking the ranked methods, possibly empty
 */
public record BestReach(String dimension, String category, List<RankedGroup> ranking) {

  /**
   * Copies the ranking.
   *
   * @param dimension the dimension's code
   * @param category the category
   * @param ranking the ranked methods
   */
  public BestReach {
    ranking = List.copyOf(ranking);
  }
}
