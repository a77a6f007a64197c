package org.engagement.measures.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.engagement.core.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProratingTest {

  @ParameterizedTest
  @CsvSource({
    "2012-01-01/2012-12-31, 4, 4",
    "2013-01-01/2013-12-31, 4, 4",
    "2011-04-01/2012-03-31, 4, 4",
    "2012-04-01/2013-03-31, 4, 4",
    "2012-04-01/2013-03-31, 1, 1",
    "2011-04-01/2013-03-31, 4, 8",
    "2012-04-01/2012-06-30, 4, 1",
    "2012-04-01/2012-06-30, 2, 0",
    "2012-07-01/2012-09-30, 2, 1",
    "2013-01-01/2013-03-31, 4, 1",
    "2012-04-01/2012-06-30, 1, 0",
    "2012-04-01/2012-04-01, 4, 0",
    "2012-04-01/2012-05-15, 4, 0",
    "2012-04-01/2012-05-16, 4, 1"
  })
  void required_roundsHalfUpOverTheInclusiveLength(String period, long perYear, long expected) {
    assertThat(Prorating.required(perYear, Period.parse(period))).isEqualTo(expected);
  }

  @Test
  void required_negative_throws() {
    assertThrows(IllegalArgumentException.class, () -> Prorating.required(-1, Period.year(2012)));
  }
}
