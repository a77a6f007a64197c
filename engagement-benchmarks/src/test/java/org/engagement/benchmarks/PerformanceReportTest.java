package org.engagement.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.engagement.benchmarks.PerformanceReport.Measured;
import org.engagement.benchmarks.PerformanceReport.Size;
import org.junit.jupiter.api.Test;

/**
 * What the JVM that measures one size prints reaches the report unchanged; the measuring itself
 * runs for minutes and is not tested here.
 */
class PerformanceReportTest {

  @Test
  void size_printedAndParsed_keepsEveryFigureExactly() {
    Size size = new Size();
    size.wards = 2100;
    size.boroughs = 81;
    size.forces = 10;
    size.records = 500_201;
    size.fileBytes = 148_123_708L;
    size.retainedMib = 173.40625;
    size.indexMib = 0.1 + 0.2;
    size.readMib = 206.0;
    size.rawMib = 611.5;
    size.loadBefore = Double.NaN;
    size.loadAfter = 1.93;
    size.ops.put("read", new Measured(1190.25, 14, 812.0, 1180.0));
    size.ops.put("M1 cold", new Measured(55.0, 5, Double.NaN));

    Size parsed = Size.parse(lines(size));

    assertThat(parsed.wards).isEqualTo(2100);
    assertThat(parsed.boroughs).isEqualTo(81);
    assertThat(parsed.forces).isEqualTo(10);
    assertThat(parsed.records).isEqualTo(500_201);
    assertThat(parsed.fileBytes).isEqualTo(148_123_708L);
    assertThat(parsed.retainedMib).isEqualTo(173.40625);
    assertThat(parsed.indexMib).isEqualTo(0.1 + 0.2);
    assertThat(parsed.readMib).isEqualTo(206.0);
    assertThat(parsed.rawMib).isEqualTo(611.5);
    assertThat(parsed.loadBefore).isNaN();
    assertThat(parsed.loadAfter).isEqualTo(1.93);
    assertThat(parsed.ops).containsExactlyEntriesOf(size.ops);
  }

  @Test
  void combine_threeJvms_takesMediansAndRatiosWithinEachJvm() {
    Size a = jvm(1.0, 100, 100, 1000);
    Size b = jvm(3.0, 120, 60, 1500);
    Size c = jvm(2.0, 300, 100, 900);

    Size combined = Size.combine(List.of(c, a, b));

    assertThat(combined.records).isEqualTo(5002);
    assertThat(combined.retainedMib).isEqualTo(2.0);
    assertThat(combined.ops.get("M1").millis()).isEqualTo(120);
    assertThat(combined.ops.get("M1").runs()).isEqualTo(30);
    assertThat(combined.ops.get("M1 baseline").millis()).isEqualTo(100);
    assertThat(combined.ops.get("M2").cpuMillis()).isNaN();
    // Within each JVM 1.0, 2.0 and 3.0: the median 2.0, not the medians' ratio 1.2; CPU time
    // 1.0, 1.5 and 0.9.
    assertThat(combined.ratio("M1", "M1 baseline", Measured::millis)).isEqualTo(2.0);
    assertThat(combined.ratio("M1", "M1 baseline", Measured::cpuMillis)).isEqualTo(1.0);
    assertThat(combined.jvms).containsExactly(c, a, b);
    assertThat(a.ratio("M1", "M1 baseline", Measured::millis)).isEqualTo(1.0);
  }

  @Test
  void combine_twoJvms_takesTheMeanOfTheMiddle() {
    Size combined = Size.combine(List.of(jvm(1.0, 100, 100, 1000), jvm(2.0, 300, 100, 900)));

    assertThat(combined.ops.get("M1").millis()).isEqualTo(200);
    assertThat(combined.ratio("M1", "M1 baseline", Measured::millis)).isEqualTo(2.0);
  }

