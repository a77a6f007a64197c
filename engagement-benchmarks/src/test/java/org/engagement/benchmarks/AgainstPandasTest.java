package org.engagement.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        .isEqualTo(new Run(4.5, 542, 2100, 3.64, NAN, 0.61, NAN, NAN));
    assertThat(AgainstPandas.parse(Side.SDK_ONLY, 3.5, NAN, only))
        .isEqualTo(new Run(3.5, NAN, 2100, 2.59, NAN, 0.67, NAN, NAN));
  }

  @Test
  void parse_whatAgainPrints_readsBothMedians() {
    String printed = M1EveryWard.steps(" of [AREA]", 2.0, 21, 0.5, 2.5) + "\n"
        + M1EveryWard.again(21, 200, 0.02149, 0.0201, 0.06094, 0.0564) + "\n";

    assertThat(AgainstPandas.parse(Side.SDK_AGAIN, 12.7, NAN, printed))
        .isEqualTo(new Run(12.7, NAN, 21, 2.0, NAN, 0.5, 0.0215, 0.0609));
  }

  @Test
  void parse_theScriptsLines_readJsonLoadTheImportM1AndAgain() {
    String printed = "json.load 5.46 s, import pandas 0.40 s, M1 per ward (pandas) 0.22 s, output"
        + " 0.01 s, end to end 6.09 s for 2100 wards\n";
    String again = printed + "M1 per ward again, 20 times: median 0.1486 s, best 0.1426 s\n";
    String plain = "json.load 5.56 s, M1 per ward (plain) 0.07 s, output 0.01 s, end to end 5.63 s"
        + " for 2100 wards\n";

    assertThat(AgainstPandas.parse(Side.PANDAS, 7.51, 853, printed))
        .isEqualTo(new Run(7.51, 853, 2100, 5.46, 0.40, 0.22, NAN, NAN));
    assertThat(AgainstPandas.parse(Side.PANDAS_AGAIN, 9, 853, again))
        .isEqualTo(new Run(9, 853, 2100, 5.46, 0.40, 0.22, 0.1486, NAN));
    assertThat(AgainstPandas.parse(Side.PANDAS, 6, NAN, plain))
        .isEqualTo(new Run(6, NAN, 2100, 5.56, NAN, 0.07, NAN, NAN));
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
    String once = "json.load 1.00 s, M1 per ward (pandas) 0.10 s, output 0.00 s, end to end 1.10 s"
        + " for 21 wards";
    assertThatThrownBy(() -> AgainstPandas.parse(Side.PANDAS_AGAIN, 1, NAN, once))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("pandas, again printed no line like /M1 per ward again");
  }

  @Test
  void tables_ratiosArePandasOverTheSdkWithinEachRound() {
    // Round 1: the SDK exactly twice as fast end to end; round 2: 1.5 times; round 3: 2.4 times.
    List<Map<Side, Run>> rounds = List.of(
        round(new Run(6, 800, 21, 5, 0.4, 0.3, NAN, NAN), new Run(8, 800, 21, 5, 0.4, 0.3, 0.2,
            NAN), new Run(3, 500, 21, 2.5, NAN, 0.3, NAN, NAN), new Run(2, 200, 21, 1.5, NAN, 0.4,
            NAN, NAN), new Run(9, NAN, 21, 1.5, NAN, 0.4, 0.02, 0.06)),
        round(new Run(6, 800, 21, 5, 0.4, 0.6, NAN, NAN), new Run(8, 800, 21, 5, 0.4, 0.3, 0.3,
            NAN), new Run(4, 500, 21, 3, NAN, 0.6, NAN, NAN), new Run(3, 200, 21, 2, NAN, 0.5, NAN,
            NAN), new Run(9, NAN, 21, 2, NAN, 0.5, 0.03, 0.1)),
        round(new Run(6, 800, 21, 5, 0.4, 0.6, NAN, NAN), new Run(8, 800, 21, 5, 0.4, 0.3, 0.25,
            NAN), new Run(2.5, 500, 21, 2, NAN, 0.2, NAN, NAN), new Run(1.5, 200, 21, 1, NAN, 0.5,
            NAN, NAN), new Run(9, NAN, 21, 2, NAN, 0.5, 0.05, 0.125)));

    String md = AgainstPandas.tables("Measured somewhere.", rounds, 200, 20);

    assertThat(md).startsWith("Measured somewhere.\n")
        .contains("the median of 20 more computations in a second pandas process")
        .contains("the median of 200 more evaluations in a third SDK process")
        .contains("| 1 | 6.00 | 5.00 | 0.40 | 0.30 | 800 | 3.00 | 2.50 | 0.30 | 500 | 2.00 | 1.50"
            + " | 0.40 | 200 | 0.2000 | 0.0200 | 0.0600 |")
        .contains("| end to end, every record type read (process wall clock) | 2.00× | 1.50–2.40×"
            + " | ≥ 2× | holds |")
        .contains("| end to end, only M1's types read (`--only`) | 3.00× | 2.00–4.00× | ≥ 2×"
            + " | holds |")
        .contains("| computation, the first time in each process (every type read) | 1.00×"
            + " | 1.00–3.00× | ≥ 10× | **not met** |")
        .contains("| computation repeated, like for like (frames or index built each time) | 3.00×"
            + " | 2.00–3.33× | ≥ 10× | **not met** |")
        .contains("| computation repeated, the SDK on its index already built | 10.00×"
            + " | 5.00–10.00× | ≥ 10× | holds |")
        .doesNotContain("\r");
  }

  @Test
  void tables_aTimeOfZero_givesNoRatioAndNoVerdict() {
    Run pandas = new Run(6, NAN, 21, 5, 0.4, 0.3, 0.2, NAN);
    Run sdk = new Run(3, NAN, 21, 2.5, NAN, 0.00, NAN, NAN);
    Run again = new Run(9, NAN, 21, 1.5, NAN, 0.4, 0.02, 0.06);

    String md = AgainstPandas.tables("x", List.of(round(pandas, pandas, sdk, sdk, again)), 1, 1);

    assertThat(md).contains("| computation, the first time in each process (every type read) | —"
        + " | — | ≥ 10× | not measured: a time of zero or none |");
  }

  @Test
  void median_oddAndEvenCounts() {
    // the ratios' medians are PerformanceReport's, the one median of the module
    assertThat(PerformanceReport.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2);
    assertThat(PerformanceReport.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
  }

  @Test
  void command_eachSide_runsWhatTheClassDescribes() {
    AgainstPandas.Options o = AgainstPandas.options(new String[] {"--python", "py", "--script",
        "pandas-m1.py", "--again", "7", "--pandas-again", "3", "page.md"});
    Path file = Path.of("national-21.json");

    assertThat(AgainstPandas.command(Side.PANDAS, o, file))
        .containsExactly("py", "pandas-m1.py", "national-21.json");
    assertThat(AgainstPandas.command(Side.PANDAS_AGAIN, o, file))
        .containsExactly("py", "pandas-m1.py", "--again", "3", "national-21.json");
    assertThat(AgainstPandas.command(Side.SDK, o, file))
        .endsWith(M1EveryWard.class.getName(), "national-21.json");
    assertThat(AgainstPandas.command(Side.SDK_ONLY, o, file))
        .endsWith(M1EveryWard.class.getName(), "--only", "national-21.json");
    assertThat(AgainstPandas.command(Side.SDK_AGAIN, o, file))
        .endsWith(M1EveryWard.class.getName(), "--only", "--again", "7", "national-21.json");
  }

  @Test
  void options_defaultsAndWhatIsWrong() {
    AgainstPandas.Options o = AgainstPandas.options(new String[] {"page.md"});

    assertThat(o).isEqualTo(new AgainstPandas.Options("python3",
        Path.of("engagement-benchmarks", "pandas-m1.py"), 2100, 5, 200, 20, null));
    assertThatThrownBy(() -> AgainstPandas.options(new String[] {"--rounds", "x", "page.md"}))
        .hasMessage("--rounds takes a whole number from 1, not x");
    assertThatThrownBy(() -> AgainstPandas.options(new String[] {"--again", "0", "page.md"}))
        .hasMessage("--again takes a whole number from 1, not 0");
    assertThatThrownBy(() -> AgainstPandas.options(new String[] {"--fast", "1", "page.md"}))
        .hasMessage("unknown option --fast");
    assertThatThrownBy(() -> AgainstPandas.options(new String[] {"--wards", "page.md"}))
        .hasMessage("--wards takes a value");
    // the last argument is the page, so "--wards 21" is an option without its value
    assertThatThrownBy(() -> AgainstPandas.options(new String[] {"--wards", "21"}))
        .hasMessage("--wards takes a value");
    assertThatThrownBy(() -> AgainstPandas.options(new String[0]))
        .hasMessage("no page to write");
  }

  @Test
  void differentCsv_namesTheFirstSideAndLineThatDiffer(@TempDir Path dir) throws IOException {
    for (Side side : Side.values()) {
      Files.writeString(dir.resolve(side.name() + ".csv"), "ward,raised\nW1,3\nW2,4\n");
    }
    assertThat(AgainstPandas.differentCsv(dir)).isNull();

    Files.writeString(dir.resolve("SDK_AGAIN.csv"), "ward,raised\nW1,3\nW2,5\n");
    Files.writeString(dir.resolve("SDK_ONLY.csv"), "ward,raised\r\nW1,3\r\nW2,4\r\n");

    assertThat(AgainstPandas.differentCsv(dir))
        .isEqualTo("SDK, M1's types at line 4 (none against pandas' none)");
    Files.writeString(dir.resolve("SDK_ONLY.csv"), "ward,raised\nW1,3\nW2,4\n");
    assertThat(AgainstPandas.differentCsv(dir))
        .isEqualTo("SDK, again at line 3 (W2,5 against pandas' W2,4)");
  }

  @Test
  void update_replacesOnlyItsOwnBlock_inEitherOrder(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("page.md");
    String report = PerformanceReport.BEGIN + "\nreport\n" + PerformanceReport.END + "\n";
    String pandas = AgainstPandas.BEGIN + "\nold\n" + AgainstPandas.END + "\n";
    for (boolean reportFirst : new boolean[] {true, false}) {
      Files.writeString(page, "# Page\n" + (reportFirst ? report + pandas : pandas + report));

      PerformanceReport.update(page, AgainstPandas.BEGIN, AgainstPandas.END, "new\n");
      PerformanceReport.update(page, PerformanceReport.BEGIN, PerformanceReport.END, "tables\n");

      String newReport = PerformanceReport.BEGIN + "\ntables\n" + PerformanceReport.END + "\n";
      String newPandas = AgainstPandas.BEGIN + "\nnew\n" + AgainstPandas.END + "\n";
      assertThat(Files.readString(page)).isEqualTo("# Page\n"
          + (reportFirst ? newReport + newPandas : newPandas + newReport));
    }
  }

  @Test
  void update_noBlockOrNoEnd_addsOneAtTheEnd(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("page.md");
    Files.writeString(page, "# Page\n" + PerformanceReport.BEGIN + "\nreport\n"
        + PerformanceReport.END + "\n" + AgainstPandas.BEGIN + "\n");

    PerformanceReport.update(page, AgainstPandas.BEGIN, AgainstPandas.END, "new\n");

    assertThat(Files.readString(page)).isEqualTo("# Page\n" + PerformanceReport.BEGIN
        + "\nreport\n" + PerformanceReport.END + "\n" + AgainstPandas.BEGIN + "\n\n"
        + AgainstPandas.BEGIN + "\nnew\n" + AgainstPandas.END + "\n");
    Path none = dir.resolve("new.md");
    PerformanceReport.update(none, AgainstPandas.BEGIN, AgainstPandas.END, "new\n");
    assertThat(Files.readString(none))
        .isEqualTo(AgainstPandas.BEGIN + "\nnew\n" + AgainstPandas.END + "\n");
  }

  /**
   * The script, run without pandas ({@code --no-pandas}: the same rules over plain
   * dictionaries), prints what the comparison reads and the SDK's own figures for every ward of
   * the sample; skipped where there is no {@code python3}.
   */
  @Test
  void script_withoutPandas_printsTheSdksFiguresAndLinesTheComparisonReads(@TempDir Path dir)
      throws Exception {
    assumeThat(python3()).as("python3 on the PATH").isTrue();
    Path file = dir.resolve("national-21.json");
    DataBenchmarks.JSON.write(SampleGenerator.national(21).generate(), file);
    Path csv = dir.resolve("pandas.csv");
    Path err = dir.resolve("pandas.err");
    Process p = new ProcessBuilder("python3", "pandas-m1.py", "--no-pandas", "--again", "3",
        file.toString()).redirectOutput(csv.toFile()).redirectError(err.toFile()).start();
    try {
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    assertThat(p.exitValue()).as(Files.readString(err)).isZero();

    Run run = AgainstPandas.parse(Side.PANDAS_AGAIN, 1.0, NAN,
        Files.readString(err, StandardCharsets.UTF_8));

    assertThat(run.wards()).isEqualTo(21);
    assertThat(run.imported()).isNaN();
    assertThat(run.again()).isNotNaN();
    assertThat(Files.readAllLines(csv)).hasSize(22).isEqualTo(sdkCsv(file));
  }

  /**
   * Stopped by a signal while a process of its first round runs (as {@code kill} or Ctrl-C stops
   * it), the comparison stops that process and leaves no temporary directory behind: its shutdown
   * hook does, since the {@code finally} that cleans up after a normal end does not run then. The
   * interpreter is a shell script that answers the version check, then writes its process id
   * and sleeps.
   */
  @Test
  void stoppedByASignal_stopsItsProcess_andLeavesNoTemporaryFiles(@TempDir Path dir)
      throws Exception {
    assumeThat(java.io.File.separatorChar).as("a shell to run a fake interpreter").isEqualTo('/');
    Path tmp = Files.createDirectory(dir.resolve("tmp"));
    Path pid = Files.writeString(dir.resolve("interpreter.pid"), "");
    Path python = dir.resolve("python");
    Files.writeString(python, "#!/bin/sh\n"
        + "case \"$2\" in *pandas.__version__*) echo 3.0.6 3.11.7; exit 0;; esac\n"
        + "echo $$ > '" + pid + "'\n"
        + "exec sleep 120\n");
    assertThat(python.toFile().setExecutable(true)).isTrue();
    Path page = dir.resolve("page.md");
    Files.writeString(page, "# Page\n");
    Path out = dir.resolve("out.txt");
    Process p = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
        AgainstPandas.class.getName(), "--python", python.toString(), "--script",
        python.toString(), "--wards", "21", "--rounds", "1", page.toString())
        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
    Optional<ProcessHandle> interpreter = Optional.empty();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (Files.readString(pid).isBlank()) {
        assertThat(p.isAlive()).as("the comparison runs: %s", Files.readString(out)).isTrue();
        assertThat(System.nanoTime()).as("its first round starts").isLessThan(deadline);
        Thread.sleep(50);
      }
      interpreter = ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()));
      assertThat(interpreter).as("the sleeping interpreter").isPresent();
      p.destroy(); // SIGTERM to the comparison alone: the JVM runs its shutdown hooks
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(interpreter.get().onExit().get(30, TimeUnit.SECONDS).isAlive())
          .as("the interpreter, stopped by the hook").isFalse();
    } finally {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      interpreter.ifPresent(ProcessHandle::destroyForcibly);
    }
    try (var left = Files.list(tmp)) {
      assertThat(left.map(f -> f.getFileName().toString()))
          .as("left in the temporary directory").isEmpty();
    }
    assertThat(Files.readString(page)).isEqualTo("# Page\n");
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

  private static Map<Side, Run> round(Run pandas, Run pandasAgain, Run sdk, Run only, Run again) {
    Map<Side, Run> runs = new EnumMap<>(Side.class);
    runs.put(Side.PANDAS, pandas);
    runs.put(Side.PANDAS_AGAIN, pandasAgain);
    runs.put(Side.SDK, sdk);
    runs.put(Side.SDK_ONLY, only);
    runs.put(Side.SDK_AGAIN, again);
    return runs;
  }
}
