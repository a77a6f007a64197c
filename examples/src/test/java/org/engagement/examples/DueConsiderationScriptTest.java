package org.engagement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs {@code examples/jshell/due-consideration.jsh} and checks what it prints. */
class DueConsiderationScriptTest {

  private static ScriptRunner.Run run;

  @BeforeAll
  static void runScript() throws Exception {
    run = ScriptRunner.run("due-consideration.jsh");
  }

  @Test
  void script_printsTheFunnelOfTheSampleBorough() {
    assertThat(run.output())
        .contains("M1 due consideration, Lambeth, 2012-04-01/2013-03-31: 0.5102 (25/49)")
        .contains("  raised       49", "  presented    36", "  considered   35",
            "  recorded     25");
  }

  @Test
  void script_placesEveryInputAtTheStepWhereItStopped() {
    // 13 + 1 + 10 + 25 = the 49 inputs raised.
    assertThat(run.output())
        .contains("raised, never presented (lacks PRESENTED): 13")
        .contains("presented, not considered (lacks CONSIDERED): 1\n"
            + "  IN-0035  ROBBERY        Robberies near the bus station at night")
        .contains("considered, no recorded outcome with a reason (lacks RECORDED): 10")
        .contains("recorded: 25");
  }

  @Test
  void script_printsEachWard() {
    assertThat(run.output()).contains("E05014088  Brixton Windrush         0.8182 (9/11) GOOD");
  }

  @Test
  void script_runsWithoutErrorsAndExits() {
    assertThat(run.output()).doesNotContain("Error:").doesNotContain("Exception");
    assertThat(run.status()).as(run.output()).isZero();
  }
}
