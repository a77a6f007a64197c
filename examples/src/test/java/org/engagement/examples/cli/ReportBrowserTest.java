package org.engagement.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders the sample's report in headless Chromium, to a PNG screenshot and to the DOM as the
 * browser built it, and checks that every chart drew at its size and that the figures of the
 * page equal those of the scorecard's JSON document.
 *
 * <p>The browser is {@code chromium} (or {@code chromium-browser}) on the path, or the executable
 * the environment variable {@code ENGAGEMENT_CHROMIUM} names. Without one the test is skipped,
 * unless {@code ENGAGEMENT_REQUIRE_BROWSER=1} says the browser must be there (CI sets it): then it
 * fails.
 */
class ReportBrowserTest {

  /** The bundled sample, from the examples module's folder, where Maven runs the tests. */
  private static final Path SAMPLE = Path.of("data", "lambeth.json");

  /** The charts the sample's report draws: its area has wards and every analysis has data. */
  private static final List<String> CHARTS = List.of("chart-m1", "chart-m2", "chart-m3",
      "chart-m4", "chart-m5", "chart-change", "chart-trend", "chart-rest-m1", "chart-rest-m2");

  private static final int WIDTH = 1200;

  @TempDir static Path dir;

  private static Path html;
  private static Document dom;
  private static JsonNode card;

  @BeforeAll
  static void render() throws Exception {
    String browser = browser();
    html = dir.resolve("report.html");
    Result report = run("report", SAMPLE.toString(), "-o", html.toString());
    assertThat(report.code()).as(report.err()).isZero();
    Result json = run("scorecard", SAMPLE.toString(), "--format", "json");
    assertThat(json.code()).as(json.err()).isZero();
    card = JsonMapper.builder().build().readTree(json.out());
    String rendered = chromium(browser, "--dump-dom", html.toUri().toString());
    dom = Jsoup.parse(rendered);
  }

