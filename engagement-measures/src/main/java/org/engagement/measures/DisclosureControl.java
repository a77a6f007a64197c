package org.engagement.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import org.immutables.value.Value;

/**
 * Disclosure control for published tables (docs/spec/measures.md §1): the Markdown and CSV
 * renderings apply it by default; the values the API returns and {@code toString} (the analyst's
 * own console view) never do.
 *
 * <pre>{@code
 * DisclosureControl.standard();      // survey figures on fewer than 30 answers are SUPPRESSED
 * DisclosureControl.none();          // publish everything (an internal working table)
 * DisclosureControl.of(50);          // a stricter threshold
 * DisclosureControl.of(50, 10);      // and demographic counts below 10 shown as "<10"
 * }</pre>
 *
 * <p>A survey figure whose unweighted base is below {@link #surveyMinimumBase()} is suppressed:
 * its value is withheld and its base shown. Secondary suppression: when exactly one cell of a
 * breakdown that also shows its total is suppressed, the unsuppressed cell with the smallest
 * non-zero base (ties: the first) is suppressed too, so that no suppressed value can be
 * recovered by subtraction. A demographic category count from 1 to
 * {@code demographicMinimumCount − 1} (1 to 4 by default) is suppressed likewise: shown as
 * {@code <5}, its share withheld, with the same secondary rule. The default thresholds are
 * conventions of this SDK.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class DisclosureControl {

  /** The default smallest unweighted base of a published survey figure. */
  public static final long SURVEY_MINIMUM_BASE = 30;

  /** The default smallest published demographic category count: 1 to 4 are shown as {@code <5}. */
  public static final long DEMOGRAPHIC_MINIMUM_COUNT = 5;

  private static final DisclosureControl STANDARD = of(SURVEY_MINIMUM_BASE);
  private static final DisclosureControl NONE = of(0, 0);

  DisclosureControl() {}

  /**
   * The default: survey figures on fewer than 30 valid answers are suppressed.
   *
   * @return the control, never null
   */
  public static DisclosureControl standard() {
    return STANDARD;
  }

  /**
   * No suppression, for internal working tables.
   *
   * @return the control, never null
   */
  public static DisclosureControl none() {
    return NONE;
  }

  /**
   * A control with another survey threshold and the default demographic count threshold (5).
   *
   * @param surveyMinimumBase the smallest unweighted base published, zero or more
   * @return the control, never null
   */
  public static DisclosureControl of(long surveyMinimumBase) {
    return of(surveyMinimumBase, DEMOGRAPHIC_MINIMUM_COUNT);
  }

  /**
   * A control with both thresholds.
   *
   * @param surveyMinimumBase the smallest unweighted base published, zero or more
   * @param demographicMinimumCount the smallest demographic category count published, zero or
   *     more; smaller non-zero counts are shown as {@code <demographicMinimumCount}
   * @return the control, never null
   */
  public static DisclosureControl of(long surveyMinimumBase, long demographicMinimumCount) {
    return ImmutableDisclosureControl.of(surveyMinimumBase, demographicMinimumCount);
  }

  /**
   * The smallest unweighted base of a published survey figure.
   *
   * @return zero or more
   */
  @Value.Parameter
  public abstract long surveyMinimumBase();

  /**
   * The smallest published demographic category count.
   *
   * @return zero or more
   */
  @Value.Parameter
  public abstract long demographicMinimumCount();

  /**
   * Whether a demographic category count is withheld (shown as {@code <5} by default).
   *
   * @param count the count, zero or more; 0 is published
   * @return true when {@code 0 < count < demographicMinimumCount}
   */
  public boolean suppressesCount(long count) {
    return count > 0 && count < demographicMinimumCount();
  }

  /**
   * Suppression of the category counts of one demographic breakdown, primary and secondary,
   * by the same rule as {@link #suppress(List, boolean)}.
   *
   * @param counts the count of each category, in display order, zero or more each
   * @param totalShown whether the breakdown's total is published beside it
   * @return one suppression per count, never null
   */
  public List<Suppression> suppressCounts(List<Long> counts, boolean totalShown) {
    return suppress(counts, totalShown, this::suppressesCount);
  }

  /**
   * Whether the headline figure of one result is withheld when published: a survey figure (base
   * kind {@link BaseKind#SURVEY_ANSWERS}) on an unweighted base below the minimum, or a figure
   * about people (base kind {@link BaseKind#PARTICIPANTS}) whose base or numerator is a count
   * that {@link #suppressesCount} withholds. Ratio measures and M3 below their rating's minimum
   * base are shown, rated INSUFFICIENT_DATA.
   *
   * <pre>{@code
   * DisclosureControl.standard().withholds(m5);   // true when m5 rests on 1 to 29 answers
   * }</pre>
   *
   * @param result the result, not null
   * @return true when the published tables show it as SUPPRESSED
   */
  public boolean withholds(MeasureResult result) {
    if (!result.isScored()) {
      return false;
    }
    if (result.baseKind() == BaseKind.PARTICIPANTS) {
      return suppressesCount(result.base())
          || (result.numerator().isPresent() && suppressesCount(result.numerator().getAsLong()));
    }
    return result.baseKind() == BaseKind.SURVEY_ANSWERS && suppresses(result.base());
  }

  /**
   * Whether a survey figure on this base is withheld.
   *
   * @param base the unweighted base, zero or more; 0 means there is no figure to withhold
   * @return true when {@code 0 < base < surveyMinimumBase}
   */
  public boolean suppresses(long base) {
    return base > 0 && base < surveyMinimumBase();
  }

  /**
   * Suppression of the cells of one survey breakdown, primary and secondary.
   *
   * @param bases the unweighted base of each cell, in display order; 0 for a cell without a
   *     figure
   * @param totalShown whether the breakdown's total is published beside it
   * @return one suppression per cell, never null
   */
  public List<Suppression> suppress(List<Long> bases, boolean totalShown) {
    return suppress(bases, totalShown, this::suppresses);
  }

  private static List<Suppression> suppress(
      List<Long> bases, boolean totalShown, LongPredicate suppresses) {
    List<Suppression> out = new ArrayList<>();
    int primary = 0;
    for (long base : bases) {
      boolean withheld = suppresses.test(base);
      out.add(withheld ? Suppression.PRIMARY : Suppression.NONE);
      primary += withheld ? 1 : 0;
    }
    if (totalShown && primary == 1) {
      int smallest = -1;
      for (int i = 0; i < bases.size(); i++) {
        if (out.get(i) == Suppression.NONE
            && bases.get(i) > 0
            && (smallest < 0 || bases.get(i) < bases.get(smallest))) {
          smallest = i;
        }
      }
      if (smallest >= 0) {
        out.set(smallest, Suppression.SECONDARY);
      }
    }
    return out;
  }

  @Value.Check
  void check() {
    if (surveyMinimumBase() < 0) {
      throw new IllegalArgumentException(
          "survey minimum base must not be negative: " + surveyMinimumBase());
    }
    if (demographicMinimumCount() < 0) {
      throw new IllegalArgumentException(
          "demographic minimum count must not be negative: " + demographicMinimumCount());
    }
  }

  /**
   * Returns the thresholds.
   *
   * @return e.g. {@code DisclosureControl{survey base ≥ 30, demographic count ≥ 5}}
   */
  @Override
  public String toString() {
    return "DisclosureControl{survey base ≥ " + surveyMinimumBase()
        + ", demographic count ≥ " + demographicMinimumCount() + "}";
  }
}
