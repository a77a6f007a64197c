package org.engagement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/jshell/quickstart.jsh} through the JShell tool, non-interactively, with the
 * script as its input and the test's own class path, and checks what it prints.
 */
class QuickstartScriptTest {

  private static String output;
  private static int status;

  @BeforeAll
  static void runScript() throws Exception {
    JShellScript run = JShellScript.run("quickstart.jsh");
    output = run.output();
    status = run.status();
  }

  @Test
  void quickstart_printsTheValidReport() {
    assertThat(output).contains("ValidationReport: valid, 0 errors, 0 warnings");
  }

  @Test
  void quickstart_printsTheDanglingReferenceOfTheBrokenVariant() {
    assertThat(output)
        .contains("ValidationReport: invalid, 1 error, 0 warnings")
        .contains("ERROR UNKNOWN_REFERENCE inputs[2](IN-0003).activity:"
            + " unknown activity id: ACT-0099")
        .contains("Dangling references: 1");
  }

  @Test
  void quickstart_runsWithoutErrorsAndExits() {
    assertThat(output).doesNotContain("Error:").doesNotContain("Exception");
    assertThat(status).as(output).isZero();
  }
}
