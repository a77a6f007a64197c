package org.engagement.measures.standards;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;

/**
 * Consultation fatigue (docs/spec/measures.md §5 strand 6): the unordered pairs of consultations in
 * scope (activities with involvement ≥ CONSULT) that share an issue category, whose areas are equal
 * or one contains the other, that different units organised (an activity without a unit never
 * pairs), and whose dates are at most 30 days apart. Computed for the scope as a whole, never
 * by merging parts, since a pair can straddle two parts.
 *
 * <pre>{@code
 * List<FatiguePair> pairs = ConsultationFatigue.pairs(data, scope);
 * }</pre>
 *
 * <p>Candidates are grouped by issue category, so only consultations that share one are
 * compared. This class is stateless and thread-safe.
 */
public final class ConsultationFatigue {

  /** The largest number of days between two consultations of a pair. */
  public static final int WINDOW_DAYS = 30;

  private ConsultationFatigue() {}

  /**
   * The fatigue pairs of a scope.
   *
   * @param evaluation the dataset and its indexes, not null
   * @param scope the scope, not null
   * @return sorted by first id, then second id, never null
   */
  public static List<FatiguePair> pairs(EvaluationContext evaluation, Scope scope) {
    EngagementDataset data = evaluation.dataset();
    RuleContext context = RuleContext.of(evaluation, scope);
    Map<String, List<EngagementActivity>> byCategory = new HashMap<>();
    for (EngagementActivity a : consultations(context)) {
      if (a.organisingUnit().filter(u -> !u.isBlank()).isEmpty()) {
        continue;
      }
      for (String category : new TreeSet<>(a.issueCategories())) {
        byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(a);
      }
    }
    Map<String, FatigueBuilder> pairs = new HashMap<>();
    for (Map.Entry<String, List<EngagementActivity>> entry : byCategory.entrySet()) {
      List<EngagementActivity> list = entry.getValue();
      list.sort(Comparator.comparing(EngagementActivity::date).thenComparing(a -> a.id().value()));
      for (int i = 0; i < list.size(); i++) {
        EngagementActivity a = list.get(i);
        for (int j = i + 1; j < list.size(); j++) {
          EngagementActivity b = list.get(j);
          long days = ChronoUnit.DAYS.between(a.date(), b.date());
          if (days > WINDOW_DAYS) {
            break;
          }
          if (!a.id().equals(b.id()) && pairable(data, a, b)) {
            EngagementActivity first = a.id().compareTo(b.id()) < 0 ? a : b;
            EngagementActivity second = first == a ? b : a;
            pairs.computeIfAbsent(first.id().value() + "\u0000" + second.id().value(),
                    k -> new FatigueBuilder(first, second, days))
                .categories.add(entry.getKey());
          }
        }
      }
    }
    return pairs.values().stream()
        .map(p -> new FatiguePair(p.first.id(), p.second.id(), p.days, List.copyOf(p.categories)))
        .sorted(Comparator.comparing(FatiguePair::first).thenComparing(FatiguePair::second))
        .toList();
  }

  /** The consultations in scope: activities dated in the period with involvement ≥ CONSULT. */
  static List<EngagementActivity> consultations(RuleContext context) {
    return context.under(context.scope().area(), context.index()::activitiesIn).stream()
        .filter(a -> context.inPeriod(a.date()) && a.involvement().isAtLeast(InvolvementLevel.CONSULT))
        .toList();
  }

  /**
   * The fatigue pairs of a scope, with a new {@link EvaluationContext} of {@code data}: this
   * call indexes the whole dataset. For more than one call, build the context once and use
   * {@link #pairs(EvaluationContext, Scope)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @return sorted by first id, then second id, never null
   */
  public static List<FatiguePair> pairs(EngagementDataset data, Scope scope) {
    return pairs(EvaluationContext.of(data), scope);
  }

  private static boolean pairable(EngagementDataset data, EngagementActivity a, EngagementActivity b) {
    boolean nested = data.isWithin(a.area(), b.area()) || data.isWithin(b.area(), a.area());
    return nested && !a.organisingUnit().orElseThrow().equals(b.organisingUnit().orElseThrow());
  }

  private static final class FatigueBuilder {
    final EngagementActivity first;
    final EngagementActivity second;
    final long days;
    final TreeSet<String> categories = new TreeSet<>();

    FatigueBuilder(EngagementActivity first, EngagementActivity second, long days) {
      this.first = first;
      this.second = second;
      this.days = days;
    }
  }
}
