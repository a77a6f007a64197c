package org.engagement.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.measures.Suppression.NONE;
import static org.engagement.measures.Suppression.PRIMARY;
import static org.engagement.measures.Suppression.SECONDARY;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.engagement.core.AreaId;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {

  private final DisclosureControl standard = DisclosureControl.standard();

  @Test
  void suppresses_surveyBaseBelowThirty() {
    assertThat(standard.suppresses(29)).isTrue();
    assertThat(standard.suppresses(30)).isFalse();
    // A base of 0 has no figure to withhold.
    assertThat(standard.suppresses(0)).isFalse();
    assertThat(DisclosureControl.none().suppresses(1)).isFalse();
  }

  @Test
  void withholds_onlySurveyFiguresOnASmallBase() {
    MeasureResult survey = result(BaseKind.SURVEY_ANSWERS, 29);
    assertThat(standard.withholds(survey)).isTrue();
    assertThat(standard.withholds(result(BaseKind.SURVEY_ANSWERS, 30))).isFalse();
    // A ratio measure below its rating's minimum base is shown, rated INSUFFICIENT_DATA.
    assertThat(standard.withholds(result(BaseKind.DENOMINATOR, 4))).isFalse();
    assertThat(DisclosureControl.none().withholds(survey)).isFalse();
  }

  private static MeasureResult result(BaseKind kind, long base) {
    return MeasureResult.builder()
        .measure("M9")
        .title("Test")
        .scope(Scope.of(AreaId.of("B"), Period.year(2012)))
        .status(MeasureStatus.SCORED)
        .score(0.5)
        .base(base)
        .baseKind(kind)
        .rating(Rating.INSUFFICIENT_DATA)
        .build();
  }

  @Test
  void suppress_exactlyOnePrimary_withTotal_addsTheSmallestNonZeroCell() {
    // Bases 40, 12, 0, 35, 35: 12 is primary; the smallest non-zero published cell is 35,
    // the first of the two (category order).
    assertThat(standard.suppress(List.of(40L, 12L, 0L, 35L, 35L), true))
        .containsExactly(NONE, PRIMARY, NONE, SECONDARY, NONE);
  }

  @Test
  void suppress_withoutTotal_orWithTwoPrimaries_addsNothing() {
    assertThat(standard.suppress(List.of(40L, 12L, 35L), false)).containsExactly(NONE, PRIMARY, NONE);
    assertThat(standard.suppress(List.of(40L, 12L, 5L), true))
        .containsExactly(NONE, PRIMARY, PRIMARY);
    assertThat(standard.suppress(List.of(40L, 50L), true)).containsExactly(NONE, NONE);
  }

  @Test
  void of_negative_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DisclosureControl.of(-1));
    assertThat(e).hasMessage("survey minimum base must not be negative: -1");
    assertThat(standard).hasToString("DisclosureControl{survey base ≥ 30, demographic count ≥ 5}");
  }

  @Test
  void suppressesCount_oneToFour() {
    assertThat(standard.suppressesCount(0)).isFalse();
    assertThat(standard.suppressesCount(1)).isTrue();
    assertThat(standard.suppressesCount(4)).isTrue();
    assertThat(standard.suppressesCount(5)).isFalse();
    assertThat(DisclosureControl.of(30, 10).suppressesCount(9)).isTrue();
    assertThat(DisclosureControl.none().suppressesCount(1)).isFalse();
  }

  @Test
  void suppressCounts_exactlyOnePrimary_withTotal_addsTheSmallestNonZeroCount() {
    // Counts 12, 3, 0, 7, 7: 3 is shown as <5; the smallest non-zero published count is the
    // first 7, withheld too so that 3 cannot be recovered from the total 29.
    assertThat(standard.suppressCounts(List.of(12L, 3L, 0L, 7L, 7L), true))
        .containsExactly(NONE, PRIMARY, NONE, SECONDARY, NONE);
    assertThat(standard.suppressCounts(List.of(12L, 3L, 7L), false)).containsExactly(NONE, PRIMARY, NONE);
  }

  @Test
  void of_negativeCount_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DisclosureControl.of(30, -1));
    assertThat(e).hasMessage("demographic minimum count must not be negative: -1");
  }
}
