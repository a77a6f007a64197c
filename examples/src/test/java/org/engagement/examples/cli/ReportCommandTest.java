package org.engagement.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code engagement report} without a browser: the page it writes for scopes other than the
 * sample borough's latest year, and its errors. {@link ReportBrowserTest} renders the page.
 */
class ReportCommandTest {

  private static final String SAMPLE = Path.of("data", "lambeth.json").toString();

  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = EngagementCommand.commandLine(InputStream.nullInputStream());
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    int code = line.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  private static List<String> charts(Document page) {
    return page.select("figure[data-chart]").stream().map(f -> f.attr("data-chart")).toList();
  }

  @Test
  void aWardHasNoAreasBelowItToCompare() {
    Result r = run("report", SAMPLE, "--area", "E05000416");
    assertThat(r.code()).as(r.err()).isZero();
    Document page = Jsoup.parse(r.out());
    assertThat(page.title()).isEqualTo("Community engagement: Bishop's, 2012/13");
    assertThat(charts(page)).containsExactly("chart-m1", "chart-m2", "chart-m3", "chart-m4",
        "chart-m5", "chart-change", "chart-trend");
    assertThat(page.select("table.scorecard tbody tr")).hasSize(1);
    assertThat(page.select("section#standards table")).isNotEmpty();
  }

  @Test
  void aYearWithoutAYearBeforeItHasNoChangeToDraw() {
    Result r = run("report", SAMPLE, "--period", "FY2011");
    assertThat(r.code()).as(r.err()).isZero();
    Document page = Jsoup.parse(r.out());
    Element change = page.selectFirst("figure[data-chart=chart-change]");
    assertThat(change.select("svg")).isEmpty();
    assertThat(change.text()).contains("No chart").contains("n/a (0/0)");
    assertThat(page.select("figure[data-chart=chart-m1] svg")).hasSize(1);
  }

  @Test
  void aWardWithFewAnswersShowsNoM5Figure() {
    // Knight's Hill: 19 answers to M5 in 2012/13, fewer than the 30 a published figure needs
    Result r = run("report", SAMPLE, "--area", "E05000424");
    assertThat(r.code()).as(r.err()).isZero();
    Document page = Jsoup.parse(r.out());
    Element m5 = page.selectFirst("figure[data-chart=chart-m5]");
    assertThat(m5.selectFirst("h3").text()).contains("SUPPRESSED");
    assertThat(m5.select("svg")).isEmpty();
    assertThat(m5.select("td[data-key^=M5/p]")).allSatisfy(
        td -> assertThat(td.text()).isEqualTo("withheld"));
    assertThat(page.selectFirst("td[data-measure=M5]").attr("data-suppressed"))
        .isEqualTo("PRIMARY");
  }

  @Test
  void writesTheFileItIsGiven() throws Exception {
    Path out = dir.resolve("report.html");
    Result r = run("report", SAMPLE, "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
  }

  @Test
  void aFolderThatDoesNotExistIsExitCode2() {
    Result r = run("report", SAMPLE, "-o", dir.resolve("no/such/report.html").toString());
    assertThat(r.code()).isEqualTo(EngagementCommand.UNREADABLE);
    assertThat(r.err()).startsWith("engagement report: cannot write ")
        .contains("no such file or directory");
  }

  @Test
  void anUnknownAreaIsAUsageError() {
    Result r = run("report", SAMPLE, "--area", "E05999999");
    assertThat(r.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(r.err()).contains("unknown area id: E05999999");
  }
}
