package org.engagement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs {@code examples/jshell/two-waves.jsh} non-interactively and checks what it prints. */
class TwoWavesScriptTest {

  private static ScriptRunner.Run run;

  @BeforeAll
  static void runScript() throws Exception {
    run = ScriptRunner.run("two-waves.jsh");
  }

  @Test
  void twoWaves_printsTheAdditionalMeasuresOfBothYears() {
    assertThat(run.output()).contains("A1 Decisions informed").contains("A3 Police listen")
        .contains("A5 Involvement in policing")
        .contains("2011-04-01/2012-03-31\n  A1 Decisions informed: 0.9167 (66/72) OUTSTANDING")
        .contains("  A3 Police listen: 0.4024 NOT_RATED")
        .contains("2012-04-01/2013-03-31\n  A1 Decisions informed: 0.9875 (79/80) OUTSTANDING")
        .contains("  A3 Police listen: 0.5146 NOT_RATED");
  }

  @Test
  void twoWaves_printsTheBreakdownByEthnicity() {
    assertThat(run.output())
        .contains("### POLICE_LISTEN (PUBLIC) by group: E09000022, 2012-04-01/2013-03-31")
        .contains("#### Ethnicity")
        .contains("| Group | Proportion | 95% interval | Base | Gap to overall | Versus the rest |")
        .contains("| White |")
        .containsPattern("\\| Black, [^|]+ \\| 0\\.4297 \\|[^\\n]+\\| lower \\(")
        .contains("| Not stated |")
        .doesNotContain("#### Age");
  }

  @Test
  void twoWaves_printsTheChangeBetweenTheWaves() {
    assertThat(run.output())
        .contains("### Change in POLICE_LISTEN (PUBLIC)")
        .contains("| A (before): E09000022, 2011-04-01/2013-03-31, as of 2013-03-31, surveys PAS-2011 |")
        .contains("| B (after): E09000022, 2011-04-01/2013-03-31, as of 2013-03-31, surveys PAS-2012 |")
        .contains("| +0.1122 | [0.0567, 0.1667] | INCREASE |")
        .contains("Verdict: INCREASE");
  }

  @Test
  void twoWaves_refusesOverlappingResponseSets() {
    assertThat(run.output()).contains("Borough against one of its own wards, refused: response sets overlap: ");
  }

  @Test
  void twoWaves_runsWithoutErrorsAndExits() {
    // JShell marks what fails with "|  Error:" or "|  Exception"; the script catches one on purpose.
    assertThat(run.output()).doesNotContain("|  Error").doesNotContain("|  Exception");
    assertThat(run.status()).as(run.output()).isZero();
  }
}
