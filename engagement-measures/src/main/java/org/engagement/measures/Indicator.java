package org.engagement.measures;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One named figure of a {@link MeasureResult}: a funnel count, a share, a median, a statistic —
 * or, when it cannot be computed, no value and the reason.
 *
 * <pre>{@code
 * Indicator.count("recorded", 15);                            // recorded=15
 * Indicator.share("monitoringCoverage", 0.8125);              // monitoringCoverage=0.8125
 * Indicator.notAssessable("medianDaysToDecision", IndicatorKind.DAYS, "no recorded input");
 * Indicator.statistic("R", 0.91).with("dimension", "ETHNICITY");   // R[ETHNICITY]=0.9100
 * }</pre>
 *
 * <p>An indicator is keyed by its {@link #name()} and its ordered {@link #qualifiers()} — the
 * dimension and category, the resource type and unit, the standard role it is about — held as
 * separate fields, so that no code or unit, whatever characters it contains, can make two keys
 * look alike. {@link #label()} joins them for people: {@code respondingShare[HUMAN/officer-hours]}.
 *
 * <p>Two indicators are equal when their name, their qualifiers in order, kind, value, note and
 * counts are. This class is immutable and thread-safe. It is written by hand rather than
 * generated: a national scorecard holds hundreds of thousands of indicators, and each keeps its
 * qualifiers as one small array instead of a map of its own.
 */
public final class Indicator {

  private static final String[] NO_QUALIFIERS = {};
  private static final byte SURVEY_BASE = 1;
  private static final byte DEMOGRAPHIC_COUNT = 2;

  private final String name;
  /** Qualifier names and values, alternating, in order; shared when empty. */
  private final String[] qualifiers;
  private final IndicatorKind kind;
  /** The value, or NaN when there is none: a present value is always finite. */
  private final double value;
  private final @Nullable String note;
  private final long surveyBase;
  private final long demographicCount;
  /** Which of the two counts are present. */
  private final byte counts;

  private Indicator(String name, String[] qualifiers, IndicatorKind kind, double value,
      @Nullable String note, long surveyBase, long demographicCount, byte counts) {
    this.name = Objects.requireNonNull(name, "name");
    this.qualifiers = qualifiers;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.value = value;
    this.note = note;
    this.surveyBase = surveyBase;
    this.demographicCount = demographicCount;
    this.counts = counts;
    if (name.isBlank()) {
      throw new IllegalArgumentException("indicator name must not be blank");
    }
    if (Double.isNaN(value) == (note == null)) {
      throw new IllegalArgumentException(
          "indicator " + label() + " must have either a value or a note");
    }
  }

  private static Indicator of(String name, IndicatorKind kind, double value, long surveyBase,
      long demographicCount, byte counts) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("indicator " + name + " must be finite: " + value);
    }
    return new Indicator(
        name, NO_QUALIFIERS, kind, value, null, surveyBase, demographicCount, counts);
  }

  private static Indicator of(String name, IndicatorKind kind, double value) {
    return of(name, kind, value, 0, 0, (byte) 0);
  }

  /**
   * A count.
   *
   * @param name the name, not blank
   * @param count the count, zero or more
   * @return the indicator, never null
   */
  public static Indicator count(String name, long count) {
    return of(name, IndicatorKind.COUNT, count);
  }

  /**
   * A share.
   *
   * @param name the name, not blank
   * @param share the share, in [0, 1]
   * @return the indicator, never null
   */
  public static Indicator share(String name, double share) {
    return of(name, IndicatorKind.SHARE, share);
  }

  /**
   * A number of days.
   *
   * @param name the name, not blank
   * @param days the days, finite
   * @return the indicator, never null
   */
  public static Indicator days(String name, double days) {
    return of(name, IndicatorKind.DAYS, days);
  }

  /**
   * A quantity of a resource.
   *
   * @param name the name, giving the unit, not blank
   * @param quantity the quantity, finite
   * @return the indicator, never null
   */
  public static Indicator quantity(String name, double quantity) {
    return of(name, IndicatorKind.QUANTITY, quantity);
  }

  /**
   * A statistic, correlation or index.
   *
   * @param name the name, not blank
   * @param value the value, finite
   * @return the indicator, never null
   */
  public static Indicator statistic(String name, double value) {
    return of(name, IndicatorKind.STATISTIC, value);
  }

  /**
   * A p-value.
   *
   * @param name the name, not blank
   * @param p the p-value, in [0, 1]
   * @return the indicator, never null
   */
  public static Indicator pValue(String name, double p) {
    return of(name, IndicatorKind.P_VALUE, p);
  }

  /**
   * A figure of a survey component — a proportion, an interval bound, an effective size —
   * with the unweighted base it rests on, so that published tables can suppress it when the base
   * is small.
   *
   * @param name the name, not blank
   * @param kind the kind, not null
   * @param value the value, finite
   * @param base the unweighted number of valid answers, one or more
   * @return the indicator, never null
   */
  public static Indicator survey(String name, IndicatorKind kind, double value, long base) {
    return of(name, kind, value, base, 0, SURVEY_BASE);
  }

  /**
   * A share of people that rests on a small demographic count — e.g. the not-stated rate of a
   * dimension, whose count is the number who did not state it — so that published tables can
   * withhold it when the count is from 1 to 4 (docs/spec/measures.md §1 disclosure control).
   *
   * @param name the name, not blank
   * @param share the share, finite
   * @param count the demographic count the share rests on, zero or more
   * @return the indicator, never null
   */
  public static Indicator demographicShare(String name, double share, long count) {
    return of(name, IndicatorKind.SHARE, share, 0, count, DEMOGRAPHIC_COUNT);
  }

  /**
   * A statistic about one demographic category — e.g. its representation ratio {@code r_c} —
   * that rests on the category's count, so that published tables can withhold it when the count
   * is from 1 to 4 (docs/spec/measures.md §1 disclosure control).
   *
   * @param name the name, not blank
   * @param value the value, finite
   * @param count the demographic count the statistic rests on, zero or more
   * @return the indicator, never null
   */
  public static Indicator demographicStatistic(String name, double value, long count) {
    return of(name, IndicatorKind.STATISTIC, value, 0, count, DEMOGRAPHIC_COUNT);
  }

  /**
   * A count of people — e.g. the participants of docs/spec/measures.md §10 — that published
   * tables treat as a demographic count: withheld when it is from 1 to 4 (§1 disclosure
   * control).
   *
   * @param name the name, not blank
   * @param count the number of people, zero or more
   * @return the indicator, never null
   */
  public static Indicator people(String name, long count) {
    return of(name, IndicatorKind.COUNT, count, 0, count, DEMOGRAPHIC_COUNT);
  }

  /**
   * A label.
   *
   * @param name the name, not blank
   * @param text the text, not blank
   * @return the indicator, never null
   */
  public static Indicator label(String name, String text) {
    return new Indicator(name, NO_QUALIFIERS, IndicatorKind.LABEL, Double.NaN,
        Objects.requireNonNull(text, "text"), 0, 0, (byte) 0);
  }

  /**
   * An indicator that cannot be computed.
   *
   * @param name the name, not blank
   * @param kind the kind it would have, not null
   * @param reason why it has no value, not blank
   * @return the indicator, never null
   */
  public static Indicator notAssessable(String name, IndicatorKind kind, String reason) {
    return new Indicator(name, NO_QUALIFIERS, kind, Double.NaN,
        Objects.requireNonNull(reason, "reason"), 0, 0, (byte) 0);
  }

  /**
   * The name of the figure, without its qualifiers: {@code R}, {@code respondingShare}.
   *
   * @return the name, never blank; unique within a result together with {@link #qualifiers()}
   */
  public String name() {
    return name;
  }

  /**
   * What the figure is about, in order: qualifier name to value, e.g. {@code dimension} →
   * {@code ETHNICITY}, {@code category} → {@code BLACK}.
   *
   * <p>The indicator keeps its qualifiers in one small array; each call makes a read-only map of
   * them (the empty map is shared), so hold on to it rather than calling this in a loop.
   *
   * @return the qualifiers in order, read-only, empty for a figure of the whole result, never null
   */
  public Map<String, String> qualifiers() {
    switch (qualifiers.length) {
      case 0:
        return Collections.emptyMap();
      case 2:
        return Collections.singletonMap(qualifiers[0], qualifiers[1]);
      default:
        Map<String, String> out = new LinkedHashMap<>(qualifiers.length);
        for (int i = 0; i < qualifiers.length; i += 2) {
          out.put(qualifiers[i], qualifiers[i + 1]);
        }
        return Collections.unmodifiableMap(out);
    }
  }

  /**
   * Returns this indicator with one more qualifier, after those it has.
   *
   * @param qualifier the qualifier's name, e.g. {@code dimension}, not blank
   * @param value its value, e.g. {@code ETHNICITY}, not null
   * @return the qualified indicator, never null
   * @throws IllegalArgumentException if the indicator already has that qualifier, or its name is
   *     blank
   * @throws NullPointerException if {@code qualifier} or {@code value} is null
   */
  public Indicator with(String qualifier, String value) {
    Objects.requireNonNull(qualifier, "qualifier");
    if (qualifier.isBlank()) {
      throw new IllegalArgumentException(
          "indicator " + name + " qualifier name must not be blank: " + qualifier + "=" + value);
    }
    for (int i = 0; i < qualifiers.length; i += 2) {
      if (qualifiers[i].equals(qualifier)) {
        throw new IllegalArgumentException(
            "indicator " + label() + " already has qualifier " + qualifier);
      }
    }
    Objects.requireNonNull(value, "value");
    String[] more = Arrays.copyOf(qualifiers, qualifiers.length + 2);
    more[qualifiers.length] = qualifier;
    more[qualifiers.length + 1] = value;
    return new Indicator(
        name, more, kind, this.value, note, surveyBase, demographicCount, counts);
  }

  /**
   * The label for people: the name, then the qualifiers' values in brackets, separated by
   * {@code /}.
   *
   * @return e.g. {@code recorded}, {@code R[ETHNICITY]} or {@code r[ETHNICITY/BLACK]}
   */
  public String label() {
    if (qualifiers.length == 0) {
      return name;
    }
    StringBuilder out = new StringBuilder(name).append('[');
    for (int i = 1; i < qualifiers.length; i += 2) {
      out.append(i == 1 ? "" : "/").append(qualifiers[i]);
    }
    return out.append(']').toString();
  }

  /**
   * Whether this indicator has the key {@code name} with exactly {@code qualifiers}.
   *
   * @param name the name, not null
   * @param qualifiers qualifier names and values, alternating, in order, e.g.
   *     {@code "dimension", "ETHNICITY"}
   * @return true when the name and every qualifier, in order, are equal
   * @throws IllegalArgumentException if {@code qualifiers} has an odd length
   */
  public boolean hasKey(String name, String... qualifiers) {
    if (qualifiers.length % 2 != 0) {
      throw new IllegalArgumentException("qualifiers come in name/value pairs");
    }
    return this.name.equals(name) && Arrays.equals(this.qualifiers, qualifiers);
  }

  /**
   * What the value is.
   *
   * @return the kind, never null
   */
  public IndicatorKind kind() {
    return kind;
  }

  /** {@return the value; empty for a label or when not assessable} */
  public OptionalDouble value() {
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * A label's text, or why the value is absent.
   *
   * @return the note, empty for a numeric value
   */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /**
   * The unweighted survey base of a survey figure.
   *
   * @return the base; empty for figures that do not come from survey answers
   */
  public OptionalLong surveyBase() {
    return (counts & SURVEY_BASE) == 0 ? OptionalLong.empty() : OptionalLong.of(surveyBase);
  }

  /**
   * The demographic count a share of people rests on.
   *
   * @return the count; empty for figures that do not rest on a count of people in a category
   */
  public OptionalLong demographicCount() {
    return (counts & DEMOGRAPHIC_COUNT) == 0
        ? OptionalLong.empty()
        : OptionalLong.of(demographicCount);
  }

  /**
   * Whether a published table withholds this indicator under {@code control}: a survey figure
   * on too small a base, or a share resting on a demographic count from 1 to 4.
   *
   * @param control the disclosure policy, not null
   * @return true when the value must not be published
   */
  public boolean withheldBy(DisclosureControl control) {
    return ((counts & SURVEY_BASE) != 0 && control.suppresses(surveyBase))
        || ((counts & DEMOGRAPHIC_COUNT) != 0 && control.suppressesCount(demographicCount));
  }

  /**
   * Whether the indicator has a numeric value.
   *
   * @return true when {@link #value()} is present
   */
  public boolean isAssessable() {
    return !Double.isNaN(value) || kind == IndicatorKind.LABEL;
  }

  /**
   * Formats the value for people: counts as whole numbers, shares and p-values to four
   * decimals, days to one, statistics to four.
   *
   * @return e.g. {@code "15"}, {@code "0.8125"}, {@code "14.5"}, or the note
   */
  public String formattedValue() {
    if (value().isEmpty()) {
      return kind() == IndicatorKind.LABEL ? note().orElse("") : "n/a (" + note().orElse("") + ")";
    }
    double v = value().getAsDouble();
    switch (kind()) {
      case COUNT:
        return Long.toString(Math.round(v));
      case DAYS:
        return String.format(Locale.ROOT, "%.1f", v);
      case QUANTITY:
        return v == Math.rint(v) && Math.abs(v) < 1e15
            ? Long.toString((long) v)
            : String.format(Locale.ROOT, "%.2f", v);
      default:
        return String.format(Locale.ROOT, "%.4f", v);
    }
  }

  /**
   * Whether {@code other} is an indicator with the same name, qualifiers in order, kind, value,
   * note and counts.
   *
   * @param other the object to compare with, may be null
   * @return true when equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return this == other
        || (other instanceof Indicator that
            && name.equals(that.name)
            && Arrays.equals(qualifiers, that.qualifiers)
            && kind == that.kind
            && Double.doubleToLongBits(value) == Double.doubleToLongBits(that.value)
            && Objects.equals(note, that.note)
            && counts == that.counts
            && surveyBase == that.surveyBase
            && demographicCount == that.demographicCount);
  }

  @Override
  public int hashCode() {
    int h = name.hashCode();
    h = 31 * h + Arrays.hashCode(qualifiers);
    h = 31 * h + kind.hashCode();
    h = 31 * h + Double.hashCode(value);
    h = 31 * h + Objects.hashCode(note);
    h = 31 * h + Long.hashCode(surveyBase);
    h = 31 * h + Long.hashCode(demographicCount);
    return 31 * h + counts;
  }

  /**
   * Returns the label and formatted value.
   *
   * @return e.g. {@code recorded=15} or {@code medianDaysToDecision=n/a (no recorded input)}
   */
  @Override
  public String toString() {
    return label() + "=" + formattedValue();
  }
}