  @Test
  void combine_differentDatasetsOrNone_throws() {
    Size other = jvm(1.0, 100, 100, 1000);
    other.records = 5003;

    assertThatThrownBy(() -> Size.combine(List.of(jvm(1.0, 100, 100, 1000), other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5002 records").hasMessageContaining("5003");
    assertThatThrownBy(() -> Size.combine(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tables_threeJvmsASize_giveTheMedianRatioAndEachJvm() {
    Size combined = Size.combine(List.of(jvm(1.0, 100, 100, 1000), jvm(3.0, 120, 60, 1500),
        jvm(2.0, 300, 100, 900)));

    String md = PerformanceReport.tables(List.of(combined), "a JVM");

    assertThat(md).contains("each size in 3 JVMs of its own (one a round), with these arguments")
        .contains("| M1 SDK ÷ baseline (warm) | 2.00× | ≤ 1.5× | **not met** |")
        .contains("#### Each JVM")
        .contains("| 21 | 2 | 0.20 | 0.20 | 0.20 | 0.20 | 2.00× |");
  }

  @Test
  void tables_twoSizes_giveTheCostPerRecordAndItsRise() {
    Size small = jvm(1.0, 100, 100, 1000);
    Size large = jvm(1.0, 400, 800, 1000);
    large.wards = 9000;
    large.records = 10_004;

    String md = PerformanceReport.tables(List.of(small, large), "a JVM");

    assertThat(md).contains("#### Cost per record of the measures and their baselines (µs)")
        .contains("| operation | 21 wards | 9,000 wards | largest ÷ smallest |")
        .contains("| M1 | 19.992 | 39.984 | 2.00× |")
        .contains("| M1 baseline | 19.992 | 79.968 | 4.00× |")
        .contains("| M4 baseline | 0.200 | 0.100 | 0.50× |\n")
        .contains("| operation | 21 wards | 9,000 wards | largest ÷ smallest | target ±30% |\n"
            + "|---|---:|---:|---:|---|\n")
        .contains("| generate | 0.20 | 0.10 | 0.50× | (for comparison) |\n")
        .contains("| scorecard | 0.20 | 0.10 | 0.50× | **not met** |\n");
  }

  @Test
  void median_leavesOutFiguresNotTaken() {
    assertThat(PerformanceReport.median(List.of(1.0, 2.0, Double.NaN))).isEqualTo(1.5);
    assertThat(PerformanceReport.median(List.of(3.0, Double.NaN, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(PerformanceReport.median(List.of(Double.NaN, Double.NaN))).isNaN();
  }

  @Test
  void figures_afterOtherOutput_areTheLinesAfterTheMarker() {
    List<String> printed = List.of("[0.004s][info][gc] Using G1", PerformanceReport.FIGURES,
        "a JVM", "21\t1\t1", "read\t1.0\t1\t2.0\tNaN");

    assertThat(PerformanceReport.figures(21, printed))
        .containsExactly("a JVM", "21\t1\t1", "read\t1.0\t1\t2.0\tNaN");
  }

  @Test
  void figures_noMarkerOrNoFigures_throwsNamingTheSize() {
    assertThatThrownBy(() -> PerformanceReport.figures(9000, List.of("stray")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the JVM measuring 9000 wards printed no figures: 1 lines on standard output");
    List<String> settingOnly = List.of(PerformanceReport.FIGURES, "a JVM");
    assertThatThrownBy(() -> PerformanceReport.figures(21, settingOnly))
        .isInstanceOf(IllegalStateException.class);
  }

  /** One JVM's figures at 21 wards: M1 and its baseline as given, every other operation 1 ms. */
  private static Size jvm(double retainedMib, double m1, double m1Baseline, double m1Cpu) {
    Size s = new Size();
    s.wards = 21;
    s.boroughs = 1;
    s.forces = 1;
    s.records = 5002;
    s.fileBytes = 1_500_000;
    s.retainedMib = retainedMib;
    s.readMib = 2;
    s.rawMib = 4;
    for (String op : List.of("generate", "write", "read", "read raw", "validate", "scorecard",
        "scorecard parallel", "M1 cold", "M2", "M2 baseline", "M4", "M4 baseline")) {
      s.ops.put(op, new Measured(1.0, 10, 50.0));
    }
    s.ops.put("M1", new Measured(m1, 10, 50.0, m1Cpu));
    s.ops.put("M1 baseline", new Measured(m1Baseline, 10, 50.0, 1000.0));
    return s;
  }

  private static List<String> lines(Size size) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    size.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
