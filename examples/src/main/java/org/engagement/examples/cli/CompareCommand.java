package org.engagement.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.core.QuestionId;
import org.engagement.core.Scope;
import org.engagement.core.StandardRole;
import org.engagement.core.SurveyPopulation;
import org.engagement.measures.EvaluationContext;
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
 * two periods of an area, by {@link SurveyAnalysis#change}.
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
        "By default (md) and with csv the output is a published table: a figure on fewer than 30"
        + " answers is suppressed, and the change with it. The text format is the analyst's own"
        + " console view and suppresses nothing."})
final class CompareCommand implements Callable<Integer> {

  /** The default question, A3's. */
  static final SurveyQuestion DEFAULT_QUESTION =
      SurveyQuestion.of(StandardRole.POLICE_LISTEN).in(SurveyPopulation.PUBLIC);

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "The dataset JSON, or - for standard input.")
  String file = "-";

  @Option(names = "--period", paramLabel = "P", required = true,
      description = "Twice: period A (the baseline), then period B. Each is"
          + " 2012-04-01/2013-03-31, a year 2012, or a financial year FY2012 or 2012/13.")
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

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
      description = "md, csv or text (default: ${DEFAULT-VALUE}).")
  TableFormat format = TableFormat.MD;

  @Override
  public Integer call() {
    if (periods.size() != 2) {
      throw new CommandFailure(EngagementCommand.USAGE,
          "give --period exactly twice, A then B: " + periods.size() + " given");
    }
    Period before = ScopeOptions.parsePeriod(periods.get(0));
    Period after = ScopeOptions.parsePeriod(periods.get(1));
    SurveyQuestion asked = question == null ? DEFAULT_QUESTION : question(question);
    EngagementDataset data = Inputs.readValid(file, EngagementCommand.stdin(spec));
    asked.questionId().filter(q -> data.surveys().stream()
            .noneMatch(s -> s.questions().stream().anyMatch(x -> x.id().equals(q))))
        .ifPresent(q -> {
          throw new CommandFailure(EngagementCommand.USAGE, "unknown question: " + q
              + " is neither a standard role nor the id of a question of any survey");
        });
    AreaId id = ScopeOptions.area(data, area).id();
    SurveyChange change;
    try {
      change = SurveyAnalysis.change(
          EvaluationContext.of(data), Scope.of(id, before), Scope.of(id, after), asked);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(EngagementCommand.USAGE, "cannot compare " + before + " with "
          + after + ": " + e.getMessage());
    }
    String text = switch (format) {
      case TEXT -> change.toString();
      case MD -> SurveyTables.markdown(change);
      case CSV -> SurveyTables.csv(change);
    };
    EngagementCommand.print(spec, text);
    return EngagementCommand.OK;
  }

  /** A standard role by name, in any case, else a question id. */
  private static SurveyQuestion question(String text) {
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
