package org.engagement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/jshell/diversity.jsh}, which reads the Polis export and the census profile
 * bundled in {@code examples/data}, and checks what it prints.
 */
class DiversityScriptTest {

  private static ScriptRunner.Run run;

  @BeforeAll
  static void runScript() throws Exception {
    run = ScriptRunner.run("diversity.jsh");
  }

  @Test
  void script_printsTheImportReport() {
    assertThat(run.output())
        .contains("ImportReport polis-london-youth-policing: 31 mapped, 8 not mapped");
  }

  @Test
  void script_printsM3PerDimension() {
    assertThat(run.output())
        .contains("M3 understanding diverse needs, London, 2022: 0.4359 (1 of 6 dimensions) INSUFFICIENT_DATA")
        .contains("ETHNICITY          R 0.4359  D 0.5641  X2 76.6735  df 4")
        .contains("GENDER             not assessable: no reference population");
  }

  @Test
  void script_printsTheEthnicityCategoriesAndTheCaution() {
    assertThat(run.output())
        .contains("  WHITE                      4  0.125   0.598         0.21  under-represented")
        .contains("  MIXED                     10  0.313   0.050         6.30\n")
        .contains("Caution: the census counts Londoners of all ages");
  }

  @Test
  void script_runsWithoutErrorsAndExits() {
    assertThat(run.output()).doesNotContain("Error:").doesNotContain("Exception");
    assertThat(run.status()).as(run.output()).isZero();
  }
}
