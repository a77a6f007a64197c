package org.engagement.core;

import java.util.Collection;

/** Overflow checks for sums of counts, independent of the order of the counts. */
final class Counts {

  private Counts() {}

  /**
   * Checks that {@code values} (plus {@code extra}) add up within a {@code long} in any order:
   * the non-negative values together, and the negative ones together, each fit. Negative counts
   * are invalid data, reported by the validator; they must not make the check order-dependent.
   *
   * @throws RecordInvariantException (code SUM_OUT_OF_RANGE, field counts) naming {@code what} when they do not fit
   */
  static void checkSum(Collection<Long> values, long extra, String what) {
    long positive = Math.max(0, extra);
    long negative = Math.min(0, extra);
    try {
      for (long value : values) {
        if (value >= 0) {
          positive = Math.addExact(positive, value);
        } else {
          negative = Math.addExact(negative, value);
        }
      }
    } catch (ArithmeticException e) {
      throw new RecordInvariantException("SUM_OUT_OF_RANGE", "counts",
          what + " must add up to at most " + Long.MAX_VALUE + " in size", e);
    }
  }
}
