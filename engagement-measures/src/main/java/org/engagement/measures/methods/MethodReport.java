package org.engagement.measures.methods;

import java.util.List;
import java.util.Optional;
import org.engagement.core.CountBasis;
import org.engagement.core.Scope;

/**
 * The result of {@link MethodAnalysis}: the "shopping list" of what works where
 * (docs/spec/measures.md §8).
 *
 * @param scope the scope
 * @param basis the count basis M3 chose for the scope; empty when no activity records counts
 * @param methods the groups by method, in method order
 * @param modeOpenness the groups by mode × openness, in mode then openness order
 * @param bestReach for each category under-represented in the scope's M3, in scheme order, the
 *     methods that best reach it
 * @param minimumReachBase the smallest {@code ΣO} a method needs to be ranked
 * @param fewActivities the number of activities below which a group is marked "few activities"
 */
public record MethodReport(
    Scope scope,
    Optional<CountBasis> basis,
    List<MethodGroup> methods,
    List<MethodGroup> modeOpenness,
    List<BestReach> bestReach,
    long minimumReachBase,
    int fewActivities) {

  /**
   * Copies the lists.
   *
   * @param scope the scope
   * @param basis the basis
   * @param methods the groups by method
   * @param modeOpenness the groups by mode × openness
   * @param bestReach the best reach per under-represented category
   * @param minimumReachBase the minimum ΣO to be ranked
   * @param fewActivities the few-activities threshold
   */
  public MethodReport {
    methods = List.copyOf(methods);
    modeOpenness = List.copyOf(modeOpenness);
    bestReach = List.copyOf(bestReach);
  }

  /**
   * The group of one method.
   *
   * @param method the method's name, not null
   * @return the group, empty when no activity in scope used it
   */
  public Optional<MethodGroup> method(String method) {
    return methods.stream().filter(g -> g.key().equals(method)).findFirst();
  }
}
