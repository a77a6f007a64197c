package org.engagement.measures.standards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Gap;

/**
 * A rule scored as the share of a population of records in scope that meet a criterion; 0 when
 * the population is empty in the scope while the kind exists in the dataset. The breakdown gives
 * each area of one level in the scope's subtree its own share over the records it holds (none
 * when the scope lies below that level).
 */
final class ShareRule extends NamedRule {

  /** One record of the population: its id, area and, when it fails, what it lacks. */
  record Item(String id, AreaId area, Optional<String> lacks) {}

  private final AreaLevel level;
  private final List<RecordType> kinds;
  private final String requirement;
  private final Function<RuleContext, List<Item>> population;

  ShareRule(
      String id, String title, AreaLevel level, List<RecordType> kinds, String requirement,
      Function<RuleContext, List<Item>> population) {
    super(id, title);
    this.level = level;
    this.kinds = List.copyOf(kinds);
    this.requirement = requirement;
    this.population = population;
  }

  @Override
  public RuleResult evaluate(EvaluationContext evaluation, Scope scope) {
    EngagementDataset data = evaluation.dataset();
    Optional<String> missing = RuleContext.missingKind(data, kinds);
    if (missing.isPresent()) {
      return RuleResult.notAssessable(this, scope, missing.get());
    }
    RuleContext context = RuleContext.of(evaluation, scope);
    List<Item> items = population.apply(context);
    Map<AreaId, long[]> byArea = new TreeMap<>();
    List<String> evidence = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    long met = 0;
    for (Item item : items) {
      boolean ok = item.lacks().isEmpty();
      if (ok) {
        met++;
        evidence.add(item.id());
      } else {
        gaps.add(Gap.of(item.id(), item.lacks().get()));
      }
      context.areaAtLevel(item.area(), level)
          .filter(a -> data.isWithin(a, scope.area()))
          .ifPresent(a -> {
        long[] counts = byArea.computeIfAbsent(a, k -> new long[2]);
        counts[0] += ok ? 1 : 0;
        counts[1]++;
      });
    }
    Map<AreaId, AreaAttainment> breakdown = new LinkedHashMap<>();
    byArea.forEach((a, c) -> breakdown.put(a, new AreaAttainment(a, (double) c[0] / c[1])));
    double attainment = items.isEmpty() ? 0 : (double) met / items.size();
    return RuleResult.scored(
        this, scope, attainment, requirement + " (" + met + "/" + items.size() + ")",
        List.copyOf(breakdown.values()), evidence, gaps);
  }
}
