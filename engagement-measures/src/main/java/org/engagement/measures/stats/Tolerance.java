package org.engagement.measures.stats;

/**
 * The tolerance of docs/spec/measures.md §0b: every comparison of a computed number with a
 * threshold leans by {@value #EPSILON} toward the stated side, so that a share of exactly 0.9
 * computed as 0.8999999999999999 still counts as 0.9.
 *
 * <pre>{@code
 * Tolerance.atLeast(0.8999999999999999, 0.90);   // true
 * Tolerance.below(0.7999999999999999, 0.80);     // false: within the tolerance of 0.8
 * Tolerance.positive(1e-15);                     // false
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Tolerance {

  /** How far a comparison leans toward its stated side. */
  public static final double EPSILON = 1e-12;

  private Tolerance() {}

  /**
   * {@code x ≥ t}, read as {@code x ≥ t − 1e-12}.
   *
   * @param x the computed number, finite
   * @param t the threshold, finite
   * @return true when {@code x} reaches the threshold within the tolerance
   */
  public static boolean atLeast(double x, double t) {
    return x >= t - EPSILON;
  }

  /**
   * {@code x < t}, read as {@code x < t − 1e-12}.
   *
   * @param x the computed number, finite
   * @param t the threshold, finite
   * @return true when {@code x} is below the threshold by more than the tolerance
   */
  public static boolean below(double x, double t) {
    return x < t - EPSILON;
  }

  /**
   * {@code x > 0}, read as {@code x > 1e-12}.
   *
   * @param x the computed number, finite
   * @return true when {@code x} is positive by more than the tolerance
   */
  public static boolean positive(double x) {
    return x > EPSILON;
  }

  /**
   * {@code x < 0}, read as {@code x < −1e-12}.
   *
   * @param x the computed number, finite
   * @return true when {@code x} is negative by more than the tolerance
   */
  public static boolean negative(double x) {
    return x < -EPSILON;
  }
}