  /** The browser's command, or the test is skipped (or fails when the browser is required). */
  private static String browser() {
    String chosen = System.getenv("ENGAGEMENT_CHROMIUM");
    if (chosen != null && !chosen.isBlank()) {
      if (Files.isExecutable(Path.of(chosen))) {
        return chosen;
      }
      return missing("ENGAGEMENT_CHROMIUM=" + chosen + " is not an executable file");
    }
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, name))) {
          return Path.of(folder, name).toString();
        }
      }
    }
    return missing("no chromium on the PATH");
  }

  private static String missing(String why) {
    String message = why + ": the report's browser test needs headless Chromium (Debian: apt-get"
        + " install chromium; or name another Chromium or Chrome with ENGAGEMENT_CHROMIUM)";
    if ("1".equals(System.getenv("ENGAGEMENT_REQUIRE_BROWSER"))) {
      fail(message + ", and ENGAGEMENT_REQUIRE_BROWSER=1 requires it");
    }
    Assumptions.abort(message + "; skipped (set ENGAGEMENT_REQUIRE_BROWSER=1 to fail instead)");
    throw new AssertionError("unreachable");
  }

  /** Runs headless Chromium on the page with a fresh profile, and returns what it prints. */
  private static String chromium(String browser, String... what) throws Exception {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> command = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        "--user-data-dir=" + profile, "--window-size=" + WIDTH + ",1600"));
    command.addAll(List.of(what));
    Path log = dir.resolve("chromium-" + System.nanoTime() + ".log");
    Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    String out;
    try (InputStream in = process.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // a guard against a browser that hangs, not a measure of speed
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("chromium did not finish: " + command);
    }
    assertThat(process.exitValue()).as("chromium %s: %s", command, Files.readString(log))
        .isZero();
    return out;
  }

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

  @Test
  void everyChartDrewAtItsSize() {
    List<Element> figures = dom.select("figure[data-chart]");
    assertThat(figures).extracting(f -> f.attr("data-chart"))
        .containsExactlyInAnyOrderElementsOf(CHARTS);
    for (Element figure : figures) {
      String chart = figure.attr("data-chart");
      Element svg = figure.selectFirst("svg");
      assertThat(svg).as(chart).isNotNull();
      int width = Integer.parseInt(figure.attr("data-width"));
      int height = Integer.parseInt(figure.attr("data-height"));
      assertThat(width).as(chart).isPositive();
      assertThat(height).as(chart).isPositive();
      // the page's script measured the chart after layout: drawn at the size it was made for
      assertThat(figure.attr("data-drawn")).as(chart).isEqualTo(width + "x" + height);
      String[] ink = figure.attr("data-ink").split("x");
      assertThat(Integer.parseInt(ink[0])).as(chart + " ink width").isGreaterThan(width / 2);
      assertThat(Integer.parseInt(ink[1])).as(chart + " ink height").isGreaterThan(height / 2);
      assertThat(Integer.parseInt(figure.attr("data-marks"))).as(chart).isGreaterThan(20);
      assertThat(figure.select("figcaption").text()).as(chart).hasSizeGreaterThan(80);
      assertThat(figure.select("table tbody tr")).as(chart + " table").isNotEmpty();
    }
  }

  @Test
  void theScorecardShowsTheFiguresOfItsJson() {
    List<JsonNode> rows = new ArrayList<>();
    rows.add(card.get("total"));
    card.get("rows").forEach(rows::add);
    int withheld = 0;
    for (JsonNode row : rows) {
      String area = row.get("area").asString();
      for (JsonNode result : row.get("results")) {
        String measure = result.get("measure").asString();
        Element cell = dom.selectFirst(
            "table.scorecard td[data-area=" + area + "][data-measure=" + measure + "]");
        assertThat(cell).as(area + " " + measure).isNotNull();
        String what = area + " " + measure + ": " + cell.outerHtml();
        if (primaryWithheld(result)) {
          assertThat(cell.attr("data-suppressed")).as(what).isEqualTo("PRIMARY");
        }
        if (!cell.attr("data-suppressed").equals("NONE")) {
          withheld++;
          assertThat(cell.hasAttr("data-score")).as(what).isFalse();
          assertThat(cell.text()).as(what).startsWith("SUPPRESSED")
              .doesNotContain(fixed(result.get("score").asDouble()));
          continue;
        }
        if (!result.get("status").asString().equals("SCORED")) {
          assertThat(cell.text()).as(what).isEqualTo("n/a");
          continue;
        }
        assertThat(cell.attr("data-score")).as(what)
            .isEqualTo(fixed(result.get("score").asDouble()));
        assertThat(cell.attr("data-rating")).as(what).isEqualTo(result.get("rating").asString());
        if (result.has("numerator") && result.has("denominator")) {
          assertThat(cell.attr("data-counts")).as(what).isEqualTo(
              result.get("numerator").asLong() + "/" + result.get("denominator").asLong());
        } else {
          assertThat(cell.hasAttr("data-counts")).as(what).isFalse();
        }
        assertThat(cell.text()).as(what).contains(cell.attr("data-score"))
            .contains(result.get("rating").asString().replace('_', ' '));
      }
    }
    // the sample's four wards with fewer than 30 answers to M5
    assertThat(withheld).isEqualTo(4);
    assertThat(dom.select("table.scorecard tbody tr")).hasSize(rows.size());
  }

  /** A survey figure on 1 to 29 answers, or a figure about 1 to 4 people. */
  private static boolean primaryWithheld(JsonNode result) {
    if (!result.get("status").asString().equals("SCORED")) {
      return false;
    }
    long base = result.get("base").asLong();
    return switch (result.get("baseKind").asString()) {
      case "SURVEY_ANSWERS" -> base > 0 && base < 30;
      case "PARTICIPANTS" -> base > 0 && base < 5;
      default -> false;
    };
  }

  @Test
  void theMeasuresTablesShowTheIndicatorsOfTheJson() {
    int compared = 0;
    Set<String> measures = new HashSet<>();
    for (JsonNode result : card.get("total").get("results")) {
      String measure = result.get("measure").asString();
      for (JsonNode indicator : result.get("indicators")) {
        Optional<Element> cell = Optional.ofNullable(dom.selectFirst(
            "td[data-key=\"" + measure + "/" + label(indicator) + "\"]"));
        if (cell.isEmpty()) {
          continue;
        }
        assertThat(cell.get().text()).as(measure + " " + label(indicator))
            .isEqualTo(published(indicator));
        compared++;
        measures.add(measure);
      }
    }
    assertThat(measures).containsExactlyInAnyOrder("M1", "M2", "M3", "M4", "M5");
    assertThat(compared).isGreaterThan(40);
    // and the charts drew those figures: the funnel's bar labels are its counts
    Element funnel = dom.selectFirst("figure[data-chart=chart-m1] svg");
    Set<String> texts = funnel.select("text").stream().map(Element::text)
        .collect(Collectors.toSet());
    for (String step : List.of("raised", "presented", "considered", "recorded")) {
      JsonNode indicator = indicator(card.get("total").get("results").get(0), step);
      assertThat(texts).contains(Long.toString(indicator.get("value").asLong()));
    }
  }

  private static JsonNode indicator(JsonNode result, String name) {
    for (JsonNode i : result.get("indicators")) {
      if (i.get("name").asString().equals(name) && !i.has("qualifiers")) {
        return i;
      }
    }
    throw new AssertionError("no indicator " + name + " in " + result.get("measure"));
  }

  /** An indicator's label, e.g. {@code r[AGE/AGE_16_24]}. */
  private static String label(JsonNode indicator) {
    String name = indicator.get("name").asString();
    if (!indicator.has("qualifiers") || indicator.get("qualifiers").isEmpty()) {
      return name;
    }
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, JsonNode> q : indicator.get("qualifiers").properties()) {
      values.add(q.getValue().asString());
    }
    return name + "[" + String.join("/", values) + "]";
  }

  /** How a published table shows an indicator of the sample's borough (none is withheld). */
  private static String published(JsonNode indicator) {
    if (!indicator.has("value") || indicator.get("value").isNull()) {
      return "n/a (" + indicator.path("note").asString() + ")";
    }
    double value = indicator.get("value").asDouble();
    return switch (indicator.get("kind").asString()) {
      case "COUNT" -> Long.toString(Math.round(value));
      case "QUANTITY" -> value == Math.rint(value) ? Long.toString((long) value)
          : String.format(Locale.ROOT, "%.2f", value);
      default -> fixed(value);
    };
  }

  private static String fixed(double x) {
    return String.format(Locale.ROOT, "%.4f", x);
  }

  @Test
  void thePageNamesNoAddressAndCarriesItsStyle() throws IOException {
    String source = Files.readString(html);
    assertThat(source).doesNotContainPattern("(?i)https?://")
        .doesNotContainPattern("(?i)<link\\b")
        .doesNotContainPattern("(?i)\\bsrc\\s*=")
        .doesNotContainPattern("(?i)url\\(\\s*['\"]?(?!#)")
        .doesNotContainPattern("(?i)@import");
    assertThat(dom.select("style").stream().map(Element::data).collect(Collectors.joining()))
        .contains("@media print");
    assertThat(dom.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
  }

  @Test
  void theScreenshotShowsThePage() throws Exception {
    Path png = Path.of("target", "report-screenshot.png").toAbsolutePath();
    Files.createDirectories(png.getParent());
    Files.deleteIfExists(png);
    chromium(browser(), "--screenshot=" + png, html.toUri().toString());
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(1600);
    // the masthead's dark band above white paper: the page was painted, not left blank
    int masthead = image.getRGB(WIDTH / 2, 10) & 0xffffff;
    int paper = image.getRGB(5, image.getHeight() - 5) & 0xffffff;
    assertThat(masthead).isNotEqualTo(paper);
    assertThat(brightness(masthead)).isLessThan(100);
    assertThat(brightness(paper)).isGreaterThan(240);
  }

  private static int brightness(int rgb) {
    return (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
  }
}
