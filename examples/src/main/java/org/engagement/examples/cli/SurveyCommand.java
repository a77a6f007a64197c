package org.engagement.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.engagement.core.DemographicDimension;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.core.SurveyPopulation;
import org.engagement.json.EngagementJson;
import org.engagement.measures.DisclosureControl;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.survey.AdditionalMeasures;
import org.engagement.measures.survey.DimensionBreakdown;
import org.engagement.measures.survey.PublicSurveyMeasure;
import org.engagement.measures.survey.SurveyAnalysis;
import org.engagement.measures.survey.SurveyBreakdown;
import org.engagement.measures.survey.SurveyEstimate;
import org.engagement.measures.survey.SurveyQuestion;
import org.engagement.measures.survey.SurveyTables;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * {@code engagement survey FILE}: the additional measures A1–A5, or any survey question by its
 * role or id, with breakdowns by demographic dimension ({@link SurveyAnalysis}).
 */
@Command(name = "survey", mixinStandardHelpOptions = true,
    description = {"Prints the survey measures of an area and period: by default the additional"
        + " measures A1 to A5 (docs/spec/measures.md §3); with --question any yes/no or"
        + " five-point question, by its standard role or its id, as a weighted proportion with"
        + " its 95%% interval (§1); with --by the figure broken down by the categories of a"
        + " demographic dimension, each group against the rest of the sample (§4). --by without"
        + " --question breaks down the questions of A3, A4 and A5.",
        "By default (md) and with csv the output is a published table, with disclosure control:"
        + " a figure on fewer than 30 answers is withheld, and counts below 5 (§1). text is the"
        + " analyst's console view and json the results documents at full precision (measure"
        + " results for A1 to A5, a survey estimate or survey breakdowns), neither suppressing"
        + " anything."})
final class SurveyCommand extends AnalysisCommand {

  /** The value of {@code --by} that asks for every dimension of the scheme. */
  static final String ALL = "ALL";

  @Option(names = "--question", paramLabel = "ROLE-or-ID",
      description = "A standard role such as CONFIDENCE or POLICE_LISTEN, or the id of a yes/no"
          + " or five-point question (default: A1 to A5).")
  @Nullable String question;

  @Option(names = "--population", paramLabel = "POPULATION",
      description = "With --question: read only surveys of this population, e.g. PUBLIC"
          + " (default: every survey that has the question).")
  @Nullable SurveyPopulation population;

  @Option(names = "--by", paramLabel = "DIMENSION",
      description = "Break the figure down by this demographic dimension, e.g. ETHNICITY or"
          + " AGE; repeat it for more, or give ALL for every dimension of the dataset's scheme.")
  List<String> by = new ArrayList<>();

  @Override
  String analyse(EvaluationContext context, Scope scope) {
    EngagementDataset data = context.dataset();
    List<String> dimensions = dimensions(data);
    if (question == null && population != null) {
      throw new CommandFailure(EngagementCommand.USAGE, "--population needs --question");
    }
    if (question == null && dimensions.isEmpty()) {
      return format.render(AdditionalMeasures.evaluateAll(context, scope));
    }
    List<SurveyQuestion> questions = new ArrayList<>();
    if (question != null) {
      SurveyQuestion asked = CompareCommand.question(question);
      CompareCommand.requireKnown(asked, data);
      questions.add(population == null ? asked : asked.in(population));
    } else {
      questions.add(PublicSurveyMeasure.policeListen().question());
      questions.add(PublicSurveyMeasure.awareness().question());
      questions.add(PublicSurveyMeasure.involvement().question());
    }
    if (dimensions.isEmpty()) {
      return estimate(SurveyAnalysis.estimate(context, scope, questions.get(0)));
    }
    List<SurveyBreakdown> breakdowns = new ArrayList<>();
    for (SurveyQuestion q : questions) {
      SurveyBreakdown all = SurveyAnalysis.breakdown(context, scope, q);
      List<DimensionBreakdown> kept = new ArrayList<>();
      for (String code : dimensions) {
        kept.add(all.dimension(code).orElseThrow());
      }
      breakdowns.add(SurveyBreakdown.of(q, scope, all.overall(), kept));
    }
    return breakdowns(breakdowns);
  }

  /** The dimension codes {@code --by} names, in scheme order; every one for ALL. */
  private List<String> dimensions(EngagementDataset data) {
    List<String> known =
        data.scheme().dimensions().stream().map(DemographicDimension::code).toList();
    List<String> wanted = new ArrayList<>();
    for (String text : by) {
      String code = text.strip().toUpperCase(Locale.ROOT);
      if (code.equals(ALL)) {
        return known;
      }
      if (!known.contains(code)) {
        throw new CommandFailure(EngagementCommand.USAGE, "unknown --by dimension: " + text
            + "; the dataset's scheme has " + String.join(", ", known) + " (or ALL)");
      }
      if (!wanted.contains(code)) {
        wanted.add(code);
      }
    }
    return known.stream().filter(wanted::contains).toList();
  }

  private String estimate(SurveyEstimate estimate) {
    return switch (format.format) {
      case TEXT -> estimate.toString();
      case MD -> SurveyTables.markdown(estimate);
      case CSV -> SurveyTables.csv(estimate, DisclosureControl.standard());
      case JSON -> EngagementJson.standard().writeString(estimate);
    };
  }

  private String breakdowns(List<SurveyBreakdown> breakdowns) {
    if (format.format == OutputFormat.JSON) {
      if (breakdowns.size() == 1) {
        return EngagementJson.standard().writeString(breakdowns.get(0));
      }
      JsonMapper mapper = FormatOption.mapper();
      ArrayNode array = mapper.createArrayNode();
      for (SurveyBreakdown b : breakdowns) {
        array.add(mapper.readTree(EngagementJson.standard().writeString(b)));
      }
      return mapper.writeValueAsString(array);
    }
    StringBuilder out = new StringBuilder();
    for (SurveyBreakdown b : breakdowns) {
      String one = switch (format.format) {
        case TEXT -> b.toString();
        case MD -> SurveyTables.markdown(b);
        default -> SurveyTables.csv(b);
      };
      if (!out.isEmpty()) {
        if (format.format == OutputFormat.CSV) {
          one = one.substring(one.indexOf('\n') + 1); // one header line for them all
        } else {
          out.append('\n');
        }
      }
      out.append(one.endsWith("\n") ? one : one + "\n");
    }
    return out.toString();
  }
}
