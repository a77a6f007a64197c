package org.engagement.measures.standards;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;

/**
 * A named, ordered set of rules with distinct ids.
 *
 * <pre>{@code
 * Catalogue mine = Catalogue.of("Scotland NSfCE", List.of(inclusion, support));
 * List<RuleResult> results = mine.evaluate(data, scope);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe when its rules are.
 */
public final class Catalogue {

  private final String name;
  private final List<Rule> rules;

  private Catalogue(String name, List<Rule> rules) {
    this.name = name;
    this.rules = rules;
  }

  /**
   * Returns a catalogue.
   *
   * @param name the name, not blank
   * @param rules the rules in order, with distinct ids, not empty
   * @return the catalogue, never null
   * @throws IllegalArgumentException if the name is blank, there is no rule, or two rules share
   *     an id
   */
  public static Catalogue of(String name, List<? extends Rule> rules) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("catalogue name must not be blank: '" + name + "'");
    }
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("catalogue must hold at least one rule: " + name);
    }
    Set<String> ids = new HashSet<>();
    for (Rule rule : rules) {
      if (!ids.add(rule.id())) {
        throw new IllegalArgumentException("catalogue rule ids must be distinct: " + rule.id());
      }
    }
    return new Catalogue(name, List.copyOf(rules));
  }

  /**
   * The name.
   *
   * @return e.g. {@code "MPS Quality Standards for Engagement (2012)"}
   */
  public String name() {
    return name;
  }

  /** {@return the rules in order, never empty} */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Finds a rule by id.
   *
   * @param id the id, not null
   * @return the rule, or empty when the catalogue has none with that id
   */
  public Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Evaluates every rule for a scope, each with the one {@code context}.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @return one result per rule, in the catalogue's order, never null
   */
  public List<RuleResult> evaluate(EvaluationContext context, Scope scope) {
    List<RuleResult> out = new ArrayList<>(rules.size());
    for (Rule rule : rules) {
      out.add(rule.evaluate(context, scope));
    }
    return List.copyOf(out);
  }

  /**
   * Evaluates every rule for a scope, with a new {@link EvaluationContext} of {@code data}: this
   * call indexes the whole dataset. For more than one call, build the context once and use
   * {@link #evaluate(EvaluationContext, Scope)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @return one result per rule, in the catalogue's order, never null
   */
  public List<RuleResult> evaluate(EngagementDataset data, Scope scope) {
    return evaluate(EvaluationContext.of(data), scope);
  }

  /**
   * Returns the name and the number of rules.
   *
   * @return e.g. {@code Catalogue[name, 25 rules]}
   */
  @Override
  public String toString() {
    return "Catalogue[" + name + ", " + rules.size() + " rules]";
  }
}
