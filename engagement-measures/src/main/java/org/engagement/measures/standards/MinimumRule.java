package org.engagement.measures.standards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.engagement.core.AreaId;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Gap;

/**
 * A rule with parts: the minimum of the parts' attainments, per area too. A part that is
 * NOT_ASSESSABLE on its own (no data of its kind, a pro-rated requirement of 0, no tagged
 * commitment) is dropped; with every part dropped the rule is NOT_ASSESSABLE, the parts' reasons
 * joined. The requirements, evidence and gaps are those of the parts kept.
 *
 * <pre>{@code
 * Rule both = MinimumRule.of("NSCE-1", "Inclusion",
 *     List.of(inclusion, support));   // attainment = min(inclusion, support)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe when its parts are.
 */
public final class MinimumRule extends NamedRule {

  private final List<Rule> parts;

  /**
   * Returns a rule with parts.
   *
   * @param id the rule's id, not blank
   * @param title the promise, not blank
   * @param parts the parts, any ids, not empty
   * @return the rule, never null
   * @throws IllegalArgumentException if the id or the title is blank, or there is no part
   */
  public static MinimumRule of(String id, String title, List<? extends Rule> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("rule " + id + ": a rule with parts needs a part");
    }
    return new MinimumRule(id, title, List.copyOf(parts));
  }

  /** {@return the parts, in order, never empty} */
  public List<Rule> parts() {
    return parts;
  }

  MinimumRule(String id, String title, List<Rule> parts) {
    super(id, title);
    this.parts = List.copyOf(parts);
  }

  @Override
  public RuleResult evaluate(EvaluationContext context, Scope scope) {
    List<RuleResult> kept = new ArrayList<>();
    StringJoiner reasons = new StringJoiner("; ");
    for (Rule part : parts) {
      RuleResult r = part.evaluate(context, scope);
      if (r.attainment().isPresent()) {
        kept.add(r);
      } else {
        reasons.add(r.reason().orElseThrow());
      }
    }
    if (kept.isEmpty()) {
      return RuleResult.notAssessable(this, scope, reasons.toString());
    }
    double attainment = 1;
    Map<AreaId, Double> areas = new LinkedHashMap<>();
    List<String> evidence = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    StringJoiner requirement = new StringJoiner("; and ");
    for (RuleResult r : kept) {
      attainment = Math.min(attainment, r.attainment().getAsDouble());
      r.areas().forEach(a -> areas.merge(a.area(), a.attainment(), Math::min));
      evidence.addAll(r.evidence());
      gaps.addAll(r.gaps());
      requirement.add(r.requirement().orElse(r.rule()));
    }
    List<AreaAttainment> breakdown = new ArrayList<>();
    areas.forEach((a, v) -> breakdown.add(new AreaAttainment(a, v)));
    return RuleResult.scored(
        this, scope, attainment, requirement.toString(), breakdown,
        new java.util.TreeSet<>(evidence), new java.util.TreeSet<>(gaps));
  }
}
