package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalDouble;
import org.engagement.core.Period;
import org.engagement.core.QuestionId;
import org.engagement.core.Scope;
import org.engagement.core.StandardRole;
import org.engagement.core.SurveyPopulation;
import org.engagement.measures.stats.WeightedProportion;
import org.engagement.measures.survey.DimensionBreakdown;
import org.engagement.measures.survey.GroupEstimate;
import org.engagement.measures.survey.SurveyAnalysis;
import org.engagement.measures.survey.SurveyBreakdown;
import org.engagement.measures.survey.SurveyChange;
import org.engagement.measures.survey.SurveyEstimate;
import org.engagement.measures.survey.SurveyQuestion;
import org.junit.jupiter.api.Test;

/**
 * Survey figures as JSON (docs/spec/measures.md §1, §4): estimates and breakdowns read back to
 * equal values at full precision, conform to the results schema, and a document whose derived
 * figures disagree with its sums is refused.
 */
class SurveyResultsJsonTest {

  private static final Scope SCOPE = Scope.of(Datasets.LAMBETH, Period.financialYear(2012));

  private final EngagementJson json = EngagementJson.standard();

  /** Two groups of one dimension, weighted, one without answers. */
  static SurveyBreakdown breakdown() {
    WeightedProportion women = WeightedProportion.of(3, 2.5, 2.25, 1.2);
    WeightedProportion men = WeightedProportion.of(2, 1.5, 1.25, 1.0);
    WeightedProportion all = women.plus(men);
    return SurveyBreakdown.of(
        SurveyQuestion.of(StandardRole.POLICE_LISTEN).in(SurveyPopulation.PUBLIC), SCOPE, all,
        List.of(DimensionBreakdown.of("SEX", "Sex", List.of(
            GroupEstimate.of("FEMALE", "Female", women, men,
                OptionalDouble.of(women.proportion() - all.proportion())),
            GroupEstimate.of("MALE", "Male", men, women,
                OptionalDouble.of(men.proportion() - all.proportion())),
            GroupEstimate.of("NOT_STATED", "Not stated", WeightedProportion.empty(), all,
                OptionalDouble.empty())))));
  }

  static SurveyEstimate estimate() {
    return SurveyEstimate.of(SurveyQuestion.of(QuestionId.of("Q7")), SCOPE,
        WeightedProportion.of(4, 3.1, 2.9, 0.7000000000000001));
  }

  @Test
  void breakdown_readsBackEqual() {
    String written = json.writeString(breakdown());

    assertThat(json.readSurveyBreakdown(written)).isEqualTo(breakdown());
    assertThat(written).contains("\"verdict\"").contains("\"rest\"")
        .contains("\"role\": \"POLICE_LISTEN\"");
  }

  @Test
  void estimate_readsBackEqual_atFullPrecision() {
    String written = json.writeString(estimate());

    assertThat(json.readSurveyEstimate(written)).isEqualTo(estimate());
    assertThat(written).contains("0.7000000000000001").contains("\"question\": \"Q7\"");
  }

  @Test
  void theSamplesBreakdown_readsBackEqual_andConformsToTheResultsSchema() {
    SurveyBreakdown b = SurveyAnalysis.breakdown(Datasets.full(), SCOPE,
        SurveyQuestion.of(StandardRole.CONFIDENCE));
    String written = json.writeString(b);

    assertThat(json.readSurveyBreakdown(written)).isEqualTo(b);
    assertThat(ResultsSchemaTest.errors(written)).isEmpty();
    assertThat(ResultsSchemaTest.errors(json.writeString(breakdown()))).isEmpty();
    assertThat(ResultsSchemaTest.errors(json.writeString(estimate()))).isEmpty();
  }

  @Test
  void change_readsBackEqual_andConformsToTheResultsSchema() {
    SurveyQuestion q = SurveyQuestion.of(StandardRole.CONFIDENCE);
    SurveyChange rising = SurveyChange.of(
        SurveyEstimate.of(q, Scope.of(Datasets.LAMBETH, Period.financialYear(2011)),
            WeightedProportion.unweighted(40, 100)),
        SurveyEstimate.of(q, SCOPE, WeightedProportion.of(100, 95.5, 101.25, 57.25)));
    SurveyChange same = SurveyChange.of(estimate(), estimate());
    String written = json.writeString(rising);

    assertThat(json.readSurveyChange(written)).isEqualTo(rising);
    assertThat(json.readSurveyChange(json.writeString(same))).isEqualTo(same);
    assertThat(ResultsSchemaTest.errors(written)).isEmpty();
    assertThat(written).contains("\"verdict\": \"INCREASE\"");
    assertThrows(JsonReadException.class, () -> json.readSurveyChange(
        written.replace("\"verdict\": \"INCREASE\"", "\"verdict\": \"DECREASE\"")));
  }

  @Test
  void derivedFiguresThatDisagreeWithTheSums_areRefused() {
    String written = json.writeString(estimate());
    String wrong = written.replace("\"n\": 4", "\"n\": 5");

    assertThat(wrong).isNotEqualTo(written);
    assertThrows(JsonReadException.class, () -> json.readSurveyEstimate(
        written.replaceFirst("\"proportion\": 0\\.2[0-9]*", "\"proportion\": 0.5")));
    assertThrows(JsonReadException.class, () -> json.readSurveyEstimate(
        written.replace("\"role\"", "\"colour\"").replace("\"question\": \"Q7\"",
            "\"question\": \"Q7\", \"role\": \"CONFIDENCE\"")));
  }
}
