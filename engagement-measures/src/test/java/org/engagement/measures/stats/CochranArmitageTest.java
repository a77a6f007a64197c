package org.engagement.measures.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CochranArmitageTest {

  // Published example: infant malformation (sex organ malformation present) by mother's alcohol
  // consumption (drinks per day: 0, <1, 1-2, 3-5, >=6), Graubard & Korn (1987), Biometrics 43,
  // as tabulated by A. Agresti, "Categorical Data Analysis", 2nd ed. (Wiley, 2002), Table 3.7:
  // present 48, 38, 5, 1, 1 of 17114, 14502, 793, 127, 38. Agresti's section 3.4 gives
  // M² = 6.57 (P = 0.01) with scores (0, 0.5, 1.5, 4.0, 7.0) and M² = 1.83 (P = 0.18) with equally
  // spaced scores (1..5); M² = (N − 1)r² differs from the Cochran–Armitage z² = N r² only by the
  // factor (N − 1)/N = 0.99997. Cytel's StatXact example 6 ("Cochran-Armitage Exact Test of Trend
  // for Imbalanced Data", the same table) prints the asymptotic two-sided p-values 0.0078 for
  // scores (0, 0.5, 1.5, 4, 8) and 0.1765 for the scores 1..5.
  private static final List<Double> MALFORMED = List.of(48.0, 38.0, 5.0, 1.0, 1.0);
  private static final List<Double> BIRTHS = List.of(17114.0, 14502.0, 793.0, 127.0, 38.0);

  @Test
  void agresti2002_table3_7_averageDrinkScores() {
    CochranArmitage t =
        CochranArmitage.test(MALFORMED, BIRTHS, List.of(0.0, 0.5, 1.5, 4.0, 7.0));
    assertThat(t.z() * t.z() * (32574 - 1) / 32574).isCloseTo(6.57, within(0.005));
    assertThat(t.z()).isCloseTo(2.56, within(0.005));
    assertThat(t.pValue()).isCloseTo(0.010, within(0.0005));
    assertThat(t.verdict()).isEqualTo(TrendVerdict.RISING);
  }

  @Test
  void agresti2002_table3_7_equallySpacedScores_isTheLinearTest() {
    CochranArmitage t = CochranArmitage.linear(MALFORMED, BIRTHS);
    assertThat(t.scores()).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0);
    assertThat(t.z() * t.z() * (32574 - 1) / 32574).isCloseTo(1.83, within(0.005));
    assertThat(t.pValue()).isCloseTo(0.1765, within(0.0002)); // StatXact: 0.1765
    assertThat(t.pValue()).isCloseTo(0.18, within(0.005)); // Agresti: P = 0.18
    assertThat(t.verdict()).isEqualTo(TrendVerdict.NO_SIGNIFICANT_TREND);
  }

  @Test
  void statxactExample6_scores0_05_15_4_8() {
    CochranArmitage t =
        CochranArmitage.test(MALFORMED, BIRTHS, List.of(0.0, 0.5, 1.5, 4.0, 8.0));
    assertThat(t.pValue()).isCloseTo(0.0078, within(0.00005));
  }

  @Test
  void handWorked_rising() {
    // x = 1, 2, 3 of 4 each: N = 12, p̄ = 1/2, T = 1(1−2) + 2(2−2) + 3(3−2) = 2,
    // Var = 1/4 · (4·14 − 24²/12) = 1/4 · 8 = 2, z = 2/√2 = √2, p = erfc(1) = 0.1572992070502851.
    CochranArmitage t = CochranArmitage.linear(List.of(1.0, 2.0, 3.0), List.of(4.0, 4.0, 4.0));
    assertThat(t.pooledProportion()).isEqualTo(0.5);
    assertThat(t.statistic()).isCloseTo(2.0, within(1e-12));
    assertThat(t.variance()).isCloseTo(2.0, within(1e-12));
    assertThat(t.z()).isCloseTo(Math.sqrt(2), within(1e-12));
    assertThat(t.pValue()).isCloseTo(0.1572992070502851, within(1e-12));
    assertThat(t.verdict()).isEqualTo(TrendVerdict.NO_SIGNIFICANT_TREND);
    assertThat(t).hasToString("z=1.41 p=0.1573 NO_SIGNIFICANT_TREND");
  }

  @Test
  void handWorked_falling() {
    // x = 9, 5, 1 of 10 each: p̄ = 1/2, T = 1(9−5) + 3(1−5) = −8, Var = 1/4 · (1400/10 − 60²/30)
    // = 1/4 · 20 = 5, z = −8/√5 = −3.5777087639996634, p = 0.000346619351134...
    CochranArmitage t = CochranArmitage.linear(List.of(9.0, 5.0, 1.0), List.of(10.0, 10.0, 10.0));
    assertThat(t.z()).isCloseTo(-8 / Math.sqrt(5), within(1e-12));
    assertThat(t.pValue()).isCloseTo(3.466193511346677e-4, within(1e-12));
    assertThat(t.verdict()).isEqualTo(TrendVerdict.FALLING);
  }

  @Test
  void varianceZero_givesZ0AndP1() {
    // p̄ = 0: no success anywhere.
    CochranArmitage none = CochranArmitage.linear(List.of(0.0, 0.0, 0.0), List.of(5.0, 7.0, 9.0));
    assertThat(none.variance()).isEqualTo(0.0);
    assertThat(none.z()).isEqualTo(0.0);
    assertThat(none.pValue()).isEqualTo(1.0);
    assertThat(none.verdict()).isEqualTo(TrendVerdict.NO_SIGNIFICANT_TREND);
    // p̄ = 1: every record a success.
    CochranArmitage all = CochranArmitage.linear(List.of(5.0, 7.0, 9.0), List.of(5.0, 7.0, 9.0));
    assertThat(all.z()).isEqualTo(0.0);
    assertThat(all.pValue()).isEqualTo(1.0);
    // Equal scores: Σ n t² − (Σ n t)²/N = 0.
    CochranArmitage flat =
        CochranArmitage.test(List.of(1.0, 3.0), List.of(4.0, 4.0), List.of(2.0, 2.0));
    assertThat(flat.z()).isEqualTo(0.0);
    assertThat(flat.pValue()).isEqualTo(1.0);
  }

  @Test
  void badInput_isRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> CochranArmitage.linear(List.of(1.0), List.of(2.0)));
    assertThrows(IllegalArgumentException.class,
        () -> CochranArmitage.linear(List.of(1.0, 1.0), List.of(2.0)));
    assertThrows(IllegalArgumentException.class,
        () -> CochranArmitage.linear(List.of(3.0, 1.0), List.of(2.0, 2.0)));
    assertThrows(IllegalArgumentException.class,
        () -> CochranArmitage.linear(List.of(0.0, 1.0), List.of(0.0, 2.0)));
  }
}
