package org.engagement.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.engagement.core.DemographicDimension;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.core.StandardRole;
import org.engagement.core.SurveyPopulation;
import org.engagement.examples.SampleData;
import org.engagement.json.EngagementJson;
import org.engagement.measures.CsvTables;
import org.engagement.measures.DisclosureControl;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.MarkdownTables;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.survey.AdditionalMeasures;
import org.engagement.measures.survey.PublicSurveyMeasure;
import org.engagement.measures.survey.SurveyAnalysis;
import org.engagement.measures.survey.SurveyBreakdown;
import org.engagement.measures.survey.SurveyEstimate;
import org.engagement.measures.survey.SurveyQuestion;
import org.engagement.measures.survey.SurveyTables;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code engagement survey}: A1–A5, any question by role or id, and breakdowns by dimension. */
class SurveyCommandTest {

  private static final String SAMPLE_FILE = Path.of("data", "lambeth.json").toString();

  private static final EngagementDataset SAMPLE =
      EngagementJson.standard().read(Path.of(SAMPLE_FILE)).dataset();

  private static final Scope SCOPE = Scope.of(SampleData.LAMBETH, SampleData.YEAR);

  private static final SurveyQuestion CONFIDENCE = SurveyQuestion.of(StandardRole.CONFIDENCE);

  private static String firstDimension() {
    return SAMPLE.scheme().dimensions().get(0).code();
  }

  @Test
  void withoutOptions_printsTheAdditionalMeasuresAsPublishedTables() {
    CommandRun r = CommandRun.of("survey", SAMPLE_FILE);

    assertThat(r.code()).as(r.err()).isZero();
    for (MeasureResult m : AdditionalMeasures.evaluateAll(SAMPLE, SCOPE)) {
      assertThat(r.out()).contains(MarkdownTables.of(m).strip());
    }
  }

  @Test
  void json_isTheMeasureResultDocumentsAtFullPrecision() {
    CommandRun r = CommandRun.of("survey", SAMPLE_FILE, "--format", "json");

    assertThat(r.code()).as(r.err()).isZero();
    JsonNode tree = FormatOption.mapper().readTree(r.out());
    List<MeasureResult> expected = AdditionalMeasures.evaluateAll(SAMPLE, SCOPE);
    assertThat(tree.size()).isEqualTo(5);
    for (int i = 0; i < 5; i++) {
      assertThat(EngagementJson.standard().readMeasureResult(tree.get(i).toString()))
          .isEqualTo(expected.get(i));
    }
  }

  @Test
  void question_isTheEstimateInEveryFormat() {
    SurveyEstimate e = SurveyAnalysis.estimate(SAMPLE, SCOPE, CONFIDENCE);

    assertThat(CommandRun.of("survey", SAMPLE_FILE, "--question", "confidence").out())
        .isEqualTo(SurveyTables.markdown(e));
    assertThat(CommandRun.of("survey", SAMPLE_FILE, "--question", "CONFIDENCE", "--format",
        "csv").out()).isEqualTo(SurveyTables.csv(e, DisclosureControl.standard()));
    assertThat(CommandRun.of("survey", SAMPLE_FILE, "--question", "CONFIDENCE", "--format",
        "text").out().strip()).isEqualTo(e.toString().strip());
    String json = CommandRun.of("survey", SAMPLE_FILE, "--question", "CONFIDENCE", "--format",
        "json").out();
    assertThat(EngagementJson.standard().readSurveyEstimate(json)).isEqualTo(e);
  }

  @Test
  void by_breaksTheQuestionDownByThatDimensionOnly() {
    String dimension = firstDimension();
    SurveyBreakdown all = SurveyAnalysis.breakdown(SAMPLE, SCOPE, CONFIDENCE);
    SurveyBreakdown one = all.only(dimension);

    CommandRun md = CommandRun.of("survey", SAMPLE_FILE, "--question", "CONFIDENCE", "--by",
        dimension.toLowerCase(java.util.Locale.ROOT));
    CommandRun json = CommandRun.of("survey", SAMPLE_FILE, "--question", "CONFIDENCE", "--by",
        dimension, "--format", "json");
    CommandRun every = CommandRun.of("survey", SAMPLE_FILE, "--question", "CONFIDENCE", "--by",
        "all", "--format", "json");

    assertThat(md.code()).as(md.err()).isZero();
    assertThat(md.out()).isEqualTo(SurveyTables.markdown(one));
    assertThat(EngagementJson.standard().readSurveyBreakdown(json.out())).isEqualTo(one);
    assertThat(EngagementJson.standard().readSurveyBreakdown(every.out())).isEqualTo(all);
  }

  @Test
  void byWithoutQuestion_breaksDownTheQuestionsOfA3ToA5_underOneCsvHeader() {
    String dimension = firstDimension();
    CommandRun r = CommandRun.of("survey", SAMPLE_FILE, "--by", dimension, "--format", "csv");

    assertThat(r.code()).as(r.err()).isZero();
    List<SurveyQuestion> questions = List.of(PublicSurveyMeasure.policeListen().question(),
        PublicSurveyMeasure.awareness().question(), PublicSurveyMeasure.involvement().question());
    String header = r.out().lines().findFirst().orElseThrow();
    assertThat(r.out().lines().filter(header::equals)).hasSize(1);
    for (SurveyQuestion q : questions) {
      SurveyBreakdown b = SurveyAnalysis.breakdown(SAMPLE, SCOPE, q).only(dimension);
      SurveyTables.csv(b).lines().skip(1).forEach(l -> assertThat(r.out()).contains(l));
    }
    CommandRun json = CommandRun.of("survey", SAMPLE_FILE, "--by", dimension, "--format", "json");
    assertThat(FormatOption.mapper().readTree(json.out()).size()).isEqualTo(3);
  }

  @Test
  void population_restrictsTheSurveysRead() {
    SurveyEstimate e = SurveyAnalysis.estimate(EvaluationContext.of(SAMPLE), SCOPE,
        CONFIDENCE.in(SurveyPopulation.PUBLIC));

    CommandRun r = CommandRun.of("survey", SAMPLE_FILE, "--question", "CONFIDENCE",
        "--population", "public", "--format", "json");

    assertThat(EngagementJson.standard().readSurveyEstimate(r.out())).isEqualTo(e);
  }

  @Test
  void badOptions_areUsageErrors() {
    CommandRun dimension = CommandRun.of("survey", SAMPLE_FILE, "--by", "SHOE_SIZE");
    CommandRun question = CommandRun.of("survey", SAMPLE_FILE, "--question", "Q-NOWHERE");
    CommandRun population = CommandRun.of("survey", SAMPLE_FILE, "--population", "PUBLIC");

    assertThat(dimension.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(dimension.err()).contains("unknown --by dimension: SHOE_SIZE; the dataset's scheme"
        + " has " + String.join(", ",
            SAMPLE.scheme().dimensions().stream().map(DemographicDimension::code).toList()));
    assertThat(question.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(question.err()).contains("unknown question: Q-NOWHERE");
    assertThat(population.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(population.err()).contains("--population needs --question");
  }

  @Test
  void asOf_isTakenAsByEveryAnalysisCommand() {
    CommandRun r = CommandRun.of("survey", SAMPLE_FILE, "--as-of", "2013-06-30", "--format",
        "json");
    CommandRun early = CommandRun.of("survey", SAMPLE_FILE, "--as-of", "2012-06-30");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(FormatOption.mapper().readTree(r.out()).get(0).get("scope").get("asOf").asString())
        .isEqualTo("2013-06-30");
    assertThat(early.code()).isEqualTo(EngagementCommand.USAGE);
  }
}
