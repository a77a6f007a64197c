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
        .contains("M1 due consideration, Lambeth, 2012-04-01/2013-03-31: 0.6522 (210/322)")
        .contains("  raised      322", "  presented   265", "  considered  254",
            "  recorded    210");
  }

  @Test
  void script_placesEveryInputAtTheStepWhereItStopped() {
    // 57 + 11 + 44 + 210 = the 322 inputs raised.
    assertThat(run.output())
        .contains("raised, never presented (lacks PRESENTED): 57")
        .contains("presented, not considered (lacks CONSIDERED): 11\n"
            + "  IN-0442  ASB            Youths on mopeds in the estate walkways")
        .contains("considered, no recorded outcome with a reason (lacks RECORDED): 44")
        .contains("recorded: 210")
        .contains("  … and 207 more");
  }

  @Test
  void script_printsEachWardInBothYears() {
    assertThat(run.output())
        .contains("E05000426  Oval                     0.0000 (0/11) INADEQUATE"
            + "         0.9167 (11/12) OUTSTANDING")
        .contains("E05000436  Vassall                  0.3125 (5/16) INADEQUATE"
            + "         0.0667 (1/15) INADEQUATE");
  }

  @Test
  void script_runsWithoutErrorsAndExits() {
    assertThat(run.output()).doesNotContain("Error:").doesNotContain("Exception");
    assertThat(run.status()).as(run.output()).isZero();
  }
}
