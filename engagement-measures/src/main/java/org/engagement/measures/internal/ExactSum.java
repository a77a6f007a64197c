package org.engagement.measures.internal;

import java.math.BigDecimal;

/**
 * Exact sums of doubles: every finite double is a BigDecimal without rounding, so sums (and sums
 * of squares) taken in any order, or over any partition, are the same number.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ExactSum {

  private ExactSum() {}

  /**
   * The exact value of a double.
   *
   * @param x a finite double
   * @return {@code x} as a BigDecimal, exactly
   */
  public static BigDecimal of(double x) {
    return new BigDecimal(x);
  }
}
