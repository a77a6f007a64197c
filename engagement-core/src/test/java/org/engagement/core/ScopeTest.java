package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScopeTest {

  private static final AreaId LAMBETH = AreaId.of("E09000022");

  @Test
  void of_asOfDefaultsToThePeriodsEnd() {
    Scope scope = Scope.of(LAMBETH, Period.financialYear(2012));

    assertThat(scope.area()).isEqualTo(LAMBETH);
    assertThat(scope.period()).isEqualTo(Period.financialYear(2012));
    assertThat(scope.asOf()).isEqualTo(LocalDate.of(2013, 3, 31));
    assertThat(scope.surveys()).isEmpty();
  }

  @Test
  void builder_laterAsOf_isKept() {
    Scope scope = Scope.builder().area(LAMBETH).period(Period.year(2012))
        .asOf(LocalDate.of(2013, 6, 30)).addSurveys(SurveyId.of("PAS-2012")).build();

    assertThat(scope.asOf()).isEqualTo(LocalDate.of(2013, 6, 30));
    assertThat(scope.surveys()).containsExactly(SurveyId.of("PAS-2012"));
  }

  @Test
  void builder_asOfOnThePeriodsEnd_isAllowed() {
    assertThat(Scope.builder().area(LAMBETH).period(Period.year(2012))
        .asOf(LocalDate.of(2012, 12, 31)).build())
        .isEqualTo(Scope.of(LAMBETH, Period.year(2012)));
  }

  @Test
  void builder_asOfBeforeThePeriodsEnd_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Scope.builder().area(LAMBETH).period(Period.year(2012))
            .asOf(LocalDate.of(2012, 12, 30)).build());

    assertThat(e).hasMessage(
        "as-of date must not be before the period's end 2012-12-31: 2012-12-30");
  }
}
