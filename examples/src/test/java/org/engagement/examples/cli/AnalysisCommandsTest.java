package org.engagement.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.examples.SampleData;
import org.engagement.json.EngagementJson;
import org.engagement.measures.CsvTables;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.MarkdownTables;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.Trend;
import org.engagement.measures.outcome.OutcomeMeasures;
import org.engagement.measures.DisclosureControl;
import org.engagement.measures.loop.ClosingTheLoopMeasure;
import org.engagement.measures.methods.MethodAnalysis;
import org.engagement.measures.methods.MethodReport;
import org.engagement.measures.methods.MethodTables;
import org.engagement.measures.loop.RepeatParticipationMeasure;
import org.engagement.measures.standards.ComplianceMatrix;
import org.engagement.measures.standards.ConsultationStrands;
import org.engagement.measures.standards.PanelHealth;
import org.engagement.measures.standards.PanelHealthAssessment;
import org.engagement.measures.standards.QualityStandards2012;
import org.engagement.measures.standards.RuleResult;
import org.engagement.measures.standards.EngagementPrinciples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** Runs the analysis commands (strands, principles, loop, repeat) on the bundled sample. */
class AnalysisCommandsTest {

  private static final Path SAMPLE_FILE = Path.of("data", "lambeth.json");

  private static final EngagementDataset SAMPLE =
      EngagementJson.standard().read(SAMPLE_FILE).dataset();

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = EngagementCommand.commandLine(InputStream.nullInputStream());
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int code = line.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  private static List<MeasureResult> expected(String command, Scope scope) {
    EvaluationContext context = EvaluationContext.of(SAMPLE);
    return switch (command) {
      case "strands" -> ConsultationStrands.standard().evaluate(context, scope);
      case "principles" -> List.of(EngagementPrinciples.standard().evaluate(context, scope));
      case "loop" -> List.of(ClosingTheLoopMeasure.standard().evaluate(context, scope));
      case "repeat" -> List.of(RepeatParticipationMeasure.standard().evaluate(context, scope));
      default -> throw new IllegalArgumentException(command);
    };
  }

  private static Scope defaultScope() {
    return Scope.of(SampleData.LAMBETH, SampleData.YEAR);
  }

