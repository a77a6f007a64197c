package org.engagement.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagement.examples.ScriptRunner;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/bin/engagement} with bash. The examples jar is built after the tests, so
 * the script is pointed at a jar that does not exist and must say so.
 */
class LauncherScriptTest {

  private static final Path SCRIPT = ScriptRunner.moduleDirectory().resolve("bin/engagement");

  @Test
  void script_isExecutableAndNamesTheCommandClass() throws Exception {
    assertThat(Files.isExecutable(SCRIPT)).isTrue();
    assertThat(Files.readString(SCRIPT))
        .contains("-cp \"$jar\" org.engagement.examples.cli.EngagementCommand \"$@\"");
  }

  @Test
  void script_missingJar_saysHowToBuildItAndExitsWithTheInternalErrorCode() throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), "--version")
        .redirectErrorStream(true);
    builder.environment().put("ENGAGEMENT_JAR", "/nonexistent/engagement-examples.jar");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    // The output has been read to its end, so the script has ended.
    assertThat(process.waitFor()).isEqualTo(EngagementCommand.SOFTWARE);
    assertThat(output).isEqualTo("engagement: /nonexistent/engagement-examples.jar not found;"
        + " build it first with ./mvnw -q -DskipTests package\n");
  }
}
