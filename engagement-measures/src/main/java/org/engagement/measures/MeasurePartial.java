package org.engagement.measures;

/**
 * The partial result of a {@link Measure} over one part of a scope's population: exact counts,
 * sums and, for medians, the values themselves — never averages — so that partials merge
 * exactly (docs/spec/measures.md §0, the merge law).
 *
 * <pre>{@code
 * var wards = data.children(borough);
 * DueConsiderationPartial total = m1.emptyPartial();
 * for (AreaId ward : wards) {
 *   total = total.merge(m1.partial(data, scope, data.subtree(ward)));
 * }
 * total = total.merge(m1.partial(data, scope, Set.of(borough)));  // the borough's own records
 * m1.result(data, scope, total).equals(m1.evaluate(data, scope));  // true
 * }</pre>
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
}
