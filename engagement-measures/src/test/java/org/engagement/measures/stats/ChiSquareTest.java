package org.engagement.measures.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChiSquareTest {

  // Critical values of the chi-square distribution, upper-tail probabilities 0.05 and 0.01:
  // NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.4 "Critical Values of the
  // Chi-Square Distribution" (values to three decimals, so p agrees to about 1e-4).

  @Test
  void pValue_criticalValues_fivePercent() {
    assertThat(ChiSquare.of(3.841, 1).pValue()).isCloseTo(0.05, within(0.0001));
    assertThat(ChiSquare.of(5.991, 2).pValue()).isCloseTo(0.05, within(0.0001));
    assertThat(ChiSquare.of(7.815, 3).pValue()).isCloseTo(0.05, within(0.0001));
    assertThat(ChiSquare.of(18.307, 10).pValue()).isCloseTo(0.05, within(0.0001));
  }

  @Test
  void pValue_criticalValues_onePercent() {
    assertThat(ChiSquare.of(6.635, 1).pValue()).isCloseTo(0.01, within(0.0001));
    assertThat(ChiSquare.of(9.210, 2).pValue()).isCloseTo(0.01, within(0.0001));
  }

  @Test
  void goodnessOfFit_mendelDihybridCross() {
    // G. Mendel (1866), dihybrid cross: round-yellow 315, round-green 108, wrinkled-yellow 101,
    // wrinkled-green 32 against the 9:3:3:1 ratio, a classic textbook exercise in the
    // goodness-of-fit test (R. A. Fisher (1936), "Has Mendel's work been rediscovered?", Annals
    // of Science 1:115-137, discusses it): X² = 0.470 on 3 df, P = 0.925.
    ChiSquare c = ChiSquare.goodnessOfFit(new long[] {315, 108, 101, 32}, new double[] {9, 3, 3, 1});
    assertThat(c.statistic()).isCloseTo(0.470, within(0.0005));
    assertThat(c.degreesOfFreedom()).isEqualTo(3);
    assertThat(c.pValue()).isCloseTo(0.925, within(0.0005));
  }

  @Test
  void goodnessOfFit_mendelYellowGreen() {
    // A. Agresti, Categorical Data Analysis (2nd ed., 2002), §1.5.4 "Testing Mendel's
    // theories": 6022 yellow and 2001 green seeds against 3:1 give X² = 0.015, P-value = 0.90.
    ChiSquare c = ChiSquare.goodnessOfFit(new long[] {6022, 2001}, new double[] {3, 1});
    assertThat(c.statistic()).isCloseTo(0.015, within(0.0005));
    assertThat(c.pValue()).isCloseTo(0.90, within(0.005));
  }

  @Test
  void of_invalidArguments_throw() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ChiSquare.of(1.0, 0));
    assertThat(e).hasMessage("degrees of freedom must be at least 1: 0");
    assertThrows(IllegalArgumentException.class, () -> ChiSquare.of(-1.0, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> ChiSquare.goodnessOfFit(new long[] {0, 0}, new double[] {1, 1}));
    assertThrows(
        IllegalArgumentException.class,
        () -> ChiSquare.goodnessOfFit(new long[] {3}, new double[] {1}));
  }

  @Test
  void toString_showsStatisticDfAndP() {
    assertThat(ChiSquare.of(3.841, 1).toString()).isEqualTo("X²=3.841 df=1 p=0.0500");
  }
}
