package org.engagement.measures.stats;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * A weighted proportion over valid answers (docs/spec/measures.md §1), held as its sums so that two
 * proportions over disjoint answers add up exactly: the unweighted base {@code n}, {@code Σw},
 * {@code Σw²} and {@code Σw·y} with {@code y ∈ {0, 1}}.
 *
 * <pre>{@code
 * WeightedProportion p = WeightedProportion.of(4, 5.0, 7.0, 3.0);  // weights 1, 1, 1, 2; yes 1+2
 * p.proportion();      // 0.6 = Σw·y / Σw
 * p.effectiveSize();   // 3.5714… = (Σw)² / Σw², Kish's effective sample size
 * p.interval();        // the 95% Wilson interval on p with n = n_eff
 * }</pre>
 *
 * <p>An empty proportion ({@code n = 0}) has no proportion, effective size or interval: those
 * methods throw rather than return NaN; check {@link #isEmpty()} first.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class WeightedProportion {

  WeightedProportion() {}

  /**
   * Returns a proportion from its sums.
   *
   * @param n the number of valid answers, zero or more
   * @param sumOfWeights {@code Σw}, finite, positive when {@code n > 0}, 0 when {@code n = 0}
   * @param sumOfSquaredWeights {@code Σw²}, finite, positive when {@code n > 0}
   * @param weightedSuccesses {@code Σw·y}, in [0, Σw]
   * @return the proportion, never null
   * @throws IllegalArgumentException if the sums are inconsistent
   */
  public static WeightedProportion of(
      long n, double sumOfWeights, double sumOfSquaredWeights, double weightedSuccesses) {
    return ImmutableWeightedProportion.of(n, sumOfWeights, sumOfSquaredWeights, weightedSuccesses);
  }

  /**
   * Returns an unweighted proportion: every weight 1.
   *
   * @param successes the number of answers with {@code y = 1}, from 0 to {@code n}
   * @param n the number of valid answers, zero or more
   * @return {@code successes / n} with {@code n_eff = n}, never null
   * @throws IllegalArgumentException if {@code successes} is outside [0, n]
   */
  public static WeightedProportion unweighted(long successes, long n) {
    if (successes < 0 || successes > n) {
      throw new IllegalArgumentException(
          "successes must lie in [0, " + n + "]: " + successes);
    }
    return of(n, n, n, successes);
  }

  /**
   * Returns the proportion of no answers.
   *
   * @return the empty proportion, never null
   */
  public static WeightedProportion empty() {
    return of(0, 0, 0, 0);
  }

  /**
   * The unweighted base: the number of valid answers.
   *
   * @return zero or more
   */
  @Value.Parameter
  public abstract long n();

  /**
   * {@code Σw} over valid answers.
   *
   * @return zero or more
   */
  @Value.Parameter
  public abstract double sumOfWeights();

  /**
   * {@code Σw²} over valid answers.
   *
   * @return zero or more
   */
  @Value.Parameter
  public abstract double sumOfSquaredWeights();

  /**
   * {@code Σw·y} over valid answers.
   *
   * @return in [0, Σw]
   */
  @Value.Parameter
  public abstract double weightedSuccesses();

  /**
   * Whether there are no valid answers.
   *
   * @return true when {@code n = 0}
   */
  public boolean isEmpty() {
    return n() == 0;
  }

  /**
   * The proportion {@code Σw·y / Σw}.
   *
   * @return the proportion, in [0, 1]
   * @throws IllegalStateException if the proportion is empty
   */
  public double proportion() {
    requireNotEmpty("proportion");
    return Math.min(1.0, weightedSuccesses() / sumOfWeights());
  }

  /**
   * Kish's effective sample size {@code (Σw)² / Σw²}; equal to {@code n} when all weights are
   * equal.
   *
   * @return the effective size, greater than 0 and at most {@code n} (up to rounding)
   * @throws IllegalStateException if the proportion is empty
   */
  public double effectiveSize() {
    requireNotEmpty("effective size");
    return sumOfWeights() * sumOfWeights() / sumOfSquaredWeights();
  }

  /**
   * The 95% Wilson score interval on {@link #proportion()} with {@code n} =
   * {@link #effectiveSize()}.
   *
   * @return the interval, within [0, 1], never null
   * @throws IllegalStateException if the proportion is empty
   */
  public Interval interval() {
    return Interval.wilson(proportion(), effectiveSize());
  }

  /**
   * Returns the proportion over the answers of both: the sums added. The two must count
   * disjoint answers.
   *
   * @param other the other proportion, not null
   * @return the sum, never null; this proportion is unaffected
   */
  public WeightedProportion plus(WeightedProportion other) {
    return of(
        n() + other.n(),
        sumOfWeights() + other.sumOfWeights(),
        sumOfSquaredWeights() + other.sumOfSquaredWeights(),
        weightedSuccesses() + other.weightedSuccesses());
  }

  private void requireNotEmpty(String what) {
    if (isEmpty()) {
      throw new IllegalStateException(what + " is undefined: no valid answers (n = 0)");
    }
  }

  @Value.Check
  void check() {
    if (n() < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n());
    }
    checkSum("sum of weights", sumOfWeights());
    checkSum("sum of squared weights", sumOfSquaredWeights());
    checkSum("weighted successes", weightedSuccesses());
    if (n() == 0 && (sumOfWeights() != 0 || sumOfSquaredWeights() != 0 || weightedSuccesses() != 0)) {
      throw new IllegalArgumentException("sums must be 0 when n is 0: " + sums());
    }
    if (n() > 0 && (sumOfWeights() <= 0 || sumOfSquaredWeights() <= 0)) {
      throw new IllegalArgumentException("sums of weights must be positive when n > 0: " + sums());
    }
    if (weightedSuccesses() > sumOfWeights() * (1 + Tolerance.EPSILON)) {
      throw new IllegalArgumentException(
          "weighted successes must not exceed the sum of weights: " + sums());
    }
  }

  private String sums() {
    return "n=" + n() + " Σw=" + sumOfWeights() + " Σw²=" + sumOfSquaredWeights()
        + " Σwy=" + weightedSuccesses();
  }

  private static void checkSum(String name, double value) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(name + " must be finite and not negative: " + value);
    }
  }

  /**
   * Returns the proportion, its interval and bases.
   *
   * @return e.g. {@code 0.3080 [0.2553, 0.3662] n=263 n_eff=263.0}, or {@code empty (n=0)}
   */
  @Override
  public String toString() {
    if (isEmpty()) {
      return "empty (n=0)";
    }
    return String.format(
        Locale.ROOT, "%.4f %s n=%d n_eff=%.1f", proportion(), interval(), n(), effectiveSize());
  }
}
