package org.engagement.measures.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SpearmanTest {

  @Test
  void rho_withTies_scipyReferenceExample() {
    // SciPy reference documentation, scipy.stats.spearmanr, first example:
    // spearmanr([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) -> statistic 0.8207826816681233.
    // Ties: the two 7s share rank 3.5.
    Spearman s = Spearman.of(new double[] {1, 2, 3, 4, 5}, new double[] {5, 6, 7, 8, 7});
    assertThat(s.rho().getAsDouble()).isCloseTo(0.8207826816681233, within(1e-12));
    assertThat(s.pairs()).isEqualTo(5);
  }

  @Test
  void rho_withoutTies_wikipediaIqTelevisionExample() {
    // Wikipedia, "Spearman's rank correlation coefficient", Example: IQ against hours of
    // television per week for ten people; Σd² = 194, rho = 1 - 6·194/(10·99) = -29/165.
    double[] iq = {106, 100, 86, 101, 99, 103, 97, 113, 112, 110};
    double[] tv = {7, 27, 2, 50, 28, 29, 20, 12, 6, 17};
    assertThat(Spearman.of(iq, tv).rho().getAsDouble()).isCloseTo(-29.0 / 165, within(1e-12));
  }

  @Test
  void averageRanks_tiesShareTheMeanRank() {
    assertThat(Spearman.averageRanks(new double[] {10, 20, 20, 5, 20}))
        .containsExactly(2, 4, 4, 1, 4);
  }

  @Test
  void rho_perfectMonotone_isOne() {
    assertThat(Spearman.of(new double[] {1, 2, 3}, new double[] {10, 100, 1000}).rho().getAsDouble())
        .isEqualTo(1.0);
  }

  @Test
  void rho_fewerThanThreePairs_notAssessable() {
    Spearman s = Spearman.of(new double[] {1, 2}, new double[] {3, 4});
    assertThat(s.isAssessable()).isFalse();
    assertThat(s.notAssessableReason()).contains("fewer than 3 pairs: 2");
    assertThat(s).hasToString("not assessable: fewer than 3 pairs: 2");
  }

  @Test
  void rho_noVariance_notAssessable() {
    Spearman s = Spearman.of(new double[] {1, 2, 3}, new double[] {0, 0, 0});
    assertThat(s.rho()).isEmpty();
    assertThat(s.notAssessableReason()).contains("no variance: all values on one side are equal");
  }

  @Test
  void of_differentLengths_throws() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Spearman.of(new double[] {1, 2, 3}, new double[] {1, 2}));
    assertThat(e).hasMessage("x and y must have the same length: 3 and 2");
  }
}
