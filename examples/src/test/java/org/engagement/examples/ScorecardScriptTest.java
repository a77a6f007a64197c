package org.engagement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs {@code examples/jshell/scorecard.jsh} and checks what it prints. */
class ScorecardScriptTest {

  private static ScriptRunner.Run run;

  @BeforeAll
  static void runScript() throws Exception {
    run = ScriptRunner.run("scorecard.jsh");
  }

  @Test
  void script_printsM1WithWhatItIsMadeOf() {
    assertThat(run.output())
        .contains("M1 Due consideration — E09000022 2012-04-01/2013-03-31 as of 2013-03-31")
        .contains("score 0.5812 (179/308) REQUIRES_IMPROVEMENT, base 308")
        .contains("indicators: raised=308, presented=244, considered=239, recorded=179");
  }

  @Test
  void script_printsTheConsoleScorecardWithEveryWard() {
    assertThat(run.output())
        .contains("Scorecard E09000022 2012-04-01/2013-03-31 as of 2013-03-31, rows by WARD")
        .contains("E05000416 Bishop's")
        .contains("E05000436 Vassall");
  }

  @Test
  void script_printsThePublishedTableWithItsSuppressions() {
    assertThat(run.output())
        .contains("### Scorecard: E09000022 Lambeth, 2012-04-01/2013-03-31, as of 2013-03-31")
        .contains("| **E09000022** | **Lambeth** | 0.5812 (179/308) REQUIRES_IMPROVEMENT |")
        .contains("Suppressed: M5 for E05000424 (base below 30)");
  }

  @Test
  void script_printsTheBoroughRowOfBothYears() {
    assertThat(run.output())
        .contains("2011/12: E09000022 Lambeth: M1 0.5200 (156/300) REQUIRES_IMPROVEMENT;")
        .contains("2012/13: E09000022 Lambeth: M1 0.5812 (179/308) REQUIRES_IMPROVEMENT;");
  }

  @Test
  void script_runsWithoutErrorsAndExits() {
    assertThat(run.output()).doesNotContain("Error:").doesNotContain("Exception");
    assertThat(run.status()).as(run.output()).isZero();
  }
}
