package org.engagement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jdk.jshell.tool.JavaShellToolBuilder;
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
    Path script = moduleDirectory().resolve("jshell").resolve("quickstart.jsh");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (InputStream in = Files.newInputStream(script)) {
      status =
          JavaShellToolBuilder.builder()
              .in(in, InputStream.nullInputStream())
              .out(out)
              .err(out)
              .persistence(new HashMap<>())
              .env(Map.of())
              .locale(Locale.ROOT)
              .start("--class-path", testClassPath());
    }
    output = bytes.toString(StandardCharsets.UTF_8);
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

  /** Surefire's working directory is the module directory; it also sets {@code basedir}. */
  private static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  }

  /**
   * The class path the tests run with. Surefire may start the JVM from a manifest-only jar, so
   * {@code java.class.path} would name that jar alone; surefire keeps the real one apart.
   */
  private static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank()
        ? surefire
        : System.getProperty("java.class.path");
  }
}
