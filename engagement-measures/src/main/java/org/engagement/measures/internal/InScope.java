package org.engagement.measures.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;

/**
 * The scope filter every measure shares (docs/spec/measures.md §0): a record is in scope when its
 * own date lies in the period and its area lies in the scope area's subtree; a part narrows that to
 * the areas it names. Evidence is dated not after as-of.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class InScope {

  private InScope() {}

  /**
   * The areas of a part that lie in the scope's subtree, sorted by id.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @param areas the part's areas, not null
   * @return the areas to read records from, never null
   */
  public static List<AreaId> areas(EngagementDataset data, Scope scope, Set<AreaId> areas) {
    if (areas.size() == 1) {
      AreaId only = areas.iterator().next();
      return data.isWithin(only, scope.area()) ? List.of(only) : List.of();
    }
    return areas.stream().filter(a -> data.isWithin(a, scope.area())).sorted().toList();
  }

  /**
   * Whether a record's own date lies in the scope's period.
   *
   * @param scope the scope, not null
   * @param date the record's date, not null
   * @return true when {@code from ≤ date ≤ to}
   */
  public static boolean inPeriod(Scope scope, LocalDate date) {
    return scope.period().contains(date);
  }

  /**
   * Whether evidence dated {@code date} counts: not after the scope's as-of date.
   *
   * @param scope the scope, not null
   * @param date the evidence's date, not null
   * @return true when {@code date ≤ asOf}
   */
  public static boolean notAfterAsOf(Scope scope, LocalDate date) {
    return !date.isAfter(scope.asOf());
  }
}
