package org.engagement.measures.stats;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * A closed interval {@code [lower, upper]}, such as the 95% Wilson score interval of a
 * proportion.
 *
 * <pre>{@code
 * Interval.wilson(81.0 / 263, 263);   // [0.2553, 0.3662], Newcombe (1998) example
 * Interval.of(0.1, 0.4).contains(0.25);   // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Interval {

  /** The 97.5% point of the standard normal distribution, the z of a 95% interval. */
  public static final double Z_95 = 1.959963984540054;

  Interval() {}

  /**
   * Returns the interval {@code [lower, upper]}.
   *
   * @param lower the lower bound, finite
   * @param upper the upper bound, finite, not below {@code lower}
   * @return the interval, never null
   * @throws IllegalArgumentException if a bound is not finite or {@code upper < lower}
   */
  public static Interval of(double lower, double upper) {
    return ImmutableInterval.of(lower, upper);
  }

  /**
   * The 95% Wilson score interval of a proportion (docs/spec/measures.md §1): with {@code z} =
   * {@value #Z_95}, {@code centre = (p + z²/(2n)) / (1 + z²/n)} and
   * {@code half = z·√(p(1−p)/n + z²/(4n²)) / (1 + z²/n)}. Rounding can push a bound a hair past
   * 0 or 1, or past {@code p}; the bounds are clamped to {@code [0, 1]} and to {@code p}.
   *
   * @param p the proportion, in [0, 1]
   * @param n the sample size, greater than 0; for weighted data the effective size
   * @return {@code [centre − half, centre + half]}, within [0, 1], never null
   * @throws IllegalArgumentException if {@code p} is outside [0, 1] or {@code n} is not positive
   */
  public static Interval wilson(double p, double n) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("proportion must lie in [0, 1]: " + p);
    }
    if (!(n > 0) || Double.isInfinite(n)) {
      throw new IllegalArgumentException("sample size must be positive and finite: " + n);
    }
    double z2 = Z_95 * Z_95;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denominator;
    double half = Z_95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
    // Mathematically the interval always contains p (its lower bound is exactly 0 at p = 0 and
    // its upper bound exactly 1 at p = 1), but rounding can leave a bound a hair on the wrong
    // side of p (0/3 gives a lower bound of 5.6e-17): clamp the bounds to p as well.
    return of(Math.min(p, Math.max(0, centre - half)), Math.max(p, Math.min(1, centre + half)));
  }

  /**
   * The lower bound.
   *
   * @return the bound, finite
   */
  @Value.Parameter
  public abstract double lower();

  /**
   * The upper bound.
   *
   * @return the bound, finite, not below {@link #lower()}
   */
  @Value.Parameter
  public abstract double upper();

  /**
   * Whether {@code x} lies in the interval, both ends inclusive.
   *
   * @param x the number
   * @return true when {@code lower ≤ x ≤ upper}
   */
  public boolean contains(double x) {
    return x >= lower() && x <= upper();
  }

  @Value.Check
  void check() {
    if (!Double.isFinite(lower()) || !Double.isFinite(upper())) {
      throw new IllegalArgumentException(
          "interval bounds must be finite: [" + lower() + ", " + upper() + "]");
    }
    if (upper() < lower()) {
      throw new IllegalArgumentException(
          "interval must not end before it starts: [" + lower() + ", " + upper() + "]");
    }
  }

  /**
   * Returns the bounds to four decimals.
   *
   * @return e.g. {@code [0.2553, 0.3662]}
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "[%.4f, %.4f]", lower(), upper());
  }
}
