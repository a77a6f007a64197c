package org.engagement.measures.standards;

import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;

/**
 * A promise that is narrative only (docs/spec/standards.md: "NOT_ASSESSABLE (narrative)"): no
 * record can show it kept, so the rule is NOT_ASSESSABLE whatever the data, a commitment tagged
 * with its standard included. Promises that are "NOT_ASSESSABLE unless recorded" are {@link
 * CommitmentRule}s instead.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NarrativeRule extends NamedRule {

  /** The reason of a narrative rule without one of its own. */
  public static final String REASON = "narrative promise: not assessable from records";

  private final String reason;

  NarrativeRule(String id, String title) {
    this(id, title, REASON);
  }

  private NarrativeRule(String id, String title, String reason) {
    super(id, title);
    if (reason.isBlank()) {
      throw new IllegalArgumentException("rule " + id + ": a narrative rule needs a reason");
    }
    this.reason = reason;
  }

  /**
   * Returns a narrative rule with the reason {@value #REASON}.
   *
   * <pre>{@code
   * Rule ye5 = NarrativeRule.of("YE-5", "longer-term strategic youth engagement with partners");
   * }</pre>
   *
   * @param id the rule's id, not blank
   * @param title the promise, not blank
   * @return the rule, never null
   * @throws IllegalArgumentException if the id or the title is blank
   */
  public static NarrativeRule of(String id, String title) {
    return new NarrativeRule(id, title);
  }

  /**
   * Returns a narrative rule with a reason of its own, e.g. where else to look.
   *
   * @param id the rule's id, not blank
   * @param title the promise, not blank
   * @param reason why it is not assessable, not blank
   * @return the rule, never null
   * @throws IllegalArgumentException if any of them is blank
   */
  public static NarrativeRule of(String id, String title, String reason) {
    return new NarrativeRule(id, title, reason);
  }

  @Override
  public RuleResult evaluate(EvaluationContext context, Scope scope) {
    return RuleResult.notAssessable(this, scope, reason);
  }
}
