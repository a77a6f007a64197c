package org.engagement.measures.survey;

import static org.engagement.measures.testing.Records.d;

import org.engagement.core.Answer;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.PrimaryDimension;
import org.engagement.core.QuestionId;
import org.engagement.core.QuestionType;
import org.engagement.core.ResponseId;
import org.engagement.core.StandardRole;
import org.engagement.core.Survey;
import org.engagement.core.SurveyId;
import org.engagement.core.SurveyPopulation;
import org.engagement.core.SurveyResponse;
import org.engagement.measures.testing.Records;

/**
 * Public attitude surveys for the survey tests: two PUBLIC waves, P11 and P12, each asking L
 * (POLICE_LISTEN, LIKERT_5), A (AWARE_OF_ENGAGEMENT_METHODS, BINARY) and I
 * (INVOLVED_IN_POLICING, BINARY), and a PARTICIPANTS survey S1 asking L as well.
 */
final class PublicSurveys {

  static final SurveyQuestion LISTEN = SurveyQuestion.of(StandardRole.POLICE_LISTEN).in(SurveyPopulation.PUBLIC);

  private PublicSurveys() {}

  /** A dataset builder with the shared area tree and the three surveys. */
  static EngagementDataset.Builder dataset() {
    return Records.dataset().addSurveys(survey("P11", SurveyPopulation.PUBLIC), survey("P12", SurveyPopulation.PUBLIC),
        survey("S1", SurveyPopulation.PARTICIPANTS));
  }

  private static Survey survey(String id, SurveyPopulation population) {
    return Records.survey(id, population,
        Records.question("L", QuestionType.LIKERT_5, StandardRole.POLICE_LISTEN),
        Records.question("A", QuestionType.BINARY, StandardRole.AWARE_OF_ENGAGEMENT_METHODS),
        Records.question("I", QuestionType.BINARY, StandardRole.INVOLVED_IN_POLICING));
  }

  /**
   * A response answering L only.
   *
   * @param ethnicity the stated ethnicity, or null for none
   * @param listen the answer to L, or null when skipped
   */
  static SurveyResponse listen(
      String id, String survey, AreaId area, String date, double weight, String ethnicity, String listen) {
    SurveyResponse.Builder b = SurveyResponse.builder()
        .id(ResponseId.of(id))
        .survey(SurveyId.of(survey))
        .area(area)
        .date(d(date))
        .weight(weight);
    if (ethnicity != null) {
      b.putDemographics(PrimaryDimension.ETHNICITY.code(), ethnicity);
    }
    if (listen != null) {
      b.putAnswers(QuestionId.of("L"), Answer.of(listen));
    }
    return b.build();
  }

  /** {@code count} unweighted responses to L in W1 on 2012-06-01, {@code yes} of them agreeing. */
  static void addListen(
      EngagementDataset.Builder data, String prefix, String survey, String date, String ethnicity, int count, int yes) {
    for (int i = 0; i < count; i++) {
      data.addResponses(listen(String.format("%s-%03d", prefix, i), survey, Records.W1, date, 1.0, ethnicity,
          i < yes ? "4" : "2"));
    }
  }
}
