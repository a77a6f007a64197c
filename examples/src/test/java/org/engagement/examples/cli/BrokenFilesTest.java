package org.engagement.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * Runs {@code validate} on the broken example files of {@code examples/data/broken/} and checks
 * that the command-line guide, {@code docs/cli.md}, shows exactly what the command prints, so the
 * walkthrough cannot drift.
 */
class BrokenFilesTest {

  private static final Path MODULE =
      Path.of(System.getProperty("basedir", System.getProperty("user.dir")));

  @ParameterizedTest(name = "{0}: exit {1}")
  @CsvSource({"invalid.json, 1", "unreadable.json, 2"})
  void validate_brokenExample_exitsWithItsCodeAndPrintsWhatTheGuideShows(String file,
      int expectedExit) throws IOException {
    String shown = "examples/data/broken/" + file;
    Path actual = MODULE.resolve("data/broken").resolve(file);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = EngagementCommand.commandLine(InputStream.nullInputStream());
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));

    int code = line.execute("validate", actual.toString());

    assertThat(code).isEqualTo(expectedExit);
    String printed = (out.toString() + err.toString()).replace(actual.toString(), shown)
        .replace(System.lineSeparator(), "\n").strip();
    assertThat(printed).isNotEmpty().doesNotContain("Exception");
    String transcript = "$ examples/bin/engagement validate " + shown + "\n" + printed + "\n```";
    String guide =
        Files.readString(MODULE.resolveSibling("docs").resolve("cli.md"), StandardCharsets.UTF_8)
            .replace("\r\n", "\n");
    assertThat(guide).contains(transcript);
  }
}
