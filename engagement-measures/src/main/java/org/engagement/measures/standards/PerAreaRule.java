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
 * subtree holds none). A yearly requirement is pro-rated; a requirement of 0 is NOT_ASSESSABLE.
 */
final class PerAreaRule extends NamedRule {

  /** Checks one area against the pro-rated requirement. */
  interface Check {
    AreaVerdict check(RuleContext context, AreaId area, long required);
  }

  private final Optional<AreaLevel> level;
  private final List<RecordType> kinds;
  private final long perYear;
  private final String requirement;
  private final Check check;

  /**
   * @param level the level of the areas checked; empty to check the scope area once
   * @param perYear the yearly requirement to pro-rate; 0 for a requirement that is not a count
   * @param requirement the requirement for people, with {@code %d} for the pro-rated count
   */
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
