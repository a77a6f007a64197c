package org.engagement.measures.survey;

import java.util.List;
import java.util.Optional;
import org.engagement.core.Scope;
import org.engagement.measures.stats.WeightedProportion;
import org.immutables.value.Value;

/**
 * Comparative satisfaction by group (docs/spec/measures.md §4): a survey figure broken down by
 * every category of every demographic dimension of the dataset's scheme.
 *
 * <pre>{@code
 * SurveyBreakdown b = SurveyAnalysis.breakdown(data, scope, SurveyQuestion.of(StandardRole.POLICE_LISTEN));
 * b.dimension("ETHNICITY").orElseThrow().group("BLACK");   // proportion, gap, versus the rest
 * SurveyTables.markdown(b);                                 // published, with disclosure control
 * }</pre>
 *
 * <p>The values here are never suppressed; {@link SurveyTables} applies disclosure control.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SurveyBreakdown {

  SurveyBreakdown() {}

  static ImmutableSurveyBreakdown.Builder builder() {
    return ImmutableSurveyBreakdown.builder();
  }

  /**
   * Returns a breakdown, as {@link SurveyAnalysis#breakdown} computes it or as a results
   * document holds it.
   *
   * <pre>{@code
   * SurveyBreakdown b = SurveyBreakdown.of(SurveyQuestion.of(StandardRole.CONFIDENCE),
   *     Scope.of(AreaId.of("E09000022"), Period.financialYear(2012)),
   *     WeightedProportion.unweighted(60, 100), List.of());
   * }</pre>
   *
   * @param question the question read, not null
   * @param scope the scope, not null
   * @param overall the overall weighted proportion, not null
   * @param dimensions one breakdown per dimension, in scheme order, not null
   * @return the breakdown, never null
   */
  public static SurveyBreakdown of(SurveyQuestion question, Scope scope,
      WeightedProportion overall, List<DimensionBreakdown> dimensions) {
    return builder().question(question).scope(scope).overall(overall).dimensions(dimensions)
        .build();
  }

  /**
   * The question read.
   *
   * @return the selector, never null
   */
  public abstract SurveyQuestion question();

  /** {@return the scope read, never null} */
  public abstract Scope scope();

  /**
   * The figure over every valid answer.
   *
   * @return the proportion, empty when none
   */
  public abstract WeightedProportion overall();

  /**
   * One breakdown per dimension of the scheme, in scheme order.
   *
   * @return never null
   */
  public abstract List<DimensionBreakdown> dimensions();

  /**
   * The breakdown by one dimension.
   *
   * @param code the dimension code, e.g. ETHNICITY, not null
   * @return the breakdown, or empty when the scheme has no such dimension
   */
  public Optional<DimensionBreakdown> dimension(String code) {
    return dimensions().stream().filter(d -> d.dimension().equals(code)).findFirst();
  }

  /**
   * Returns this breakdown with one dimension only, e.g. to publish the ethnicity table alone.
   *
   * @param code the dimension code, e.g. ETHNICITY, not null
   * @return a new breakdown; this one is unaffected
   * @throws IllegalArgumentException if the breakdown has no such dimension
   */
  public SurveyBreakdown only(String code) {
    DimensionBreakdown kept = dimension(code).orElseThrow(
        () -> new IllegalArgumentException("unknown dimension: " + code));
    return builder().from(this).dimensions(List.of(kept)).build();
  }

  /**
   * Returns every row without disclosure control, the analyst's console view.
   *
   * @return a heading line and one line per row
   */
  @Override
  public String toString() {
    return SurveyTables.plain(this);
  }
}
