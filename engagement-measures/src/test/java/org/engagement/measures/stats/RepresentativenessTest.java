package org.engagement.measures.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepresentativenessTest {

  private static Map<String, Long> counts(Object... pairs) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
    }
    return out;
  }

  @Test
  void of_mendelAsAReferencePopulation_matchesThePublishedChiSquare() {
    // Observed 315/108/101/32 against a reference in the ratio 9:3:3:1 is Mendel's dihybrid
    // cross (1866): X² = 0.470, 3 df, P = 0.925 (see ChiSquareTest).
    Representativeness r =
        Representativeness.of(
            counts("RY", 315, "RG", 108, "WY", 101, "WG", 32),
            counts("RY", 9, "RG", 3, "WY", 3, "WG", 1));
    assertThat(r.chiSquare()).isPresent();
    assertThat(r.chiSquare().get().statistic()).isCloseTo(0.470, within(0.0005));
    assertThat(r.chiSquare().get().pValue()).isCloseTo(0.925, within(0.0005));
    // D by hand: p = 315/556, 108/556, 101/556, 32/556; q = 9/16, 3/16, 3/16, 1/16.
    // |p - q| = 0.004047, 0.006745, 0.005845, 0.004946 (×1, to 6 dp); D = ½·0.021583 = 0.010791.
    double expectedD =
        0.5
            * (Math.abs(315.0 / 556 - 9.0 / 16)
                + Math.abs(108.0 / 556 - 3.0 / 16)
                + Math.abs(101.0 / 556 - 3.0 / 16)
                + Math.abs(32.0 / 556 - 1.0 / 16));
    assertThat(r.dissimilarity()).isCloseTo(expectedD, within(1e-15));
    assertThat(r.dissimilarity()).isCloseTo(0.010791, within(0.000001));
    assertThat(r.representativeness()).isCloseTo(1 - expectedD, within(1e-15));
    assertThat(r.underRepresented()).isEmpty();
  }

  @Test
  void of_handWorked_twoCategories() {
    // p = 0.75, 0.25; q = 0.5, 0.5. D = ½(0.25 + 0.25) = 0.25, R = 0.75.
    // r_MALE = 0.25/0.5 = 0.5 < 0.8 with q = 0.5 ≥ 0.02: under-represented.
    // X² with N = 40, E = 20, 20: (30-20)²/20 + (10-20)²/20 = 10, df = 1.
    Representativeness r =
        Representativeness.of(counts("FEMALE", 30, "MALE", 10), counts("FEMALE", 50, "MALE", 50));
    assertThat(r.dissimilarity()).isCloseTo(0.25, within(1e-15));
    assertThat(r.representativeness()).isCloseTo(0.75, within(1e-15));
    assertThat(r.underRepresented()).containsExactly("MALE");
    assertThat(r.category("MALE").orElseThrow().ratio().getAsDouble()).isCloseTo(0.5, within(1e-15));
    assertThat(r.chiSquare().orElseThrow().statistic()).isCloseTo(10.0, within(1e-12));
    assertThat(r.chiSquare().orElseThrow().degreesOfFreedom()).isEqualTo(1);
  }

  @Test
  void of_categoryWithoutReferenceShare_countsInDButNotInChiSquare() {
    // Observed A=6, B=2, C=2 (ΣO = 10); reference A=3, B=1 (Σref = 4), no C.
    // p = 0.6, 0.2, 0.2; q = 0.75, 0.25, 0. D = ½(0.15 + 0.05 + 0.2) = 0.2.
    // Chi-square over A, B only: N = 8, E = 6, 2: X² = 0, df = 1. C has no ratio.
    Representativeness r =
        Representativeness.of(counts("A", 6, "B", 2, "C", 2), counts("A", 3, "B", 1));
    assertThat(r.dissimilarity()).isCloseTo(0.2, within(1e-15));
    assertThat(r.category("C").orElseThrow().ratio()).isEmpty();
    assertThat(r.chiSquare().orElseThrow().statistic()).isCloseTo(0.0, within(1e-12));
    // A: r = 0.6/0.75 = 0.8, exactly at the threshold: not under-represented (r < 0.8 is false).
    assertThat(r.underRepresented()).isEmpty();
  }

  @Test
  void of_referenceCategoryNotObserved_isUnderRepresented_andInChiSquareWithZero() {
    // Observed X=10; reference X=90, Y=10. p = 1, 0; q = 0.9, 0.1. D = ½(0.1 + 0.1) = 0.1.
    // Y: r = 0 < 0.8, q = 0.1 ≥ 0.02. X² with N = 10: E = 9, 1: 1/9 + 1 = 1.1111, df = 1.
    Representativeness r = Representativeness.of(counts("X", 10), counts("X", 90, "Y", 10));
    assertThat(r.categories()).extracting(CategoryShare::category).containsExactly("X", "Y");
    assertThat(r.dissimilarity()).isCloseTo(0.1, within(1e-15));
    assertThat(r.underRepresented()).containsExactly("Y");
    assertThat(r.chiSquare().orElseThrow().statistic()).isCloseTo(10.0 / 9, within(1e-12));
  }

  @Test
  void of_smallReferenceShare_isNotJudged() {
    // Y has q = 1/100 = 0.01 < 0.02: not judged even with r = 0.
    Representativeness r = Representativeness.of(counts("X", 10), counts("X", 99, "Y", 1));
    assertThat(r.underRepresented()).isEmpty();
    Representativeness strict =
        Representativeness.of(counts("X", 10), counts("X", 99, "Y", 1), RepresentationThresholds.of(0.01, 0.8));
    assertThat(strict.underRepresented()).containsExactly("Y");
  }

  @Test
  void of_oneReferenceCategory_chiSquareNotAssessable() {
    Representativeness r = Representativeness.of(counts("X", 4, "Y", 1), counts("X", 10));
    assertThat(r.chiSquare()).isEmpty();
    assertThat(r.chiSquareNotAssessableReason())
        .contains("only one category has a reference share (df = 0)");
  }

  @Test
  void of_noObservationInReferenceCategories_chiSquareNotAssessable() {
    Representativeness r = Representativeness.of(counts("Z", 4), counts("X", 10, "Y", 10));
    assertThat(r.chiSquare()).isEmpty();
    assertThat(r.chiSquareNotAssessableReason())
        .contains("no observation in the categories with a reference share (N = 0)");
    assertThat(r.dissimilarity()).isCloseTo(1.0, within(1e-15));
  }

  @Test
  void of_emptySide_throws() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Representativeness.of(counts("X", 0), counts("X", 10)));
    assertThat(e).hasMessage("observed counts must not all be zero: {X=0}");
  }
}
