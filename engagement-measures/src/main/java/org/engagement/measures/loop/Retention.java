package org.engagement.measures.loop;

import java.util.OptionalDouble;
import org.engagement.core.Scope;
import org.immutables.value.Value;

/**
 * Retention of participants between two non-overlapping periods A and B of the same area
 * (docs/spec/measures.md §10): {@code retention = ids of A also seen in B / ids of A}.
 *
 * <pre>{@code
 * Retention r = RepeatParticipationMeasure.standard()
 *     .retention(data, Scope.of(borough, Period.financialYear(2011)),
 *         Scope.of(borough, Period.financialYear(2012)));
 * r.retention();   // OptionalDouble[0.24] when 24 of 100 participants of FY2011 came back
 * }</pre>
 *
 * <p>Both counts are counts of people: published tables treat a count from 1 to 4 as a
 * demographic count (§1). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Retention {

  Retention() {}

  static ImmutableRetention.Builder builder() {
    return ImmutableRetention.builder();
  }

  /**
   * The retention between two periods of one area, from its counts: as
   * {@link RepeatParticipationMeasure#retention} computes it, or as a JSON reader reads it back.
   *
   * @param first the earlier scope (A), not null
   * @param second the later scope (B), not null
   * @param cohort the participants of A, zero or more
   * @param retained those of them also seen in B, from 0 to {@code cohort}
   * @param secondParticipants the participants of B, at least {@code retained}
   * @return the retention, never null
   * @throws IllegalArgumentException if a count is negative or {@code retained} exceeds
   *     {@code cohort} or {@code secondParticipants}
   */
  public static Retention of(
      Scope first, Scope second, long cohort, long retained, long secondParticipants) {
    if (cohort < 0 || retained < 0 || secondParticipants < 0 || retained > cohort
        || retained > secondParticipants) {
      throw new IllegalArgumentException("retention counts out of range: cohort " + cohort
          + ", retained " + retained + ", second participants " + secondParticipants);
    }
    return builder().first(first).second(second).cohort(cohort).retained(retained)
        .secondParticipants(secondParticipants).build();
  }

  /** {@return the scope of period A, never null} */
  public abstract Scope first();

  /** {@return the scope of period B, never null} */
  public abstract Scope second();

  /**
   * The distinct participants of period A.
   *
   * @return zero or more
   */
  public abstract long cohort();

  /**
   * The participants of period A also seen in period B.
   *
   * @return from 0 to {@link #cohort()}
   */
  public abstract long retained();

  /**
   * The distinct participants of period B.
   *
   * @return zero or more
   */
  public abstract long secondParticipants();

  /**
   * The share of A's participants seen again in B.
   *
   * @return {@code retained / cohort}; empty when A has no participant
   */
  public OptionalDouble retention() {
    return cohort() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) retained() / cohort());
  }

  /**
   * Returns the counts and the share.
   *
   * @return e.g. {@code Retention{cohort=100, retained=24, retention=0.2400}}
   */
  @Override
  public String toString() {
    return "Retention{cohort=" + cohort() + ", retained=" + retained() + ", retention="
        + (retention().isPresent() ? String.format(java.util.Locale.ROOT, "%.4f", retention().getAsDouble()) : "n/a")
        + "}";
  }
}
