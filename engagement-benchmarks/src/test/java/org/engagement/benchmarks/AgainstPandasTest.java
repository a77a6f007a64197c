package org.engagement.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.engagement.benchmarks.AgainstPandas.Run;
import org.engagement.benchmarks.AgainstPandas.Side;
import org.engagement.examples.SampleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the script and {@link M1EveryWard} print reaches the comparison's tables unchanged, and
 * its ratios are pandas' time over the SDK's within each round; the rounds themselves take
 * minutes and are not run here.
 */
class AgainstPandasTest {

  private static final double NAN = Double.NaN;

  @Test
  void parse_whatM1EveryWardPrints_readsTheReadAndTheFirstM1() {
    String every = "something first\n" + M1EveryWard.steps("", 3.641, 2100, 0.6149, 4.26) + "\n";
    String only = M1EveryWard.steps(" of [AREA, INPUT, DECISION]", 2.59, 2100, 0.67, 3.26);

    assertThat(AgainstPandas.parse(Side.SDK, 4.5, 542, every))
        .isEqualTo(new Run(4.5, 542, 3.64, 0.61, NAN, NAN));
    assertThat(AgainstPandas.parse(Side.SDK_ONLY, 3.5, NAN, only))
        .isEqualTo(new Run(3.5, NAN, 2.59, 0.67, NAN, NAN));
  }

  @Test
  void parse_whatAgainPrints_readsBothMedians() {
    String printed = M1EveryWard.steps(" of [AREA]", 2.0, 21, 0.5, 2.5) + "\n"
        + M1EveryWard.again(21, 200, 0.02149, 0.0201, 0.06094, 0.0564) + "\n";

    assertThat(AgainstPandas.parse(Side.SDK_AGAIN, 12.7, NAN, printed))
        .isEqualTo(new Run(12.7, NAN, 2.0, 0.5, 0.0215, 0.0609));
  }

  @Test
  void parse_theScriptsLine_readsJsonLoadAndM1() {
    String printed = "json.load 6.28 s, M1 per ward (pandas) 0.65 s, output 0.01 s, end to end"
        + " 6.94 s for 2100 wards\n";

    assertThat(AgainstPandas.parse(Side.PANDAS, 7.51, 853, printed))
        .isEqualTo(new Run(7.51, 853, 6.28, 0.65, NAN, NAN));
  }

