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
 * the population is empty in the scope while the kind exists in the dataset (NOT_ASSESSABLE when
 * the dataset holds no record of a kind the rule reads). The breakdown gives each area of one
 * level in the scope's subtree its own share over the records it holds (none when the scope lies
 * below that level). The records that meet it are the evidence; each that fails is a gap with
 * what it lacks.
 *
 * <pre>{@code
 * // the share of the period's key messages that are accessible
 * Rule accessible = ShareRule.of("K-1", "key messages are accessible", AreaLevel.BOROUGH,
 *     List.of(RecordType.KEY_MESSAGE), "share of key messages marked accessible",
 *     c -> c.under(c.scope().area(), c::keyMessagesIn).stream()
 *         .filter(m -> c.inPeriod(m.date()))
 *         .map(m -> m.accessible().orElse(false)
 *             ? ShareRule.Item.met(m.id().value(), m.area())
 *             : ShareRule.Item.lacking(m.id().value(), m.area(), "ACCESSIBLE"))
 *         .toList());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe when its population function is.
 */
public final class ShareRule extends NamedRule {

  /**
   * One record of the population: its id, area and, when it fails, what it lacks.
   *
   * @param id the record's id (or any key that names it), not null
   * @param area the record's area, not null
   * @param lacks what it lacks; empty when it meets the criterion
   */
  public record Item(String id, AreaId area, Optional<String> lacks) {

    /**
     * A record that meets the criterion.
     *
     * @param id the record's id, not null
     * @param area the record's area, not null
     * @return the item, never null
     */
    public static Item met(String id, AreaId area) {
      return new Item(id, area, Optional.empty());
    }

    /**
     * A record that does not meet the criterion.
     *
     * @param id the record's id, not null
     * @param area the record's area, not null
     * @param lacks what it lacks, e.g. {@code "ACCESSIBLE"}, not null
     * @return the item, never null
     */
    public static Item lacking(String id, AreaId area, String lacks) {
      return new Item(id, area, Optional.of(lacks));
    }
  }

  private final AreaLevel level;
  private final List<RecordType> kinds;
  private final String requirement;
  private final Function<RuleContext, List<Item>> population;

  /**
   * Returns a share rule.
   *
   * @param id the rule's id, not blank
   * @param title the promise, not blank
   * @param level the level of the areas of the breakdown, e.g. BOROUGH, not null
   * @param kinds the kinds of record the rule reads: with none of one kind in the dataset the
   *     rule is NOT_ASSESSABLE, not null
   * @param requirement the requirement for people; the counts met/total are appended
   * @param population the population in scope, each record with what it lacks, not null
   * @return the rule, never null
   * @throws IllegalArgumentException if the id or the title is blank
   */
  public static ShareRule of(
      String id, String title, AreaLevel level, List<RecordType> kinds, String requirement,
      Function<RuleContext, List<Item>> population) {
    return new ShareRule(id, title, level, kinds, requirement, population);
  }

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
