package org.engagement.measures.methods;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.engagement.measures.MeasurePartial;
import org.engagement.measures.outcome.DiverseNeedsPartial;

/**
 * The partial result of {@link MethodAnalysis} over one part of a scope: per group, exact counts
 * and sums (activities, attendance, demographic counts per basis, inputs, support, RECORDED and
 * responded inputs, costs), and M3's partial over the same part, which decides the basis and the
 * under-represented communities of the whole scope. Partials of disjoint parts merge exactly
 * (docs/spec/measures.md §0).
 *
 * <pre>{@code
 * MethodAnalysis analysis = MethodAnalysis.standard();
 * MethodPartial all = analysis.partial(data, scope, data.subtree(wardA))
 *     .merge(analysis.partial(data, scope, data.subtree(wardB)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MethodPartial implements MeasurePartial<MethodPartial> {

  private final SortedMap<String, Tally> groups;
  private final DiverseNeedsPartial m3;

  MethodPartial(Map<String, Tally> groups, DiverseNeedsPartial m3) {
    this.groups = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(groups));
    this.m3 = m3;
  }

  /** Each group's tally, keyed by {@code CUT:KEY}. */
  SortedMap<String, Tally> groups() {
    return groups;
  }

  /** M3's partial over the same part. */
  DiverseNeedsPartial m3() {
    return m3;
  }

  @Override
  public MethodPartial merge(MethodPartial other) {
    SortedMap<String, Tally> out = new TreeMap<>(groups);
    other.groups.forEach((k, t) -> out.merge(k, t, Tally::plus));
    return new MethodPartial(out, m3.merge(other.m3));
  }

  @Override
  public MethodPartial mergeAll(java.util.Collection<? extends MethodPartial> others) {
    SortedMap<String, Tally> out = new TreeMap<>(groups);
    java.util.List<DiverseNeedsPartial> m3s = new java.util.ArrayList<>();
    for (MethodPartial other : others) {
      other.groups.forEach((k, t) -> out.merge(k, t, Tally::plus));
      m3s.add(other.m3);
    }
    return new MethodPartial(out, m3.mergeAll(m3s));
  }

  /**
   * Whether two partials hold the same counts and sums.
   *
   * @param o the other object
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof MethodPartial p && groups.equals(p.groups) && m3.equals(p.m3);
  }

  @Override
  public int hashCode() {
    return groups.hashCode() * 31 + m3.hashCode();
  }

  /**
   * Returns the groups and their numbers of activities.
   *
   * @return e.g. {@code MethodPartial{METHOD:WARD_PANEL_MEETING=24, ...}}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("MethodPartial{");
    String sep = "";
    for (Map.Entry<String, Tally> e : groups.entrySet()) {
      out.append(sep).append(e.getKey()).append('=').append(e.getValue().activities());
      sep = ", ";
    }
    return out.append('}').toString();
  }
}
