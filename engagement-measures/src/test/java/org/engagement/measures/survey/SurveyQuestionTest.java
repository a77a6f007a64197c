package org.engagement.measures.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.engagement.core.Question;
import org.engagement.core.QuestionId;
import org.engagement.core.QuestionType;
import org.engagement.core.StandardRole;
import org.engagement.core.Survey;
import org.engagement.core.SurveyPopulation;
import org.engagement.measures.testing.Records;
import org.junit.jupiter.api.Test;

class SurveyQuestionTest {

  private static final Survey PUBLIC = Records.survey("P", SurveyPopulation.PUBLIC,
      Records.question("L", QuestionType.LIKERT_5, StandardRole.POLICE_LISTEN),
      Question.builder().id(QuestionId.of("C")).text("Channel").type(QuestionType.CATEGORICAL)
          .addCategories("POSTER", "NEWSLETTER").build());

  @Test
  void find_byRole_inAnyPopulation_orOnlyInItsOwn() {
    assertThat(SurveyQuestion.of(StandardRole.POLICE_LISTEN).find(PUBLIC)).map(q -> q.id().value()).contains("L");
    assertThat(SurveyQuestion.of(StandardRole.POLICE_LISTEN).in(SurveyPopulation.PUBLIC).find(PUBLIC)).isPresent();
    assertThat(SurveyQuestion.of(StandardRole.POLICE_LISTEN).in(SurveyPopulation.PARTICIPANTS).find(PUBLIC)).isEmpty();
    assertThat(SurveyQuestion.of(StandardRole.CONFIDENCE).find(PUBLIC)).isEmpty();
  }

  @Test
  void find_byId_readsOnlyBinaryAndLikertQuestions() {
    assertThat(SurveyQuestion.of(QuestionId.of("L")).find(PUBLIC)).isPresent();
    // A CATEGORICAL question has no proportion.
    assertThat(SurveyQuestion.of(QuestionId.of("C")).find(PUBLIC)).isEmpty();
    assertThat(SurveyQuestion.of(QuestionId.of("X")).find(PUBLIC)).isEmpty();
  }

  @Test
  void toString_namesTheRoleOrIdAndThePopulation() {
    assertThat(SurveyQuestion.of(StandardRole.POLICE_LISTEN).in(SurveyPopulation.PUBLIC))
        .hasToString("POLICE_LISTEN (PUBLIC)");
    assertThat(SurveyQuestion.of(QuestionId.of("Q7"))).hasToString("question Q7");
  }

  @Test
  void in_leavesTheOriginalUnaffected() {
    SurveyQuestion any = SurveyQuestion.of(StandardRole.POLICE_LISTEN);
    any.in(SurveyPopulation.PUBLIC);
    assertThat(any.population()).isEmpty();
  }

  @Test
  void builder_withBothRoleAndId_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ImmutableSurveyQuestion.builder().role(StandardRole.POLICE_LISTEN).questionId(QuestionId.of("L")).build());
    assertThat(e).hasMessage("survey question needs exactly one of role and question id: "
        + "Optional[POLICE_LISTEN], Optional[L]");
  }
}
