package org.engagement.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.OutcomeMeasure;
import org.engagement.core.Period;
import org.engagement.core.QuestionId;
import org.engagement.core.Scope;
import org.engagement.core.StandardRole;
import org.engagement.core.SurveyPopulation;
import org.engagement.json.EngagementJson;
import org.engagement.measures.Comparison;
import org.engagement.measures.ComparisonSide;
import org.engagement.measures.CsvTables;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.MarkdownTables;
import org.engagement.measures.Measure;
import org.engagement.measures.outcome.OutcomeMeasures;
import org.engagement.measures.survey.SurveyAnalysis;
import org.engagement.measures.survey.SurveyChange;
import org.engagement.measures.survey.SurveyQuestion;
import org.engagement.measures.survey.SurveyTables;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code engagement compare FILE --period A --period B}: the change of a survey figure between
 * two periods of an area, by {@link SurveyAnalysis#change}; with {@code --measure} the
 * comparison of a ratio measure ({@link Comparison}), and with {@code --against-rest-of} the
 * area against the rest of an ancestor over one period.
 *
 * <p>A comparison the analysis refuses — the two periods share a survey response (they
 * overlap), or a period has no valid answer to the question — is a usage error: the user chose
 * the periods, and other periods can be compared.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Prints the change of a survey figure between two periods of an area: both"
        + " weighted proportions with their 95%% intervals, the difference B - A with its Newcombe"
        + " interval, the verdict (INCREASE, DECREASE or NO_SIGNIFICANT_CHANGE), the z-test and"
        + " the minimum detectable difference (docs/spec/measures.md §1).",
        "The default question is POLICE_LISTEN in PUBLIC surveys (the additional measure A3:"
        + " the police listen to the concerns of local people).",
        "Periods that share a survey response (overlapping periods) or a period without a valid"
        + " answer are refused with exit code 64.",
        "With --measure M1, M2 or M4 it compares a ratio measure of the records instead, by the"
        + " same test with p = numerator/denominator and n = denominator (docs/spec/measures.md"
        + " §11): verdict ABOVE, BELOW or NO_SIGNIFICANT_DIFFERENCE for B against A.",
        "With --against-rest-of ANCESTOR and one --period it compares the area (B) with the rest"
        + " of the ancestor (A): the ancestor's records outside the area, same period.",
        "By default (md) and with csv the output is a published table: a figure on fewer than 30"
        + " answers is suppressed, and the change with it. The text format is the analyst's own"
        + " console view and suppresses nothing; json is for programs, every figure at full"
        + " precision, nothing suppressed."})
final class CompareCommand implements Callable<Integer> {

