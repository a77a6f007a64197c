package org.engagement.measures;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.measures.stats.ProportionChange;
import org.engagement.measures.stats.WeightedProportion;
import org.immutables.value.Value;

/**
 * A ratio measure compared between two disjoint populations (docs/spec/measures.md §11): the
 * same area in two periods that do not overlap, two areas neither of which contains the other,
 * or an area against <b>the rest of</b> an ancestor. The test is the change test of §1 with
 * {@code p = numerator / denominator} and {@code n = n_eff = denominator}: the difference
 * {@code d = p_B − p_A}, its Newcombe interval, the z-test and the minimum detectable difference.
 *
 * <pre>{@code
 * Comparison c = Comparison.againstRestOf(m1, data,
 *     Scope.of(wardA, Period.financialYear(2012)), borough);
 * c.verdict();             // ABOVE, BELOW or NO_SIGNIFICANT_DIFFERENCE
 * c.change().get().interval();
 * }</pre>
 *
 * <p>Any measure whose results carry a numerator and a denominator compares this way (M1, M2,
 * M4, A1, A2 and later ratio measures); M3 and M5 have none and are refused. Survey figures
 * compare by {@link org.engagement.measures.survey.SurveyAnalysis#change} with their own
 * weighted {@code p} and {@code n_eff}, by the same {@link ProportionChange}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Comparison {

  Comparison() {}

  /**
   * Compares two populations whose counts are known; the caller vouches that they are disjoint.
   *
   * @param measure the measure's code, not blank
   * @param title the measure's title, not blank
   * @param a population A, the baseline, not null
   * @param b population B, compared with A, not null
   * @return the comparison; NOT_ASSESSABLE when a denominator is 0, never null
   */
  public static Comparison of(String measure, String title, ComparisonSide a, ComparisonSide b) {
    ImmutableComparison.Builder out =
        ImmutableComparison.builder().measure(measure).title(title).a(a).b(b);
    if (a.denominator() == 0 || b.denominator() == 0) {
      String empty = a.denominator() == 0 ? a.label() : b.label();
      return out.verdict(ComparisonVerdict.NOT_ASSESSABLE)
          .reason("no records to compare in " + empty + " (denominator 0)")
          .build();
    }
    ProportionChange change =
        ProportionChange.between(
            WeightedProportion.unweighted(a.numerator(), a.denominator()),
            WeightedProportion.unweighted(b.numerator(), b.denominator()));
    ComparisonVerdict verdict =
        switch (change.verdict()) {
          case INCREASE -> ComparisonVerdict.ABOVE;
          case DECREASE -> ComparisonVerdict.BELOW;
          case NO_SIGNIFICANT_CHANGE -> ComparisonVerdict.NO_SIGNIFICANT_DIFFERENCE;
        };
    return out.change(change).verdict(verdict).build();
  }

  /**
   * Compares two results of the same ratio measure; the caller vouches that their populations
   * are disjoint ({@link #between} checks it).
   *
   * @param a the result of population A, the baseline, not null
   * @param b the result of population B, not null
   * @return the comparison, never null
   * @throws IllegalArgumentException if the results are of different measures or either lacks a
   *     numerator and denominator
   */
  public static Comparison of(MeasureResult a, MeasureResult b) {
    if (!a.measure().equals(b.measure())) {
      throw new IllegalArgumentException(
          "cannot compare two measures: " + a.measure() + " with " + b.measure());
    }
    return of(a.measure(), a.title(), side(label(a.scope()), a), side(label(b.scope()), b));
  }

  /**
   * Compares a ratio measure between two disjoint scopes: the same area in two periods that do
   * not overlap, or two areas neither of which contains the other.
   *
   * @param measure a ratio measure, not null
   * @param data the dataset, not null
   * @param a scope A, the baseline, not null
   * @param b scope B, not null
   * @return the comparison, never null
   * @throws IllegalArgumentException if the scopes' populations overlap (one area contains the
   *     other and the periods overlap), or the measure is not a ratio measure
   */
  public static Comparison between(
      Measure<?> measure, EngagementDataset data, Scope a, Scope b) {
    boolean nested =
        data.isWithin(a.area(), b.area()) || data.isWithin(b.area(), a.area());
    if (nested && overlap(a.period(), b.period())) {
      throw new IllegalArgumentException(
          "populations overlap: " + label(a) + " and " + label(b)
              + " (one area contains the other and the periods overlap)");
    }
    return of(measure.evaluate(data, a), measure.evaluate(data, b));
  }

  /**
   * Compares an area with the rest of an ancestor over the same period: population B is the
   * area's subtree, population A the ancestor's subtree without it. The rest's figure comes from
   * the measure's partial over the rest's areas, so by the merge law both populations' counts add
   * up to the ancestor's.
   *
   * @param measure a ratio measure, not null
   * @param data the dataset, not null
   * @param scope the area's scope, not null
   * @param ancestor an area strictly above the scope's area, not null
   * @return the comparison, never null
   * @throws IllegalArgumentException if {@code ancestor} does not strictly contain the scope's
   *     area (the populations would overlap), or the measure is not a ratio measure
   */
  public static Comparison againstRestOf(
      Measure<?> measure, EngagementDataset data, Scope scope, AreaId ancestor) {
    if (ancestor.equals(scope.area()) || !data.isWithin(scope.area(), ancestor)) {
      throw new IllegalArgumentException(
          "populations overlap: " + scope.area() + " and the rest of " + ancestor + " ("
              + ancestor + " must lie strictly above " + scope.area() + ")");
    }
    Set<AreaId> rest = new LinkedHashSet<>(data.subtree(ancestor));
    rest.removeAll(data.subtree(scope.area()));
    Scope restScope = Scope.builder().from(scope).area(ancestor).build();
    MeasureResult area = measure.evaluate(data, scope);
    MeasureResult others = partialResult(measure, data, restScope, rest);
    return of(
        area.measure(),
        area.title(),
        side(restLabel(ancestor, scope), others),
        side(label(scope), area));
  }

  private static <P extends MeasurePartial<P>> MeasureResult partialResult(
      Measure<P> measure, EngagementDataset data, Scope scope, Set<AreaId> areas) {
    return measure.result(data, scope, measure.partial(data, scope, areas));
  }

  static ComparisonSide side(String label, MeasureResult result) {
    if (result.numerator().isEmpty() || result.denominator().isEmpty()) {
      throw new IllegalArgumentException(
          result.measure() + " is not a ratio measure: its results have no numerator and"
              + " denominator to compare");
    }
    return ComparisonSide.of(
        label, result.scope(), result.numerator().getAsLong(), result.denominator().getAsLong());
  }

  static String label(Scope scope) {
    return scope.area() + " " + scope.period();
  }

  static String restLabel(AreaId ancestor, Scope scope) {
    return "rest of " + ancestor + " without " + scope.area() + " " + scope.period();
  }

  private static boolean overlap(Period a, Period b) {
    LocalDate latestStart = a.from().isAfter(b.from()) ? a.from() : b.from();
    LocalDate earliestEnd = a.to().isBefore(b.to()) ? a.to() : b.to();
    return !latestStart.isAfter(earliestEnd);
  }

  /** {@return the measure's code, e.g. {@code "M1"}} */
  public abstract String measure();

  /** {@return the measure's title} */
  public abstract String title();

  /** {@return population A, the baseline (for an area against the rest, the rest), never null} */
  public abstract ComparisonSide a();

  /** {@return population B, compared with A (the area), never null} */
  public abstract ComparisonSide b();

  /**
   * The change test from A to B: {@code d = p_B − p_A}, Newcombe's interval, z-test and MDD.
   *
   * @return the change, empty when NOT_ASSESSABLE
   */
  public abstract Optional<ProportionChange> change();

  /** {@return ABOVE, BELOW, NO_SIGNIFICANT_DIFFERENCE or NOT_ASSESSABLE} */
  public abstract ComparisonVerdict verdict();

  /** {@return why the comparison is NOT_ASSESSABLE; empty otherwise} */
  public abstract Optional<String> reason();

  /** {@return whether B differs significantly from A (ABOVE or BELOW)} */
  public boolean isSignificant() {
    return verdict() == ComparisonVerdict.ABOVE || verdict() == ComparisonVerdict.BELOW;
  }

  @Value.Check
  void check() {
    if (measure().isBlank() || title().isBlank()) {
      throw new IllegalArgumentException("a comparison needs a measure code and title");
    }
    if (change().isPresent() == (verdict() == ComparisonVerdict.NOT_ASSESSABLE)) {
      throw new IllegalArgumentException(
          "a comparison has a change exactly when it is assessable: " + verdict());
    }
  }

  /**
   * Returns the measure, both populations and the verdict, without disclosure control.
   *
   * @return e.g. four lines: the measure, A, B, and the difference with its interval and verdict
   */
  @Override
  public String toString() {
    String head = measure() + " " + title() + "\n  A " + a() + "\n  B " + b() + "\n  ";
    return head
        + change()
            .map(c -> String.format(Locale.ROOT, "B − A %+.4f %s %s z=%.2f p=%.4f MDD=%.4f",
                c.difference(), c.interval(), verdict(), c.z(), c.pValue(),
                c.minimumDetectableDifference()))
            .orElse("NOT_ASSESSABLE: " + reason().orElse(""));
  }
}
