package org.engagement.measures.standards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Gap;

/**
 * A rule checked per area of one level (every borough, or every ward, in the scope's subtree), or
 * once for the scope area as a whole: attainment = share of those areas that meet it (0 when the
 * subtree holds none; the scope area is then reported as lacking {@code AREA_AT_LEVEL_WARD}, say).
 * A yearly requirement is pro-rated to the period ({@link Prorating}); a requirement that rounds
 * to 0 is NOT_ASSESSABLE ("period too short"), as is a rule whose kinds of record the dataset
 * does not hold at all.
 *
 * <p>{@link #of} takes any check of an area; {@link #atLeast} is the minimum count: an area meets
 * it with at least the pro-rated number of records.
 *
 * <pre>{@code
 * // every ward holds a youth panel active in the period
 * Rule youth = PerAreaRule.of("Y-1", "a youth panel in every ward", Optional.of(AreaLevel.WARD),
 *     List.of(RecordType.PANEL), 0, "per ward: a YOUTH_PANEL active in the period",
 *     (c, ward, required) -> {
 *       List<String> ids = c.panelsIn(ward).stream()
 *           .filter(p -> p.kind() == PanelKind.YOUTH_PANEL && c.active(p.activeFrom(), p.activeTo()))
 *           .map(p -> p.id().value()).toList();
 *       return AreaVerdict.of(!ids.isEmpty(), "YOUTH_PANEL", ids);
 *     });
 * }</pre>
 *
 * <p>This class is immutable and thread-safe when its check is.
 */
public final class PerAreaRule extends NamedRule {

  /** Checks one area against the pro-rated requirement. */
  @FunctionalInterface
  public interface Check {

    /**
     * Checks one area.
     *
     * @param context the scope's rule context, not null
     * @param area the area checked: one of the level's areas in the scope's subtree, or the
     *     scope area itself
     * @param required the pro-rated requirement, at least 1 (1 for a rule without a count)
     * @return the verdict, never null
     */
    AreaVerdict check(RuleContext context, AreaId area, long required);
  }

  /** Counts the records of an area that count towards a minimum. */
  @FunctionalInterface
  public interface Counted {

    /**
     * The ids of the records of one area that count, its sub-areas' included.
     *
     * @param context the scope's rule context, not null
     * @param area the area checked, not null
     * @return the ids, never null
     */
    List<String> records(RuleContext context, AreaId area);
  }

  private final Optional<AreaLevel> level;
  private final List<RecordType> kinds;
  private final long perYear;
  private final String requirement;
  private final Check check;

  /**
   * Returns a rule checked per area.
   *
   * @param id the rule's id, not blank
   * @param title the promise, not blank
   * @param level the level of the areas checked; empty to check the scope area once
   * @param kinds the kinds of record the rule reads: with none of one kind in the dataset the
   *     rule is NOT_ASSESSABLE, not null
   * @param perYear the yearly requirement to pro-rate; 0 for a requirement that is not a count
   *     (the check is then given 1)
   * @param requirement the requirement for people, with {@code %d} for the pro-rated count
   * @param check checks one area, not null
   * @return the rule, never null
   * @throws IllegalArgumentException if the id or title is blank, or {@code perYear} is negative
   */
  public static PerAreaRule of(
      String id, String title, Optional<AreaLevel> level, List<RecordType> kinds, long perYear,
      String requirement, Check check) {
    if (perYear < 0) {
      throw new IllegalArgumentException("rule " + id + ": a yearly requirement must not be"
          + " negative: " + perYear);
    }
    return new PerAreaRule(id, title, level, kinds, perYear, requirement, check);
  }

  /**
   * Returns a minimum count: an area meets it with at least the required number of records;
   * those records are the evidence.
   *
   * @param id the rule's id, not blank
   * @param title the promise, not blank
   * @param level the level of the areas checked; empty to check the scope area once
   * @param kinds the kinds of record the rule reads, not null
   * @param perYear the number a year, pro-rated to the period, at least 1
   * @param requirement the requirement for people, with {@code %d} for the pro-rated count
   * @param lacks what an area that falls short lacks, e.g. {@code "NEWSLETTER"}, not blank
   * @param counted the records of an area that count, not null
   * @return the rule, never null
   * @throws IllegalArgumentException if the id, title or {@code lacks} is blank, or
   *     {@code perYear} is below 1
   */
  public static PerAreaRule atLeast(
      String id, String title, Optional<AreaLevel> level, List<RecordType> kinds, long perYear,
      String requirement, String lacks, Counted counted) {
    if (perYear < 1 || lacks.isBlank()) {
      throw new IllegalArgumentException("rule " + id + ": a minimum count needs a yearly"
          + " number of at least 1 and what an area lacks: " + perYear + ", '" + lacks + "'");
    }
    return new PerAreaRule(id, title, level, kinds, perYear, requirement,
        (c, area, required) -> {
          List<String> ids = counted.records(c, area);
          return AreaVerdict.of(ids.size() >= required, lacks, ids);
        });
  }

  PerAreaRule(
      String id, String title, Optional<AreaLevel> level, List<RecordType> kinds, long perYear,
      String requirement, Check check) {
    super(id, title);
    this.level = level;
    this.kinds = List.copyOf(kinds);
    this.perYear = perYear;
    this.requirement = requirement;
    this.check = check;
  }

  @Override
  public RuleResult evaluate(EvaluationContext evaluation, Scope scope) {
    EngagementDataset data = evaluation.dataset();
    Optional<String> missing = RuleContext.missingKind(data, kinds);
    if (missing.isPresent()) {
      return RuleResult.notAssessable(this, scope, missing.get());
    }
    long required = 1;
    if (perYear > 0) {
      required = Prorating.required(perYear, scope.period());
      if (required == 0) {
        return RuleResult.notAssessable(this, scope, "period too short");
      }
    }
    RuleContext context = RuleContext.of(evaluation, scope);
    List<AreaId> areas =
        level.isPresent() ? data.areasAtLevel(scope.area(), level.get()) : List.of(scope.area());
    List<AreaAttainment> breakdown = new ArrayList<>();
    TreeSet<String> evidence = new TreeSet<>();
    List<Gap> gaps = new ArrayList<>();
    long met = 0;
    for (AreaId area : areas) {
      AreaVerdict verdict = check.check(context, area, required);
      evidence.addAll(verdict.evidence());
      if (verdict.isMet()) {
        met++;
      } else {
        gaps.add(Gap.of(area.value(), verdict.lacks().orElseThrow()));
      }
      breakdown.add(new AreaAttainment(area, verdict.isMet() ? 1 : 0));
    }
    if (areas.isEmpty()) {
      gaps.add(Gap.of(scope.area().value(), "AREA_AT_LEVEL_" + level.orElseThrow()));
    }
    double attainment = areas.isEmpty() ? 0 : (double) met / areas.size();
    return RuleResult.scored(
        this, scope, attainment, String.format(java.util.Locale.ROOT, requirement, required),
        breakdown, evidence, gaps);
  }
}
