package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.engagement.testkit.EngagementArbitraries;

class PeriodProperties {

  @Provide
  Arbitrary<Period> periods() {
    return EngagementArbitraries.periods();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return EngagementArbitraries.dates();
  }

  @Property
  void toString_parse_roundTrips(@ForAll("periods") Period period) {
    assertThat(Period.parse(period.toString())).isEqualTo(period);
  }

  @Property
  void lengthInDays_countsBothEnds(@ForAll("periods") Period period) {
    assertThat(period.from().plusDays(period.lengthInDays() - 1)).isEqualTo(period.to());
  }

  @Property
  void contains_exactlyTheDaysFromStartToEnd(
      @ForAll("periods") Period period, @ForAll("dates") LocalDate date) {
    boolean inside = !date.isBefore(period.from()) && !date.isAfter(period.to());

    assertThat(period.contains(date)).isEqualTo(inside);
    assertThat(period.contains(period.from())).isTrue();
    assertThat(period.contains(period.to())).isTrue();
  }

  @Property
  void overlaps_aPeriodOverlapsItselfAndWhatItContains(
      @ForAll("periods") Period period, @ForAll("dates") LocalDate date) {
    assertThat(period.overlaps(period.from(), Optional.of(period.to()))).isTrue();
    assertThat(period.overlaps(date, Optional.of(date))).isEqualTo(period.contains(date));
  }

  @Property
  void financialYear_parsesFromEachOfItsForms(@ForAll @IntRange(min = 1000, max = 9998) int year) {
    Period expected = Period.financialYear(year);
    String shortForm = year + "/" + String.format("%02d", (year + 1) % 100);

    assertThat(Period.parse("FY" + year)).isEqualTo(expected);
    assertThat(Period.parse(shortForm)).isEqualTo(expected);
    assertThat(expected.lengthInDays()).isBetween(365L, 366L);
  }
}
