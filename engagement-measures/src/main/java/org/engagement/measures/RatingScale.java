package org.engagement.measures;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.engagement.measures.stats.Tolerance;
import org.immutables.value.Value;

/**
 * How a score becomes a {@link Rating} (docs/spec/measures.md §0): four descending thresholds and a
 * minimum base.
 *
 * <pre>{@code
 * RatingScale ratio = RatingScale.standard(10);  // 0.90 / 0.75 / 0.60 / 0.40, base ≥ 10
 * ratio.rate(OptionalDouble.of(0.75), 24);              // GOOD: 0.75 ≥ 0.75 − 1e-12
 * ratio.rate(OptionalDouble.of(0.75), 8);               // INSUFFICIENT_DATA: base 8 < 10
 * RatingScale.builder().from(ratio).good(0.80).build(); // a stricter GOOD, the rest unchanged
 * }</pre>
 *
 * <p>A score rates OUTSTANDING when {@code score ≥ outstanding − 1e-12}, else GOOD when it
 * reaches {@code good}, and so on down to INADEQUATE. Below the minimum base the rating is
 * INSUFFICIENT_DATA while the score is still reported; without a score it is NOT_RATED. The
 * base is the denominator of a ratio measure, the smallest stated total of M3's assessable
 * dimensions, or the smallest unweighted base of a survey measure's assessable components.
 *
 * <p>The defaults — thresholds 0.90, 0.75, 0.60, 0.40 and minimum bases 10 for ratio measures
 * and 30 for M3 and survey measures — are conventions of this SDK chosen to mirror the five
 * PEEL grades, not policy of the Metropolitan Police Authority or any other body; set your own
 * per measure.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RatingScale {

  /** The default minimum base of ratio measures (M1, M2, M4). */
  public static final long RATIO_MINIMUM_BASE = 10;

  /** The default minimum base of M3 and of survey measures (M5). */
  public static final long SURVEY_MINIMUM_BASE = 30;

  RatingScale() {}

  /**
   * Returns a builder with the default thresholds and minimum base 10.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the default thresholds with a minimum base.
   *
   * @param minimumBase the smallest base that is graded, zero or more
   * @return the scale, never null
   */
  public static RatingScale standard(long minimumBase) {
    return builder().minimumBase(minimumBase).build();
  }

  /**
   * Returns a scale that grades nothing: every score is NOT_RATED, and the result says why. The
   * default of the prevalence measures A3–A5 (docs/spec/measures.md §3).
   *
   * @param reason why scores are not graded, not blank
   * @return the scale, never null
   * @throws IllegalArgumentException if {@code reason} is blank
   */
  public static RatingScale notRated(String reason) {
    return builder().minimumBase(SURVEY_MINIMUM_BASE).notRatedReason(reason).build();
  }

  /**
   * Why this scale grades nothing.
   *
   * @return the reason, present for a scale of {@link #notRated(String)}; empty for a scale that
   *     grades
   */
  public abstract Optional<String> notRatedReason();

  /**
   * The threshold of OUTSTANDING.
   *
   * @return in [0, 1]; 0.90 by default
   */
  @Value.Default
  public double outstanding() {
    return 0.90;
  }

  /**
   * The threshold of GOOD.
   *
   * @return in [0, 1]; 0.75 by default
   */
  @Value.Default
  public double good() {
    return 0.75;
  }

  /**
   * The threshold of ADEQUATE.
   *
   * @return in [0, 1]; 0.60 by default
   */
  @Value.Default
  public double adequate() {
    return 0.60;
  }

  /**
   * The threshold of REQUIRES_IMPROVEMENT.
   *
   * @return in [0, 1]; 0.40 by default
   */
  @Value.Default
  public double requiresImprovement() {
    return 0.40;
  }

  /**
   * The smallest base that is graded.
   *
   * @return zero or more; 10 by default
   */
  @Value.Default
  public long minimumBase() {
    return RATIO_MINIMUM_BASE;
  }

  /**
   * Rates a score.
   *
   * @param score the score in [0, 1], or empty when the result is not assessable
   * @param base the base the score rests on, zero or more
   * @return NOT_RATED without a score or when the scale grades nothing, INSUFFICIENT_DATA below
   *     the minimum base, else the grade
   */
  public Rating rate(OptionalDouble score, long base) {
    if (score.isEmpty() || notRatedReason().isPresent()) {
      return Rating.NOT_RATED;
    }
    if (base < minimumBase()) {
      return Rating.INSUFFICIENT_DATA;
    }
    double s = score.getAsDouble();
    if (Tolerance.atLeast(s, outstanding())) {
      return Rating.OUTSTANDING;
    }
    if (Tolerance.atLeast(s, good())) {
      return Rating.GOOD;
    }
    if (Tolerance.atLeast(s, adequate())) {
      return Rating.ADEQUATE;
    }
    if (Tolerance.atLeast(s, requiresImprovement())) {
      return Rating.REQUIRES_IMPROVEMENT;
    }
    return Rating.INADEQUATE;
  }

  @Value.Check
  void check() {
    double[] t = {outstanding(), good(), adequate(), requiresImprovement()};
    for (double threshold : t) {
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("rating threshold must lie in [0, 1]: " + threshold);
      }
    }
    if (!(t[0] >= t[1] && t[1] >= t[2] && t[2] >= t[3])) {
      throw new IllegalArgumentException("rating thresholds must not increase: " + this);
    }
    if (notRatedReason().isPresent() && notRatedReason().get().isBlank()) {
      throw new IllegalArgumentException("a scale that grades nothing must say why");
    }
    if (minimumBase() < 0) {
      throw new IllegalArgumentException("minimum base must not be negative: " + minimumBase());
    }
  }

  /**
   * Returns the thresholds and minimum base.
   *
   * @return e.g. {@code RatingScale{0.90/0.75/0.60/0.40, minimum base 10}}, or
   *     {@code RatingScale{not rated: ...}}
   */
  @Override
  public String toString() {
    if (notRatedReason().isPresent()) {
      return "RatingScale{not rated: " + notRatedReason().get() + "}";
    }
    return String.format(
        Locale.ROOT,
        "RatingScale{%.2f/%.2f/%.2f/%.2f, minimum base %d}",
        outstanding(),
        good(),
        adequate(),
        requiresImprovement(),
        minimumBase());
  }

  /** Builds a {@link RatingScale}. */
  public static final class Builder extends ImmutableRatingScale.Builder {
    Builder() {}
  }
}
