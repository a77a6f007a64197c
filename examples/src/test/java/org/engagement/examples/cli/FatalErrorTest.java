package org.engagement.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Never a stack trace: whatever a command throws, even an error of the virtual machine, ends as
 * one line on standard error and a documented exit code.
 */
class FatalErrorTest {

  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  /** A command that throws what it is given. */
  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    private final Throwable thrown;

    Boom(Throwable thrown) {
      this.thrown = thrown;
    }

    @Override
    public Integer call() throws Exception {
      if (thrown instanceof Error e) {
        throw e;
      }
      throw (Exception) thrown;
    }
  }

  private static Result runThrowing(Throwable thrown) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = EngagementCommand.commandLine(InputStream.nullInputStream());
    line.addSubcommand("boom", new Boom(thrown));
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int code = line.execute("boom");
    return new Result(code, out.toString(), err.toString());
  }

  private static void assertOneLine(Result r) {
    assertThat(r.err()).endsWith("\n").doesNotContain("\tat ");
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void outOfMemory_isOneLineSayingHowToGiveMoreAndItsOwnExitCode() {
    Result r = runThrowing(new OutOfMemoryError("Java heap space"));

    assertThat(r.code()).isEqualTo(EngagementCommand.OUT_OF_MEMORY).isNotIn(
        EngagementCommand.INVALID, EngagementCommand.UNREADABLE, EngagementCommand.SOFTWARE);
    assertOneLine(r);
    assertThat(r.err()).startsWith("engagement boom: out of memory: ")
        .contains("JAVA_OPTS=-Xmx2g");
  }

  @Test
  void stackOverflow_isOneLineAndTheInternalErrorCode() {
    Result r = runThrowing(new StackOverflowError());

    assertThat(r.code()).isEqualTo(EngagementCommand.SOFTWARE);
    assertOneLine(r);
    assertThat(r.err()).isEqualTo("engagement boom: internal error: out of stack"
        + " (java.lang.StackOverflowError); please report it with the input that caused it\n");
  }

  @Test
  void unexpectedException_isOneLineAndTheInternalErrorCode() {
    Result r = runThrowing(new IllegalStateException("two\nlines"));

    assertThat(r.code()).isEqualTo(EngagementCommand.SOFTWARE);
    assertOneLine(r);
    assertThat(r.err()).isEqualTo("engagement boom: internal error:"
        + " java.lang.IllegalStateException: two lines; please report it\n");
  }

  @Test
  void anyOtherError_isOneLineAndTheInternalErrorCode() {
    Result r = runThrowing(new AssertionError("broken"));

    assertThat(r.code()).isEqualTo(EngagementCommand.SOFTWARE);
    assertOneLine(r);
  }

  /** A dataset far larger in memory than a 16 MB heap, written without holding it. */
  private Path largeDataset(int activities) throws Exception {
    Path file = dir.resolve("large.json");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"formatVersion\":\"1.0\",\"areas\":[{\"id\":\"E09000022\",\"name\":\"Lambeth\","
          + "\"level\":\"BOROUGH\"}],\"issueCategories\":[{\"code\":\"ASB\",\"label\":\"ASB\"}],"
          + "\"activities\":[");
      for (int i = 0; i < activities; i++) {
        if (i > 0) {
          w.write(',');
        }
        w.write("{\"id\":\"ACT-" + i + "\",\"title\":\"Ward panel meeting number " + i + "\","
            + "\"date\":\"2012-10-04\",\"area\":\"E09000022\",\"engagementLevel\":\"COMMUNITY\","
            + "\"involvement\":\"CONSULT\",\"method\":\"WARD_PANEL_MEETING\","
            + "\"openness\":\"OPEN\",\"issueCategories\":[\"ASB\"],\"attendance\":35}");
      }
      w.write("]}");
    }
    return file;
  }

  @Test
  void forkedJvm_tinyHeap_largeFile_exitsOutOfMemoryWithOneLine() throws Exception {
    Path file = largeDataset(200_000);
    List<String> path = new ArrayList<>();
    for (String key : List.of("java.class.path", "jdk.module.path")) {
      String value = System.getProperty(key);
      if (value != null && !value.isEmpty()) {
        path.add(value);
      }
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xmx16m",
        "-cp", String.join(File.pathSeparator, path),
        EngagementCommand.class.getName(), "validate", file.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(err).isEqualTo(EngagementCommand.OUT_OF_MEMORY);
    assertThat(err).startsWith("engagement validate: out of memory: ")
        .contains("JAVA_OPTS=-Xmx2g").doesNotContain("\tat ");
    assertThat(err.strip().lines()).hasSize(1);
  }
}
