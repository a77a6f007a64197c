package org.engagement.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagement.core.ActivityId;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.CommunityInput;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InputId;
import org.engagement.core.Period;
import org.engagement.core.QuestionId;
import org.engagement.core.Scope;
import org.engagement.core.StandardRole;
import org.engagement.core.SurveyPopulation;
import org.engagement.examples.SampleData;
import org.engagement.examples.ScriptRunner;
import org.engagement.json.EngagementJson;
import org.engagement.measures.CsvTables;
import org.engagement.measures.MarkdownTables;
import org.engagement.measures.outcome.DiverseNeedsMeasure;
import org.engagement.measures.outcome.DueConsiderationMeasure;
import org.engagement.measures.outcome.OutcomeMeasures;
import org.engagement.measures.standards.ComplianceMatrix;
import org.engagement.measures.standards.QualityStandards2012;
import org.engagement.measures.stats.ChangeVerdict;
import org.engagement.measures.survey.SurveyAnalysis;
import org.engagement.measures.survey.SurveyChange;
import org.engagement.measures.survey.SurveyQuestion;
import org.engagement.measures.survey.SurveyTables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs every command through {@link CommandLine#execute} with captured output. */
class EngagementCommandTest {

  @TempDir static Path dir;

  /** The sample, built once: every test reads it, none changes it. */
  private static final EngagementDataset SAMPLE = SampleData.lambeth();

  private static Path valid;
  private static Path invalid;
  private static Path broken;

  private record Result(int code, String out, String err) {}

  @BeforeAll
  static void writeFiles() throws Exception {
    valid = dir.resolve("lambeth.json");
    EngagementJson.standard().write(SAMPLE, valid);
    CommunityInput first = SAMPLE.inputs().get(0);
    EngagementDataset dangling = EngagementDataset.builder().from(SAMPLE)
        .addInputs(CommunityInput.builder().from(first).id(InputId.of("IN-9999"))
            .activity(ActivityId.of("ACT-9999")).build())
        .build();
    invalid = dir.resolve("dangling.json");
    EngagementJson.standard().write(dangling, invalid);
    broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\n  \"areas\": [ }\n");
  }

  private static Result run(String... args) {
    return runWithInput(InputStream.nullInputStream(), args);
  }

  private static Result runWithInput(InputStream in, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = EngagementCommand.commandLine(in);
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int code = line.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  private static void assertNoStackTrace(Result r) {
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void validate_validFile_printsTheReportAndExitsZero() {
    Result r = run("validate", valid.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("ReadResult: valid, 0 errors, 0 warnings");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void validate_invalidFile_printsTheProblemAndExitsOne() {
    Result r = run("validate", invalid.toString());
    assertThat(r.code()).isEqualTo(EngagementCommand.INVALID);
    assertThat(r.out()).contains("ReadResult: invalid, 1 error")
        .contains("UNKNOWN_REFERENCE").contains("ACT-9999");
  }

  @Test
  void validate_unreadableJson_printsCodePointerLineAndColumnAndExitsTwo() {
    Result r = run("validate", broken.toString());
    assertThat(r.code()).isEqualTo(EngagementCommand.UNREADABLE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("engagement validate: cannot read " + broken)
        .contains("at /areas").contains("line 2, column");
    assertNoStackTrace(r);
  }

  @Test
  void validate_bindingErrorsAndBrokenInvariants_areAllReported_andExitOne() throws IOException {
    Path bad = dir.resolve("bad-records.json");
    Files.writeString(bad, "{\"formatVersion\": \"1.0\", \"areas\": ["
        + "{\"id\": \"A\", \"name\": \"A\", \"level\": \"BOROUGH\", \"parent\": \"A\"},"
        + "{\"id\": \"B\", \"name\": 7, \"level\": \"CITY\"}]}");

    Result r = run("validate", bad.toString());

    assertThat(r.code()).isEqualTo(EngagementCommand.INVALID);
    assertThat(r.out()).contains("INVALID_VALUE /areas/0").contains("WRONG_TYPE /areas/1/name")
        .contains("UNKNOWN_ENUM_VALUE /areas/1/level");
    assertNoStackTrace(r);
  }

  @Test
  void validate_formatJson_printsTheReportDocument() {
    Result r = run("validate", "--format", "json", invalid.toString());

    assertThat(r.code()).isEqualTo(EngagementCommand.INVALID);
    assertThat(EngagementJson.standard().readReport(r.out()).issues("UNKNOWN_REFERENCE"))
        .hasSize(1);
  }

  @Test
  void validate_missingFile_saysSoAndExitsTwo() {
    Result r = run("validate", dir.resolve("absent.json").toString());
    assertThat(r.code()).isEqualTo(EngagementCommand.UNREADABLE);
    assertThat(r.err()).contains("no such file");
    assertNoStackTrace(r);
  }

  @Test
  void validate_dash_readsStandardInput() throws Exception {
    Result r = runWithInput(new ByteArrayInputStream(Files.readAllBytes(valid)), "validate", "-");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("ReadResult: valid");
  }

  @Test
  void execute_unknownOption_printsTheErrorOnStandardErrorAndExitsWithUsage() {
    Result r = run("validate", "--frobnicate", valid.toString());
    assertThat(r.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(r.err()).contains("Unknown option: '--frobnicate'")
        .contains("Try 'engagement validate --help'");
    assertThat(r.out()).isEmpty();
    assertNoStackTrace(r);
  }

  @Test
  void execute_noCommand_printsTheUsageOnStandardErrorAndExitsWithUsage() {
    Result r = run();
    assertThat(r.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(r.err()).contains("Usage: engagement");
  }

  @Test
  void execute_help_listsTheCommandsAndExitCodes() {
    Result r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("validate", "scorecard", "measure", "compare", "standards", "schema",
            "import")
        .contains("Exit codes:").contains("64").contains("A file cannot be read or written");
  }

  @Test
  void execute_versionOnEveryCommand_printsTheVersionAndRunsNothing() {
    String version = run("--version").out();
    assertThat(version).startsWith("engagement ").contains("Engagement SDK");
    for (String[] command : new String[][] {{"validate"}, {"scorecard"}, {"measure"},
        {"compare"}, {"standards"}, {"schema"}, {"import"}, {"import", "polis"},
        {"import", "police-uk"}}) {
      String[] args = java.util.Arrays.copyOf(command, command.length + 1);
      args[command.length] = "--version";
      Result r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isZero();
      assertThat(r.out()).as(String.join(" ", args)).isEqualTo(version);
    }
  }

  @Test
  void execute_helpOfEveryCommand_documentsTheExitCodes() {
    for (String[] command : new String[][] {{"validate"}, {"scorecard"}, {"measure"},
        {"compare"}, {"standards"}, {"schema"}, {"import"}, {"import", "polis"}, {"import", "police-uk"}}) {
      String[] args = java.util.Arrays.copyOf(command, command.length + 1);
      args[command.length] = "--help";
      Result r = run(args);
      assertThat(r.code()).as(String.join(" ", command)).isZero();
      assertThat(r.out()).as(String.join(" ", command))
          .contains("Usage: engagement " + String.join(" ", command)).contains("Exit codes:");
    }
  }

  @Test
  void execute_version_printsTheProjectVersion() {
    Result r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("engagement 0.").doesNotContain("${");
  }

  @Test
  void scorecard_defaults_areThePublishedTableOfTheBoroughItsWardsAndTheLatestFinancialYear() {
    var card = OutcomeMeasures.standard().scorecard(
        SAMPLE, Scope.of(SampleData.LAMBETH, SampleData.YEAR), AreaLevel.WARD);
    Result r = run("scorecard", valid.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(ensureNewline(MarkdownTables.of(card)))
        .contains("SUPPRESSED (base");
  }

  @Test
  void scorecard_text_isTheAnalystsViewWithNothingWithheld() {
    var card = OutcomeMeasures.standard().scorecard(
        SAMPLE, Scope.of(SampleData.LAMBETH, SampleData.YEAR), AreaLevel.WARD);
    Result r = run("scorecard", valid.toString(), "--format", "text");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(ensureNewline(card.toString())).doesNotContain("SUPPRESSED");
  }

  @Test
  void scorecard_markdownAndCsv_areThePublishedTables() {
    var card = OutcomeMeasures.standard().scorecard(SAMPLE,
        Scope.of(SampleData.LAMBETH, SampleData.YEAR), AreaLevel.WARD);
    Result md = run("scorecard", valid.toString(), "--period", "2012/13", "--format", "md");
    Result csv = run("scorecard", valid.toString(), "--area", "E09000022", "--format", "CSV",
        "--level", "ward");
    assertThat(md.out()).isEqualTo(ensureNewline(MarkdownTables.of(card)));
    assertThat(csv.out()).isEqualTo(ensureNewline(CsvTables.of(card)));
  }

  @Test
  void scorecard_json_readsBackAsTheScorecard() {
    var card = OutcomeMeasures.standard().scorecard(SAMPLE,
        Scope.of(SampleData.LAMBETH, SampleData.YEAR), AreaLevel.WARD);
    Result r = run("scorecard", valid.toString(), "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(EngagementJson.standard().readScorecard(r.out())).isEqualTo(card);
    assertThat(r.out()).isEqualTo(ensureNewline(EngagementJson.standard().writeString(card)));
  }

  @Test
  void scorecard_unknownFormat_isAUsageErrorNamingTheFormats() {
    Result r = run("scorecard", valid.toString(), "--format", "xml");
    assertThat(r.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(r.err()).contains("--format").contains("JSON");
    assertNoStackTrace(r);
  }

  @Test
  void scorecardAndMeasure_help_offerJson() {
    assertThat(run("scorecard", "--help").out()).contains("md, csv, text or json (default: md)")
        .contains("readScorecard").doesNotContain("not offered");
    assertThat(run("measure", "--help").out()).contains("md, csv, text or json (default: md)")
        .contains("readMeasureResult");
  }

  @Test
  void scorecard_badPeriodOrUnknownArea_isAUsageError() {
    Result period = run("scorecard", valid.toString(), "--period", "2012/14");
    Result area = run("scorecard", valid.toString(), "--area", "E05999999");
    assertThat(period.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(period.err()).contains("bad --period");
    assertThat(area.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(area.err()).contains("unknown area id: E05999999");
    assertNoStackTrace(period);
    assertNoStackTrace(area);
  }

  @Test
  void scorecard_invalidFile_exitsOneAndPointsToValidate() {
    Result r = run("scorecard", invalid.toString());
    assertThat(r.code()).isEqualTo(EngagementCommand.INVALID);
    assertThat(r.err()).contains("is not a valid dataset (1 error)")
        .contains("engagement validate");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void measure_byCodeOrName_printsTheResult() {
    Scope scope = Scope.of(SampleData.LAMBETH, SampleData.YEAR);
    Result m1 = run("measure", "M1", valid.toString(), "--format", "text");
    Result m3 = run("measure", "understanding_diverse_needs", valid.toString());
    assertThat(m1.code()).isZero();
    assertThat(m1.out()).isEqualTo(ensureNewline(
        DueConsiderationMeasure.standard().evaluate(SAMPLE, scope).toString()));
    assertThat(m3.out()).isEqualTo(ensureNewline(MarkdownTables.of(
        DiverseNeedsMeasure.standard().evaluate(SAMPLE, scope))));
  }

  @Test
  void measure_json_readsBackAsTheResult() {
    var m2 = OutcomeMeasures.standard().all().get(1)
        .evaluate(SAMPLE, Scope.of(SampleData.LAMBETH, SampleData.YEAR));
    Result r = run("measure", "M2", valid.toString(), "--format", "JSON");
    assertThat(r.code()).isZero();
    assertThat(m2.measure()).isEqualTo("M2");
    assertThat(EngagementJson.standard().readMeasureResult(r.out())).isEqualTo(m2);
  }

  @Test
  void measure_unknownName_isAUsageError() {
    Result r = run("measure", "M9", valid.toString());
    assertThat(r.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(r.err()).contains("unknown measure: M9");
  }

  @Test
  void compare_twoFinancialYears_isTheChangeOfA3AndAnIncrease() {
    SurveyChange expected = SurveyAnalysis.change(SAMPLE,
        Scope.of(SampleData.LAMBETH, Period.financialYear(2011)),
        Scope.of(SampleData.LAMBETH, SampleData.YEAR),
        SurveyQuestion.of(StandardRole.POLICE_LISTEN).in(SurveyPopulation.PUBLIC));
    Result r = run("compare", valid.toString(), "--period", "FY2011", "--period", "FY2012",
        "--format", "text");
    Result published = run("compare", valid.toString(), "--period", "FY2011", "--period",
        "FY2012");
    assertThat(published.out()).isEqualTo(ensureNewline(SurveyTables.markdown(expected)));
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(expected.change().verdict()).isEqualTo(ChangeVerdict.INCREASE);
    assertThat(r.out()).isEqualTo(ensureNewline(expected.toString()))
        .contains("INCREASE");
  }

  @Test
  void compare_markdownAndCsv_areThePublishedTables() {
    SurveyChange expected = SurveyAnalysis.change(SAMPLE,
        Scope.of(SampleData.LAMBETH, Period.financialYear(2011)),
        Scope.of(SampleData.LAMBETH, SampleData.YEAR),
        SurveyQuestion.of(StandardRole.POLICE_LISTEN).in(SurveyPopulation.PUBLIC));
    Result md = run("compare", valid.toString(), "--period", "2011/12", "--period",
        "2012-04-01/2013-03-31", "--format", "md", "--area", "E09000022");
    Result csv = run("compare", valid.toString(), "--period", "FY2011", "--period", "FY2012",
        "--format", "csv");
    assertThat(md.out()).isEqualTo(ensureNewline(SurveyTables.markdown(expected)));
    assertThat(csv.out()).isEqualTo(ensureNewline(SurveyTables.csv(expected)));
  }

  @Test
  void compare_questionByRoleOrId_readsThatQuestionInEverySurvey() {
    Scope before = Scope.of(SampleData.LAMBETH, Period.financialYear(2011));
    Scope after = Scope.of(SampleData.LAMBETH, SampleData.YEAR);
    SurveyChange aware = SurveyAnalysis.change(SAMPLE, before, after,
        SurveyQuestion.of(StandardRole.AWARE_OF_ENGAGEMENT_METHODS));
    SurveyChange q2 = SurveyAnalysis.change(SAMPLE, before, after,
        SurveyQuestion.of(QuestionId.of("Q2")));
    Result byRole = run("compare", valid.toString(), "--period", "FY2011", "--period", "FY2012",
        "--question", "aware_of_engagement_methods", "--format", "text");
    Result byId = run("compare", valid.toString(), "--period", "FY2011", "--period", "FY2012",
        "--question", "Q2", "--format", "text");
    assertThat(byRole.code()).isZero();
    assertThat(byRole.out()).isEqualTo(ensureNewline(aware.toString()))
        .contains("AWARE_OF_ENGAGEMENT_METHODS");
    assertThat(byId.code()).isZero();
    assertThat(byId.out()).isEqualTo(ensureNewline(q2.toString())).contains("question Q2");
  }

  @Test
  void compare_unknownQuestion_isAUsageErrorNamingIt() {
    Result r = run("compare", valid.toString(), "--period", "FY2011", "--period", "FY2012",
        "--question", "NOPE");
    assertThat(r.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(r.err()).contains("unknown question: NOPE is neither a standard role nor the id"
        + " of a question of any survey");
    assertNoStackTrace(r);
  }

  @Test
  void compare_overlappingPeriods_isAUsageErrorWithoutStackTrace() {
    Result r = run("compare", valid.toString(), "--period", "FY2012", "--period", "2012");
    assertThat(r.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("engagement compare: cannot compare 2012-04-01/2013-03-31"
        + " with 2012-01-01/2012-12-31: response sets overlap");
    assertNoStackTrace(r);
  }

  @Test
  void compare_periodWithoutAnswers_isAUsageError() {
    Result r = run("compare", valid.toString(), "--period", "FY2005", "--period", "FY2012");
    assertThat(r.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(r.err()).contains("no valid answer to POLICE_LISTEN (PUBLIC) in the before scope");
    assertNoStackTrace(r);
  }

  @Test
  void compare_notTwoPeriods_isAUsageError() {
    Result one = run("compare", valid.toString(), "--period", "FY2011");
    Result none = run("compare", valid.toString());
    Result rest = run("compare", valid.toString(), "--period", "FY2011", "--period", "FY2012",
        "--against-rest-of", "E09000022");
    assertThat(one.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(one.err()).contains("give --period exactly twice, A then B: 1 given");
    assertThat(none.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(none.err()).contains("Missing required option: '--period=P'");
    assertThat(rest.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(rest.err()).contains("give --period exactly once with --against-rest-of: 2 given");
  }

  @Test
  void compare_json_isTheSurveyChangeAtFullPrecision() {
    SurveyChange expected = SurveyAnalysis.change(SAMPLE,
        Scope.of(SampleData.LAMBETH, Period.financialYear(2011)),
        Scope.of(SampleData.LAMBETH, SampleData.YEAR),
        SurveyQuestion.of(StandardRole.POLICE_LISTEN).in(SurveyPopulation.PUBLIC));
    Result r = run("compare", valid.toString(), "--period", "FY2011", "--period", "FY2012",
        "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(org.engagement.json.EngagementJson.standard().readSurveyChange(r.out()))
        .isEqualTo(expected);
    assertThat(r.out()).contains("\"difference\": " + expected.change().difference())
        .contains("\"verdict\": \"INCREASE\"")
        .contains("\"pValue\": " + expected.change().pValue());
  }

  @Test
  void compare_measureAgainstTheRestOfTheBorough_isTheComparisonDocument() {
    org.engagement.core.AreaId ward = SAMPLE.children(SampleData.LAMBETH).get(0);
    org.engagement.measures.Comparison expected = org.engagement.measures.Comparison.againstRestOf(
        org.engagement.measures.outcome.DueConsiderationMeasure.standard(), SAMPLE,
        Scope.of(ward, SampleData.YEAR), SampleData.LAMBETH);
    Result json = run("compare", valid.toString(), "--measure", "M1", "--area", ward.toString(),
        "--against-rest-of", "E09000022", "--period", "FY2012", "--format", "json");
    assertThat(json.code()).as(json.err()).isZero();
    assertThat(org.engagement.json.EngagementJson.standard().readComparison(json.out()))
        .isEqualTo(expected);
    Result text = run("compare", valid.toString(), "--measure", "DUE_CONSIDERATION", "--area",
        ward.toString(), "--against-rest-of", "E09000022", "--period", "FY2012",
        "--format", "text");
    assertThat(text.out()).isEqualTo(ensureNewline(expected.toString()));
    Result md = run("compare", valid.toString(), "--measure", "M1", "--area", ward.toString(),
        "--against-rest-of", "E09000022", "--period", "FY2012");
    assertThat(md.out()).startsWith("### M1 Due consideration: B against A").contains("| B − A |");
    Result csv = run("compare", valid.toString(), "--measure", "M1", "--area", ward.toString(),
        "--against-rest-of", "E09000022", "--period", "FY2012", "--format", "csv");
    assertThat(csv.out()).startsWith("row,population,figure,lower,upper,verdict");
  }

  @Test
  void compare_measureBadOrOverlapping_isAUsageError() {
    Result m3 = run("compare", valid.toString(), "--measure", "M3", "--period", "FY2011",
        "--period", "FY2012");
    assertThat(m3.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(m3.err()).contains("--measure must be a ratio measure, M1, M2 or M4: M3");
    Result self = run("compare", valid.toString(), "--measure", "M1", "--against-rest-of",
        "E09000022", "--period", "FY2012");
    assertThat(self.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(self.err()).contains("populations overlap");
    assertNoStackTrace(self);
  }

  @Test
  void standards_defaults_areTheBoroughMatrixOfTheLatestFinancialYear() {
    ComplianceMatrix expected = ComplianceMatrix.of(QualityStandards2012.catalogue(),
        SAMPLE, Scope.of(SampleData.LAMBETH, SampleData.YEAR));
    Result r = run("standards", valid.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith(expected.toString() + "\n\nPromises:")
        .startsWith(QualityStandards2012.NAME + " — E09000022 2012-04-01/2013-03-31");
  }

  @Test
  void standards_markdownAndCsv_areTheMatrixTables() {
    ComplianceMatrix expected = ComplianceMatrix.of(QualityStandards2012.catalogue(),
        SAMPLE, Scope.of(SampleData.LAMBETH, SampleData.YEAR));
    Result md = run("standards", valid.toString(), "--period", "FY2012", "--format", "md");
    Result csv = run("standards", valid.toString(), "--area", "E09000022", "--format", "CSV");
    assertThat(md.code()).isZero();
    assertThat(md.out()).startsWith(expected.toMarkdown()).contains("#### Promises");
    assertThat(csv.code()).isZero();
    assertThat(csv.out().lines().count()).isEqualTo(expected.toCsv().lines().count());
    assertThat(csv.out()).startsWith("area,name,rule,title,status,attainment,");
  }

  @Test
  void standards_wardAndEarlierYear_isThatScopesMatrix() {
    AreaId ward = SAMPLE.areasAtLevel(SampleData.LAMBETH, AreaLevel.WARD)
        .iterator().next();
    ComplianceMatrix expected = ComplianceMatrix.of(QualityStandards2012.catalogue(),
        SAMPLE, Scope.of(ward, Period.financialYear(2011)));
    Result r = run("standards", valid.toString(), "--area", ward.toString(), "--period",
        "2011/12");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith(expected.toString())
        .contains(ward + " 2011-04-01/2012-03-31");
  }

  @Test
  void standards_invalidFileOrBadPeriod_exitsOneOrUsage() {
    Result invalidFile = run("standards", invalid.toString());
    Result badPeriod = run("standards", valid.toString(), "--period", "FY12");
    Result json = run("standards", valid.toString(), "--format", "yaml");
    assertThat(invalidFile.code()).isEqualTo(EngagementCommand.INVALID);
    assertThat(invalidFile.out()).isEmpty();
    assertThat(badPeriod.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(badPeriod.err()).contains("bad --period");
    assertThat(json.code()).isEqualTo(EngagementCommand.USAGE);
    assertNoStackTrace(badPeriod);
  }

  @Test
  void schema_printsTheDatasetSchema() {
    Result r = run("schema");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(ensureNewline(EngagementJson.schema()));
  }

  @Test
  void importPolis_writesAValidDatasetAndReportsWhatItCouldNotMap() {
    Path polis = ScriptRunner.bundledData("polis-london-youth-policing");
    Result r = run("import", "polis", polis.toString());
    assertThat(r.code()).isZero();
    assertThat(EngagementJson.standard().readString(r.out()).isValid()).isTrue();
    assertThat(r.err()).contains("31 mapped, 8 not mapped").contains("comment 0: rejected");
  }

  @Test
  void importPolis_withCensusToAFile_makesM3Assessable() throws Exception {
    Path out = dir.resolve("polis.json");
    Result r = run("import", "polis",
        ScriptRunner.bundledData("polis-london-youth-policing").toString(), "--census",
        ScriptRunner.bundledData("reference/london-census-2011-ethnic-group.csv").toString(),
        "--output", out.toString());
    Result m3 = run("measure", "M3", out.toString(), "--format", "text");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(m3.out()).contains("score 0.4359 (1 of 6 dimensions) INSUFFICIENT_DATA, base 32");
  }

  @Test
  void validate_aDirectory_saysSoInPlainWordsAndExitsTwo() {
    Result r = run("validate", dir.toString());
    assertThat(r.code()).isEqualTo(EngagementCommand.UNREADABLE);
    assertThat(r.err()).startsWith("engagement validate: cannot read " + dir + ": ")
        .containsIgnoringCase("directory").doesNotContain("IOException");
    assertNoStackTrace(r);
  }

  @Test
  void importPolis_missingCensusOrOutputDirectory_namesTheFileAndExitsTwo() {
    String polis = ScriptRunner.bundledData("polis-london-youth-policing").toString();
    Path absent = dir.resolve("absent.csv");
    Path nowhere = dir.resolve("no-such-dir").resolve("polis.json");

    Result census = run("import", "polis", polis, "--census", absent.toString());
    Result output = run("import", "polis", polis, "-o", nowhere.toString());

    assertThat(census.code()).isEqualTo(EngagementCommand.UNREADABLE);
    assertThat(census.err())
        .contains("cannot read " + absent + ": no such file or directory");
    assertThat(output.code()).isEqualTo(EngagementCommand.UNREADABLE);
    assertThat(output.err())
        .contains("cannot write " + nowhere + ": no such file or directory");
    assertNoStackTrace(census);
    assertNoStackTrace(output);
  }

  @Test
  void importPoliceUk_into_addsThePrioritiesToTheDatasetThatHoldsThePanel() throws Exception {
    Path priorities = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
        .resolve("data/police-uk/coldharbour-priorities.json");
    Path out = dir.resolve("merged.json");

    Result r = run("import", "police-uk", priorities.toString(), "--panel", "SNP-E05000420",
        "--into", valid.toString(), "-o", out.toString());
    Result unknownPanel = run("import", "police-uk", priorities.toString(), "--panel", "SNP-X",
        "--into", valid.toString());

    assertThat(r.code()).isZero();
    assertThat(r.err()).startsWith(
        "ImportReport coldharbour-priorities.json: 4 mapped (1 in part), 0 not mapped");
    EngagementDataset merged = EngagementJson.standard().read(out).requireValid();
    assertThat(merged.priorities()).hasSize(SAMPLE.priorities().size() + 4);
    assertThat(merged.priorities().stream()
        .filter(p -> p.id().toString().startsWith("PRI-SNP-E05000420-0"))).hasSize(4);
    assertThat(unknownPanel.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(unknownPanel.err()).contains("--panel SNP-X is not a panel of");
    assertNoStackTrace(unknownPanel);
  }

  @Test
  void importPoliceUk_bothFromStandardInput_isAUsageError() {
    Result r = run("import", "police-uk", "-", "--panel", "SNP-E05000420", "--into", "-");
    assertThat(r.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(r.err()).contains("FILE and --into cannot both be standard input");
  }

  @Test
  void importPoliceUk_nothingMapped_addsNoNoteAboutThePanel() {
    Result r = runWithInput(new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)),
        "import", "police-uk", "-", "--panel", "SNP-E05000420");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("0 mapped").doesNotContain("note:");
  }

  @Test
  void importPolis_missingDirectory_exitsTwo() {
    Result r = run("import", "polis", dir.resolve("nowhere").toString());
    assertThat(r.code()).isEqualTo(EngagementCommand.UNREADABLE);
    assertThat(r.err()).contains("not a Polis export, missing summary.csv");
    assertNoStackTrace(r);
  }

  @Test
  void importPoliceUk_readsStandardInputForThePanel() throws Exception {
    byte[] json;
    try (InputStream in = getClass().getResourceAsStream("/police-uk/priorities.json")) {
      json = in.readAllBytes();
    }
    Result r = runWithInput(new ByteArrayInputStream(json), "import", "police-uk", "-",
        "--panel", "PNL-BRX");
    assertThat(r.code()).isZero();
    assertThat(EngagementJson.standard().readString(r.out()).dataset().priorities())
        .isNotEmpty().allMatch(p -> p.panel().toString().equals("PNL-BRX"));
    assertThat(r.err()).contains("ImportReport standard input:")
        .contains("note: the priorities name panel PNL-BRX, which this dataset does not hold")
        .contains("--into DATASET");
  }

  @Test
  void importPoliceUk_withoutPanel_isAUsageError() {
    Result r = run("import", "police-uk", "-");
    assertThat(r.code()).isEqualTo(EngagementCommand.USAGE);
    assertThat(r.err()).contains("Missing required option: '--panel=ID'");
  }

  @Test
  void importPoliceUk_notJson_exitsTwo() {
    Result r = runWithInput(new ByteArrayInputStream("<html>".getBytes(StandardCharsets.UTF_8)),
        "import", "police-uk", "-", "--panel", "PNL-BRX");
    assertThat(r.code()).isEqualTo(EngagementCommand.UNREADABLE);
    assertThat(r.err()).contains("cannot import -: not JSON");
    assertNoStackTrace(r);
  }

  private static String ensureNewline(String text) {
    return text.endsWith("\n") ? text : text + "\n";
  }
}
