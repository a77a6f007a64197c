package org.engagement.core;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * How a consultation's results were analysed (2005 strand 3, "analysing results").
 *
 * <pre>{@code
 * AnalysisRecord analysis = AnalysisRecord.builder()
 *     .id(AnalysisId.of("AN-0001")).activity(ActivityId.of("ACT-0001"))
 *     .date(LocalDate.of(2012, 10, 20))
 *     .quantitative(true).qualitative(true).weighted(Weighting.NOT_APPLICABLE)
 *     .independent(false)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AnalysisRecord implements Identified {

  AnalysisRecord() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, never null} */
  public abstract AnalysisId id();

  /**
   * The consultation analysed.
   *
   * @return the activity id, never null
   */
  public abstract ActivityId activity();

  /** {@return the date of the analysis, never null} */
  public abstract LocalDate date();

  /** {@return true when the results were analysed quantitatively} */
  public abstract boolean quantitative();

  /** {@return true when the results were analysed qualitatively} */
  public abstract boolean qualitative();

  /**
   * Whether the results were weighted.
   *
   * @return YES, NO or NOT_APPLICABLE
   */
  public abstract Weighting weighted();

  /** {@return true when the analysis was independent of the police} */
  public abstract boolean independent();

  /** Builds an {@link AnalysisRecord}. */
  public static final class Builder extends ImmutableAnalysisRecord.Builder {
    Builder() {}
  }
}
