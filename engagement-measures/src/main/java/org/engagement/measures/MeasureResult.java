package org.engagement.measures;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.StringJoiner;
import org.engagement.core.Scope;
import org.immutables.value.Value;

/**
 * The result of one measure for one scope: a score in [0, 1] or NOT_ASSESSABLE with a reason,
 * the numerator and denominator of a ratio measure, named indicators, a rating, the evidence
 * (ids of the records that support the score) and the gaps (ids of the records that fail, with
 * the step each lacks).
 *
 * <pre>{@code
 * MeasureResult r = DueConsiderationMeasure.standard().evaluate(data, scope);
 * System.out.println(r);
 * // M1 Due consideration — E09000022 2012-04-01/2013-03-31 as of 2013-03-31
 * //   score 0.6250 (15/24), rating ADEQUATE, base 24
 * //   indicators: raised=24, presented=20, considered=18, recorded=15, ...
 * //   evidence (30): DEC-0001, DEC-0002, IN-0001, ...
 * //   gaps (9): IN-0003 lacks PRESENTED, ...
 * }</pre>
 *
 * <p>Never NaN and never a silent 0: without a denominator or required data the status is
 * NOT_ASSESSABLE, the score absent and the rating NOT_RATED. Evidence and gaps are sorted by id
 * in ordinal string order. Mean-based scores (M3, M5) have no numerator or denominator.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MeasureResult {

  /** How many evidence ids and gaps {@link #toString()} lists before it summarises the rest. */
  static final int SHOWN = 10;

  MeasureResult() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The measure's code.
   *
   * @return e.g. {@code "M1"}
   */
  public abstract String measure();

  /**
   * The measure's title.
   *
   * @return e.g. {@code "Due consideration"}
   */
  public abstract String title();

  /** {@return the scope evaluated, never null} */
  public abstract Scope scope();

  /**
   * Whether there is a score.
   *
   * @return the status, never null
   */
  public abstract MeasureStatus status();

  /**
   * Why there is no score.
   *
   * @return the reason; empty when scored
   */
  public abstract Optional<String> reason();

  /**
   * The score.
   *
   * @return in [0, 1]; empty when NOT_ASSESSABLE
   */
  public abstract OptionalDouble score();

  /**
   * The numerator of a ratio measure.
   *
   * @return zero or more; empty for mean-based measures
   */
  public abstract OptionalLong numerator();

  /**
   * The denominator of a ratio measure.
   *
   * @return zero or more; empty for mean-based measures
   */
  public abstract OptionalLong denominator();

  /**
   * The base the rating rests on: the denominator of a ratio measure, the smallest stated total
   * for M3, the smallest unweighted base for survey measures.
   *
   * @return zero or more; 0 when NOT_ASSESSABLE
   */
  public abstract long base();

  /**
   * What the base counts.
   *
   * @return the kind; DENOMINATOR by default
   */
  @Value.Default
  public BaseKind baseKind() {
    return BaseKind.DENOMINATOR;
  }

  /**
   * The named indicators, in the measure's documented order.
   *
   * @return the indicators, never null
   */
  public abstract List<Indicator> indicators();

  /** {@return the rating; NOT_RATED when NOT_ASSESSABLE} */
  public abstract Rating rating();

  /**
   * Why a score has no grade, when neither the status nor the base says so: a measure that is
   * not rated by default (A3–A5), or M3 resting on too few dimensions.
   *
   * @return the note, e.g. {@code "rests on 2 of 6 primary dimensions; a rating needs 3"}, or
   *     empty
   */
  public abstract Optional<String> ratingNote();

  /**
   * What the score rests on when it rests on less than all it could — shown next to every
   * published form of the score (docs/spec/measures.md §2 M3).
   *
   * @return e.g. {@code "3 of 6 dimensions"}, or empty when the score rests on all of it
   */
  public abstract Optional<String> scoreNote();

  /**
   * The score to four decimals, with its {@linkplain #scoreNote() note} when it has one.
   *
   * @return e.g. {@code "0.8886"} or {@code "0.8886 (3 of 6 dimensions)"}; empty text when not
   *     scored
   */
  public String formattedScore() {
    if (!isScored()) {
      return "";
    }
    String score = String.format(Locale.ROOT, "%.4f", score().getAsDouble());
    return scoreNote().map(n -> score + " (" + n + ")").orElse(score);
  }

  /** {@return the ids of the records that support the score, sorted, never null} */
  public abstract List<String> evidence();

  /**
   * The failing records and the step each lacks, sorted by id.
   *
   * @return the gaps, never null
   */
  public abstract List<Gap> gaps();

  /**
   * Finds an indicator by its label ({@link Indicator#label()}), e.g. {@code "R[ETHNICITY]"}.
   *
   * @param label the label, not null
   * @return the first indicator with that label, or empty when the result has none
   */
  public Optional<Indicator> indicator(String label) {
    return indicators().stream().filter(i -> i.label().equals(label)).findFirst();
  }

  /**
   * Finds an indicator by its structured key: {@code indicator("r", "dimension", "AGE",
   * "category", "AGE_16_24")}.
   *
   * @param name the indicator's name, not null
   * @param qualifiers qualifier names and values, alternating, in order
   * @return the indicator, or empty when the result has none with that key
   * @throws IllegalArgumentException if {@code qualifiers} has an odd length
   */
  public Optional<Indicator> indicator(String name, String... qualifiers) {
    return indicators().stream().filter(i -> i.hasKey(name, qualifiers)).findFirst();
  }

  /**
   * Whether there is a score.
   *
   * @return true when SCORED
   */
  public boolean isScored() {
    return status() == MeasureStatus.SCORED;
  }

  @Value.Check
  void check() {
    boolean scored = status() == MeasureStatus.SCORED;
    if (scored != score().isPresent()) {
      throw new IllegalArgumentException(
          measure() + " result must have a score exactly when SCORED: " + status());
    }
    if (scored == reason().isPresent()) {
      throw new IllegalArgumentException(
          measure() + " result must have a reason exactly when NOT_ASSESSABLE: " + status());
    }
    if (scored) {
      double s = score().getAsDouble();
      if (!(s >= 0 && s <= 1)) {
        throw new IllegalArgumentException(measure() + " score must lie in [0, 1]: " + s);
      }
    } else if (rating() != Rating.NOT_RATED) {
      throw new IllegalArgumentException(
          measure() + " result without a score must be NOT_RATED: " + rating());
    }
    for (int i = 1; i < evidence().size(); i++) {
      if (evidence().get(i - 1).compareTo(evidence().get(i)) >= 0) {
        throw new IllegalArgumentException(
            measure() + " evidence must be sorted and distinct: " + evidence().get(i));
      }
    }
    for (int i = 1; i < gaps().size(); i++) {
      if (gaps().get(i - 1).compareTo(gaps().get(i)) >= 0) {
        throw new IllegalArgumentException(
            measure() + " gaps must be sorted and distinct: " + gaps().get(i));
      }
    }
  }

  /**
   * The headline: score with numerator and denominator, or the reason; rating and base.
   *
   * @return e.g. {@code 0.6250 (15/24) ADEQUATE} or {@code NOT_ASSESSABLE: no community input in scope}
   */
  public String headline() {
    if (!isScored()) {
      return "NOT_ASSESSABLE: " + reason().orElse("");
    }
    String ratio =
        numerator().isPresent() && denominator().isPresent()
            ? " (" + numerator().getAsLong() + "/" + denominator().getAsLong() + ")"
            : "";
    return formattedScore() + ratio + " " + rating();
  }

  /**
   * Returns a few readable lines: the measure and scope, the headline, the indicators and the
   * first evidence ids and gaps.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    Scope scope = scope();
    StringBuilder out = new StringBuilder();
    out.append(measure()).append(' ').append(title()).append(" — ").append(scope.area())
        .append(' ').append(scope.period()).append(" as of ").append(scope.asOf());
    if (!scope.surveys().isEmpty()) {
      out.append(" surveys ").append(scope.surveys().stream().map(Object::toString).sorted().toList());
    }
    out.append("\n  ");
    if (isScored()) {
      out.append("score ").append(headline()).append(", base ").append(base());
    } else {
      out.append(headline());
    }
    if (!indicators().isEmpty()) {
      StringJoiner joined = new StringJoiner(", ", "\n  indicators: ", "");
      indicators().forEach(i -> joined.add(i.toString()));
      out.append(joined);
    }
    out.append("\n  evidence (").append(evidence().size()).append(")");
    if (!evidence().isEmpty()) {
      out.append(": ").append(first(evidence()));
    }
    out.append("\n  gaps (").append(gaps().size()).append(")");
    if (!gaps().isEmpty()) {
      out.append(": ").append(first(gaps()));
    }
    return out.toString();
  }

  /**
   * The first {@value #SHOWN} items, comma-separated, then how many more there are: how
   * {@code toString} and the published Markdown list evidence and gaps.
   */
  static String first(List<?> items) {
    StringJoiner joined = new StringJoiner(", ");
    items.stream().limit(SHOWN).forEach(i -> joined.add(i.toString()));
    return items.size() > SHOWN
        ? joined + ", … and " + (items.size() - SHOWN) + " more"
        : joined.toString();
  }

  /** Builds a {@link MeasureResult}. */
  public static final class Builder extends ImmutableMeasureResult.Builder {
    Builder() {}
  }
}
