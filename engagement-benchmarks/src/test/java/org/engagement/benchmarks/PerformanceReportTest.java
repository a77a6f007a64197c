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

  private static List<String> lines(Size size) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    size.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
