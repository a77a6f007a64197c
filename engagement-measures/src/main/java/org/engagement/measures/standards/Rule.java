package org.engagement.measures.standards;

import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;

/**
 * A checkable standard: {@code evaluate(context, scope) → result}. Users write their own rules
 * (another force's standards, Scotland's National Standards for Community Engagement) with
 * nothing more than this interface and {@link RuleResult#builder()}.
 *
 * <pre>{@code
 * Rule ce1 = QualityStandards2012.catalogue().rule("CE-1").orElseThrow();
 * RuleResult r = ce1.evaluate(data, Scope.of(AreaId.of("E09000022"), Period.financialYear(2012)));
 * r.status();        // MET
 * r.attainment();    // OptionalDouble[1.0]
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Rule {

  /**
   * The rule's short id, unique in its catalogue.
   *
   * @return e.g. {@code "CE-1"}, never blank
   */
  String id();

  /**
   * The promise the rule checks, for people.
   *
   * @return e.g. {@code "three-tier borough engagement"}
   */
  String title();

  /**
   * Evaluates the rule for a scope.
   *
   * @param context the dataset and its indexes, not null; a rule with parts hands the same
   *     context to each of them
   * @param scope the scope, not null
   * @return the result, never null
   */
  RuleResult evaluate(EvaluationContext context, Scope scope);

  /**
   * Evaluates the rule for a scope, with a new {@link EvaluationContext} of {@code data}: this
   * call indexes the whole dataset. For more than one call (other rules, other scopes), build
   * the context once and use {@link #evaluate(EvaluationContext, Scope)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @return the result, never null
   */
  default RuleResult evaluate(EngagementDataset data, Scope scope) {
    return evaluate(EvaluationContext.of(data), scope);
  }
}
