package org.engagement.core;

import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A local performance target (2005 additional measure 2, "targets set with the community"): set
 * for an area on a date, covering a period, with the community inputs that informed it.
 *
 * <pre>{@code
 * LocalPerformanceTarget target = LocalPerformanceTarget.builder()
 *     .id(TargetId.of("TGT-0001")).area(AreaId.of("E09000022"))
 *     .setDate(LocalDate.of(2012, 3, 15)).period(Period.financialYear(2012))
 *     .metric("Residential burglaries").value(new BigDecimal("1450"))
 *     .addInformedBy(InputId.of("IN-0001"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LocalPerformanceTarget implements Identified {

  LocalPerformanceTarget() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, never null} */
  public abstract TargetId id();

  /**
   * The area the target is for.
   *
   * @return the area id, never null
   */
  public abstract AreaId area();

  /**
   * When the target was set.
   *
   * @return the date, never null
   */
  public abstract LocalDate setDate();

  /** {@return the period the target covers, never null} */
  public abstract Period period();

  /**
   * What is measured.
   *
   * @return the metric's name, not blank
   */
  @NotBlank
  public abstract String metric();

  /**
   * The target value of the metric.
   *
   * @return the value, never null
   */
  public abstract BigDecimal value();

  /**
   * The community inputs that informed the target.
   *
   * @return the input ids, never null
   */
  public abstract List<InputId> informedBy();

  /** Builds a {@link LocalPerformanceTarget}. */
  public static final class Builder extends ImmutableLocalPerformanceTarget.Builder {
    Builder() {}
  }
}
