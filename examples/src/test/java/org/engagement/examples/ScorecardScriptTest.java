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
        .contains("score 0.5102 (25/49) REQUIRES_IMPROVEMENT, base 49")
        .contains("indicators: raised=49, presented=36, considered=35, recorded=25");
  }

  @Test
  void script_printsTheConsoleScorecardWithEveryWard() {
    assertThat(run.output())
        .contains("Scorecard E09000022 2012-04-01/2013-03-31 as of 2013-03-31, rows by WARD")
        .contains("E05014088 Brixton Windrush")
        .contains("E05014106 Vauxhall");
  }

  @Test
  void script_printsThePublishedTableWithItsSuppressions() {
    assertThat(run.output())
        .contains("### Scorecard: E09000022 Lambeth, 2012-04-01/2013-03-31, as of 2013-03-31")
        .contains("| **E09000022** | **Lambeth** | 0.5102 (25/49) REQUIRES_IMPROVEMENT |")
        .contains("Suppressed: M5 for E05014085 (base below 30)");
  }

  @Test
  void script_runsWithoutErrorsAndExits() {
    assertThat(run.output()).doesNotContain("Error:").doesNotContain("Exception");
    assertThat(run.status()).as(run.output()).isZero();
  }
}
