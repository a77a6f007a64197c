package org.engagement.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class RatingScaleTest {

  private final RatingScale scale = RatingScale.standard(10);

  private Rating rate(double score) {
    return scale.rate(OptionalDouble.of(score), 10);
  }

  @Test
  void rate_defaultThresholds() {
    // docs/spec/measures.md §0: OUTSTANDING ≥ 0.90, GOOD ≥ 0.75, ADEQUATE ≥ 0.60,
    // REQUIRES_IMPROVEMENT ≥ 0.40, else INADEQUATE.
    assertThat(rate(1.0)).isEqualTo(Rating.OUTSTANDING);
    assertThat(rate(0.90)).isEqualTo(Rating.OUTSTANDING);
    assertThat(rate(0.8999)).isEqualTo(Rating.GOOD);
    assertThat(rate(0.75)).isEqualTo(Rating.GOOD);
    assertThat(rate(0.60)).isEqualTo(Rating.ADEQUATE);
    assertThat(rate(0.5999)).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    assertThat(rate(0.40)).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    assertThat(rate(0.3999)).isEqualTo(Rating.INADEQUATE);
    assertThat(rate(0.0)).isEqualTo(Rating.INADEQUATE);
  }

  @Test
  void rate_leansTowardTheThreshold() {
    // 0.1 + 0.2 + 0.6 = 0.8999999999999999 in binary floating point: still OUTSTANDING.
    assertThat(rate(0.1 + 0.2 + 0.6)).isEqualTo(Rating.OUTSTANDING);
    assertThat(rate(0.9 - 2e-12)).isEqualTo(Rating.GOOD);
  }

  @Test
  void rate_belowMinimumBase_insufficientData() {
    assertThat(scale.rate(OptionalDouble.of(1.0), 9)).isEqualTo(Rating.INSUFFICIENT_DATA);
    assertThat(RatingScale.standard(30).rate(OptionalDouble.of(1.0), 30))
        .isEqualTo(Rating.OUTSTANDING);
  }

  @Test
  void rate_noScore_notRated() {
    assertThat(scale.rate(OptionalDouble.empty(), 100)).isEqualTo(Rating.NOT_RATED);
  }

  @Test
  void builder_overridesOneThreshold() {
    RatingScale strict = RatingScale.builder().from(scale).good(0.80).build();
    assertThat(strict.rate(OptionalDouble.of(0.78), 10)).isEqualTo(Rating.ADEQUATE);
    assertThat(strict.outstanding()).isEqualTo(0.90);
    assertThat(strict).hasToString("RatingScale{0.90/0.80/0.60/0.40, minimum base 10}");
  }

  @Test
  void builder_increasingThresholds_throw() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RatingScale.builder().good(0.95).build());
    assertThat(e).hasMessageStartingWith("rating thresholds must not increase");
    assertThrows(IllegalArgumentException.class, () -> RatingScale.builder().minimumBase(-1).build());
  }

  @Test
  void isGrade_onlyTheFivePeelGrades() {
    assertThat(Rating.INADEQUATE.isGrade()).isTrue();
    assertThat(Rating.INSUFFICIENT_DATA.isGrade()).isFalse();
    assertThat(Rating.NOT_RATED.isGrade()).isFalse();
  }

  @Test
  void notRated_gradesNothing_andSaysWhy() {
    RatingScale scale = RatingScale.notRated("a prevalence");
    assertThat(scale.rate(java.util.OptionalDouble.of(0.95), 1000)).isEqualTo(Rating.NOT_RATED);
    assertThat(scale.notRatedReason()).hasValue("a prevalence");
    assertThat(scale).hasToString("RatingScale{not rated: a prevalence}");
    assertThat(RatingScale.standard(10).notRatedReason()).isEmpty();
    assertThrows(IllegalArgumentException.class, () -> RatingScale.notRated(" "));
  }
}
