package org.engagement.measures.standards;

import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;

/**
 * A promise that is narrative only (docs/spec/standards.md: "NOT_ASSESSABLE (narrative)"): no
 * record can show it kept, so the rule is NOT_ASSESSABLE whatever the data, a commitment tagged
 * with its standard included. Promises that are "NOT_ASSESSABLE unless recorded" are {@link
 * CommitmentRule}s instead.
 */
final class NarrativeRule extends NamedRule {

  NarrativeRule(String id, String title) {
    super(id, title);
  }

  @Override
  public RuleResult evaluate(EvaluationContext context, Scope scope) {
    return RuleResult.notAssessable(this, scope,
        "narrative promise: not assessable from records");
  }
}
