package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SurveyResponseTest {

  private static SurveyResponse.Builder response() {
    return SurveyResponse.builder().id(ResponseId.of("R-1")).survey(SurveyId.of("PAS-2012"))
        .date(LocalDate.of(2012, 6, 3)).area(AreaId.of("E05014105"));
  }

  @Test
  void weight_isOneByDefault() {
    assertThat(response().build().weight()).isEqualTo(1.0);
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void builder_nonFiniteWeight_throws(double weight) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> response().weight(weight).build());

    assertThat(e).hasMessage("weight must be a finite number: " + weight);
  }

  @Test
  void builder_keepsTheOrderOfPuts_andAPutAgainKeepsItsPlace() {
    SurveyResponse r = response()
        .putDemographics("ETHNICITY", "BLACK").putDemographics("AGE", "AGE_25_34")
        .putDemographics("ETHNICITY", "NOT_STATED")
        .putAnswers(QuestionId.of("Q7"), Answer.likert(4))
        .putAnswers(QuestionId.of("Q2"), Answer.yes())
        .build();

    assertThat(List.copyOf(r.demographics().keySet())).containsExactly("ETHNICITY", "AGE");
    assertThat(r.demographics()).containsEntry("ETHNICITY", "NOT_STATED");
    assertThat(List.copyOf(r.answers().keySet()))
        .containsExactly(QuestionId.of("Q7"), QuestionId.of("Q2"));
    assertThat(r.toString()).contains("demographics={ETHNICITY=NOT_STATED, AGE=AGE_25_34}");
  }

  @Test
  void builder_mapSetterReplaces_fromAdds_andBuiltValuesDoNotChange() {
    Map<QuestionId, Answer> answers = new LinkedHashMap<>();
    answers.put(QuestionId.of("Q1"), Answer.likert(2));
    SurveyResponse.Builder builder = response()
        .putAnswers(QuestionId.of("Q9"), Answer.likert(5)).answers(answers);
    SurveyResponse first = builder.build();
    answers.put(QuestionId.of("Q3"), Answer.likert(1));
    builder.putAnswers(QuestionId.of("Q4"), Answer.likert(3));

    assertThat(first.answers()).isEqualTo(Map.of(QuestionId.of("Q1"), Answer.likert(2)));
    assertThat(builder.build().answers().keySet())
        .containsExactly(QuestionId.of("Q1"), QuestionId.of("Q4"));
    SurveyResponse copy = SurveyResponse.builder().from(first).build();
    assertThat(copy).isEqualTo(first).hasSameHashCodeAs(first);
    SurveyResponse added = response().putAnswers(QuestionId.of("Q9"), Answer.likert(5))
        .from(first).build();
    assertThat(added.answers().keySet())
        .containsExactly(QuestionId.of("Q9"), QuestionId.of("Q1"));
    assertThrows(UnsupportedOperationException.class,
        () -> first.answers().put(QuestionId.of("Q5"), Answer.likert(1)));
  }

  @Test
  void builder_missingRequiredAttributes_namesThem() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> SurveyResponse.builder().id(ResponseId.of("R-1")).build());

    assertThat(e).hasMessageContaining("[survey, date, area]");
  }
}
