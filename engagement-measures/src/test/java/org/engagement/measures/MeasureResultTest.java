package org.engagement.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.engagement.core.AreaId;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.junit.jupiter.api.Test;

class MeasureResultTest {

  private static MeasureResult.Builder scored() {
    return MeasureResult.builder()
        .measure("M9")
        .title("Test")
        .scope(Scope.of(AreaId.of("B"), Period.year(2012)))
        .status(MeasureStatus.SCORED)
        .score(0.5)
        .base(10)
        .rating(Rating.REQUIRES_IMPROVEMENT);
  }

  @Test
  void build_scoredWithoutScore_throws() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MeasureResult.builder().from(scored().build()).score(java.util.OptionalDouble.empty()).build());
    assertThat(e).hasMessage("M9 result must have a score exactly when SCORED: SCORED");
  }

  @Test
  void build_scoreOutOfRange_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> scored().score(1.5).build());
    assertThat(e).hasMessage("M9 score must lie in [0, 1]: 1.5");
  }

  @Test
  void build_unsortedEvidence_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> scored().addEvidence("b", "a").build());
    assertThat(e).hasMessage("M9 evidence must be sorted and distinct: a");
  }

  @Test
  void build_notAssessableWithGrade_throws() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            scored()
                .status(MeasureStatus.NOT_ASSESSABLE)
                .score(java.util.OptionalDouble.empty())
                .reason("none")
                .build());
  }

  @Test
  void toString_listsTheFirstTenEvidenceIds() {
    MeasureResult.Builder b = scored();
    for (int i = 10; i < 22; i++) {
      b.addEvidence("ID-" + i);
    }
    String text = b.build().toString();
    assertThat(text).contains("evidence (12): ID-10, ID-11").contains("ID-19, … and 2 more");
    assertThat(text).doesNotContain("ID-20");
  }

  @Test
  void indicator_formatsByKind() {
    assertThat(Indicator.count("n", 3)).hasToString("n=3");
    assertThat(Indicator.share("s", 0.123456)).hasToString("s=0.1235");
    assertThat(Indicator.days("d", 12)).hasToString("d=12.0");
    assertThat(Indicator.quantity("q", 120)).hasToString("q=120");
    assertThat(Indicator.label("basis", "RESPONDENTS")).hasToString("basis=RESPONDENTS");
    assertThat(Indicator.notAssessable("x", IndicatorKind.STATISTIC, "no data"))
        .hasToString("x=n/a (no data)");
    assertThrows(IllegalArgumentException.class, () -> Indicator.share("s", Double.NaN));
  }

  @Test
  void gap_sortsByIdThenStep() {
    assertThat(Gap.of("A", "Z").compareTo(Gap.of("B", "A"))).isNegative();
    assertThat(Gap.of("A", "B").compareTo(Gap.of("A", "C"))).isNegative();
    assertThat(Gap.of("IN-3", "PRESENTED")).hasToString("IN-3 lacks PRESENTED");
  }
}
