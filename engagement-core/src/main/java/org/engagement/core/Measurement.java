package org.engagement.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One dated measurement of a {@link Commitment}'s progress:
 * {@code Measurement.of(LocalDate.of(2013, 3, 31), new BigDecimal("3120"))}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Measurement {

  Measurement() {}

  /**
   * Returns a measurement.
   *
   * @param date the date measured, not null
   * @param value the value measured, not null
   * @return the measurement, never null
   */
  public static Measurement of(LocalDate date, BigDecimal value) {
    return ImmutableMeasurement.of(date, value);
  }

  /** {@return the date measured, never null} */
  @Value.Parameter
  public abstract LocalDate date();

  /** {@return the value measured, in the commitment's unit, never null} */
  @Value.Parameter
  public abstract BigDecimal value();
}
