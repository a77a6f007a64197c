package org.engagement.core;

import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a measure looks at: an area and its whole subtree, a period of whole days, an as-of date
 * after which evidence is ignored, and optionally the survey waves to read.
 *
 * <pre>{@code
 * Scope lambeth2012 = Scope.of(AreaId.of("E09000022"), Period.financialYear(2012));
 * lambeth2012.asOf();  // 2013-03-31, the period's end by default
 * }</pre>
 *
 * <p>A record is in scope when its own date lies in the period and its area lies in the subtree.
 * Evidence (decisions, allocations, feedback) may lie outside the scope's area and period, but
 * evidence dated after {@link #asOf()} is ignored.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scope {

  Scope() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the scope of an area's subtree over a period, as of the period's end, reading every
   * survey.
   *
   * @param area the root of the subtree, not null
   * @param period the period, not null
   * @return the scope, never null
   */
  public static Scope of(AreaId area, Period period) {
    return builder().area(area).period(period).build();
  }

  /**
   * The root of the area subtree.
   *
   * @return the area id, never null
   */
  public abstract AreaId area();

  /** {@return the period, never null} */
  public abstract Period period();

  /**
   * The date after which evidence is ignored.
   *
   * @return the date, never before the period's end; the period's end by default
   */
  @Value.Default
  public LocalDate asOf() {
    return period().to();
  }

  /**
   * The survey waves to read.
   *
   * @return the survey ids; empty means every survey
   */
  public abstract Set<SurveyId> surveys();

  @Value.Check
  void check() {
    if (asOf().isBefore(period().to())) {
      throw new IllegalArgumentException(
          "as-of date must not be before the period's end " + period().to() + ": " + asOf());
    }
  }

  /** Builds a {@link Scope}. */
  public static final class Builder extends ImmutableScope.Builder {
    Builder() {}
  }
}
