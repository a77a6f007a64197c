package org.engagement.measures.internal;

import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;
import org.engagement.core.Scope;
import org.engagement.measures.BaseKind;
import org.engagement.measures.Gap;
import org.engagement.measures.Indicator;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.MeasureStatus;

/**
 * Assembles {@link MeasureResult}s the same way for every measure: status, score, rating, sorted
 * evidence and gaps.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Results {

  private Results() {}

  /**
   * The result of a ratio measure: {@code numerator / denominator}, NOT_ASSESSABLE with
   * {@code emptyReason} when the denominator is 0; the base is the denominator.
   *
   * @param measure the measure, not null
   * @param scope the scope, not null
   * @param numerator the numerator, from 0 to {@code denominator}
   * @param denominator the denominator, zero or more
   * @param emptyReason why a denominator of 0 is not assessable, not blank
   * @param indicators the indicators, in order, not null
   * @param evidence the evidence ids, any order, not null
   * @param gaps the gaps, any order, not null
   * @return the result, never null
   */
  public static MeasureResult ratio(
      Measure<?> measure,
      Scope scope,
      long numerator,
      long denominator,
      String emptyReason,
      List<Indicator> indicators,
      Collection<String> evidence,
      Collection<Gap> gaps) {
    return ratio(measure, scope, numerator, denominator, BaseKind.DENOMINATOR, emptyReason,
        indicators, evidence, gaps);
  }

  /**
   * The result of a ratio measure whose base counts something other than records, e.g. people
   * ({@link BaseKind#PARTICIPANTS}), which decides how it is published.
   *
   * @param measure the measure, not null
   * @param scope the scope, not null
   * @param numerator the numerator, from 0 to {@code denominator}
   * @param denominator the denominator, zero or more
   * @param baseKind what the denominator counts, not null
   * @param emptyReason why a denominator of 0 is not assessable, not blank
   * @param indicators the indicators, in order, not null
   * @param evidence the evidence ids, any order, not null
   * @param gaps the gaps, any order, not null
   * @return the result, never null
   */
  public static MeasureResult ratio(
      Measure<?> measure,
      Scope scope,
      long numerator,
      long denominator,
      BaseKind baseKind,
      String emptyReason,
      List<Indicator> indicators,
      Collection<String> evidence,
      Collection<Gap> gaps) {
    MeasureResult.Builder out = start(measure, scope, indicators, evidence, gaps).baseKind(baseKind);
    out.numerator(numerator).denominator(denominator);
    if (denominator == 0) {
      return out.status(MeasureStatus.NOT_ASSESSABLE)
          .reason(emptyReason)
          .base(0)
          .rating(measure.ratingScale().rate(OptionalDouble.empty(), 0))
          .build();
    }
    OptionalDouble score = OptionalDouble.of((double) numerator / denominator);
    return out.status(MeasureStatus.SCORED)
        .score(score)
        .base(denominator)
        .rating(measure.ratingScale().rate(score, denominator))
        .ratingNote(measure.ratingScale().notRatedReason())
        .build();
  }

  /**
   * The result of a mean-based measure (M3, M5): no numerator or denominator.
   *
   * @param measure the measure, not null
   * @param scope the scope, not null
   * @param score the score in [0, 1], or empty when not assessable
   * @param base the rating's base, zero or more (ignored without a score)
   * @param baseKind what the base counts, not null
   * @param emptyReason why there is no score, used only without one
   * @param indicators the indicators, in order, not null
   * @param evidence the evidence ids, any order, not null
   * @param gaps the gaps, any order, not null
   * @return the result, never null
   */
  public static MeasureResult mean(
      Measure<?> measure,
      Scope scope,
      OptionalDouble score,
      long base,
      BaseKind baseKind,
      String emptyReason,
      List<Indicator> indicators,
      Collection<String> evidence,
      Collection<Gap> gaps) {
    MeasureResult.Builder out = start(measure, scope, indicators, evidence, gaps).baseKind(baseKind);
    if (score.isEmpty()) {
      return out.status(MeasureStatus.NOT_ASSESSABLE)
          .reason(emptyReason)
          .base(0)
          .rating(measure.ratingScale().rate(score, 0))
          .build();
    }
    double clamped = Math.max(0, Math.min(1, score.getAsDouble()));
    return out.status(MeasureStatus.SCORED)
        .score(clamped)
        .base(base)
        .rating(measure.ratingScale().rate(OptionalDouble.of(clamped), base))
        .ratingNote(measure.ratingScale().notRatedReason())
        .build();
  }

  private static MeasureResult.Builder start(
      Measure<?> measure,
      Scope scope,
      List<Indicator> indicators,
      Collection<String> evidence,
      Collection<Gap> gaps) {
    return MeasureResult.builder()
        .measure(measure.code())
        .title(measure.title())
        .scope(scope)
        .indicators(indicators)
        .evidence(SortedLists.isSortedDistinct(evidence) ? evidence : new TreeSet<>(evidence))
        .gaps(SortedLists.isSortedDistinct(gaps) ? gaps : new TreeSet<>(gaps));
  }
}
