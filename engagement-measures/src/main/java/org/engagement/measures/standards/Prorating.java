package org.engagement.measures.standards;

import org.engagement.core.Period;

/**
 * Pro-rates a yearly requirement over a period (docs/spec/standards.md): {@code required = floor(k
 * × days / 365.25 + 0.5)} over the period's inclusive length in days, so that a calendar or
 * financial year, leap or not, needs exactly {@code k}, two years {@code 2k} and a quarter {@code
 * k/4} rounded half up.
 *
 * <pre>{@code
 * Prorating.required(4, Period.financialYear(2012));   // 4
 * Prorating.required(4, Period.parse("2012-04-01/2012-06-30"));   // 1
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Prorating {

  private Prorating() {}

  /**
   * The requirement over a period.
   *
   * @param perYear the yearly requirement {@code k}, zero or more
   * @param period the period, not null
   * @return the pro-rated requirement, zero or more; 0 means the period is too short
   * @throws IllegalArgumentException if {@code perYear} is negative
   */
  public static long required(long perYear, Period period) {
    if (perYear < 0) {
      throw new IllegalArgumentException("yearly requirement must not be negative: " + perYear);
    }
    return (long) Math.floor(perYear * (double) period.lengthInDays() / 365.25 + 0.5);
  }
}
