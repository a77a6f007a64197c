package org.engagement.measures.stats;

import java.util.Locale;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.immutables.value.Value;

/**
 * A chi-square statistic with its degrees of freedom and upper-tail p-value, from Apache Commons
 * Statistics' {@code ChiSquaredDistribution}.
 *
 * <pre>{@code
 * ChiSquare.of(3.841, 1).pValue();   // 0.0500, the 5% critical value of one degree of freedom
 * ChiSquare.goodnessOfFit(new long[] {315, 108, 101, 32}, new double[] {9, 3, 3, 1});
 *     // X² = 0.470, df = 3, p = 0.925: Mendel's dihybrid cross
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class ChiSquare {

  ChiSquare() {}

  /**
   * Returns the statistic with its p-value {@code P(χ²_df ≥ statistic)}.
   *
   * @param statistic the statistic, zero or more, finite
   * @param degreesOfFreedom one or more
   * @return the test, never null
   * @throws IllegalArgumentException if the statistic is negative or not finite, or
   *     {@code degreesOfFreedom < 1}
   */
  public static ChiSquare of(double statistic, int degreesOfFreedom) {
    if (!Double.isFinite(statistic) || statistic < 0) {
      throw new IllegalArgumentException(
          "chi-square statistic must be finite and not negative: " + statistic);
    }
    if (degreesOfFreedom < 1) {
      throw new IllegalArgumentException(
          "degrees of freedom must be at least 1: " + degreesOfFreedom);
    }
    double p = ChiSquaredDistribution.of(degreesOfFreedom).survivalProbability(statistic);
    return ImmutableChiSquare.of(statistic, degreesOfFreedom, p);
  }

  /**
   * The goodness-of-fit test of observed counts against expected proportions:
   * {@code E_c = N·q_c} with {@code N = Σ O_c} and {@code q_c} the shares of
   * {@code expectedWeights}, {@code X² = Σ (O_c − E_c)² / E_c}, {@code df = k − 1}.
   *
   * @param observed the observed counts, each zero or more, at least two, not all zero
   * @param expectedWeights the expected proportions up to a factor, each greater than 0, as many
   *     as {@code observed}
   * @return the test, never null
   * @throws IllegalArgumentException if the arrays differ in length, have fewer than two
   *     entries, a weight is not positive, a count is negative or all counts are zero
   */
  public static ChiSquare goodnessOfFit(long[] observed, double[] expectedWeights) {
    int k = observed.length;
    if (expectedWeights.length != k) {
      throw new IllegalArgumentException(
          "observed and expected must have the same length: " + k + " and " + expectedWeights.length);
    }
    if (k < 2) {
      throw new IllegalArgumentException("goodness of fit needs at least two categories: " + k);
    }
    double totalWeight = 0;
    long n = 0;
    for (int i = 0; i < k; i++) {
      if (!(expectedWeights[i] > 0) || Double.isInfinite(expectedWeights[i])) {
        throw new IllegalArgumentException(
            "expected weight must be positive and finite: " + expectedWeights[i]);
      }
      if (observed[i] < 0) {
        throw new IllegalArgumentException("observed count must not be negative: " + observed[i]);
      }
      totalWeight += expectedWeights[i];
      n += observed[i];
    }
    if (n == 0) {
      throw new IllegalArgumentException("goodness of fit needs observations: all counts are 0");
    }
    double statistic = 0;
    for (int i = 0; i < k; i++) {
      double expected = n * (expectedWeights[i] / totalWeight);
      double diff = observed[i] - expected;
      statistic += diff * diff / expected;
    }
    return of(statistic, k - 1);
  }

  /**
   * The statistic X².
   *
   * @return zero or more
   */
  @Value.Parameter
  public abstract double statistic();

  /**
   * The degrees of freedom.
   *
   * @return one or more
   */
  @Value.Parameter
  public abstract int degreesOfFreedom();

  /**
   * The upper-tail probability {@code P(χ²_df ≥ X²)}.
   *
   * @return in [0, 1]
   */
  @Value.Parameter
  public abstract double pValue();

  /**
   * Returns the statistic, degrees of freedom and p-value.
   *
   * @return e.g. {@code X²=0.470 df=3 p=0.9254}
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "X²=%.3f df=%d p=%.4f", statistic(), degreesOfFreedom(), pValue());
  }
}
