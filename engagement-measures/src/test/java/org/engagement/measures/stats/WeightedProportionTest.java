package org.engagement.measures.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WeightedProportionTest {

  @Test
  void unweighted_effectiveSizeIsN_andIntervalIsWilson() {
    // Newcombe (1998) Statistics in Medicine 17:857-872, Table II, method 3: 81/263 gives
    // 0.2553 to 0.3662. With unit weights Kish's n_eff = n²/n = n.
    WeightedProportion p = WeightedProportion.unweighted(81, 263);
    assertThat(p.proportion()).isCloseTo(0.30798, within(0.00001));
    assertThat(p.effectiveSize()).isEqualTo(263.0);
    assertThat(p.interval().lower()).isCloseTo(0.2553, within(0.00005));
    assertThat(p.interval().upper()).isCloseTo(0.3662, within(0.00005));
  }

  @Test
  void weighted_kishEffectiveSize_handWorked() {
    // Weights 1, 1, 1, 2 with y = 1, 0, 0, 1. Σw = 5, Σw² = 7, Σw·y = 3.
    // p = 3/5 = 0.6; Kish (1965, Survey Sampling §11.7): n_eff = (Σw)²/Σw² = 25/7.
    WeightedProportion p = WeightedProportion.of(4, 5, 7, 3);
    assertThat(p.proportion()).isCloseTo(0.6, within(1e-15));
    assertThat(p.effectiveSize()).isCloseTo(25.0 / 7, within(1e-12));
    // The interval is Wilson's on p = 0.6 with n = 25/7 = 3.571429, not n = 4:
    // z² = 3.841459, z²/n = 1.075608, denominator 2.075608;
    // centre = (0.6 + 0.537804) / 2.075608 = 0.548179;
    // half = 1.959964·√(0.24/3.571429 + 3.841459/(4·12.755102)) / 2.075608
    //      = 1.959964·√(0.0672 + 0.075292) / 2.075608 = 0.356450;
    // interval = [0.191728, 0.904629], to six decimals.
    assertThat(p.interval().lower()).isCloseTo(0.191728, within(0.000001));
    assertThat(p.interval().upper()).isCloseTo(0.904629, within(0.000001));
  }

  @Test
  void plus_addsTheSums() {
    WeightedProportion a = WeightedProportion.of(2, 2.5, 3.25, 1.5);
    WeightedProportion b = WeightedProportion.of(3, 3, 3, 1);
    assertThat(a.plus(b)).isEqualTo(WeightedProportion.of(5, 5.5, 6.25, 2.5));
    assertThat(a.plus(WeightedProportion.empty())).isEqualTo(a);
  }

  @Test
  void empty_hasNoProportion() {
    WeightedProportion empty = WeightedProportion.empty();
    assertThat(empty.isEmpty()).isTrue();
    IllegalStateException e = assertThrows(IllegalStateException.class, empty::proportion);
    assertThat(e).hasMessage("proportion is undefined: no valid answers (n = 0)");
    assertThat(empty).hasToString("empty (n=0)");
  }

  @Test
  void of_inconsistentSums_throw() {
    assertThrows(IllegalArgumentException.class, () -> WeightedProportion.of(2, 1, 1, 1.5));
    assertThrows(IllegalArgumentException.class, () -> WeightedProportion.of(0, 1, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> WeightedProportion.of(1, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> WeightedProportion.unweighted(3, 2));
  }

  @Test
  void toString_showsProportionIntervalAndBases() {
    assertThat(WeightedProportion.unweighted(81, 263))
        .hasToString("0.3080 [0.2553, 0.3662] n=263 n_eff=263.0");
  }
}
