package org.engagement.measures;

import java.util.Collection;

/**
 * The partial result of a {@link Measure} over one part of a scope's population: exact counts,
 * sums and, for medians, the values themselves — never averages — so that partials merge
 * exactly (docs/spec/measures.md §0, the merge law).
 *
 * <pre>{@code
 * List<DueConsiderationPartial> wards = new ArrayList<>();
 * for (AreaId ward : data.children(borough)) {
 *   wards.add(m1.partial(data, scope, data.subtree(ward)));
 * }
 * // the borough's own records, merged with every ward's in one pass
 * DueConsiderationPartial total = m1.partial(data, scope, Set.of(borough)).mergeAll(wards);
 * m1.result(data, scope, total).equals(m1.evaluate(data, scope));  // true
 * }</pre>
 *
 * <p>To merge many partials, call {@link #mergeAll} once rather than {@link #merge} in a loop:
 * each {@code merge} builds a new immutable partial, so folding N parts one by one copies a
 * growing value N times (quadratic), while {@code mergeAll} accumulates every part and builds
 * once (linear in their total size).
 *
 * <p>Implementations are immutable and thread-safe, so partials computed in parallel can be
 * merged in any order.
 *
 * @param <P> the partial type itself
 */
public interface MeasurePartial<P extends MeasurePartial<P>> {

  /**
   * Returns the partial over both parts' populations. The two parts must be disjoint.
   *
   * @param other the other part's partial, not null
   * @return the merged partial, never null; neither operand is affected
   */
  P merge(P other);

  /**
   * Returns the partial over this part's and every other part's populations, built once. Equal
   * to folding {@link #merge} over {@code others} in any order (the merge law), in time linear in
   * the total size of the parts. All the parts must be disjoint.
   *
   * <p>The default folds {@link #merge}, which is linear only for partials of constant size;
   * the SDK's partials override it with one accumulator. An implementation whose partials grow
   * with their part (sets of ids, lists of values) should override it too.
   *
   * @param others the other parts' partials, in any order; not null, no null elements
   * @return the merged partial, never null; no operand is affected
   * @throws NullPointerException if {@code others} or one of its elements is null
   */
  @SuppressWarnings("unchecked")
  default P mergeAll(Collection<? extends P> others) {
    P total = (P) this;
    for (P other : others) {
      total = total.merge(other);
    }
    return total;
  }
}
