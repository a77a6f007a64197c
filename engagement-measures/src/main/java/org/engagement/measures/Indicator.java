package org.engagement.measures;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;

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
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator {

  Indicator() {}

  private static Indicator of(String name, IndicatorKind kind, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("indicator " + name + " must be finite: " + value);
    }
    return ImmutableIndicator.builder().name(name).kind(kind).value(value).build();
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
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("indicator " + name + " must be finite: " + value);
    }
    return ImmutableIndicator.builder().name(name).kind(kind).value(value).surveyBase(base).build();
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
    if (!Double.isFinite(share)) {
      throw new IllegalArgumentException("indicator " + name + " must be finite: " + share);
    }
    return ImmutableIndicator.builder().name(name).kind(IndicatorKind.SHARE).value(share)
        .demographicCount(count).build();
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
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("indicator " + name + " must be finite: " + value);
    }
    return ImmutableIndicator.builder().name(name).kind(IndicatorKind.STATISTIC).value(value)
        .demographicCount(count).build();
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
    return ImmutableIndicator.builder().name(name).kind(IndicatorKind.COUNT).value(count)
        .demographicCount(count).build();
  }

  /**
   * A label.
   *
   * @param name the name, not blank
   * @param text the text, not blank
   * @return the indicator, never null
   */
  public static Indicator label(String name, String text) {
    return ImmutableIndicator.builder().name(name).kind(IndicatorKind.LABEL).note(text).build();
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
    return ImmutableIndicator.builder().name(name).kind(kind).note(reason).build();
  }

  /**
   * The name of the figure, without its qualifiers: {@code R}, {@code respondingShare}.
   *
   * @return the name, never blank; unique within a result together with {@link #qualifiers()}
   */
  public abstract String name();

  /**
   * What the figure is about, in order: qualifier name to value, e.g. {@code dimension} →
   * {@code ETHNICITY}, {@code category} → {@code BLACK}.
   *
   * @return the qualifiers in order, empty for a figure of the whole result, never null
   */
  public abstract Map<String, String> qualifiers();

  /**
   * Returns this indicator with one more qualifier, after those it has.
   *
   * @param qualifier the qualifier's name, e.g. {@code dimension}, not blank
   * @param value its value, e.g. {@code ETHNICITY}, not null
   * @return the qualified indicator, never null
   * @throws IllegalArgumentException if the indicator already has that qualifier, or its name is
   *     blank
   */
  public Indicator with(String qualifier, String value) {
    Map<String, String> more;
    if (qualifiers().isEmpty()) {
      more = Collections.singletonMap(qualifier, value);
    } else if (qualifiers().containsKey(qualifier)) {
      throw new IllegalArgumentException(
          "indicator " + label() + " already has qualifier " + qualifier);
    } else {
      more = new LinkedHashMap<>(qualifiers());
      more.put(qualifier, value);
    }
    return this instanceof ImmutableIndicator immutable
        ? immutable.withQualifiers(more)
        : ImmutableIndicator.builder().from(this).qualifiers(more).build();
  }

  /**
   * The label for people: the name, then the qualifiers' values in brackets, separated by
   * {@code /}.
   *
   * @return e.g. {@code recorded}, {@code R[ETHNICITY]} or {@code r[ETHNICITY/BLACK]}
   */
  public String label() {
    return qualifiers().isEmpty() ? name() : name() + "[" + String.join("/", qualifiers().values()) + "]";
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
    if (!name().equals(name) || qualifiers().size() != qualifiers.length / 2) {
      return false;
    }
    int i = 0;
    for (Map.Entry<String, String> entry : qualifiers().entrySet()) {
      if (!entry.getKey().equals(qualifiers[i]) || !Objects.equals(entry.getValue(), qualifiers[i + 1])) {
        return false;
      }
      i += 2;
    }
    return true;
  }

  /**
   * What the value is.
   *
   * @return the kind, never null
   */
  public abstract IndicatorKind kind();

  /** {@return the value; empty for a label or when not assessable} */
  public abstract OptionalDouble value();

  /**
   * A label's text, or why the value is absent.
   *
   * @return the note, empty for a numeric value
   */
  public abstract Optional<String> note();

  /**
   * The unweighted survey base of a survey figure.
   *
   * @return the base; empty for figures that do not come from survey answers
   */
  public abstract OptionalLong surveyBase();

  /**
   * The demographic count a share of people rests on.
   *
   * @return the count; empty for figures that do not rest on a count of people in a category
   */
  public abstract OptionalLong demographicCount();

  /**
   * Whether a published table withholds this indicator under {@code control}: a survey figure
   * on too small a base, or a share resting on a demographic count from 1 to 4.
   *
   * @param control the disclosure policy, not null
   * @return true when the value must not be published
   */
  public boolean withheldBy(DisclosureControl control) {
    return (surveyBase().isPresent() && control.suppresses(surveyBase().getAsLong()))
        || (demographicCount().isPresent() && control.suppressesCount(demographicCount().getAsLong()));
  }

  /**
   * Whether the indicator has a numeric value.
   *
   * @return true when {@link #value()} is present
   */
  public boolean isAssessable() {
    return value().isPresent() || kind() == IndicatorKind.LABEL;
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("indicator name must not be blank");
    }
    Map<String, String> qualifiers = qualifiers();
    if (!qualifiers.isEmpty()) {
      for (String qualifier : qualifiers.keySet()) {
        if (qualifier.isBlank()) {
          throw new IllegalArgumentException("indicator " + name()
              + " qualifier name must not be blank: " + qualifier + "=" + qualifiers.get(qualifier));
        }
      }
    }
    if (value().isPresent() == note().isPresent()) {
      throw new IllegalArgumentException(
          "indicator " + label() + " must have either a value or a note");
    }
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
   * Returns the label and formatted value.
   *
   * @return e.g. {@code recorded=15} or {@code medianDaysToDecision=n/a (no recorded input)}
   */
  @Override
  public String toString() {
    return label() + "=" + formattedValue();
  }
}
