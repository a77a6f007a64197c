package org.engagement.measures.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IntervalTest {

  // Reference values: R. G. Newcombe (1998), "Two-sided confidence intervals for the single
  // proportion: comparison of seven methods", Statistics in Medicine 17:857-872, Table II,
  // method 3 (Wilson score interval without continuity correction), given to four decimals.

  @Test
  void wilson_newcombe1998_81of263() {
    Interval i = Interval.wilson(81.0 / 263, 263);
    assertThat(i.lower()).isCloseTo(0.2553, within(0.00005));
    assertThat(i.upper()).isCloseTo(0.3662, within(0.00005));
  }

  @Test
  void wilson_newcombe1998_15of148() {
    Interval i = Interval.wilson(15.0 / 148, 148);
    assertThat(i.lower()).isCloseTo(0.0624, within(0.00005));
    assertThat(i.upper()).isCloseTo(0.1605, within(0.00005));
  }

  @Test
  void wilson_newcombe1998_0of20() {
    Interval i = Interval.wilson(0.0, 20);
    assertThat(i.lower()).isEqualTo(0.0);
    assertThat(i.upper()).isCloseTo(0.1611, within(0.00005));
  }

  @Test
  void wilson_newcombe1998_1of29() {
    Interval i = Interval.wilson(1.0 / 29, 29);
    assertThat(i.lower()).isCloseTo(0.0061, within(0.00005));
    assertThat(i.upper()).isCloseTo(0.1718, within(0.00005));
  }

  @Test
  void wilson_allSuccesses_isTheMirrorImageOfNone() {
    // 20/20 mirrors 0/20 (Newcombe 1998: the score interval is symmetric under p -> 1 - p).
    Interval i = Interval.wilson(1.0, 20);
    assertThat(i.upper()).isEqualTo(1.0);
    assertThat(i.lower()).isCloseTo(1 - 0.1611, within(0.00005));
  }

  @Test
  void wilson_outOfRange_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Interval.wilson(1.5, 10));
    assertThat(e).hasMessage("proportion must lie in [0, 1]: 1.5");
    assertThrows(IllegalArgumentException.class, () -> Interval.wilson(0.5, 0));
  }

  @Test
  void of_reversedBounds_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Interval.of(0.4, 0.1));
    assertThat(e).hasMessage("interval must not end before it starts: [0.4, 0.1]");
  }

  @Test
  void toString_fourDecimals() {
    assertThat(Interval.of(0.25529, 0.36621)).hasToString("[0.2553, 0.3662]");
    assertThat(Interval.of(0.1, 0.4).contains(0.4)).isTrue();
    assertThat(Interval.of(0.1, 0.4).contains(0.41)).isFalse();
  }

  @Test
  void wilson_atZeroAndOne_containsTheProportionDespiteRounding() {
    // Unclamped, rounding gives 0/3 a lower bound of 5.6e-17 and 10/10 an upper bound of
    // 0.9999999999999999: the interval would not contain its own estimate.
    assertThat(Interval.wilson(0, 3).lower()).isZero();
    assertThat(Interval.wilson(1, 10).upper()).isEqualTo(1.0);
    assertThat(Interval.wilson(0, 3).contains(0)).isTrue();
    assertThat(Interval.wilson(1, 10).contains(1)).isTrue();
  }
}
