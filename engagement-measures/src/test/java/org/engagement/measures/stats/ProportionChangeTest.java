package org.engagement.measures.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProportionChangeTest {

  // Reference values: R. G. Newcombe (1998), "Interval estimation for the difference between
  // independent proportions: comparison of eleven methods", Statistics in Medicine 17:873-890,
  // Table II, method 10 (score interval for each proportion, no continuity correction). Newcombe
  // writes the difference as p1 - p2; here set B plays his p1 and set A his p2.

  private static ProportionChange change(long x1, long n1, long x2, long n2) {
    return ProportionChange.between(
        WeightedProportion.unweighted(x1, n1), WeightedProportion.unweighted(x2, n2));
  }

  @Test
  void interval_newcombe1998_exampleA_56of70_vs_48of80() {
    ProportionChange c = change(48, 80, 56, 70);
    assertThat(c.difference()).isCloseTo(0.2, within(1e-12));
    assertThat(c.interval().lower()).isCloseTo(0.0524, within(0.00005));
    assertThat(c.interval().upper()).isCloseTo(0.3339, within(0.00005));
    assertThat(c.verdict()).isEqualTo(ChangeVerdict.INCREASE);
  }

  @Test
  void interval_newcombe1998_exampleB_9of10_vs_3of10() {
    ProportionChange c = change(3, 10, 9, 10);
    assertThat(c.interval().lower()).isCloseTo(0.1705, within(0.00005));
    assertThat(c.interval().upper()).isCloseTo(0.8090, within(0.00005));
  }

  @Test
  void interval_newcombe1998_exampleD_5of56_vs_0of29() {
    ProportionChange c = change(0, 29, 5, 56);
    assertThat(c.interval().lower()).isCloseTo(-0.0381, within(0.00005));
    assertThat(c.interval().upper()).isCloseTo(0.1926, within(0.00005));
    assertThat(c.verdict()).isEqualTo(ChangeVerdict.NO_SIGNIFICANT_CHANGE);
  }

  @Test
  void interval_newcombe1998_exampleE_0of10_vs_0of20() {
    ProportionChange c = change(0, 20, 0, 10);
    assertThat(c.interval().lower()).isCloseTo(-0.1611, within(0.00005));
    assertThat(c.interval().upper()).isCloseTo(0.2775, within(0.00005));
    // p̄ = 0: z = 0 and p-value = 1 by docs/spec/measures.md §1, and MDD = 0.
    assertThat(c.z()).isEqualTo(0.0);
    assertThat(c.pValue()).isEqualTo(1.0);
    assertThat(c.minimumDetectableDifference()).isEqualTo(0.0);
  }

  @Test
  void interval_newcombe1998_exampleH_10of10_vs_0of10() {
    ProportionChange c = change(0, 10, 10, 10);
    assertThat(c.interval().lower()).isCloseTo(0.6075, within(0.00005));
    assertThat(c.interval().upper()).isCloseTo(1.0, within(0.00005));
  }

  @Test
  void decrease_whenUpperBoundBelowZero() {
    // Example A the other way round: B = 48/80, A = 56/70, d = -0.2, interval [-0.3339, -0.0524].
    ProportionChange c = change(56, 70, 48, 80);
    assertThat(c.interval().upper()).isCloseTo(-0.0524, within(0.00005));
    assertThat(c.verdict()).isEqualTo(ChangeVerdict.DECREASE);
  }

  @Test
  void zTest_openStaxHivesExample() {
    // OpenStax, Introductory Statistics (2013), §10.4 "Comparing Two Independent Population
    // Proportions", the hives-medication example: 20 of 200 (A) against 12 of 200 (B);
    // pooled proportion 0.08, two-sided p-value 0.1404.
    ProportionChange c = change(20, 200, 12, 200);
    assertThat(c.pooledProportion()).isCloseTo(0.08, within(1e-12));
    assertThat(c.pValue()).isCloseTo(0.1404, within(0.00005));
    // Hand-worked from §1: z = -0.04 / √(0.08·0.92·(1/200 + 1/200)) = -0.04 / 0.0271293...
    assertThat(c.z()).isCloseTo(-0.04 / Math.sqrt(0.08 * 0.92 * 0.01), within(1e-12));
  }

  @Test
  void minimumDetectableDifference_handWorked() {
    // n1 = n2 = 1000, p1 = p2 = 0.5: p̄ = 0.5, √(0.25·0.002) = 0.0223607,
    // MDD = (1.959963984540054 + 0.8416212335729143)·0.0223607 = 0.0626454.
    ProportionChange c = change(500, 1000, 500, 1000);
    assertThat(c.minimumDetectableDifference()).isCloseTo(0.0626454, within(0.0000005));
    assertThat(c.verdict()).isEqualTo(ChangeVerdict.NO_SIGNIFICANT_CHANGE);
    assertThat(c.pValue()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void between_empty_throws() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ProportionChange.between(WeightedProportion.empty(), WeightedProportion.unweighted(1, 2)));
    assertThat(e).hasMessage("a change needs valid answers on both sides: n1=0, n2=2");
  }

  @Test
  void toString_showsDifferenceIntervalVerdictAndTest() {
    // Example A by §1: p̄ = (48 + 56)/150 = 0.693333; se = √(0.693333·0.306667·(1/80 + 1/70))
    // = 0.0754675; z = 0.2/se = 2.650; two-sided p = 0.0080; MDD = 2.8015852·se = 0.2114.
    assertThat(change(48, 80, 56, 70))
        .hasToString("+0.2000 [0.0524, 0.3339] INCREASE z=2.65 p=0.0080 MDD=0.2114");
  }
}
