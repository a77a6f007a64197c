package org.engagement.measures.stats;

import java.util.Locale;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.immutables.value.Value;

/**
 * The change between two proportions over disjoint response sets A (before) and B (after)
 * (docs/spec/measures.md §1): the difference {@code d = p2 − p1}, its 95% interval by Newcombe's
 * hybrid score method, a verdict, the two-proportion z-test and the minimum detectable difference.
 *
 * <pre>{@code
 * ProportionChange change = ProportionChange.between(
 *     WeightedProportion.unweighted(48, 80), WeightedProportion.unweighted(56, 70));
 * change.difference();   // 0.2
 * change.interval();     // [0.0524, 0.3339], Newcombe (1998), method 10
 * change.verdict();      // INCREASE
 * }</pre>
 *
 * <p>Both sizes are effective sizes ({@link WeightedProportion#effectiveSize()}). The two sets
 * must not share a response; the caller, which knows the responses, refuses an overlapping
 * comparison.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProportionChange {

  /** The 80% point of the standard normal distribution: the z of 80% power. */
  public static final double Z_80_POWER = 0.8416212335729143;

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  ProportionChange() {}

  /**
   * Compares two proportions.
   *
   * @param before the proportion of set A, not empty
   * @param after the proportion of set B, not empty
   * @return the change from A to B, never null
   * @throws IllegalArgumentException if either proportion is empty
   */
  public static ProportionChange between(WeightedProportion before, WeightedProportion after) {
    if (before.isEmpty() || after.isEmpty()) {
      throw new IllegalArgumentException(
          "a change needs valid answers on both sides: n1=" + before.n() + ", n2=" + after.n());
    }
    double p1 = before.proportion();
    double n1 = before.effectiveSize();
    double p2 = after.proportion();
    double n2 = after.effectiveSize();
    Interval w1 = Interval.wilson(p1, n1);
    Interval w2 = Interval.wilson(p2, n2);
    double d = p2 - p1;
    double lower = d - Math.sqrt(square(p2 - w2.lower()) + square(w1.upper() - p1));
    double upper = d + Math.sqrt(square(w2.upper() - p2) + square(p1 - w1.lower()));
    ChangeVerdict verdict =
        Tolerance.positive(lower)
            ? ChangeVerdict.INCREASE
            : Tolerance.negative(upper) ? ChangeVerdict.DECREASE : ChangeVerdict.NO_SIGNIFICANT_CHANGE;
    double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
    double se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    boolean degenerate = !Tolerance.positive(pooled) || !Tolerance.positive(1 - pooled);
    double z = degenerate ? 0 : d / se;
    double pValue = degenerate ? 1 : Math.min(1, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)));
    double mdd = (Interval.Z_95 + Z_80_POWER) * se;
    return ImmutableProportionChange.builder()
        .before(before)
        .after(after)
        .difference(d)
        .interval(Interval.of(Math.max(-1, lower), Math.min(1, upper)))
        .verdict(verdict)
        .pooledProportion(pooled)
        .z(z)
        .pValue(pValue)
        .minimumDetectableDifference(mdd)
        .build();
  }

  private static double square(double x) {
    return x * x;
  }

  /**
   * Set A, the baseline.
   *
   * @return the proportion, never null
   */
  public abstract WeightedProportion before();

  /**
   * Set B, compared with A.
   *
   * @return the proportion, never null
   */
  public abstract WeightedProportion after();

  /**
   * {@code d = p2 − p1}.
   *
   * @return the difference, in [−1, 1]
   */
  public abstract double difference();

  /**
   * Newcombe's hybrid score interval from the two Wilson intervals (l, u):
   * {@code [d − √((p2−l2)² + (u1−p1)²), d + √((u2−p2)² + (p1−l1)²)]}.
   *
   * @return the 95% interval of {@code d}, within [−1, 1], never null
   */
  public abstract Interval interval();

  /**
   * INCREASE when the interval's lower bound is above 0, DECREASE when its upper bound is below 0.
   *
   * @return the verdict
   */
  public abstract ChangeVerdict verdict();

  /**
   * {@code p̄ = (p1·n1 + p2·n2) / (n1 + n2)}.
   *
   * @return the pooled proportion, in [0, 1]
   */
  public abstract double pooledProportion();

  /**
   * The two-proportion z statistic {@code d / √(p̄(1−p̄)(1/n1 + 1/n2))}.
   *
   * @return the statistic; 0 when {@code p̄} is 0 or 1
   */
  public abstract double z();

  /**
   * The two-sided p-value of {@link #z()} under the standard normal distribution.
   *
   * @return the p-value, in [0, 1]; 1 when {@code p̄} is 0 or 1
   */
  public abstract double pValue();

  /**
   * The minimum detectable difference at 95% confidence and 80% power,
   * {@code (1.959963984540054 + 0.8416212335729143)·√(p̄(1−p̄)(1/n1 + 1/n2))}.
   *
   * @return the difference, zero or more; 0 when {@code p̄} is 0 or 1
   */
  public abstract double minimumDetectableDifference();

  /**
   * Returns the difference, its interval and the verdict.
   *
   * @return e.g. {@code +0.2000 [0.0524, 0.3339] INCREASE z=2.65 p=0.0080 MDD=0.2114}
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%+.4f %s %s z=%.2f p=%.4f MDD=%.4f",
        difference(),
        interval(),
        verdict(),
        z(),
        pValue(),
        minimumDetectableDifference());
  }
}
