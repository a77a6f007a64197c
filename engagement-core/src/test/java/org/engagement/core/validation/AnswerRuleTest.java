package org.engagement.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.testkit.SampleDataset.BINARY_QUESTION;
import static org.engagement.testkit.SampleDataset.CATEGORICAL_QUESTION;
import static org.engagement.testkit.SampleDataset.LIKERT_QUESTION;
import static org.engagement.core.validation.Reports.assertClean;
import static org.engagement.core.validation.Reports.sample;
import static org.engagement.core.validation.Reports.single;
import static org.engagement.core.validation.Reports.validate;

import java.util.Map;
import org.engagement.core.Answer;
import org.engagement.core.EngagementDataset;
import org.engagement.core.QuestionId;
import org.engagement.core.RecordType;
import org.engagement.core.ResponseId;
import org.engagement.core.SurveyResponse;
import org.engagement.testkit.SampleDataset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Answers fit their questions: {@link AnswerRule}. */
class AnswerRuleTest {

  /** A response to the sample's survey with one answer, which lands at responses[1]. */
  private static EngagementDataset answering(QuestionId question, Answer answer) {
    SurveyResponse response = SurveyResponse.builder().from(SampleDataset.lambeth().responses().get(0))
        .id(ResponseId.of("R-000002")).answers(Map.of(question, answer)).build();
    return sample().addResponses(response).build();
  }

  private static IssuePath answerPath(QuestionId question) {
    return IssuePath.of(RecordType.RESPONSE, 1, "R-000002", "answers", question.value());
  }

  @Nested
  class LikertOutOfRange {

    @ParameterizedTest
    @ValueSource(strings = {"1", "3", "5", "DONT_KNOW"})
    void likertOutOfRange_pointsOneToFiveAndDontKnow_noIssue(String token) {
      assertClean(validate(answering(LIKERT_QUESTION, Answer.parse(token))));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, 10})
    void likertOutOfRange_numberOutsideOneToFive_reported(int point) {
      ValidationReport report = validate(answering(LIKERT_QUESTION, Answer.likert(point)));

      ValidationIssue issue = single(report, ValidationCode.LIKERT_OUT_OF_RANGE);
      assertThat(issue.path()).isEqualTo(answerPath(LIKERT_QUESTION));
      assertThat(issue.message()).isEqualTo("Likert answer must be from 1 to 5: " + point);
      assertThat(report.issues()).containsExactly(issue);
    }
  }

  @Nested
  class AnswerTypeMismatch {

    @ParameterizedTest
    @ValueSource(strings = {"YES", "NO", "DONT_KNOW"})
    void answerTypeMismatch_binaryTokens_noIssue(String token) {
      assertClean(validate(answering(BINARY_QUESTION, Answer.of(token))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ASB", "BURGLARY", "DONT_KNOW"})
    void answerTypeMismatch_categoriesOfTheQuestion_noIssue(String token) {
      assertClean(validate(answering(CATEGORICAL_QUESTION, Answer.of(token))));
    }

    @Test
    void answerTypeMismatch_binaryQuestionAnsweredMaybe_reported() {
      ValidationIssue issue = single(validate(answering(BINARY_QUESTION, Answer.of("MAYBE"))),
          ValidationCode.ANSWER_TYPE_MISMATCH);

      assertThat(issue.path()).isEqualTo(answerPath(BINARY_QUESTION));
      assertThat(issue.message())
          .isEqualTo("binary question Q2 takes YES, NO or DONT_KNOW, not: MAYBE");
    }

    @Test
    void answerTypeMismatch_binaryQuestionAnsweredInLowerCase_reported() {
      assertThat(single(validate(answering(BINARY_QUESTION, Answer.of("yes"))),
          ValidationCode.ANSWER_TYPE_MISMATCH).message()).endsWith("not: yes");
    }

    @Test
    void answerTypeMismatch_likertQuestionAnsweredInWords_reported() {
      ValidationIssue issue = single(validate(answering(LIKERT_QUESTION, Answer.of("AGREE"))),
          ValidationCode.ANSWER_TYPE_MISMATCH);

      assertThat(issue.path()).isEqualTo(answerPath(LIKERT_QUESTION));
      assertThat(issue.message())
          .isEqualTo("Likert question Q1 takes 1 to 5 or DONT_KNOW, not: AGREE");
    }

    @Test
    void answerTypeMismatch_categoricalQuestionAnsweredWithAnotherCode_reported() {
      ValidationIssue issue = single(validate(answering(CATEGORICAL_QUESTION, Answer.of("DRUGS"))),
          ValidationCode.ANSWER_TYPE_MISMATCH);

      assertThat(issue.path()).isEqualTo(answerPath(CATEGORICAL_QUESTION));
      assertThat(issue.message())
          .isEqualTo("question Q3 has no category DRUGS; it takes ASB, BURGLARY or DONT_KNOW");
    }
  }
}
