package org.engagement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/bin/engagement-jshell} with bash, as a researcher starts it, with the
 * tests' class path in place of the examples jar (built after the tests): the first result, the
 * sample borough's scorecard, prints from snippets typed at its prompt.
 */
class JShellLauncherTest {

  private static final Path SCRIPT =
      ScriptRunner.moduleDirectory().resolve("bin/engagement-jshell");

  @Test
  void launcher_runsSnippetsWithTheSdkOnTheClassPath() throws Exception {
    assertThat(Files.isExecutable(SCRIPT)).isTrue();
    ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), "-q")
        .redirectErrorStream(true);
    builder.environment().put("ENGAGEMENT_JAR", ScriptRunner.testClassPath());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(("import org.engagement.core.*;\n"
          + "import org.engagement.measures.outcome.*;\n"
          + "import org.engagement.examples.SampleData;\n"
          + "var data = SampleData.lambeth();\n"
          + "System.out.println(OutcomeMeasures.standard().scorecard(data,"
          + " Scope.of(SampleData.LAMBETH, SampleData.YEAR), AreaLevel.WARD));\n"
          + "/exit\n").getBytes(StandardCharsets.UTF_8));
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor()).as(output).isZero();
    assertThat(output)
        .contains("Scorecard E09000022 2012-04-01/2013-03-31 as of 2013-03-31, rows by WARD")
        .contains("E05000416")
        .doesNotContain("Exception");
  }
}