  /** The default question, A3's. */
  static final SurveyQuestion DEFAULT_QUESTION =
      SurveyQuestion.of(StandardRole.POLICE_LISTEN).in(SurveyPopulation.PUBLIC);

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "The dataset JSON, or - for standard input.")
  String file = "-";

  @Option(names = "--period", paramLabel = "P", required = true,
      description = "Twice: period A (the baseline), then period B; once with"
          + " --against-rest-of. Each is 2012-04-01/2013-03-31, a year 2012, or a financial year"
          + " FY2012 or 2012/13.")
  List<String> periods = new ArrayList<>();

  @Option(names = "--area", paramLabel = "ID",
      description = "The area whose respondents are compared, its parts included (default: the"
          + " dataset's one borough, else its one root area).")
  @Nullable String area;

  @Option(names = "--question", paramLabel = "ROLE-or-ID",
      description = "A standard role such as CONFIDENCE, read in surveys of every population, or"
          + " the id of a yes/no or five-point question (default: POLICE_LISTEN in PUBLIC"
          + " surveys).")
  @Nullable String question;

  @Option(names = "--measure", paramLabel = "CODE",
      description = "Compare a ratio measure of the records instead of a survey question: M1,"
          + " M2 or M4.")
  @Nullable String measure;

  @Option(names = "--against-rest-of", paramLabel = "ID",
      description = "Compare the area with the rest of this ancestor area over one period.")
  @Nullable String restOf;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The as-of date of both sides, not before the later period's end (default:"
          + " each period's end).")
  @Nullable String asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
      description = "md, csv, text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.MD;

  @Override
  public Integer call() {
    int wanted = restOf == null ? 2 : 1;
    if (periods.size() != wanted) {
      throw new CommandFailure(EngagementCommand.USAGE, restOf == null
          ? "give --period exactly twice, A then B: " + periods.size() + " given"
          : "give --period exactly once with --against-rest-of: " + periods.size() + " given");
    }
    if (measure != null && question != null) {
      throw new CommandFailure(EngagementCommand.USAGE,
          "give either --measure or --question, not both");
    }
    Period before = ScopeOptions.parsePeriod(periods.get(0));
    Period after = ScopeOptions.parsePeriod(periods.get(periods.size() - 1));
    Measure<?> ratio = measure == null ? null : ratioMeasure(measure);
    SurveyQuestion asked = question == null ? DEFAULT_QUESTION : question(question);
    EngagementDataset data = Inputs.readValid(spec, file);
    if (ratio == null) {
      requireKnown(asked, data);
    }
    AreaId id = ScopeOptions.area(data, area).id();
    AreaId ancestor = restOf == null ? null : ScopeOptions.area(data, restOf).id();
    ScopeOptions scopes = new ScopeOptions();
    scopes.asOf = asOf;
    Scope a = scopes.scope(id, before);
    Scope b = scopes.scope(id, after);
    String text;
    try {
      if (ratio != null) {
        Comparison c = ancestor == null
            ? Comparison.between(ratio, data, a, b)
            : Comparison.againstRestOf(ratio, data, b, ancestor);
        text = switch (format) {
          case TEXT -> c.toString();
          case MD -> markdown(c);
          case CSV -> csv(c);
          case JSON -> EngagementJson.standard().writeString(c);
        };
      } else {
        SurveyChange change = ancestor == null
            ? SurveyAnalysis.change(data, a, b, asked)
            : SurveyAnalysis.againstRestOf(data, b, ancestor, asked);
        text = switch (format) {
          case TEXT -> change.toString();
          case MD -> SurveyTables.markdown(change);
          case CSV -> SurveyTables.csv(change);
          case JSON -> EngagementJson.standard().writeString(change);
        };
      }
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(EngagementCommand.USAGE, ancestor == null
          ? "cannot compare " + before + " with " + after + ": " + e.getMessage()
          : "cannot compare " + id + " with the rest of " + ancestor + ": " + e.getMessage());
    }
    EngagementCommand.print(spec, text);
    return EngagementCommand.OK;
  }

  /** M1, M2 or M4 (or their names); M3 and M5 have no numerator and denominator. */
  static Measure<?> ratioMeasure(String text) {
    String wanted = text.strip().toUpperCase(Locale.ROOT);
    for (OutcomeMeasure m : OutcomeMeasure.values()) {
      if (m.name().equals(wanted)) {
        wanted = m.code();
      }
    }
    String code = wanted;
    return OutcomeMeasures.standard().all().stream()
        .filter(m -> m.code().equals(code) && RATIO_CODES.contains(code)).findFirst()
        .orElseThrow(() -> new CommandFailure(EngagementCommand.USAGE,
            "--measure must be a ratio measure, M1, M2 or M4: " + text));
  }

  private static final List<String> RATIO_CODES = List.of("M1", "M2", "M4");

  /** A published table: A, B and B − A; record counts are not suppressed. */
  static String markdown(Comparison c) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(side("A", c.a()));
    rows.add(side("B", c.b()));
    rows.add(c.change().map(x -> List.of("B − A", "",
            String.format(Locale.ROOT, "%+.4f", x.difference()),
            interval(x.interval().lower(), x.interval().upper()), c.verdict().name()))
        .orElse(List.of("B − A", "", "n/a", "", c.verdict() + ": " + c.reason().orElse(""))));
    return "### " + c.measure() + " " + MarkdownTables.escape(c.title()) + ": B against A\n\n"
        + MarkdownTables.table(List.of("", "Population", "Figure", "95% interval", "Verdict"),
            rows)
        + "\nNewcombe interval of B − A, docs/spec/measures.md §11 and §1.\n";
  }

  /** The same rows as CSV. */
  static String csv(Comparison c) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("row", "population", "figure", "lower", "upper", "verdict"));
    for (List<String> row : List.of(side("A", c.a()), side("B", c.b()))) {
      rows.add(List.of(row.get(0), row.get(1), row.get(2).replaceAll(" .*", ""),
          bound(row.get(3), 0), bound(row.get(3), 1), ""));
    }
    rows.add(c.change().map(x -> List.of("B-A", "", fixed(x.difference()),
            fixed(x.interval().lower()), fixed(x.interval().upper()), c.verdict().name()))
        .orElse(List.of("B-A", "", "", "", "", c.verdict().name())));
    return CsvTables.lines(rows);
  }

  private static List<String> side(String name, ComparisonSide s) {
    return List.of(name, s.label(),
        s.proportion().isPresent()
            ? fixed(s.proportion().getAsDouble()) + " (" + s.numerator() + "/" + s.denominator()
                + ")"
            : "n/a (0/0)",
        s.interval().map(i -> interval(i.lower(), i.upper())).orElse(""), "");
  }

  private static String bound(String interval, int which) {
    return interval.isEmpty() ? "" : interval.replaceAll("[\\[\\]]", "").split(", ")[which];
  }

  private static String fixed(double x) {
    return String.format(Locale.ROOT, "%.4f", x);
  }

  private static String interval(double lower, double upper) {
    return "[" + fixed(lower) + ", " + fixed(upper) + "]";
  }

  /**
   * Refuses a question id that no survey of the dataset asks.
   *
   * @throws CommandFailure with {@link EngagementCommand#USAGE} for such an id
   */
  static void requireKnown(SurveyQuestion asked, EngagementDataset data) {
    asked.questionId().filter(q -> data.surveys().stream()
            .noneMatch(s -> s.questions().stream().anyMatch(x -> x.id().equals(q))))
        .ifPresent(q -> {
          throw new CommandFailure(EngagementCommand.USAGE, "unknown question: " + q
              + " is neither a standard role nor the id of a question of any survey");
        });
  }

  /** A standard role by name, in any case, else a question id. */
  static SurveyQuestion question(String text) {
    String wanted = text.strip().toUpperCase(Locale.ROOT);
    for (StandardRole role : StandardRole.values()) {
      if (role.name().equals(wanted)) {
        return SurveyQuestion.of(role);
      }
    }
    try {
      return SurveyQuestion.of(QuestionId.parse(text));
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(EngagementCommand.USAGE, "bad --question: " + e.getMessage());
    }
  }
}
