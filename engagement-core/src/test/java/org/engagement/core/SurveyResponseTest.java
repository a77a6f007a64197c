package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
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
}
