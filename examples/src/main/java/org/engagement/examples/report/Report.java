package org.engagement.examples.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.examples.report.Charts.Estimate;
import org.engagement.examples.report.Charts.Series;
import org.engagement.examples.report.Charts.Svg;
import org.engagement.examples.report.Charts.Values;
import org.engagement.examples.report.Page.Block;
import org.engagement.examples.report.Page.Cell;
import org.engagement.examples.report.Page.Figure;
import org.engagement.examples.report.Page.ScoreCell;
import org.engagement.examples.report.Page.ScoreRow;
import org.engagement.examples.report.Page.Section;
import org.engagement.examples.report.Page.Table;
import org.engagement.measures.Comparison;
import org.engagement.measures.ComparisonSide;
import org.engagement.measures.CsvTables;
import org.engagement.measures.DisclosureControl;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Indicator;
import org.engagement.measures.MarkdownTables;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.Scorecard;
import org.engagement.measures.ScorecardComparison;
import org.engagement.measures.ScorecardRow;
import org.engagement.measures.Trend;
import org.engagement.measures.TrendPoint;
import org.engagement.measures.methods.MethodAnalysis;
import org.engagement.measures.methods.MethodReport;
import org.engagement.measures.methods.MethodTables;
import org.engagement.measures.outcome.OutcomeMeasures;
import org.engagement.measures.standards.ComplianceMatrix;
import org.engagement.measures.standards.QualityStandards2012;
import org.engagement.measures.standards.RuleResult;
import org.engagement.measures.stats.Interval;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The published report of an area over a period, as one self-contained HTML page: the scorecard
 * with its ratings, a chart per measure, the change since the previous period, the trend over
 * every period of the data, each area below against the rest, the standards matrix and the
 * methods. Every figure is in its published form: the scorecard's cells are read from the SDK's
 * published CSV ({@link CsvTables}), the notes, matrix and method tables from its published
 * Markdown, and indicators are withheld as {@link Indicator#withheldBy} says.
 */
public final class Report {

  /** The ratio measures: those with a numerator and denominator to compare and trend. */
  static final List<String> RATIO_MEASURES = List.of("M1", "M2", "M4");

  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null,
      ContentType.Html, Report.class.getClassLoader(), "org.engagement.examples.report");

  private final EvaluationContext context;
  private final EngagementDataset data;
  private final Scope scope;
  private final DisclosureControl control = DisclosureControl.standard();
  private final OutcomeMeasures measures = OutcomeMeasures.standard();
  private final Charts charts = new Charts();

  private Report(EvaluationContext context, Scope scope) {
    this.context = context;
    this.data = context.dataset();
    this.scope = scope;
  }

  /**
   * The report's HTML page.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the area, period and as-of date, not null
   * @param version the program's version line, shown in the page's footer, not null
   * @return the page, one self-contained HTML document, never null
   */
  public static String html(EvaluationContext context, Scope scope, String version) {
    Page page = new Report(context, scope).page(version);
    StringOutput out = new StringOutput();
    TEMPLATES.render("report.jte", page, out);
    return out.toString();
  }

  private Page page(String version) {
    Optional<AreaLevel> below = below();
    Scorecard card = below.isPresent()
        ? measures.scorecard(context, scope, below.get())
        : measures.scorecard(context, scope);
    List<Section> sections = new ArrayList<>();
    sections.add(measureSection(card.total()));
    sections.add(changeSection());
    sections.add(trendSection());
    if (!card.rows().isEmpty()) {
      sections.add(restSection(card));
    }
    sections.add(standardsSection());
    methodsSection().ifPresent(sections::add);
    String name = card.total().name();
    List<String> header = card.total().results().stream()
        .map(r -> r.measure() + " " + r.title()).toList();
    return new Page("Community engagement: " + name + ", " + label(scope.period()),
        scope.area().value(), name, scope.period().toString(), scope.asOf().toString(), version,
        header, scorecard(card), scorecardNotes(card), sections);
  }

  /** The level just below the area's, when the area has areas there. */
  private Optional<AreaLevel> below() {
    Optional<AreaLevel> own = data.level(scope.area());
    return Arrays.stream(AreaLevel.values())
        .filter(l -> own.isEmpty() || l.compareTo(own.get()) > 0)
        .findFirst()
        .filter(l -> !data.areasAtLevel(scope.area(), l).isEmpty());
  }

  // --- the scorecard ----------------------------------------------------------------------

  /** The scorecard's cells, read from its published CSV. */
  private List<ScoreRow> scorecard(Scorecard card) {
    Map<String, List<ScoreCell>> cells = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    CsvMapper mapper = CsvMapper.builder().build();
    try (MappingIterator<Map<String, String>> lines = mapper.readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(CsvTables.of(card, control))) {
      for (Map<String, String> line : lines.readAll()) {
        names.put(line.get("area"), line.get("name"));
        String score = line.get("score").isEmpty() ? ""
            : String.format(Locale.ROOT, "%.4f", Double.parseDouble(line.get("score")));
        String counts = line.get("numerator").isEmpty() || line.get("denominator").isEmpty()
            ? "" : line.get("numerator") + "/" + line.get("denominator");
        String suppressed = line.get("suppressed");
        String text = !"NONE".equals(suppressed)
            ? "SUPPRESSED (" + line.get("reason") + ")"
            : score.isEmpty() ? "n/a" : "";
        cells.computeIfAbsent(line.get("area"), a -> new ArrayList<>()).add(new ScoreCell(
            line.get("measure"), score, line.get("score_note"), counts, line.get("rating"),
            suppressed, text));
      }
    }
    List<ScoreRow> rows = new ArrayList<>();
    cells.forEach((area, row) -> rows.add(new ScoreRow(area, names.get(area),
        area.equals(scope.area().value()), row)));
    return rows;
  }

  /** The notes under the published scorecard: what was suppressed, the conventions. */
  private static List<String> scorecardNotes(Scorecard card) {
    return MarkdownBlocks.read(MarkdownTables.of(card), true).stream()
        .filter(b -> b.kind().equals("p")).map(Block::text).toList();
  }

  // --- one chart per measure --------------------------------------------------------------

  private Section measureSection(ScorecardRow total) {
    List<Figure> figures = new ArrayList<>();
    for (MeasureResult r : total.results()) {
      switch (r.measure()) {
        case "M1" -> figures.add(funnel(r));
        case "M2" -> figures.add(responding(r));
        case "M3" -> figures.add(representation(r));
        case "M4" -> figures.add(units(r));
        case "M5" -> figures.add(components(r));
        default -> { }
      }
    }
    return new Section("measures", "The five measures",
        "Each measure of " + total.name() + " as a whole, with the figures it rests on. The"
            + " charts show published figures only: a figure the disclosure rules withhold is"
            + " left out of the chart and marked in its table.", figures, List.of());
  }

  private Figure funnel(MeasureResult r) {
    List<String> steps = List.of("raised", "presented", "considered", "recorded");
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    double raised = r.indicator("raised").flatMap(Report::value).orElse(0.0);
    for (String step : steps) {
      Optional<Indicator> i = r.indicator(step);
      if (i.isEmpty()) {
        continue;
      }
      String text = published(i.get());
      rows.add(List.of(Cell.text(step), Cell.figure(text, "M1/" + step),
          Cell.figure(raised > 0 && value(i.get()).isPresent() && shown(i.get())
              ? String.format(Locale.ROOT, "%.2f", value(i.get()).get() / raised) : "", null)));
      if (shown(i.get()) && value(i.get()).isPresent()) {
        labels.add("Inputs " + step);
        values.add(value(i.get()).get());
      }
    }
    Svg svg = charts.bars(labels, values, "community inputs", Values.COUNTS, Double.NaN);
    return figure("chart-m1", r, svg,
        "The funnel of due consideration: of the community inputs raised in the period, how many"
            + " were presented to the police, considered, and had a decision recorded by "
            + scope.asOf() + ". The score is recorded ÷ raised. Rests on " + r.base()
            + " inputs recorded in the dataset; record counts are not suppressed.",
        new Table(List.of("Step", "Inputs", "Share of raised"), rows));
  }

  private Figure responding(MeasureResult r) {
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    if (r.isScored()) {
      labels.add("Inputs responded to");
      values.add(r.score().getAsDouble());
    }
    rows.add(List.of(Cell.text("Inputs responded to (the score)"),
        Cell.figure(r.isScored() ? r.formattedScore() : "n/a", "M2/score"), Cell.text(""),
        Cell.text("")));
    for (Indicator i : r.indicators()) {
      if (!i.name().equals("respondingShare")) {
        continue;
      }
      String resource = String.join(" / ", i.qualifiers().values());
      String suffix = "[" + String.join("/", i.qualifiers().values()) + "]";
      String allocated = r.indicator("allocated" + suffix).map(this::published).orElse("");
      rows.add(List.of(Cell.text(resource), Cell.figure(published(i), "M2/" + i.label()),
          Cell.figure(allocated, "M2/allocated" + suffix), Cell.figure(
              r.indicator("spearman" + suffix).map(this::published).orElse(""), null)));
      if (shown(i) && value(i).isPresent()) {
        labels.add(resource);
        values.add(value(i).get());
      }
    }
    Svg svg = charts.bars(labels, values, "share", Values.SHARES, Double.NaN);
    return figure("chart-m2", r, svg,
        "Influence on management: the share of community inputs that an allocation of resources"
            + " responded to (the score), and for each kind of resource the share of what was"
            + " allocated that responded to community input. Rests on " + r.base()
            + " inputs and the allocations recorded in the period.",
        new Table(List.of("Resource", "Responding share", "Allocated", "Spearman ρ"), rows));
  }

  private Figure representation(MeasureResult r) {
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    for (Indicator i : r.indicators()) {
      if (!i.name().equals("r")) {
        continue;
      }
      String dimension = i.qualifiers().getOrDefault("dimension", "");
      String category = i.qualifiers().getOrDefault("category", "");
      category = category.startsWith(dimension + "_")
          ? category.substring(dimension.length() + 1).replaceAll("(\\d)_(\\d)", "$1–$2")
          : category;
      rows.add(List.of(Cell.text(words(dimension)), Cell.text(words(category)),
          Cell.figure(published(i), "M3/" + i.label())));
      if (shown(i) && value(i).isPresent()) {
        labels.add(words(dimension) + ": " + words(category));
        values.add(value(i).get());
      }
    }
    String basis = r.indicator("basis").flatMap(Indicator::note).orElse("participants")
        .toLowerCase(Locale.ROOT);
    Svg svg = charts.bars(labels, values, "representation ratio (share engaged ÷ share of"
        + " population)", Values.RATIOS, 0.8);
    return figure("chart-m3", r, svg,
        "Understanding diverse needs: for each category of each dimension with a reference"
            + " population, the representation ratio — its share among the " + basis
            + " engaged divided by its share of the population. 1 is proportional; the dashed"
            + " line marks 0.8, below which a category is under-represented. The score "
            + r.scoreNote().map(n -> "rests on " + n).orElse("rests on every dimension")
            + "; ratios resting on fewer than " + control.demographicMinimumCount()
            + " people are withheld.",
        new Table(List.of("Dimension", "Category", "Representation ratio"), rows));
  }

  private Figure units(MeasureResult r) {
    List<String> labels = new ArrayList<>();
    List<Double> with = new ArrayList<>();
    List<Double> without = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    for (Indicator total : r.indicators()) {
      if (!total.name().equals("unitTotal")) {
        continue;
      }
      String unit = String.join("/", total.qualifiers().values());
      Optional<Indicator> engaged = r.indicator("unitWithEngagement[" + unit + "]");
      rows.add(List.of(Cell.text(unit),
          Cell.figure(engaged.map(this::published).orElse(""),
              "M4/unitWithEngagement[" + unit + "]"),
          Cell.figure(published(total), "M4/" + total.label())));
      if (engaged.isPresent() && value(engaged.get()).isPresent() && value(total).isPresent()) {
        double e = value(engaged.get()).get();
        labels.add(unit.replace(" Safer Neighbourhoods team", " SNT"));
        with.add(e);
        without.add(value(total).get() - e);
      }
    }
    Svg svg = charts.groupedBars(labels, List.of("with community engagement", "without"),
        List.of(with, without), "initiatives and operations", true);
    return figure("chart-m4", r, svg,
        "Mainstreaming: for each unit, its initiatives and operations in the period, and how many"
            + " had community engagement. The score is the share with engagement over all units."
            + " Rests on " + r.base() + " initiatives and operations recorded in the dataset.",
        new Table(List.of("Unit", "With engagement", "All"), rows));
  }

  private Figure components(MeasureResult r) {
    List<Estimate> estimates = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    for (Indicator p : r.indicators()) {
      if (!p.name().equals("p")) {
        continue;
      }
      String component = String.join("/", p.qualifiers().values());
      Optional<Indicator> lower = r.indicator("lower[" + component + "]");
      Optional<Indicator> upper = r.indicator("upper[" + component + "]");
      boolean shown = shown(p) && value(p).isPresent();
      rows.add(List.of(Cell.text(words(component)), Cell.figure(published(p), "M5/p[" + component
              + "]"),
          Cell.figure(shown && lower.isPresent() && upper.isPresent()
              ? "[" + published(lower.get()) + ", " + published(upper.get()) + "]" : "", null),
          Cell.figure(p.surveyBase().isPresent() ? Long.toString(p.surveyBase().getAsLong())
              : "", "M5/n[" + component + "]")));
      if (shown && lower.flatMap(Report::value).isPresent()
          && upper.flatMap(Report::value).isPresent()) {
        estimates.add(new Estimate(words(component), value(p).get(),
            value(lower.get()).get(), value(upper.get()).get()));
      }
    }
    Svg svg = estimates.isEmpty() ? null
        : charts.intervals(estimates, "share of participants answering yes", Double.NaN, true);
    return figure("chart-m5", r, svg,
        "Participant satisfaction: each component's weighted share of participants answering"
            + " yes, with its 95% interval. The score combines the components. Rests on the"
            + " participant surveys of the period; a share on fewer than "
            + control.surveyMinimumBase() + " answers is withheld.",
        new Table(List.of("Component", "Share", "95% interval", "Answers"), rows));
  }

  private Figure figure(String id, MeasureResult r, @Nullable Svg svg, String caption,
      Table table) {
    String heading = r.measure() + " " + r.title() + ": "
        + (control.withholds(r) ? "SUPPRESSED (base " + r.base() + ")"
            : r.isScored() ? r.formattedScore() + " " + r.rating().name().replace('_', ' ')
                : "not assessable (" + r.reason().orElse("") + ")");
    return figure(id, heading, svg, caption, table);
  }

  private static Figure figure(String id, String heading, @Nullable Svg svg, String caption,
      Table table) {
    return svg == null ? new Figure(id, heading, "", 0, 0, caption, table)
        : new Figure(id, heading, svg.element(), svg.width(), svg.height(), caption, table);
  }

  // --- change since the previous period ---------------------------------------------------

  private Section changeSection() {
    Period before = previous(scope.period());
    Scope a = Scope.of(scope.area(), before);
    List<Estimate> estimates = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    for (String code : RATIO_MEASURES) {
      Measure<?> m = measure(code);
      Comparison c = Comparison.of(m.evaluate(context, a), m.evaluate(context, scope));
      rows.add(comparisonRow(code + " " + c.title(), c, "change/" + code));
      c.change().ifPresent(x -> estimates.add(new Estimate(code + " " + c.title(),
          x.difference(), x.interval().lower(), x.interval().upper())));
    }
    Svg svg = estimates.isEmpty() ? null
        : charts.intervals(estimates, "change in the share, " + label(scope.period()) + " − "
            + label(before), 0, false);
    Figure f = figure("chart-change", "Change since " + label(before), svg,
        "For each ratio measure, the change of its figure from " + before + " (A) to "
            + scope.period() + " (B) with the 95% Newcombe interval of the difference; the"
            + " dashed line is no change. An interval that does not cross it is a significant"
            + " change: verdict ABOVE (B significantly above A) or BELOW. Rests on the records of both periods; M3 and M5 have no numerator and"
            + " denominator to compare.",
        new Table(List.of("Measure", "A " + label(before), "B " + label(scope.period()),
            "B − A [95% interval]", "Verdict"), rows));
    return new Section("change", "Change since the previous period",
        "Each ratio measure of " + name() + " against the period before, " + before + ".",
        List.of(f), List.of());
  }

  private static List<Cell> comparisonRow(String label, Comparison c, String key) {
    return List.of(Cell.text(label), Cell.figure(side(c.a()), key + "/a"),
        Cell.figure(side(c.b()), key + "/b"),
        Cell.figure(c.change().map(x -> String.format(Locale.ROOT, "%+.4f %s", x.difference(),
            interval(x.interval()))).orElse("n/a"), key + "/difference"),
        Cell.text(c.change().isPresent() ? c.verdict().name().replace('_', ' ')
            : c.reason().orElse(c.verdict().name())));
  }

  private static String side(ComparisonSide s) {
    return s.proportion().isPresent()
        ? String.format(Locale.ROOT, "%.4f (%d/%d)", s.proportion().getAsDouble(), s.numerator(),
            s.denominator())
        : "n/a (0/0)";
  }

  private static String interval(Interval i) {
    return String.format(Locale.ROOT, "[%.4f, %.4f]", i.lower(), i.upper());
  }

  // --- the trend ----------------------------------------------------------------------------

  private Section trendSection() {
    List<Period> periods = trendPeriods();
    List<String> labels = periods.stream().map(Report::label).toList();
    List<Series> series = new ArrayList<>();
    List<List<Cell>> rows = new ArrayList<>();
    List<String> verdicts = new ArrayList<>();
    List<Trend> trends = new ArrayList<>();
    for (String code : RATIO_MEASURES) {
      Measure<?> m = measure(code);
      List<TrendPoint> points = new ArrayList<>();
      String title = m.title();
      for (Period p : periods) {
        MeasureResult r = m.evaluate(context, Scope.of(scope.area(), p));
        points.add(TrendPoint.of(p, r.numerator().orElse(0), r.denominator().orElse(0)));
        title = r.title();
      }
      trends.add(Trend.of(code, title, scope.area(), points));
    }
    for (Trend t : trends) {
      List<Estimate> points = new ArrayList<>();
      for (TrendPoint p : t.points()) {
        points.add(p.proportion().isPresent() && p.interval().isPresent()
            ? new Estimate(label(p.period()), p.proportion().getAsDouble(),
                p.interval().get().lower(), p.interval().get().upper())
            : new Estimate(label(p.period()), Double.NaN, Double.NaN, Double.NaN));
      }
      series.add(new Series(t.measure() + " " + t.title(), points));
      verdicts.add(t.measure() + " " + t.title() + ": " + t.test().map(x -> String.format(
          Locale.ROOT, "%s (z = %.2f, p = %.4f)", t.verdict().name().replace('_', ' '), x.z(),
          x.pValue())).orElse("not assessable: " + t.reason().orElse("")));
    }
    for (int i = 0; i < periods.size(); i++) {
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(labels.get(i)));
      for (Trend t : trends) {
        TrendPoint p = t.points().get(i);
        row.add(Cell.figure(p.proportion().isPresent()
            ? String.format(Locale.ROOT, "%.4f (%d/%d) %s", p.proportion().getAsDouble(),
                p.numerator(), p.denominator(), p.interval().map(Report::interval).orElse(""))
            : "n/a (0/0)", "trend/" + t.measure() + "/" + p.period()));
      }
      rows.add(row);
    }
    List<String> header = new ArrayList<>(List.of("Period"));
    trends.forEach(t -> header.add(t.measure() + " " + t.title()));
    Svg svg = charts.trend(labels, series, "share");
    Figure f = figure("chart-trend", "Trend, " + labels.get(0) + " to "
            + labels.get(labels.size() - 1), svg,
        "Each ratio measure in every " + (periods.get(0).lengthInDays() > 100 ? "financial year"
            : "quarter of a financial year") + " of the data, with 95% Wilson intervals. The"
            + " Cochran–Armitage test asks whether the share rises or falls steadily: "
            + String.join("; ", verdicts) + ". Rests on the records of each period.",
        new Table(header, rows));
    return new Section("trend", "Trend", "The ratio measures of " + name()
        + " over every period in the data.", List.of(f), List.of());
  }

  /**
   * Every financial year the data's activities span, or its quarters when the data spans fewer
   * than three years, so that the trend has three periods or more.
   */
  private List<Period> trendPeriods() {
    LocalDate first = data.activities().stream().map(EngagementActivity::date)
        .min(LocalDate::compareTo).orElse(scope.period().from());
    LocalDate last = data.activities().stream().map(EngagementActivity::date)
        .max(LocalDate::compareTo).orElse(scope.period().to());
    if (scope.period().from().isBefore(first)) {
      first = scope.period().from();
    }
    if (scope.period().to().isAfter(last)) {
      last = scope.period().to();
    }
    int from = financialYear(first);
    int to = financialYear(last);
    List<Period> periods = new ArrayList<>();
    if (to - from + 1 >= Trend.MINIMUM_PERIODS) {
      for (int y = from; y <= to; y++) {
        periods.add(Period.financialYear(y));
      }
      return periods;
    }
    for (int y = from; y <= to; y++) {
      for (int q = 0; q < 4; q++) {
        LocalDate start = LocalDate.of(y, 4, 1).plusMonths(3L * q);
        periods.add(Period.of(start, start.plusMonths(3).minusDays(1)));
      }
    }
    return periods;
  }

  private static int financialYear(LocalDate date) {
    return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
  }

  /** The period of the same length just before, a financial year's the year before. */
  static Period previous(Period p) {
    if (p.from().getMonthValue() == 4 && p.from().getDayOfMonth() == 1
        && p.to().equals(p.from().plusYears(1).minusDays(1))) {
      return Period.financialYear(p.from().getYear() - 1);
    }
    return Period.of(p.from().minusDays(p.lengthInDays()), p.from().minusDays(1));
  }

  /** A period for people: {@code 2012/13} for a financial year, {@code 2012/13 Q1} for its quarters. */
  static String label(Period p) {
    LocalDate from = p.from();
    int fy = financialYear(from);
    String year = fy + "/" + String.format(Locale.ROOT, "%02d", (fy + 1) % 100);
    if (from.equals(LocalDate.of(fy, 4, 1)) && p.to().equals(from.plusYears(1).minusDays(1))) {
      return year;
    }
    int months = (from.getMonthValue() + 8) % 12; // April 0 … March 11
    if (from.getDayOfMonth() == 1 && months % 3 == 0
        && p.to().equals(from.plusMonths(3).minusDays(1))) {
      return year + " Q" + (months / 3 + 1);
    }
    return p.toString();
  }

  // --- each area against the rest ----------------------------------------------------------

  private Section restSection(Scorecard card) {
    ScorecardComparison vs = ScorecardComparison.of(card);
    String level = card.level().map(l -> l.name().toLowerCase(Locale.ROOT)).orElse("area");
    List<Figure> figures = new ArrayList<>();
    for (String code : List.of("M1", "M2")) {
      List<Estimate> estimates = new ArrayList<>();
      List<List<Cell>> rows = new ArrayList<>();
      String title = "";
      for (ScorecardRow row : card.rows()) {
        Optional<Comparison> c = vs.comparison(row.area(), code);
        if (c.isEmpty()) {
          continue;
        }
        title = c.get().title();
        rows.add(comparisonRow(row.name(), c.get(), "rest/" + code + "/" + row.area()));
        c.get().change().ifPresent(x -> estimates.add(new Estimate(
            row.name() + (c.get().isSignificant()
                ? c.get().verdict().name().equals("ABOVE") ? " ▲" : " ▼" : ""),
            x.difference(), x.interval().lower(), x.interval().upper())));
      }
      if (rows.isEmpty()) {
        continue;
      }
      Svg svg = estimates.isEmpty() ? null : charts.intervals(estimates,
          "difference from the rest of " + card.total().name(), 0, false);
      figures.add(figure("chart-rest-" + code.toLowerCase(Locale.ROOT),
          code + " " + title + ": each " + level + " against the rest of " + card.total().name(),
          svg,
          "For each " + level + ", its " + code + " figure (B) minus the figure of the rest of "
              + card.total().name() + " (A: its records outside the " + level + "), same period,"
              + " with the 95% Newcombe interval. ▲ significantly above the rest, ▼ below it (the"
              + " interval excludes 0). Rests on the records of the period.",
          new Table(List.of(capitalised(level), "Rest of " + card.total().name() + " (A)",
              capitalised(level) + " (B)", "B − A [95% interval]", "Verdict"), rows)));
    }
    return new Section("rest", "Each " + level + " against the rest of " + card.total().name(),
        "Does a " + level + " differ from the rest of " + card.total().name() + "? Wards marked"
            + " ▲ or ▼ differ significantly.", figures, List.of());
  }

  // --- standards and methods ----------------------------------------------------------------

  private Section standardsSection() {
    ComplianceMatrix matrix = ComplianceMatrix.of(QualityStandards2012.catalogue(), context,
        scope);
    List<Block> blocks = new ArrayList<>(MarkdownBlocks.read(matrix.toMarkdown(), true));
    List<List<Cell>> rows = new ArrayList<>();
    for (RuleResult r : matrix.results()) {
      rows.add(List.of(Cell.text(r.rule()), Cell.text(r.title()),
          Cell.text(r.status().name()),
          Cell.figure(r.attainment().isPresent()
              ? String.format(Locale.ROOT, "%.2f", r.attainment().getAsDouble()) : "n/a",
              "standards/" + r.rule()),
          Cell.text(r.reason().orElse(""))));
    }
    blocks.add(new Block("h", "The promises", List.of(), null));
    blocks.add(new Block("table", "", List.of(), new Table(
        List.of("Promise", "Title", "Status", "Attainment", "Why not assessable"), rows)));
    return new Section("standards", QualityStandards2012.NAME,
        "Each promise of the standards for " + name() + " as a whole (first row) and for"
            + " each area a promise reports on. Statuses and attainments rest on counts of"
            + " records, not of people, so nothing is suppressed.", List.of(), blocks);
  }

  private Optional<Section> methodsSection() {
    MethodAnalysis analysis = MethodAnalysis.standard();
    MethodReport report = analysis.result(context, scope,
        analysis.partial(context, scope, data.subtree(scope.area())));
    if (report.methods().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Section("methods", "What works where: engagement methods",
        "Per engagement method, and per mode and openness, the activities, attendance, inputs,"
            + " how many were recorded and responded to, and costs; then the methods that best"
            + " reach each under-represented community (a ratio on fewer than "
            + control.demographicMinimumCount() + " people is withheld).", List.of(),
        MarkdownBlocks.read(MethodTables.markdown(report, control), false)));
  }

  // --- helpers ------------------------------------------------------------------------------

  private String name() {
    return data.area(scope.area()).map(a -> a.name()).orElse(scope.area().value());
  }

  private Measure<?> measure(String code) {
    return measures.all().stream().filter(m -> m.code().equals(code)).findFirst()
        .orElseThrow();
  }

  private boolean shown(Indicator i) {
    return !i.withheldBy(control);
  }

  /** An indicator as a published table shows it: its value, or why it is withheld. */
  private String published(Indicator i) {
    if (i.withheldBy(control)) {
      return "withheld";
    }
    return i.formattedValue();
  }

  private static Optional<Double> value(Indicator i) {
    return i.value().isPresent() ? Optional.of(i.value().getAsDouble()) : Optional.empty();
  }

  private static String words(String code) {
    String text = code.replace('_', ' ').toLowerCase(Locale.ROOT);
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
