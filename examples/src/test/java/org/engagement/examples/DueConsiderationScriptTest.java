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
        .contains("M1 due consideration, Lambeth, 2012-04-01/2013-03-31: 0.5812 (179/308)")
        .contains("  raised      308", "  presented   244", "  considered  239",
            "  recorded    179");
  }

  @Test
  void script_placesEveryInputAtTheStepWhereItStopped() {
    // 64 + 5 + 60 + 179 = the 308 inputs raised.
    assertThat(run.output())
        .contains("raised, never presented (lacks PRESENTED): 64")
        .contains("presented, not considered (lacks CONSIDERED): 5\n"
            + "  IN-E05000424-0025  DRUGS          Drug dealing near West Norwood station")
        .contains("considered, no recorded outcome with a reason (lacks RECORDED): 60")
        .contains("recorded: 179")
        .contains("  … and 176 more");
  }

  @Test
  void script_printsEachWardInBothYears() {
    assertThat(run.output())
        .contains("E05000426  Oval                     0.0000 (0/17) INADEQUATE"
            + "             0.8182 (9/11) GOOD")
        .contains("E05000436  Vassall                  0.0833 (1/12) INADEQUATE"
            + "             0.1250 (2/16) INADEQUATE")
        .contains("E05000420  Coldharbour              0.4667 (7/15) REQUIRES_IMPROVEMENT"
            + "   0.8235 (14/17) GOOD");
  }

  @Test
  void script_runsWithoutErrorsAndExits() {
    assertThat(run.output()).doesNotContain("Error:").doesNotContain("Exception");
    assertThat(run.status()).as(run.output()).isZero();
  }
}
