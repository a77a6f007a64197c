package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  private static final LocalDate FY_START = LocalDate.of(2012, 4, 1);
  private static final LocalDate FY_END = LocalDate.of(2013, 3, 31);
  private static final Period FY2012 = Period.of(FY_START, FY_END);

  @Test
  void of_keepsBothEnds() {
    assertThat(FY2012.from()).isEqualTo(FY_START);
    assertThat(FY2012.to()).isEqualTo(FY_END);
  }

  @Test
  void of_endBeforeStart_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Period.of(LocalDate.of(2012, 4, 2), LocalDate.of(2012, 4, 1)));

    assertThat(e).hasMessage("period must not end before it starts: 2012-04-02/2012-04-01");
  }

  @Test
  void ofDay_isOneDayLong() {
    Period day = Period.ofDay(LocalDate.of(2012, 2, 29));

    assertThat(day.from()).isEqualTo(day.to()).isEqualTo(LocalDate.of(2012, 2, 29));
    assertThat(day.lengthInDays()).isEqualTo(1);
  }

  @Test
  void year_isTheCalendarYear() {
    assertThat(Period.year(2012))
        .isEqualTo(Period.of(LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31)));
  }

  @Test
  void financialYear_startsOnTheFirstOfApril() {
    assertThat(Period.financialYear(2012)).isEqualTo(FY2012);
  }

  @Test
  void lengthInDays_leapCalendarYear_is366() {
    assertThat(Period.year(2012).lengthInDays()).isEqualTo(366);
  }

  @Test
  void lengthInDays_financialYear2012_is365() {
    // 2012/13 starts after 29 February 2012 and ends before 2016's: no leap day inside
    assertThat(Period.financialYear(2012).lengthInDays()).isEqualTo(365);
    assertThat(Period.financialYear(2011).lengthInDays()).isEqualTo(366);
  }

  @Test
  void parse_isoInterval() {
    assertThat(Period.parse("2012-04-01/2013-03-31")).isEqualTo(FY2012);
  }

  @Test
  void parse_calendarYear() {
    assertThat(Period.parse("2012")).isEqualTo(Period.year(2012));
  }

  @ParameterizedTest
  @ValueSource(strings = {"FY2012", "fy2012", "2012/13", " FY2012 "})
  void parse_financialYear(String text) {
    assertThat(Period.parse(text)).isEqualTo(FY2012);
  }

  @Test
  void parse_financialYearAcrossACentury() {
    assertThat(Period.parse("1999/00")).isEqualTo(Period.financialYear(1999));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2012-04-01/2013-03-31", "2012-02-29/2012-02-29", "0001-01-01/9999-12-31"})
  void toString_parse_roundTrips(String text) {
    Period period = Period.parse(text);

    assertThat(period).hasToString(text);
    assertThat(Period.parse(period.toString())).isEqualTo(period);
  }

  @Test
  void toString_isTheIsoInterval() {
    assertThat(Period.financialYear(2012)).hasToString("2012-04-01/2013-03-31");
  }

  @Test
  void parse_impossibleDate_throwsWithItsIndex() {
    DateTimeParseException e = assertThrows(DateTimeParseException.class,
        () -> Period.parse("2012-02-30/2012-03-01"));

    assertThat(e.getErrorIndex()).isEqualTo(0);
    assertThat(e.getParsedString()).isEqualTo("2012-02-30/2012-03-01");
    assertThat(e).hasMessageContaining("2012-02-30");
  }

  @Test
  void parse_impossibleEndDate_pointsAtTheEnd() {
    DateTimeParseException e = assertThrows(DateTimeParseException.class,
        () -> Period.parse("2012-03-01/2012-13-01"));

    assertThat(e.getErrorIndex()).isEqualTo(11);
    assertThat(e).hasMessageContaining("2012-13-01");
  }

  @Test
  void parse_garbage_throwsNamingTheForms() {
    DateTimeParseException e =
        assertThrows(DateTimeParseException.class, () -> Period.parse("garbage"));

    assertThat(e.getErrorIndex()).isEqualTo(0);
    assertThat(e).hasMessage(
        "period must be 'yyyy-mm-dd/yyyy-mm-dd', 'yyyy', 'FYyyyy' or 'yyyy/yy': garbage");
  }

  @Test
  void parse_endBeforeStart_throwsPointingAtTheEnd() {
    DateTimeParseException e = assertThrows(DateTimeParseException.class,
        () -> Period.parse("2012-04-01/2012-03-31"));

    assertThat(e.getErrorIndex()).isEqualTo(11);
    assertThat(e).hasMessage("period must not end before it starts: 2012-04-01/2012-03-31");
  }

  @Test
  void parse_financialYearOfNonConsecutiveYears_throws() {
    DateTimeParseException e =
        assertThrows(DateTimeParseException.class, () -> Period.parse("2012/14"));

    assertThat(e.getErrorIndex()).isEqualTo(5);
    assertThat(e).hasMessage("financial year must name consecutive years: 2012/14");
  }

  @Test
  void parse_null_throwsNullPointerException() {
    assertThrows(NullPointerException.class, () -> Period.parse(null));
  }

  @ParameterizedTest
  @CsvSource({
      "2012-03-31, false",
      "2012-04-01, true",
      "2012-10-15, true",
      "2013-03-31, true",
      "2013-04-01, false"})
  void contains_bothEndsInclusive(LocalDate date, boolean expected) {
    assertThat(FY2012.contains(date)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "2013-03-31, ,           true",
      "2013-04-01, ,           false",
      "2011-01-01, ,           true",
      "2011-01-01, 2012-04-01, true",
      "2011-01-01, 2012-03-31, false",
      "2012-06-01, 2012-06-30, true",
      "2011-01-01, 2014-01-01, true"})
  void overlaps_atTheBoundaries(LocalDate start, LocalDate end, boolean expected) {
    assertThat(FY2012.overlaps(start, Optional.ofNullable(end))).isEqualTo(expected);
  }
}
