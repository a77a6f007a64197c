package org.engagement.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.json.EngagementJson;
import org.engagement.measures.CsvTables;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.MarkdownTables;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.Trend;
import org.engagement.measures.TrendPoint;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code engagement trend FILE --measure M1 --period A --period B --period C}: a ratio measure
 * over consecutive periods with the Cochran–Armitage test ({@link Trend}).
 */
@Command(name = "trend", mixinStandardHelpOptions = true,
    description = {"Prints a ratio measure (M1, M2 or M4) of an area over three or more"
        + " consecutive periods: each period's numerator, denominator, proportion and 95%%"
        + " interval, then the Cochran-Armitage test for a trend and its verdict (RISING,"
        + " FALLING or NO_SIGNIFICANT_TREND; docs/spec/measures.md §11).",
        "Periods out of order or overlapping, or fewer than three, are refused with exit code"
        + " 64. With --quarters the span of the periods is split into quarters of three months;"
        + " without --period the periods are every financial year of the data.",
        "md and csv (the default is md) show record counts, which are not suppressed; text is"
        + " the analyst's console view and json the trend document at full precision."})
final class TrendCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "The dataset JSON, or - for standard input.")
  String file = "-";

  @Option(names = "--measure", paramLabel = "CODE", required = true,
      description = "The ratio measure: M1, M2 or M4.")
  String measure = "";

  @Option(names = "--period", paramLabel = "P",
      description = "Three or more times, in time order: each 2012-04-01/2013-03-31, a year"
          + " 2012, or a financial year FY2012 or 2012/13; with --quarters once or more"
          + " (default: every financial year from the earliest to the latest activity).")
  List<String> periods = new ArrayList<>();

  @Option(names = "--quarters",
      description = "Split the span from the first period's start to the last period's end into"
          + " consecutive quarters of three months, and test the trend over those.")
  boolean quarters;

  @Option(names = "--area", paramLabel = "ID",
      description = "The area (default: the dataset's one borough, else its one root area).")
  @Nullable String area;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The as-of date of every period, not before the last period's end"
          + " (default: each period's end).")
  @Nullable String asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
      description = "md, csv, text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.MD;

  @Override
  public Integer call() {
    Measure<?> ratio = CompareCommand.ratioMeasure(measure);
    List<Period> given = periods.stream().map(ScopeOptions::parsePeriod).toList();
    EngagementDataset data = Inputs.readValid(spec, file);
    if (given.isEmpty()) {
      given = financialYears(data);
    }
    List<Period> parsed = quarters ? quarters(given) : given;
    AreaId id = ScopeOptions.area(data, area).id();
    ScopeOptions scopes = new ScopeOptions();
    scopes.asOf = asOf;
    if (asOf != null && !parsed.isEmpty()) {
      scopes.scope(id, parsed.get(parsed.size() - 1)); // refuses an as-of before the last end
    }
    EvaluationContext context = EvaluationContext.of(data);
    Trend trend;
    try {
      List<TrendPoint> points = new ArrayList<>();
      String title = ratio.title();
      for (Period p : parsed) {
        MeasureResult result = ratio.evaluate(context,
            scopes.scope(id, p));
        points.add(TrendPoint.of(p, result.numerator().orElse(0), result.denominator().orElse(0)));
        EngagementCommand.progress(spec).evaluated("periods", points.size(), parsed.size());
        title = result.title();
      }
      trend = Trend.of(ratio.code(), title, id, points);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(EngagementCommand.USAGE, "cannot test a trend over "
          + String.join(", ", parsed.stream().map(Period::toString).toList()) + ": "
          + e.getMessage());
    }
    String text = switch (format) {
      case TEXT -> trend.toString();
      case MD -> markdown(trend);
      case CSV -> csv(trend);
      case JSON -> EngagementJson.standard().writeString(trend);
    };
    EngagementCommand.print(spec, text);
    return EngagementCommand.OK;
  }

  /** Every financial year from the one of the earliest activity to the one of the latest. */
  static List<Period> financialYears(EngagementDataset data) {
    List<LocalDate> dates = data.activities().stream().map(EngagementActivity::date).sorted()
        .toList();
    if (dates.isEmpty()) {
      throw new CommandFailure(EngagementCommand.USAGE,
          "give --period: the dataset has no activity to choose the periods from");
    }
    List<Period> out = new ArrayList<>();
    for (int y = financialYear(dates.get(0)); y <= financialYear(dates.get(dates.size() - 1));
        y++) {
      out.add(Period.financialYear(y));
    }
    return out;
  }

  private static int financialYear(LocalDate date) {
    return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
  }

  /**
   * The consecutive quarters of three months from the first period's start to the last one's
   * end.
   *
   * @throws CommandFailure with {@link EngagementCommand#USAGE} when the span is not made of
   *     whole quarters
   */
  static List<Period> quarters(List<Period> periods) {
    LocalDate from = periods.get(0).from();
    LocalDate to = periods.get(periods.size() - 1).to();
    List<Period> out = new ArrayList<>();
    LocalDate start = from;
    for (int i = 1; !start.isAfter(to); i++) {
      LocalDate next = from.plusMonths(3L * i);
      if (next.minusDays(1).isAfter(to)) {
        throw new CommandFailure(EngagementCommand.USAGE, "with --quarters the periods must"
            + " span whole quarters of three months: " + from + " to " + to + " ends within"
            + " the quarter from " + start);
      }
      out.add(Period.of(start, next.minusDays(1)));
      start = next;
    }
    return out;
  }

  private static String fixed(double x) {
    return String.format(Locale.ROOT, "%.4f", x);
  }

  /** A published table: one row per period, then the test. */
  static String markdown(Trend trend) {
    List<List<String>> rows = new ArrayList<>();
    for (TrendPoint p : trend.points()) {
      rows.add(List.of(p.period().toString(), p.numerator() + "/" + p.denominator(),
          p.proportion().isPresent() ? fixed(p.proportion().getAsDouble()) : "n/a",
          p.interval().map(i -> "[" + fixed(i.lower()) + ", " + fixed(i.upper()) + "]")
              .orElse("")));
    }
    return "### " + trend.measure() + " " + MarkdownTables.escape(trend.title()) + ": "
        + trend.area() + " trend\n\n"
        + MarkdownTables.table(List.of("Period", "Records", "Figure", "95% interval"), rows)
        + "\n**Trend:** " + trend.test().map(t -> String.format(Locale.ROOT,
            "z = %.2f, p = %.4f, %s", t.z(), t.pValue(), trend.verdict()))
            .orElse("NOT_ASSESSABLE: " + MarkdownTables.escape(trend.reason().orElse("")))
        + "\n\nCochran-Armitage test for trend, docs/spec/measures.md §11.\n";
  }

  /** The same as CSV: one line per period, then a line for the test. */
  static String csv(Trend trend) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(List.of("period", "numerator", "denominator", "proportion", "lower", "upper",
        "z", "p_value", "verdict"));
    for (TrendPoint p : trend.points()) {
      lines.add(List.of(p.period().toString(), Long.toString(p.numerator()),
          Long.toString(p.denominator()),
          p.proportion().isPresent() ? Double.toString(p.proportion().getAsDouble()) : "",
          p.interval().map(i -> Double.toString(i.lower())).orElse(""),
          p.interval().map(i -> Double.toString(i.upper())).orElse(""), "", "", ""));
    }
    lines.add(List.of("trend", "", "", "", "", "",
        trend.test().map(t -> Double.toString(t.z())).orElse(""),
        trend.test().map(t -> Double.toString(t.pValue())).orElse(""),
        trend.verdict().name()));
    return CsvTables.lines(lines);
  }
}
