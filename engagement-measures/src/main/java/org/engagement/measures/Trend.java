package org.engagement.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.measures.stats.CochranArmitage;
import org.engagement.measures.stats.TrendVerdict;
import org.immutables.value.Value;

/**
 * A ratio measure over k ≥ 3 consecutive, non-overlapping periods of one area, and the
 * Cochran–Armitage test for a linear trend with period scores {@code 1..k}
 * (docs/spec/measures.md §11).
 *
 * <pre>{@code
 * List<Period> years = List.of(Period.financialYear(2010), Period.financialYear(2011),
 *     Period.financialYear(2012));
 * Trend t = Trend.of(m1, data, borough, years);
 * t.points();    // each period's figure with its Wilson interval
 * t.verdict();   // RISING, FALLING, NO_SIGNIFICANT_TREND or NOT_ASSESSABLE
 * }</pre>
 *
 * <p>Periods whose denominator is 0 are listed among the {@link #points()} and left out of the
 * test; the periods left are scored {@code 1..k} in order. With fewer than 3 left the trend is
 * NOT_ASSESSABLE with the reason.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Trend {

  /** The fewest periods with records that a trend is tested on. */
  public static final int MINIMUM_PERIODS = 3;

  Trend() {}

  /**
   * Evaluates a ratio measure for an area in each period and tests the trend.
   *
   * @param measure a ratio measure, not null
   * @param data the dataset, not null
   * @param area the area, not null
   * @param periods the periods in time order, each ending before the next starts, not null
   * @return the trend, never null
   * @throws IllegalArgumentException if the periods are out of order or overlap, fewer than three
   *     are given, or the measure is not a ratio measure
   */
  public static Trend of(
      Measure<?> measure, EngagementDataset data, AreaId area, List<Period> periods) {
    checkPeriods(periods);
    List<TrendPoint> points = new ArrayList<>();
    String title = measure.title();
    for (Period period : periods) {
      MeasureResult result = measure.evaluate(data, Scope.of(area, period));
      ComparisonSide side = Comparison.side(Comparison.label(result.scope()), result);
      points.add(TrendPoint.of(period, side.numerator(), side.denominator()));
      title = result.title();
    }
    return of(measure.code(), title, area, points);
  }

  /**
   * Tests the trend of given period counts.
   *
   * @param measure the measure's code, not blank
   * @param title the measure's title, not blank
   * @param area the area, not null
   * @param points the periods' counts in time order, each period ending before the next starts,
   *     at least three, not null
   * @return the trend, never null
   * @throws IllegalArgumentException if the periods are out of order or overlap, or fewer than
   *     three are given
   */
  public static Trend of(String measure, String title, AreaId area, List<TrendPoint> points) {
    checkPeriods(points.stream().map(TrendPoint::period).toList());
    ImmutableTrend.Builder out =
        ImmutableTrend.builder().measure(measure).title(title).area(area).points(points);
    List<TrendPoint> kept = points.stream().filter(p -> p.denominator() > 0).toList();
    if (kept.size() < MINIMUM_PERIODS) {
      return out.verdict(TrendVerdict.NOT_ASSESSABLE)
          .reason("a trend needs " + MINIMUM_PERIODS + " periods with records: "
              + kept.size() + " of " + points.size() + " have a denominator above 0")
          .build();
    }
    CochranArmitage test =
        CochranArmitage.linear(
            kept.stream().map(p -> (double) p.numerator()).toList(),
            kept.stream().map(p -> (double) p.denominator()).toList());
    return out.test(test).verdict(test.verdict()).build();
  }

  private static void checkPeriods(List<Period> periods) {
    if (periods.size() < MINIMUM_PERIODS) {
      throw new IllegalArgumentException(
          "a trend needs at least " + MINIMUM_PERIODS + " periods: " + periods.size() + " given");
    }
    for (int i = 1; i < periods.size(); i++) {
      if (!periods.get(i - 1).to().isBefore(periods.get(i).from())) {
        throw new IllegalArgumentException("periods must be in time order and must not overlap: "
            + periods.get(i - 1) + " then " + periods.get(i));
      }
    }
  }

  /** {@return the measure's code, e.g. {@code "M1"}} */
  public abstract String measure();

  /** {@return the measure's title} */
  public abstract String title();

  /** {@return the area, never null} */
  public abstract AreaId area();

  /** {@return every period's counts in time order, those left out included, never null} */
  public abstract List<TrendPoint> points();

  /** {@return the periods left out of the test because their denominator is 0, in order} */
  public List<Period> leftOut() {
    return points().stream().filter(p -> p.denominator() == 0).map(TrendPoint::period).toList();
  }

  /**
   * The Cochran–Armitage test over the periods with records, scored {@code 1..k}.
   *
   * @return the test, empty when NOT_ASSESSABLE
   */
  public abstract Optional<CochranArmitage> test();

  /** {@return RISING, FALLING, NO_SIGNIFICANT_TREND or NOT_ASSESSABLE} */
  public abstract TrendVerdict verdict();

  /** {@return why the trend is NOT_ASSESSABLE; empty otherwise} */
  public abstract Optional<String> reason();

  @Value.Check
  void check() {
    if (test().isPresent() == (verdict() == TrendVerdict.NOT_ASSESSABLE)) {
      throw new IllegalArgumentException(
          "a trend has a test exactly when it is assessable: " + verdict());
    }
  }

  /**
   * Returns the measure, one line per period and the test, without disclosure control.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append(measure()).append(' ').append(title()).append(" — ").append(area()).append(" trend");
    points().forEach(p -> out.append("\n  ").append(p));
    out.append("\n  ").append(test().map(Object::toString)
        .orElse("NOT_ASSESSABLE: " + reason().orElse("")));
    return out.toString();
  }
}
