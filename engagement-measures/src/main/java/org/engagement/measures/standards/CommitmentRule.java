package org.engagement.measures.standards;

import java.util.ArrayList;
import java.util.List;
import org.engagement.core.Commitment;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Gap;

/**
 * A rule scored by commitment attainment over the commitments tagged with its standard: the mean
 * of {@code min(1, latest actual / target)}, the latest actual being the last measurement dated
 * not after the deadline or as-of, whichever is earlier; NOT_ASSESSABLE with the given reason
 * when no commitment in scope is tagged with it. A commitment without a measurement is a gap
 * ({@code MEASUREMENT}), one short of its target a gap too ({@code TARGET}).
 *
 * <pre>{@code
 * Rule cadets = CommitmentRule.of("YE-2", "YE-2", "Volunteer Police Cadets to 4,000 by 2014",
 *     "no commitment tagged YE-2");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CommitmentRule extends NamedRule {

  private final String standard;
  private final String absent;

  /**
   * Returns a commitment rule.
   *
   * @param id the rule's id, not blank
   * @param standard the tag the commitments carry, often the id, not blank
   * @param title the promise, not blank
   * @param absent the reason when no commitment is tagged, not blank
   * @return the rule, never null
   * @throws IllegalArgumentException if any of them is blank
   */
  public static CommitmentRule of(String id, String standard, String title, String absent) {
    if (standard.isBlank() || absent.isBlank()) {
      throw new IllegalArgumentException("rule " + id + ": a commitment rule needs a standard"
          + " and a reason for when none is recorded");
    }
    return new CommitmentRule(id, standard, title, absent);
  }

  CommitmentRule(String id, String standard, String title, String absent) {
    super(id, title);
    this.standard = standard;
    this.absent = absent;
  }

  @Override
  public RuleResult evaluate(EvaluationContext context, Scope scope) {
    List<Commitment> commitments = CommitmentAttainment.commitments(context, scope, standard);
    if (commitments.isEmpty()) {
      return RuleResult.notAssessable(this, scope, absent);
    }
    List<String> evidence = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    double sum = 0;
    for (Commitment c : commitments) {
      double a = CommitmentAttainment.of(c, scope.asOf());
      sum += a;
      if (CommitmentAttainment.latest(c, scope.asOf()).isEmpty()) {
        gaps.add(Gap.of(c.id().value(), "MEASUREMENT"));
      } else if (RuleStatus.of(a) == RuleStatus.MET) {
        evidence.add(c.id().value());
      } else {
        evidence.add(c.id().value());
        gaps.add(Gap.of(c.id().value(), "TARGET"));
      }
    }
    return RuleResult.scored(
        this, scope, sum / commitments.size(),
        "commitment attainment over " + commitments.size() + " commitment(s) tagged " + standard,
        List.of(), evidence, gaps);
  }
}
