package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurveyTest {

  private static final Question LISTEN = Question.builder().id(QuestionId.of("Q7"))
      .text("The police listen").type(QuestionType.LIKERT_5).role(StandardRole.POLICE_LISTEN)
      .build();
  private static final Question LISTEN_AGAIN = Question.builder().id(QuestionId.of("Q8"))
      .text("The police listen, again").type(QuestionType.LIKERT_5)
      .role(StandardRole.POLICE_LISTEN).build();
  private static final Question AWARE = Question.builder().id(QuestionId.of("Q9"))
      .text("Are you aware?").type(QuestionType.BINARY).build();
  private static final Survey PAS = Survey.builder().id(SurveyId.of("PAS-2012"))
      .name("Public Attitude Survey").wave("2012/13").population(SurveyPopulation.PUBLIC)
      .addQuestions(LISTEN, LISTEN_AGAIN, AWARE).build();

  @Test
  void questionById_findsTheQuestion() {
    assertThat(PAS.question(QuestionId.of("Q9"))).contains(AWARE);
    assertThat(PAS.question(QuestionId.of("Q1"))).isEmpty();
  }

  @Test
  void questionByRole_findsTheFirstWithTheRole() {
    assertThat(PAS.question(StandardRole.POLICE_LISTEN)).contains(LISTEN);
    assertThat(PAS.question(StandardRole.CONFIDENCE)).isEmpty();
  }
}
