package org.engagement.measures;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.engagement.core.Period;
import org.engagement.measures.stats.Interval;
import org.immutables.value.Value;

/**
 * One period of a {@link Trend}: the ratio measure's numerator and denominator, its figure and
 * 95% Wilson interval ({@code n = denominator}).
 *
 * <pre>{@code
 * TrendPoint q = TrendPoint.of(Period.parse("2011-04-01/2011-09-30"), 6, 12);
 * q.period();      // 2011-04-01/2011-09-30
 * q.proportion();  // OptionalDouble[0.5]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TrendPoint {

  TrendPoint() {}

  /**
   * A period's counts.
   *
   * @param period the period, not null
   * @param numerator the numerator, from 0 to {@code denominator}
   * @param denominator the denominator, zero or more
   * @return the point, never null
   * @throws IllegalArgumentException if the counts are out of range
   */
  public static TrendPoint of(Period period, long numerator, long denominator) {
    return ImmutableTrendPoint.builder()
        .period(period)
        .numerator(numerator)
        .denominator(denominator)
        .build();
  }

  /** {@return the period, never null} */
  public abstract Period period();

  /** {@return the numerator, from 0 to the denominator} */
  public abstract long numerator();

  /** {@return the denominator, zero or more; 0 leaves the period out of the test} */
  public abstract long denominator();

  /** {@return {@code numerator / denominator}, empty when the denominator is 0} */
  public OptionalDouble proportion() {
    return denominator() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) numerator() / denominator());
  }

  /** {@return the 95% Wilson interval of the proportion, empty when the denominator is 0} */
  public Optional<Interval> interval() {
    return denominator() == 0
        ? Optional.empty()
        : Optional.of(Interval.wilson(proportion().getAsDouble(), denominator()));
  }

  @Value.Check
  void check() {
    if (denominator() < 0 || numerator() < 0 || numerator() > denominator()) {
      throw new IllegalArgumentException(period() + ": needs 0 <= numerator <= denominator: "
          + numerator() + "/" + denominator());
    }
  }

  /**
   * Returns the period and its figure.
   *
   * @return e.g. {@code 2011-04-01/2011-09-30: 0.5000 (6/12) [0.2538, 0.7462]}
   */
  @Override
  public String toString() {
    if (denominator() == 0) {
      return period() + ": no records (0/0), left out";
    }
    return String.format(Locale.ROOT, "%s: %.4f (%d/%d) %s", period(),
        proportion().getAsDouble(), numerator(), denominator(), interval().orElseThrow());
  }
}
