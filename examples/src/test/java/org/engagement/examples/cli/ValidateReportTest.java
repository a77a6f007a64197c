package org.engagement.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.engagement.core.ActivityId;
import org.engagement.core.CommunityInput;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InputId;
import org.engagement.examples.SampleData;
import org.engagement.json.EngagementJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code validate} shows every problem when asked, and always the totals and the counts. */
class ValidateReportTest {

  @TempDir static Path dir;

  private static Path manyErrors;

  private record Result(int code, String out, String err) {}

  /** 150 inputs at an unknown activity: 150 UNKNOWN_REFERENCE errors. */
  @BeforeAll
  static void writeFile() throws Exception {
    EngagementDataset sample = SampleData.lambeth();
    CommunityInput first = sample.inputs().get(0);
    EngagementDataset.Builder data = EngagementDataset.builder().from(sample);
    for (int i = 0; i < 150; i++) {
      data.addInputs(CommunityInput.builder().from(first).id(InputId.of("IN-X" + i))
          .activity(ActivityId.of("ACT-X")).build());
    }
    manyErrors = dir.resolve("many.json");
    EngagementJson.standard().write(data.build(), manyErrors);
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = EngagementCommand.commandLine(InputStream.nullInputStream());
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int code = line.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  private static long problemLines(String out) {
    return out.lines().filter(l -> l.startsWith("  ERROR ") || l.startsWith("  WARNING ")).count();
  }

  @Test
  void validate_default_lists100ThenSaysHowManyMoreAndCountsPerCode() {
    Result r = run("validate", manyErrors.toString());

    assertThat(r.code()).isEqualTo(EngagementCommand.INVALID);
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith("ReadResult: invalid, ");
    assertThat(problemLines(r.out())).isEqualTo(100);
    assertThat(r.out()).contains("  ... and ")
        .contains(" more (--max-problems 0 shows them all)")
        .contains("Problems by code:")
        .containsPattern("\\n  UNKNOWN_REFERENCE +15\\d\\n");
  }

  @Test
  void validate_maxProblemsZero_listsEveryProblem() {
    Result r = run("validate", "--max-problems", "0", manyErrors.toString());

    String summary = r.out().lines().findFirst().orElseThrow();
    int errors = Integer.parseInt(summary.replaceAll(".*invalid, (\\d+) errors?.*", "$1"));
    int warnings = Integer.parseInt(summary.replaceAll(".*, (\\d+) warnings?$", "$1"));
    assertThat(problemLines(r.out())).isEqualTo(errors + warnings).isGreaterThanOrEqualTo(150);
    assertThat(r.out()).doesNotContain("... and ");
  }

  @Test
  void validate_maxProblemsFive_listsFive() {
    Result r = run("validate", "--max-problems", "5", manyErrors.toString());

    assertThat(problemLines(r.out())).isEqualTo(5);
    assertThat(r.out()).contains("Problems by code:");
  }

  @Test
  void validate_negativeMaxProblems_isAUsageError() {
    Result r = run("validate", "--max-problems", "-1", manyErrors.toString());

    assertThat(r.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(r.err()).isEqualTo("engagement validate: bad --max-problems: -1 (give 0 or more;"
        + " 0 lists every problem)\n");
  }
}
