package org.engagement.measures.standards;

import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;

/**
 * A promise that is narrative only (STANDARDS.md: "NOT_ASSESSABLE (narrative)"): no record can
 * show it kept, so the rule is NOT_ASSESSABLE whatever the data, a commitment tagged with its
 * standard included. Promises that are "NOT_ASSESSABLE unless recorded" are {@link
 * CommitmentRule}s instead.
 */
final class NarrativeRule implements Rule {

  private final String id;
  private final String title;

  NarrativeRule(String id, String title) {
    this.id = id;
    this.title = title;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public RuleResult evaluate(EngagementDataset data, Scope scope) {
    return RuleResult.notAssessable(this, scope,
        "narrative promise: not assessable from records");
  }

  @Override
  public String toString() {
    return id + " " + title;
  }
}
