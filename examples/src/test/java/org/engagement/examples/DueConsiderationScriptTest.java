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
        .contains("M1 due consideration, Lambeth, 2012-04-01/2013-03-31: 0.6190 (182/294)")
        .contains("  raised      294", "  presented   240", "  considered  232",
            "  recorded    182");
  }

  @Test
  void script_placesEveryInputAtTheStepWhereItStopped() {
    // 54 + 8 + 50 + 182 = the 294 inputs raised.
    assertThat(run.output())
        .contains("raised, never presented (lacks PRESENTED): 54")
        .contains("presented, not considered (lacks CONSIDERED): 8\n"
            + "  IN-0399  BURGLARY       Burglaries of garages and sheds")
        .contains("considered, no recorded outcome with a reason (lacks RECORDED): 50")
        .contains("recorded: 182")
        .contains("  … and 179 more");
  }

  @Test
  void script_printsEachWardInBothYears() {
    assertThat(run.output())
        .contains("E05000426  Oval                     0.0833 (1/12) INADEQUATE"
            + "         0.9167 (11/12) OUTSTANDING")
        .contains("E05000436  Vassall                  0.0667 (1/15) INADEQUATE"
            + "         0.0667 (1/15) INADEQUATE");
  }

  @Test
  void script_runsWithoutErrorsAndExits() {
    assertThat(run.output()).doesNotContain("Error:").doesNotContain("Exception");
    assertThat(run.status()).as(run.output()).isZero();
  }
}
