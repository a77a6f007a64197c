package org.engagement.measures.standards;

import java.util.ArrayList;
import java.util.List;
import org.engagement.core.Commitment;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Gap;

/**
 * A rule scored by {@link CommitmentAttainment} over the commitments tagged with its standard;
 * NOT_ASSESSABLE with the given reason when there is none.
 */
final class CommitmentRule extends NamedRule {

  private final String standard;
  private final String absent;

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
