package org.engagement.measures.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.engagement.core.Scope;
import org.engagement.core.SurveyId;
import org.engagement.measures.CsvTables;
import org.engagement.measures.DisclosureControl;
import org.engagement.measures.MarkdownTables;
import org.engagement.measures.Suppression;
import org.engagement.measures.stats.ChangeVerdict;
import org.engagement.measures.stats.ProportionChange;
import org.engagement.measures.stats.WeightedProportion;

/**
 * Published tables of survey figures — estimates, comparative breakdowns and changes — in
 * Markdown and CSV, with disclosure control applied ({@link DisclosureControl#standard()} unless
 * told otherwise; docs/spec/measures.md §1).
 *
 * <pre>{@code
 * String md = SurveyTables.markdown(breakdown);
 * // #### Ethnicity
 * // | Group | Proportion | 95% interval | Base | Gap to overall | Versus the rest |
 * // | Black, ... | SUPPRESSED | | 12 | | |
 * // | Mixed or Multiple ethnic groups | SUPPRESSED | | <5 | | |
 * }</pre>
 *
 * <p>In a breakdown, each dimension is one breakdown whose total (the overall figure and base)
 * is shown beside it: a group figure on an unweighted base below the survey threshold is
 * withheld with its base shown; a group base from 1 to below the demographic count threshold is
 * shown as {@code <5} with its figure withheld; and when exactly one cell of either kind is
 * withheld, the smallest other non-zero cell is withheld too (secondary suppression). A withheld
 * figure takes its interval, gap and comparison with the rest with it. A change is withheld when
 * either side's figure is. Each table ends with a statement of what was suppressed.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SurveyTables {

  private static final String WITHHELD = "SUPPRESSED";

  private SurveyTables() {}

  /**
   * The suppression of the figures of one dimension's groups, in row order: PRIMARY for a base
   * below the survey threshold or a count below the demographic threshold, SECONDARY for a
   * figure withheld by the secondary rule of either kind.
   *
   * @param breakdown the breakdown, not null
   * @param dimension one of its dimensions, not null
   * @param control the disclosure control, not null
   * @return one suppression per group, never null
   */
  public static List<Suppression> figureSuppression(
      SurveyBreakdown breakdown, DimensionBreakdown dimension, DisclosureControl control) {
    List<Long> bases = bases(dimension);
    List<Suppression> figures = control.suppress(bases, !overallWithheld(breakdown.overall(), control));
    List<Suppression> counts = countSuppression(breakdown, dimension, control);
    List<Suppression> out = new ArrayList<>();
    for (int i = 0; i < bases.size(); i++) {
      Suppression figure = figures.get(i);
      Suppression count = counts.get(i);
      out.add(
          figure == Suppression.PRIMARY || count == Suppression.PRIMARY
              ? Suppression.PRIMARY
              : figure == Suppression.SECONDARY || count == Suppression.SECONDARY
                  ? Suppression.SECONDARY
                  : Suppression.NONE);
    }
    return out;
  }

  /**
   * The suppression of the bases (demographic category counts) of one dimension's groups, in
   * row order, the overall base being the breakdown's total.
   *
   * @param breakdown the breakdown, not null
   * @param dimension one of its dimensions, not null
   * @param control the disclosure control, not null
   * @return one suppression per group, never null
   */
  public static List<Suppression> countSuppression(
      SurveyBreakdown breakdown, DimensionBreakdown dimension, DisclosureControl control) {
    return control.suppressCounts(bases(dimension), !control.suppressesCount(breakdown.overall().n()));
  }

  /**
   * Whether the overall figure of a breakdown is withheld: when its base is below the survey
   * threshold, or below the demographic count threshold (a stricter count threshold would
   * otherwise let the figure of a lone small group be read from the overall figure).
   *
   * @param overall the overall figure, not null
   * @param control the disclosure control, not null
   * @return true when the overall figure is withheld
   */
  public static boolean overallWithheld(WeightedProportion overall, DisclosureControl control) {
    return control.suppresses(overall.n()) || control.suppressesCount(overall.n());
  }

  private static List<Long> bases(DimensionBreakdown dimension) {
    return dimension.groups().stream().map(GroupEstimate::base).toList();
  }

  /**
   * A breakdown in Markdown with the default disclosure control.
   *
   * @param breakdown the breakdown, not null
   * @return the Markdown, ending with a newline, never null
   */
  public static String markdown(SurveyBreakdown breakdown) {
    return markdown(breakdown, DisclosureControl.standard());
  }

  /**
   * A breakdown in Markdown: a heading, the overall figure, one table per dimension, and the
   * statement of what was suppressed.
   *
   * @param breakdown the breakdown, not null
   * @param control the disclosure control, not null
   * @return the Markdown, ending with a newline, never null
   */
  public static String markdown(SurveyBreakdown breakdown, DisclosureControl control) {
    StringBuilder out = new StringBuilder();
    out.append("### ").append(MarkdownTables.escape(breakdown.question().toString()))
        .append(" by group: ").append(MarkdownTables.escape(describe(breakdown.scope()))).append("\n\n");
    WeightedProportion overall = breakdown.overall();
    boolean overallWithheld = overallWithheld(overall, control);
    out.append("**Overall:** ").append(figure(overall, overallWithheld ? Suppression.PRIMARY : Suppression.NONE))
        .append(" (base ").append(count(overall.n(), control.suppressesCount(overall.n())
            ? Suppression.PRIMARY : Suppression.NONE, control)).append(")\n\n");
    List<String> withheld = new ArrayList<>();
    if (overallWithheld) {
      withheld.add("the overall figure (base below "
          + Math.max(control.surveyMinimumBase(), control.demographicMinimumCount()) + ")");
    }
    for (DimensionBreakdown dimension : breakdown.dimensions()) {
      out.append("#### ").append(MarkdownTables.escape(dimension.label())).append("\n\n");
      out.append(MarkdownTables.table(
          List.of("Group", "Proportion", "95% interval", "Base", "Gap to overall", "Versus the rest"),
          rows(breakdown, dimension, control, withheld)));
      out.append('\n');
    }
    out.append(MarkdownTables.escape(statement(withheld, control))).append("\n\n")
        .append(MarkdownTables.escape(restNote())).append('\n');
    return out.toString();
  }

  private static List<List<String>> rows(
      SurveyBreakdown breakdown, DimensionBreakdown dimension, DisclosureControl control, List<String> withheld) {
    List<Suppression> figures = figureSuppression(breakdown, dimension, control);
    List<Suppression> counts = countSuppression(breakdown, dimension, control);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < dimension.groups().size(); i++) {
      GroupEstimate group = dimension.groups().get(i);
      Suppression suppression = figures.get(i);
      note(withheld, dimension, group, suppression, counts.get(i), control);
      boolean shown = suppression == Suppression.NONE && !group.proportion().isEmpty();
      rows.add(List.of(
          group.label(),
          figure(group.proportion(), suppression),
          shown ? group.proportion().interval().toString() : "",
          count(group.base(), counts.get(i), control),
          shown ? signed(group.gap().getAsDouble()) : "",
          shown ? group.versusRest().map(SurveyTables::versus).orElse("n/a") : ""));
    }
    return rows;
  }

  private static void note(
      List<String> withheld,
      DimensionBreakdown dimension,
      GroupEstimate group,
      Suppression figure,
      Suppression count,
      DisclosureControl control) {
    String where = dimension.dimension() + " " + group.category();
    if (count == Suppression.PRIMARY) {
      withheld.add(where + " (count below " + control.demographicMinimumCount() + ")");
    } else if (count == Suppression.SECONDARY) {
      withheld.add(where + " (count, secondary suppression)");
    } else if (figure == Suppression.PRIMARY) {
      withheld.add(where + " (base below " + control.surveyMinimumBase() + ")");
    } else if (figure == Suppression.SECONDARY) {
      withheld.add(where + " (secondary suppression)");
    }
  }

  /**
   * A breakdown as CSV with the default disclosure control.
   *
   * @param breakdown the breakdown, not null
   * @return the CSV with a header line, never null
   */
  public static String csv(SurveyBreakdown breakdown) {
    return csv(breakdown, DisclosureControl.standard());
  }

  /**
   * A breakdown as CSV: the overall figure (dimension {@code ALL}) then one line per group. A
   * withheld figure leaves its value columns empty and says PRIMARY or SECONDARY in
   * {@code suppressed}; a withheld count shows {@code <5} (or is empty when secondary) in
   * {@code base} and says why in {@code count_suppressed}.
   *
   * @param breakdown the breakdown, not null
   * @param control the disclosure control, not null
   * @return the CSV with a header line, never null
   */
  public static String csv(SurveyBreakdown breakdown, DisclosureControl control) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(List.of("question", "area", "period", "as_of", "dimension", "category", "proportion",
        "lower", "upper", "base", "effective_base", "gap", "versus_rest", "z", "p_value",
        "suppressed", "count_suppressed"));
    Scope scope = breakdown.scope();
    WeightedProportion overall = breakdown.overall();
    Suppression overallFigure = overallWithheld(overall, control) ? Suppression.PRIMARY : Suppression.NONE;
    Suppression overallCount = control.suppressesCount(overall.n()) ? Suppression.PRIMARY : Suppression.NONE;
    lines.add(csvLine(breakdown, scope, "ALL", "", overall, overallFigure, overallCount, null, control));
    for (DimensionBreakdown dimension : breakdown.dimensions()) {
      List<Suppression> figures = figureSuppression(breakdown, dimension, control);
      List<Suppression> counts = countSuppression(breakdown, dimension, control);
      for (int i = 0; i < dimension.groups().size(); i++) {
        GroupEstimate group = dimension.groups().get(i);
        lines.add(csvLine(breakdown, scope, dimension.dimension(), group.category(), group.proportion(),
            figures.get(i), counts.get(i), group, control));
      }
    }
    return CsvTables.lines(lines);
  }

  private static List<String> csvLine(
      SurveyBreakdown breakdown,
      Scope scope,
      String dimension,
      String category,
      WeightedProportion p,
      Suppression figure,
      Suppression count,
      GroupEstimate group,
      DisclosureControl control) {
    boolean shown = figure == Suppression.NONE && !p.isEmpty();
    ProportionChange rest = group == null ? null : group.versusRest().orElse(null);
    List<String> cells = new ArrayList<>(List.of(
        breakdown.question().toString(), scope.area().toString(), scope.period().toString(),
        scope.asOf().toString(), dimension, category));
    cells.add(shown ? Double.toString(p.proportion()) : "");
    cells.add(shown ? Double.toString(p.interval().lower()) : "");
    cells.add(shown ? Double.toString(p.interval().upper()) : "");
    cells.add(count == Suppression.PRIMARY ? "<" + control.demographicMinimumCount()
        : count == Suppression.SECONDARY ? "" : Long.toString(p.n()));
    cells.add(shown && count == Suppression.NONE ? Double.toString(p.effectiveSize()) : "");
    cells.add(shown && group != null ? Double.toString(group.gap().getAsDouble()) : "");
    cells.add(shown && rest != null ? rest.verdict().name() : "");
    cells.add(shown && rest != null ? Double.toString(rest.z()) : "");
    cells.add(shown && rest != null ? Double.toString(rest.pValue()) : "");
    cells.add(figure.name());
    cells.add(count.name());
    return cells;
  }

  /**
   * An estimate in Markdown with the default disclosure control.
   *
   * @param estimate the estimate, not null
   * @return the Markdown, ending with a newline, never null
   */
  public static String markdown(SurveyEstimate estimate) {
    return markdown(estimate, DisclosureControl.standard());
  }

  /**
   * An estimate as CSV: one line; a withheld figure leaves its value columns empty.
   *
   * @param estimate the estimate, not null
   * @param control the disclosure control, not null
   * @return the CSV with a header line, never null
   */
  public static String csv(SurveyEstimate estimate, DisclosureControl control) {
    WeightedProportion p = estimate.proportion();
    Suppression suppression = estimate.suppression(control);
    boolean shown = suppression == Suppression.NONE && !p.isEmpty();
    Scope scope = estimate.scope();
    return CsvTables.lines(List.of(
        List.of("question", "area", "period", "as_of", "proportion", "lower", "upper", "base",
            "effective_base", "suppressed"),
        List.of(estimate.question().toString(), scope.area().toString(), scope.period().toString(),
            scope.asOf().toString(),
            shown ? Double.toString(p.proportion()) : "",
            shown ? Double.toString(p.interval().lower()) : "",
            shown ? Double.toString(p.interval().upper()) : "",
            Long.toString(p.n()),
            shown ? Double.toString(p.effectiveSize()) : "",
            suppression.name())));
  }

  /**
   * An estimate in Markdown with disclosure control: a heading and one line.
   *
   * @param estimate the estimate, not null
   * @param control the disclosure control, not null
   * @return the Markdown, ending with a newline, never null
   */
  public static String markdown(SurveyEstimate estimate, DisclosureControl control) {
    Suppression suppression = estimate.suppression(control);
    return "### " + MarkdownTables.escape(estimate.question().toString()) + ": "
        + MarkdownTables.escape(describe(estimate.scope())) + "\n\n"
        + MarkdownTables.table(List.of("Proportion", "95% interval", "Base", "Effective base"),
            List.of(estimateCells(estimate, suppression)))
        + "\n" + MarkdownTables.escape(statement(
            suppression == Suppression.NONE ? List.of()
                : List.of("the figure (base below " + control.surveyMinimumBase() + ")"), control))
        + "\n";
  }

  private static List<String> estimateCells(SurveyEstimate estimate, Suppression suppression) {
    WeightedProportion p = estimate.proportion();
    boolean shown = suppression == Suppression.NONE && !p.isEmpty();
    return List.of(
        figure(p, suppression),
        shown ? p.interval().toString() : "",
        Long.toString(p.n()),
        shown ? String.format(Locale.ROOT, "%.1f", p.effectiveSize()) : "");
  }

  /**
   * A change in Markdown with the default disclosure control.
   *
   * @param change the change, not null
   * @return the Markdown, ending with a newline, never null
   */
  public static String markdown(SurveyChange change) {
    return markdown(change, DisclosureControl.standard());
  }

  /**
   * A change in Markdown: both figures, then the difference with its interval, verdict, z-test
   * and minimum detectable difference, and the statement of what was suppressed.
   *
   * @param change the change, not null
   * @param control the disclosure control, not null
   * @return the Markdown, ending with a newline, never null
   */
  public static String markdown(SurveyChange change, DisclosureControl control) {
    StringBuilder out = new StringBuilder();
    out.append("### Change in ").append(MarkdownTables.escape(change.before().question().toString()))
        .append("\n\n");
    List<String> withheld = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    List<SurveyEstimate> sides = List.of(change.before(), change.after());
    List<String> names = List.of("A (before): ", "B (after): ");
    for (int i = 0; i < sides.size(); i++) {
      SurveyEstimate side = sides.get(i);
      Suppression suppression = side.suppression(control);
      if (suppression != Suppression.NONE) {
        withheld.add(describe(side.scope()) + " (base below " + control.surveyMinimumBase() + ")");
      }
      List<String> row = new ArrayList<>();
      row.add(names.get(i) + describe(side.scope()));
      row.addAll(estimateCells(side, suppression));
      rows.add(row);
    }
    out.append(MarkdownTables.table(
        List.of("Responses", "Proportion", "95% interval", "Base", "Effective base"), rows));
    out.append('\n');
    ProportionChange c = change.change();
    if (change.suppression(control) == Suppression.NONE) {
      out.append(MarkdownTables.table(
          List.of("Difference (B − A)", "95% interval (Newcombe)", "Verdict", "z", "p-value",
              "Minimum detectable difference"),
          List.of(List.of(signed(c.difference()), c.interval().toString(), c.verdict().name(),
              String.format(Locale.ROOT, "%.2f", c.z()), String.format(Locale.ROOT, "%.4f", c.pValue()),
              String.format(Locale.ROOT, "%.4f", c.minimumDetectableDifference())))));
    } else {
      withheld.add("the change (a side's base is below " + control.surveyMinimumBase() + ")");
      out.append("**Change:** ").append(WITHHELD).append('\n');
    }
    out.append('\n').append(MarkdownTables.escape(statement(withheld, control))).append("\n\n")
        .append("The minimum detectable difference is the smallest change this pair of samples "
            + "would detect with 95% confidence and 80% power.\n");
    return out.toString();
  }

  /**
   * A change as CSV with the default disclosure control.
   *
   * @param change the change, not null
   * @return the CSV with a header line, never null
   */
  public static String csv(SurveyChange change) {
    return csv(change, DisclosureControl.standard());
  }

  /**
   * A change as CSV: one line with both sides and the change; withheld figures are empty.
   *
   * @param change the change, not null
   * @param control the disclosure control, not null
   * @return the CSV with a header line, never null
   */
  public static String csv(SurveyChange change, DisclosureControl control) {
    ProportionChange c = change.change();
    boolean shown = change.suppression(control) == Suppression.NONE;
    List<String> line = new ArrayList<>(List.of(change.before().question().toString()));
    for (SurveyEstimate side : List.of(change.before(), change.after())) {
      boolean sideShown = side.suppression(control) == Suppression.NONE;
      line.add(describe(side.scope()));
      line.add(sideShown ? Double.toString(side.proportion().proportion()) : "");
      line.add(Long.toString(side.base()));
    }
    for (double x : new double[] {c.difference(), c.interval().lower(), c.interval().upper()}) {
      line.add(shown ? Double.toString(x) : "");
    }
    line.add(shown ? c.verdict().name() : "");
    line.add(shown ? Double.toString(c.z()) : "");
    line.add(shown ? Double.toString(c.pValue()) : "");
    line.add(shown ? Double.toString(c.minimumDetectableDifference()) : "");
    line.add(change.suppression(control).name());
    return CsvTables.lines(List.of(
        List.of("question", "before", "before_proportion", "before_base", "after", "after_proportion",
            "after_base", "difference", "lower", "upper", "verdict", "z", "p_value",
            "minimum_detectable_difference", "suppressed"),
        line));
  }

  /** A scope in one line: area, period, as-of, and the surveys when it names any. */
  static String describe(Scope scope) {
    String surveys = scope.surveys().stream().map(SurveyId::toString).sorted().collect(Collectors.joining(", "));
    return scope.area() + ", " + scope.period() + ", as of " + scope.asOf()
        + (surveys.isEmpty() ? "" : ", surveys " + surveys);
  }

  /** Every row of a breakdown without disclosure control, for {@code toString}. */
  static String plain(SurveyBreakdown breakdown) {
    StringBuilder out = new StringBuilder();
    out.append(breakdown.question()).append(" by group in ").append(describe(breakdown.scope()))
        .append(": overall ").append(breakdown.overall());
    for (DimensionBreakdown dimension : breakdown.dimensions()) {
      for (GroupEstimate group : dimension.groups()) {
        out.append('\n').append(dimension.dimension()).append(' ').append(group.category()).append(": ")
            .append(group.proportion());
        group.gap().ifPresent(gap -> out.append(" gap=").append(signed(gap)));
        group.versusRest().ifPresent(c -> out.append(" vs rest ").append(versus(c)));
      }
    }
    return out.toString();
  }

  private static String figure(WeightedProportion p, Suppression suppression) {
    switch (suppression) {
      case PRIMARY:
        return WITHHELD;
      case SECONDARY:
        return WITHHELD + " (secondary)";
      default:
        return p.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.4f", p.proportion());
    }
  }

  private static String count(long n, Suppression suppression, DisclosureControl control) {
    switch (suppression) {
      case PRIMARY:
        return "<" + control.demographicMinimumCount();
      case SECONDARY:
        return WITHHELD;
      default:
        return Long.toString(n);
    }
  }

  private static String versus(ProportionChange c) {
    String word =
        c.verdict() == ChangeVerdict.INCREASE ? "higher"
            : c.verdict() == ChangeVerdict.DECREASE ? "lower" : "no significant difference";
    return String.format(Locale.ROOT, "%s (%+.4f %s, p=%.4f)", word, c.difference(), c.interval(), c.pValue());
  }

  private static String signed(double x) {
    return String.format(Locale.ROOT, "%+.4f", x);
  }

  private static String statement(List<String> withheld, DisclosureControl control) {
    return withheld.isEmpty()
        ? "Suppressed: nothing (survey figures need an unweighted base of at least "
            + control.surveyMinimumBase() + ", demographic counts at least "
            + control.demographicMinimumCount() + ")."
        : "Suppressed: " + String.join("; ", withheld) + ".";
  }

  private static String restNote() {
    return "Versus the rest: each group (B) against every other respondent with a valid answer, "
        + "not-stated ones included (A), by the change test of MEASURES.md §1; higher or lower when "
        + "the 95% Newcombe interval of the difference excludes 0. Thresholds are conventions of "
        + "this SDK.";
  }
}