  @Test
  void parse_noSuchLine_throwsNamingTheSideAndWhatItPrinted() {
    assertThatThrownBy(() -> AgainstPandas.parse(Side.SDK_AGAIN, 1, NAN,
        M1EveryWard.steps("", 1, 21, 1, 2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("SDK, again printed no line like /again, ")
        .hasMessageEndingWith(": read 1.00 s, M1 for 21 wards 1.00 s, total 2.00 s");
    assertThatThrownBy(() -> AgainstPandas.parse(Side.PANDAS, 1, NAN, "Traceback ...\nKeyError"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("pandas printed no line like /json")
        .hasMessageEndingWith(": KeyError");
  }

  @Test
  void tables_ratiosArePandasOverTheSdkWithinEachRound() {
    // Round 1: the SDK twice as fast end to end, exactly; round 2: 1.5 and 3 times.
    List<Map<Side, Run>> rounds = new ArrayList<>();
    rounds.add(round(new Run(6, 800, 5, 0.6, NAN, NAN), new Run(3, 500, 2.5, 0.3, NAN, NAN),
        new Run(2, 200, 1.5, 0.4, NAN, NAN), new Run(9, NAN, 1.5, 0.4, 0.02, 0.06)));
    rounds.add(round(new Run(6, 800, 5, 0.9, NAN, NAN), new Run(4, 500, 3, 0.6, NAN, NAN),
        new Run(3, 200, 2, 0.5, NAN, NAN), new Run(9, NAN, 2, 0.5, 0.03, 0.1)));

    String md = AgainstPandas.tables("Measured somewhere.", rounds, 200);

    assertThat(md).startsWith("Measured somewhere.\n")
        .contains("the median of 200 more evaluations")
        .contains("| 1 | 6.00 | 5.00 | 0.60 | 800 | 3.00 | 2.50 | 0.30 | 500 | 2.00 | 1.50 | 0.40"
            + " | 200 | 0.0200 | 0.0600 |")
        .contains("| 2 | 6.00 | 5.00 | 0.90 | 800 |")
        .contains("| end to end, every record type read (process wall clock) | 1.75× | 1.50–2.00×"
            + " | ≥ 2× | **not met** |")
        .contains("| end to end, only M1's types read (`--only`) | 2.50× | 2.00–3.00× | ≥ 2×"
            + " | holds |")
        .contains("| computation, the first time in a fresh JVM (every type read) | 1.75×"
            + " | 1.50–2.00× | ≥ 10× | **not met** |")
        .contains("| computation once compiled, like for like (index built each time) | 9.50×"
            + " | 9.00–10.00× | ≥ 10× | **not met** |")
        .contains("| computation once compiled, on the index already built | 30.00×"
            + " | 30.00–30.00× | ≥ 10× | holds |");
  }

  @Test
  void command_eachSide_runsWhatTheClassDescribes() {
    Path script = Path.of("pandas-m1.py");
    Path file = Path.of("national-21.json");

    assertThat(AgainstPandas.command(Side.PANDAS, "py", script, file, 7))
        .containsExactly("py", "pandas-m1.py", "national-21.json");
    assertThat(AgainstPandas.command(Side.SDK, "py", script, file, 7))
        .endsWith(M1EveryWard.class.getName(), "national-21.json");
    assertThat(AgainstPandas.command(Side.SDK_ONLY, "py", script, file, 7))
        .endsWith(M1EveryWard.class.getName(), "--only", "national-21.json");
    assertThat(AgainstPandas.command(Side.SDK_AGAIN, "py", script, file, 7))
        .endsWith(M1EveryWard.class.getName(), "--only", "--again", "7", "national-21.json");
  }

  @Test
  void update_replacesOnlyItsOwnBlock(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("page.md");
    Files.writeString(page, "# Page\n" + PerformanceReport.BEGIN + "\nreport\n"
        + PerformanceReport.END + "\ntext\n" + AgainstPandas.BEGIN + "\nold\n" + AgainstPandas.END
        + "\nend\n");

    PerformanceReport.update(page, AgainstPandas.BEGIN, AgainstPandas.END, "new\n");

    assertThat(Files.readString(page)).isEqualTo("# Page\n" + PerformanceReport.BEGIN
        + "\nreport\n" + PerformanceReport.END + "\ntext\n" + AgainstPandas.BEGIN + "\nnew\n"
        + AgainstPandas.END + "\nend\n");
  }

  @Test
  void update_noBlock_addsOneAtTheEnd(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("page.md");
    Files.writeString(page, "# Page\n" + PerformanceReport.BEGIN + "\nreport\n"
        + PerformanceReport.END + "\n");

    PerformanceReport.update(page, AgainstPandas.BEGIN, AgainstPandas.END, "new\n");

    assertThat(Files.readString(page)).isEqualTo("# Page\n" + PerformanceReport.BEGIN
        + "\nreport\n" + PerformanceReport.END + "\n\n" + AgainstPandas.BEGIN + "\nnew\n"
        + AgainstPandas.END + "\n");
  }

  /**
   * The script, run without pandas ({@code --no-pandas}: the same rules over plain
   * dictionaries), prints what the comparison reads and the SDK's own figures for every ward of
   * the sample; skipped where there is no {@code python3}.
   */
  @Test
  void script_withoutPandas_printsTheSdksFiguresAndALineTheComparisonReads(@TempDir Path dir)
      throws Exception {
    assumeThat(python3()).as("python3 on the PATH").isTrue();
    Path file = dir.resolve("national-21.json");
    DataBenchmarks.JSON.write(SampleGenerator.national(21).generate(), file);
    Path csv = dir.resolve("pandas.csv");
    Path err = dir.resolve("pandas.err");
    Process p = new ProcessBuilder("python3", "pandas-m1.py", "--no-pandas", file.toString())
        .redirectOutput(csv.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(err)).isZero();

    Run run = AgainstPandas.parse(Side.PANDAS, 1.0, NAN,
        Files.readString(err, StandardCharsets.UTF_8));

    assertThat(run.read()).isNotNegative();
    assertThat(run.m1()).isNotNegative();
    assertThat(Files.readAllLines(csv)).isEqualTo(sdkCsv(file));
  }

  private static boolean python3() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** What {@link M1EveryWard} prints on standard output for the file. */
  private static List<String> sdkCsv(Path file) throws Exception {
    java.io.PrintStream out = System.out;
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try {
      System.setOut(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
      System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
      M1EveryWard.main(new String[] {file.toString()});
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static Map<Side, Run> round(Run pandas, Run sdk, Run only, Run again) {
    Map<Side, Run> runs = new EnumMap<>(Side.class);
    runs.put(Side.PANDAS, pandas);
    runs.put(Side.SDK, sdk);
    runs.put(Side.SDK_ONLY, only);
    runs.put(Side.SDK_AGAIN, again);
    return runs;
  }
}
