package org.engagement.measures;

import java.util.Optional;
import java.util.OptionalDouble;
import org.engagement.core.Scope;
import org.engagement.measures.stats.Interval;
import org.immutables.value.Value;

/**
 * One of the two populations of a {@link Comparison}: what it is, and the ratio measure's
 * numerator and denominator over it (records are unweighted, so {@code n = n_eff = denominator}).
 *
 * <pre>{@code
 * Comparison comparison = Comparison.againstRestOf(m1, data,
 *     Scope.of(wardA, Period.financialYear(2012)), borough);
 * ComparisonSide rest = comparison.a();
 * rest.label();        // "rest of E09000022 without E05014105"
 * rest.proportion();   // OptionalDouble[0.58]
 * rest.interval();     // Optional[[0.4912, 0.6640]]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ComparisonSide {

  ComparisonSide() {}

  /**
   * A population.
   *
   * @param label what the population is, not blank
   * @param scope the scope whose records it holds (for the rest of an ancestor, the ancestor's
   *     scope), not null
   * @param numerator the numerator, from 0 to {@code denominator}
   * @param denominator the denominator, zero or more
   * @return the side, never null
   * @throws IllegalArgumentException if the label is blank or the counts are out of range
   */
  public static ComparisonSide of(String label, Scope scope, long numerator, long denominator) {
    return ImmutableComparisonSide.builder()
        .label(label)
        .scope(scope)
        .numerator(numerator)
        .denominator(denominator)
        .build();
  }

  /** {@return what the population is, e.g. an area and period, never blank} */
  public abstract String label();

  /**
   * The scope whose records the population holds; for the rest of an ancestor, the ancestor's
   * scope (the population is its subtree without the compared area's).
   *
   * @return the scope, never null
   */
  public abstract Scope scope();

  /** {@return the numerator, from 0 to the denominator} */
  public abstract long numerator();

  /** {@return the denominator, zero or more} */
  public abstract long denominator();

  /** {@return {@code numerator / denominator}, empty when the denominator is 0} */
  public OptionalDouble proportion() {
    return denominator() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) numerator() / denominator());
  }

  /**
   * The 95% Wilson interval of the proportion with {@code n = denominator}.
   *
   * @return the interval, empty when the denominator is 0
   */
  public Optional<Interval> interval() {
    return denominator() == 0
        ? Optional.empty()
        : Optional.of(Interval.wilson(proportion().getAsDouble(), denominator()));
  }

  @Value.Check
  void check() {
    if (label().isBlank()) {
      throw new IllegalArgumentException("a population needs a label");
    }
    if (denominator() < 0 || numerator() < 0 || numerator() > denominator()) {
      throw new IllegalArgumentException(
          label() + ": needs 0 <= numerator <= denominator: " + numerator() + "/" + denominator());
    }
  }

  /**
   * Returns the label and the figure.
   *
   * @return e.g. {@code E05014105 2012-04-01/2013-03-31: 0.7500 (15/20) [0.5313, 0.8881]}
   */
  @Override
  public String toString() {
    if (denominator() == 0) {
      return label() + ": no records (0/0)";
    }
    return String.format(
        java.util.Locale.ROOT,
        "%s: %.4f (%d/%d) %s",
        label(),
        proportion().getAsDouble(),
        numerator(),
        denominator(),
        interval().orElseThrow());
  }
}