  @ParameterizedTest
  @ValueSource(strings = {"strands", "principles", "loop", "repeat"})
  void command_md_isThePublishedTableOfEachResult(String command) {
    Result r = run(command, SAMPLE_FILE.toString());
    assertThat(r.code()).as(r.err()).isZero();
    for (MeasureResult m : expected(command, defaultScope())) {
      assertThat(r.out()).contains(MarkdownTables.of(m).strip());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"strands", "principles", "loop", "repeat"})
  void command_csv_hasOneHeaderAndEveryResultsLines(String command) {
    Result r = run(command, SAMPLE_FILE.toString(), "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    List<MeasureResult> results = expected(command, defaultScope());
    String header = CsvTables.of(results.get(0)).lines().findFirst().orElseThrow();
    assertThat(r.out().lines().filter(header::equals)).hasSize(1);
    for (MeasureResult m : results) {
      CsvTables.of(m).lines().skip(1).forEach(l -> assertThat(r.out()).contains(l));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"strands", "principles", "loop", "repeat"})
  void command_text_isTheAnalystsView(String command) {
    Result r = run(command, SAMPLE_FILE.toString(), "--format", "TEXT");
    assertThat(r.code()).as(r.err()).isZero();
    for (MeasureResult m : expected(command, defaultScope())) {
      assertThat(r.out()).contains(m.toString().strip());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"strands", "principles", "loop", "repeat"})
  void command_json_parsesAndReadsBackAsTheResults(String command) {
    Result r = run(command, SAMPLE_FILE.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    List<MeasureResult> results = expected(command, defaultScope());
    JsonNode tree = FormatOption.mapper().readTree(r.out());
    if (results.size() == 1) {
      assertThat(EngagementJson.standard().readMeasureResult(r.out())).isEqualTo(results.get(0));
    } else {
      assertThat(tree.isArray()).isTrue();
      assertThat(tree.size()).isEqualTo(results.size());
      for (int i = 0; i < results.size(); i++) {
        assertThat(EngagementJson.standard().readMeasureResult(tree.get(i).toString()))
            .isEqualTo(results.get(i));
      }
    }
  }

  private static MethodReport expectedMethods() {
    EvaluationContext context = EvaluationContext.of(SAMPLE);
    Scope scope = defaultScope();
    MethodAnalysis analysis = MethodAnalysis.standard();
    return analysis.result(context, scope,
        analysis.partial(context, scope, SAMPLE.subtree(scope.area())));
  }

  @Test
  void methods_everyFormat_isTheReportOfTheSample() {
    MethodReport report = expectedMethods();
    Result md = run("methods", SAMPLE_FILE.toString());
    assertThat(md.code()).as(md.err()).isZero();
    assertThat(md.out().strip())
        .isEqualTo(MethodTables.markdown(report, DisclosureControl.standard()).strip());
    Result text = run("methods", SAMPLE_FILE.toString(), "--format", "text");
    assertThat(text.out().strip()).isEqualTo(report.toString().strip());
    Result json = run("methods", SAMPLE_FILE.toString(), "--format", "json");
    assertThat(FormatOption.mapper().readTree(json.out()).isObject()).isTrue();
    assertThat(EngagementJson.standard().readMethodReport(json.out())).isEqualTo(report);
    Result csv = run("methods", SAMPLE_FILE.toString(), "--format", "csv");
    assertThat(csv.code()).as(csv.err()).isZero();
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0)).startsWith("table,group,activities");
    assertThat(lines).hasSize(1 + report.methods().size() + report.modeOpenness().size()
        + report.bestReach().stream().mapToInt(b -> b.ranking().size()).sum());
    int columns = lines.get(0).split(",", -1).length;
    assertThat(lines).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(columns));
  }

  @Test
  void standards_explainEachPromise_inEveryFormat() {
    ComplianceMatrix matrix = ComplianceMatrix.of(QualityStandards2012.catalogue(),
        EvaluationContext.of(SAMPLE), defaultScope());
    Result text = run("standards", SAMPLE_FILE.toString());
    Result md = run("standards", SAMPLE_FILE.toString(), "--format", "md");
    Result csv = run("standards", SAMPLE_FILE.toString(), "--format", "csv");
    for (RuleResult r : matrix.results()) {
      assertThat(text.out()).contains(r.rule() + "  " + r.title() + "\n  " + r.status());
      assertThat(md.out()).contains("| " + r.rule() + " | ");
      assertThat(csv.out()).contains(SampleData.LAMBETH + ",Lambeth," + r.rule() + ",");
      r.reason().ifPresent(reason -> assertThat(text.out()).contains(reason));
      r.gaps().stream().findFirst().ifPresent(g -> assertThat(text.out()).contains(g.toString()));
    }
    Result json = run("standards", SAMPLE_FILE.toString(), "--format", "json", "--as-of",
        "2013-06-30");
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode tree = FormatOption.mapper().readTree(json.out());
    assertThat(tree.get("asOf").asString()).isEqualTo("2013-06-30");
    assertThat(tree.get("promises").size()).isEqualTo(matrix.results().size());
    ComplianceMatrix later = ComplianceMatrix.of(QualityStandards2012.catalogue(),
        EvaluationContext.of(SAMPLE), Scope.builder().area(SampleData.LAMBETH)
            .period(SampleData.YEAR).asOf(LocalDate.of(2013, 6, 30)).build());
    for (int i = 0; i < later.results().size(); i++) {
      RuleResult r = later.results().get(i);
      JsonNode p = tree.get("promises").get(i);
      assertThat(p.get("id").asString()).isEqualTo(r.rule());
      assertThat(p.get("status").asString()).isEqualTo(r.status().name());
      assertThat(p.get("gaps").size()).isEqualTo(r.gaps().size());
      assertThat(p.get("evidence").size()).isEqualTo(r.evidence().size());
      if (r.attainment().isPresent()) {
        assertThat(p.get("attainment").asDouble()).isEqualTo(r.attainment().getAsDouble());
      }
    }
  }

  @Test
  void panels_everyFormat_listsEachPanelThenEachBorough() {
    EvaluationContext context = EvaluationContext.of(SAMPLE);
    List<PanelHealth> panels = PanelHealthAssessment.standard().perPanel(context, defaultScope());
    List<PanelHealth> boroughs =
        PanelHealthAssessment.standard().perBorough(context, defaultScope());
    assertThat(panels).isNotEmpty();
    Result md = run("panels", SAMPLE_FILE.toString());
    assertThat(md.code()).as(md.err()).isZero();
    Result text = run("panels", SAMPLE_FILE.toString(), "--format", "text");
    Result csv = run("panels", SAMPLE_FILE.toString(), "--format", "csv");
    Result json = run("panels", SAMPLE_FILE.toString(), "--format", "json");
    for (PanelHealth h : panels) {
      assertThat(md.out()).contains("| " + h.subject() + " | " + h.area() + " | ");
      assertThat(text.out()).contains(h.toString());
      assertThat(csv.out()).contains("panel," + h.subject() + "," + h.area() + ",");
    }
    for (PanelHealth h : boroughs) {
      assertThat(text.out()).contains(h.toString());
    }
    assertThat(csv.out().lines().count()).isEqualTo(1 + panels.size() + boroughs.size());
    JsonNode tree = FormatOption.mapper().readTree(json.out());
    assertThat(tree.get("panels").size()).isEqualTo(panels.size());
    assertThat(tree.get("boroughs").size()).isEqualTo(boroughs.size());
    assertThat(tree.get("panels").get(0).get("activeMembers").asLong())
        .isEqualTo(panels.get(0).activeMembers());
  }

  private static final String[] HALVES = {"--period", "2011-04-01/2011-09-30", "--period",
      "2011-10-01/2012-03-31", "--period", "2012-04-01/2012-09-30", "--period",
      "2012-10-01/2013-03-31"};

  @Test
  void trend_everyFormat_isTheTrendOfTheMeasure() {
    Trend expected = Trend.of(OutcomeMeasures.standard().dueConsideration(), SAMPLE,
        SampleData.LAMBETH, List.of(Period.parse("2011-04-01/2011-09-30"),
            Period.parse("2011-10-01/2012-03-31"), Period.parse("2012-04-01/2012-09-30"),
            Period.parse("2012-10-01/2013-03-31")));
    List<String> args = new java.util.ArrayList<>(List.of("trend", SAMPLE_FILE.toString(),
        "--measure", "M1"));
    args.addAll(List.of(HALVES));
    Result md = run(args.toArray(String[]::new));
    assertThat(md.code()).as(md.err()).isZero();
    assertThat(md.out()).isEqualTo(TrendCommand.markdown(expected));
    args.addAll(List.of("--format", "json"));
    Result json = run(args.toArray(String[]::new));
    assertThat(FormatOption.mapper().readTree(json.out()).isObject()).isTrue();
    assertThat(EngagementJson.standard().readTrend(json.out())).isEqualTo(expected);
    args.set(args.size() - 1, "text");
    assertThat(run(args.toArray(String[]::new)).out().strip()).isEqualTo(expected.toString());
    args.set(args.size() - 1, "csv");
    Result csv = run(args.toArray(String[]::new));
    assertThat(csv.out()).isEqualTo(TrendCommand.csv(expected));
    assertThat(csv.out().lines()).hasSize(2 + expected.points().size());
  }

  @Test
  void trend_twoPeriodsOrAnotherMeasure_isAUsageError() {
    Result two = run("trend", SAMPLE_FILE.toString(), "--measure", "M1", "--period", "FY2011",
        "--period", "FY2012");
    assertThat(two.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(two.err()).contains("cannot test a trend");
    Result m3 = run("trend", SAMPLE_FILE.toString(), "--measure", "M3", "--period", "FY2011",
        "--period", "FY2012", "--period", "FY2013");
    assertThat(m3.code()).isEqualTo(EngagementCommand.USAGE);
  }

  @Test
  void asOf_isTheScopesAsOfDate() {
    Period year = SampleData.YEAR;
    LocalDate later = year.to().plusMonths(3);
    Result r = run("loop", SAMPLE_FILE.toString(), "--as-of", later.toString(), "--format",
        "json");
    assertThat(r.code()).as(r.err()).isZero();
    Scope scope = Scope.builder().area(SampleData.LAMBETH).period(year).asOf(later).build();
    assertThat(EngagementJson.standard().readMeasureResult(r.out()))
        .isEqualTo(expected("loop", scope).get(0));
    Result csv = run("measure", "M2", SAMPLE_FILE.toString(), "--as-of", later.toString(),
        "--format", "csv");
    assertThat(csv.out()).contains("," + later + ",");
  }

  @Test
  void asOf_beforeThePeriodsEndOrNotADate_isAUsageError() {
    Result early = run("strands", SAMPLE_FILE.toString(), "--as-of", "2012-01-01");
    assertThat(early.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(early.err()).contains("bad --as-of").contains("before the period's end");
    Result bad = run("measure", "M1", SAMPLE_FILE.toString(), "--as-of", "soon");
    assertThat(bad.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(bad.err()).contains("bad --as-of: soon");
  }
}
