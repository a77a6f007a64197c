package org.engagement.measures.standards;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.engagement.core.AreaId;
import org.engagement.core.Scope;
import org.engagement.measures.Gap;
import org.immutables.value.Value;

/**
 * The result of one rule for one scope: MET, PARTLY_MET, NOT_MET or NOT_ASSESSABLE with the
 * reason, the attainment in [0, 1], the requirement applied, the per-area breakdown, the
 * evidence (ids of the records that support it) and the gaps (what fails, and what it lacks).
 *
 * <pre>{@code
 * RuleResult r = QualityStandards2012.catalogue().evaluate(data, scope).get(0);
 * System.out.println(r);
 * // CE-1 three-tier borough engagement — E09000022 2012-04-01/2013-03-31 as of 2013-03-31
 * //   MET (1.0000), requirement: per borough: ≥ 1 activity in each borough tier
 * //   areas: E09000022 MET (1.0000)
 * //   evidence (3): ACT-0001, ...
 * //   gaps (0)
 * }</pre>
 *
 * <p>The status follows the attainment (MET at 1, NOT_MET at 0, PARTLY_MET between); without an
 * attainment the status is NOT_ASSESSABLE and the reason says why. Evidence and gaps are sorted;
 * areas keep the rule's order.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RuleResult {

  private static final int SHOWN = 10;

  RuleResult() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A scored result: the status follows the attainment; evidence and gaps are sorted.
   *
   * @param rule the rule, not null
   * @param scope the scope evaluated, not null
   * @param attainment the attainment in [0, 1]
   * @param requirement the requirement applied, for people, not null
   * @param areas the per-area breakdown, not null
   * @param evidence the evidence ids, any order, not null
   * @param gaps the gaps, any order, not null
   * @return the result, never null
   */
  public static RuleResult scored(
      Rule rule,
      Scope scope,
      double attainment,
      String requirement,
      List<AreaAttainment> areas,
      Collection<String> evidence,
      Collection<Gap> gaps) {
    return builder()
        .rule(rule.id())
        .title(rule.title())
        .scope(scope)
        .status(RuleStatus.of(attainment))
        .attainment(attainment)
        .requirement(requirement)
        .areas(areas)
        .evidence(new TreeSet<>(evidence))
        .gaps(new TreeSet<>(gaps))
        .build();
  }

  /**
   * A NOT_ASSESSABLE result.
   *
   * @param rule the rule, not null
   * @param scope the scope evaluated, not null
   * @param reason why, not blank: the kind of record missing, "narrative", "period too short"
   * @return the result, never null
   */
  public static RuleResult notAssessable(Rule rule, Scope scope, String reason) {
    return builder()
        .rule(rule.id())
        .title(rule.title())
        .scope(scope)
        .status(RuleStatus.NOT_ASSESSABLE)
        .reason(reason)
        .build();
  }

  /**
   * The rule's id.
   *
   * @return e.g. {@code "CE-1"}
   */
  public abstract String rule();

  /**
   * The rule's title.
   *
   * @return the promise, for people
   */
  public abstract String title();

  /** {@return the scope evaluated, never null} */
  public abstract Scope scope();

  /** {@return the status, never null} */
  public abstract RuleStatus status();

  /**
   * Why the rule is not assessable.
   *
   * @return the reason; empty unless NOT_ASSESSABLE
   */
  public abstract Optional<String> reason();

  /**
   * The attainment.
   *
   * @return in [0, 1]; empty when NOT_ASSESSABLE
   */
  public abstract OptionalDouble attainment();

  /**
   * The requirement the rule applied, with pro-rated counts.
   *
   * @return e.g. {@code per ward: ≥ 4 OPEN meetings answered by three-part feedback}; may be
   *     empty
   */
  public abstract Optional<String> requirement();

  /**
   * The per-area breakdown, in the rule's order.
   *
   * @return the areas, never null
   */
  public abstract List<AreaAttainment> areas();

  /** {@return the ids of the records that support the result, sorted, never null} */
  public abstract List<String> evidence();

  /**
   * What fails and what it lacks, sorted.
   *
   * @return the gaps, never null
   */
  public abstract List<Gap> gaps();

  /**
   * The breakdown of one area.
   *
   * @param area the area, not null
   * @return the area's attainment, or empty when the rule does not report that area
   */
  public Optional<AreaAttainment> area(AreaId area) {
    return areas().stream().filter(a -> a.area().equals(area)).findFirst();
  }

  @Value.Check
  void check() {
    boolean assessable = status() != RuleStatus.NOT_ASSESSABLE;
    if (assessable != attainment().isPresent()) {
      throw new IllegalArgumentException(
          rule() + " result must have an attainment exactly when assessable: " + status());
    }
    if (assessable == reason().isPresent()) {
      throw new IllegalArgumentException(
          rule() + " result must have a reason exactly when NOT_ASSESSABLE: " + status());
    }
    if (assessable) {
      double a = attainment().getAsDouble();
      if (!(a >= 0 && a <= 1)) {
        throw new IllegalArgumentException(rule() + " attainment must lie in [0, 1]: " + a);
      }
      if (RuleStatus.of(a) != status()) {
        throw new IllegalArgumentException(
            rule() + " status must follow the attainment " + a + ": " + status());
      }
    }
    for (int i = 1; i < evidence().size(); i++) {
      if (evidence().get(i - 1).compareTo(evidence().get(i)) >= 0) {
        throw new IllegalArgumentException(
            rule() + " evidence must be sorted and distinct: " + evidence().get(i));
      }
    }
    for (int i = 1; i < gaps().size(); i++) {
      if (gaps().get(i - 1).compareTo(gaps().get(i)) >= 0) {
        throw new IllegalArgumentException(
            rule() + " gaps must be sorted and distinct: " + gaps().get(i));
      }
    }
  }

  /**
   * The headline: status and attainment, or the reason.
   *
   * @return e.g. {@code PARTLY_MET (0.5000)} or {@code NOT_ASSESSABLE: no panel in the dataset}
   */
  public String headline() {
    if (attainment().isEmpty()) {
      return "NOT_ASSESSABLE: " + reason().orElse("");
    }
    return status() + String.format(Locale.ROOT, " (%.4f)", attainment().getAsDouble());
  }

  /**
   * Returns a few readable lines: the rule and scope, the headline and requirement, the areas and
   * the first evidence ids and gaps.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    Scope scope = scope();
    StringBuilder out = new StringBuilder();
    out.append(rule()).append(' ').append(title()).append(" — ").append(scope.area()).append(' ')
        .append(scope.period()).append(" as of ").append(scope.asOf()).append("\n  ")
        .append(headline());
    requirement().ifPresent(r -> out.append(", requirement: ").append(r));
    if (!areas().isEmpty()) {
      out.append("\n  areas");
      appendFirst(out, areas());
    }
    out.append("\n  evidence (").append(evidence().size()).append(")");
    appendFirst(out, evidence());
    out.append("\n  gaps (").append(gaps().size()).append(")");
    appendFirst(out, gaps());
    return out.toString();
  }

  private static void appendFirst(StringBuilder out, List<?> items) {
    if (items.isEmpty()) {
      return;
    }
    StringJoiner joined = new StringJoiner(", ", ": ", "");
    items.stream().limit(SHOWN).forEach(i -> joined.add(i.toString()));
    out.append(joined);
    if (items.size() > SHOWN) {
      out.append(", … and ").append(items.size() - SHOWN).append(" more");
    }
  }

  /** Builds a {@link RuleResult}. */
  public static final class Builder extends ImmutableRuleResult.Builder {
    Builder() {}
  }
}
