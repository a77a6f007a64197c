package org.engagement.measures.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToleranceTest {

  @Test
  void atLeast_leansTowardTheThreshold() {
    // docs/spec/measures.md §0b: x ≥ t is x ≥ t − 1e-12.
    assertThat(Tolerance.atLeast(0.9 - 5e-13, 0.9)).isTrue();
    assertThat(Tolerance.atLeast(0.9 - 2e-12, 0.9)).isFalse();
    // 0.1 + 0.2 + 0.6 is 0.8999999999999999 in binary floating point.
    assertThat(Tolerance.atLeast(0.1 + 0.2 + 0.6, 0.9)).isTrue();
  }

  @Test
  void below_needsMoreThanTheTolerance() {
    assertThat(Tolerance.below(0.8 - 5e-13, 0.8)).isFalse();
    assertThat(Tolerance.below(0.8 - 2e-12, 0.8)).isTrue();
  }

  @Test
  void positiveAndNegative_ignoreRoundingNoise() {
    assertThat(Tolerance.positive(1e-13)).isFalse();
    assertThat(Tolerance.positive(2e-12)).isTrue();
    assertThat(Tolerance.negative(-1e-13)).isFalse();
    assertThat(Tolerance.negative(-2e-12)).isTrue();
  }
}
