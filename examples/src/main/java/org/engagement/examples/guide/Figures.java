package org.engagement.examples.guide;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.core.RecordType;
import org.engagement.core.Scope;
import org.engagement.core.StandardRole;
import org.engagement.core.SurveyPopulation;
import org.engagement.core.validation.ValidationCode;
import org.engagement.examples.SampleData;
import org.engagement.examples.WriteSampleJson;
import org.engagement.examples.cli.EngagementCommand;
import org.engagement.examples.importers.CensusProfile;
import org.engagement.examples.importers.Imported;
import org.engagement.examples.importers.PolisImporter;
import org.engagement.json.EngagementJson;
import org.engagement.json.JsonCode;
import org.engagement.measures.Comparison;
import org.engagement.measures.DisclosureControl;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Indicator;
import org.engagement.measures.MarkdownTables;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.RatingScale;
import org.engagement.measures.Scorecard;
import org.engagement.measures.ScorecardComparison;
import org.engagement.measures.ScorecardRow;
import org.engagement.measures.Suppression;
import org.engagement.measures.Trend;
import org.engagement.measures.loop.ClosingTheLoopMeasure;
import org.engagement.measures.loop.RepeatParticipationMeasure;
import org.engagement.measures.methods.MethodAnalysis;
import org.engagement.measures.methods.MethodReport;
import org.engagement.measures.methods.MethodTables;
import org.engagement.measures.outcome.OutcomeMeasures;
import org.engagement.measures.standards.Catalogue;
import org.engagement.measures.standards.ComplianceMatrix;
import org.engagement.measures.standards.ConsultationStrands;
import org.engagement.measures.standards.EngagementPrinciples;
import org.engagement.measures.standards.PanelHealthAssessment;
import org.engagement.measures.standards.QualityStandards2012;
import org.engagement.measures.standards.RuleResult;
import org.engagement.measures.stats.CategoryShare;
import org.engagement.measures.stats.Interval;
import org.engagement.measures.stats.Representativeness;
import org.engagement.measures.stats.WeightedProportion;
import org.engagement.measures.survey.AdditionalMeasures;
import org.engagement.measures.survey.SurveyAnalysis;
import org.engagement.measures.survey.SurveyChange;
import org.engagement.measures.survey.SurveyQuestion;
import org.engagement.measures.survey.SurveyTables;
import picocli.CommandLine.Help;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The named figures of the user guide, each a function that runs the SDK on the bundled sample
 * ({@link SampleData#lambeth()} over {@link SampleData#YEAR}), on the real Polis export bundled in
 * {@code examples/data}, or on the command line, and returns Markdown.
 *
 * <pre>{@code
 * Map<String, Supplier<String>> figures = Figures.standard(Path.of(""));
 * figures.get("m1-borough").get();   // M1 of the sample borough, as Markdown
 * }</pre>
 *
 * <p>Nothing here names a ward, an id or a number of the sample: they are read from the data at
 * run time, so a new sample only needs {@link GuideFigures} run with {@code --write}. The
 * command-line figures run {@link EngagementCommand} in this JVM on a fresh copy of the sample,
 * shown under the committed file's name, {@link #SAMPLE_FILE}.
 *
 * <p>A registry computes the sample, its scorecard and the other shared results once, when a
 * figure first needs them; it is not thread-safe.
 */
public final class Figures {

  /**
   * The committed sample file, relative to the repository root: the one place the guide names
   * it.
   */
  public static final String SAMPLE_FILE = WriteSampleJson.FILE;

  /** The Scottish National Standards for Community Engagement, relative to the repository root. */
  public static final String SCOTLAND = "examples/catalogues/scottish-national-standards.json";

  /** The Polis export, relative to the repository root. */
  public static final String POLIS = "examples/data/polis-london-youth-policing";

  /** London's census profile by ethnic group, relative to the repository root. */
  public static final String CENSUS =
      "examples/data/reference/london-census-2011-ethnic-group.csv";

  private static final String PROGRAM = "examples/bin/engagement";
  private static final SurveyQuestion LISTEN =
      SurveyQuestion.of(StandardRole.POLICE_LISTEN).in(SurveyPopulation.PUBLIC);

  private final Path root;
  private final Map<String, Object> cache = new LinkedHashMap<>();

  private Figures(Path root) {
    this.root = root;
  }

  /**
   * The guide's figures, in the order the guide first shows them.
   *
   * @param root the repository root, whose {@code examples/data} holds the Polis export; not null
   * @return each figure's name and its function, never null
   */
  public static Map<String, Supplier<String>> standard(Path root) {
    return new Figures(root).registry();
  }

  private Map<String, Supplier<String>> registry() {
    Map<String, Supplier<String>> f = new LinkedHashMap<>();
    // the sample
    f.put("sample-file", this::sampleFile);
    f.put("sample-summary", this::sampleSummary);
    f.put("sample-json-excerpt", () -> sampleJsonExcerpt(List.of("areas", "areas", "inputs",
        "decisions")));
    f.put("sample-json-demographics", () -> sampleJsonExcerpt(List.of("activities",
        "referencePopulations", "surveys", "responses")));
    // data format
    f.put("schema-collections", this::schemaCollections);
    f.put("schema-community-input", () -> schemaDefinition("CommunityInput"));
    f.put("json-codes", () -> codeTable(JsonCode.values(), JSON_CODES,
        "the reader stops because"));
    f.put("validation-codes", () -> codeTable(ValidationCode.values(), VALIDATION_CODES,
        "the dataset breaks a rule because"));
    // outcome measures
    f.put("scorecard-wards", () -> scorecard().toMarkdown());
    f.put("m1-borough", () -> result(outcome("M1")));
    f.put("m1-borough-text", () -> fenced("text", outcome("M1").toString()));
    f.put("m1-arithmetic", () -> arithmetic(outcome("M1"), "inputs raised",
        "reached RECORDED", OutcomeMeasures.standard().dueConsideration().ratingScale()));
    f.put("m1-wards", this::m1Wards);
    f.put("m2-borough", () -> result(outcome("M2")));
    f.put("m2-arithmetic", () -> arithmetic(outcome("M2"), "inputs raised",
        "had at least one allocation responding to them",
        OutcomeMeasures.standard().managementInfluence().ratingScale()));
    f.put("m3-borough", () -> result(outcome("M3")));
    f.put("m3-arithmetic", () -> meanArithmetic(outcome("M3"), data().scheme()
        .primaryDimensions().stream().map(d -> "R[" + d.code() + "]").toList(),
        "the assessable primary dimensions"));
    f.put("m4-borough", () -> result(outcome("M4")));
    f.put("m4-arithmetic", () -> arithmetic(outcome("M4"), "initiatives and operations active",
        "had a linked engagement activity",
        OutcomeMeasures.standard().mainstreaming().ratingScale()));
    f.put("m5-borough", () -> result(outcome("M5")));
    f.put("m5-arithmetic", () -> meanArithmetic(outcome("M5"), List.of("p[FEEDBACK_RECEIVED]",
        "p[CAN_CITE_CHANGE]", "p[CONTRIBUTION_WORTHWHILE]"), "the assessable components"));
    f.put("rollup-m1", this::rollupM1);
    // survey measures
    f.put("survey-a1-a5", this::additionalMeasures);
    f.put("survey-a3-arithmetic", this::surveyArithmetic);
    f.put("survey-a3-estimate", () -> SurveyTables.markdown(
        SurveyAnalysis.estimate(context(), scope(), LISTEN)));
    f.put("survey-breakdown-ethnicity", () -> SurveyTables.markdown(
        SurveyAnalysis.breakdown(context(), scope(), LISTEN).only("ETHNICITY")));
    f.put("survey-change-years", () -> fenced("text", change().toString()));
    f.put("survey-change-years-md", () -> SurveyTables.markdown(change()));
    // standards
    f.put("standards-catalogue", this::standardsCatalogue);
    f.put("standards-matrix", () -> matrix().toMarkdown());
    f.put("standards-ce3", () -> fenced("text", rule("CE-3").toString()));
    f.put("standards-shortfalls", this::standardsShortfalls);
    f.put("strands", this::strands);
    f.put("principles", () -> fenced("text",
        EngagementPrinciples.standard().evaluate(context(), scope()).toString()));
    f.put("panel-health", this::panelHealth);
    // disclosure control
    // what works where, closing the loop, repeat participation (docs/spec/measures.md §8–§10)
    f.put("methods-borough", () -> MethodTables.markdown(methods(), DisclosureControl.standard()));
    f.put("loop-borough", () -> result(ClosingTheLoopMeasure.standard().evaluate(data(), scope())));
    f.put("loop-wards", this::loopWards);
    f.put("repeat-borough", () -> result(
        RepeatParticipationMeasure.standard().evaluate(data(), scope())));
    f.put("repeat-retention", () -> fenced("text", RepeatParticipationMeasure.standard()
        .retention(data(), Scope.of(SampleData.LAMBETH, previousYear()), scope()).toString()));
    f.put("disclosure-defaults", () -> fenced("text", DisclosureControl.standard().toString()));
    f.put("disclosure-secondary", this::secondarySuppression);
    // the command line
    for (String[] help : new String[][] {{}, {"validate"}, {"scorecard"}, {"measure"},
        {"compare"}, {"standards"}, {"strands"}, {"principles"}, {"loop"}, {"repeat"},
        {"methods"}, {"panels"}, {"trend"}, {"survey"}, {"report"}, {"schema"}, {"import"}, {"import", "polis"}, {"import", "police-uk"}}) {
      String name = "cli-help" + (help.length == 0 ? "-engagement" : "-" + String.join("-", help));
      List<String> args = new ArrayList<>(List.of(help));
      args.add("--help");
      f.put(name, () -> cli(args.toArray(String[]::new)));
    }
    f.put("cli-run-validate", () -> cli("validate", SAMPLE_FILE));
    f.put("cli-run-measure-m1", () -> cli("measure", "M1", SAMPLE_FILE, "--format", "text"));
    f.put("cli-run-scorecard", () -> cli("scorecard", SAMPLE_FILE));
    f.put("cli-run-compare", () -> cli("compare", SAMPLE_FILE, "--period", fy(previousYear()),
        "--period", fy(SampleData.YEAR)));
    f.put("cli-run-compare-overlap", () -> cli("compare", SAMPLE_FILE, "--period",
        fy(SampleData.YEAR), "--period", SampleData.YEAR.toString()));
    f.put("cli-run-standards", () -> cli("standards", SAMPLE_FILE));
    f.put("cli-run-strands", () -> cli("strands", SAMPLE_FILE));
    f.put("cli-run-principles", () -> cli("principles", SAMPLE_FILE));
    f.put("cli-run-loop", () -> cli("loop", SAMPLE_FILE, "--as-of", "2013-06-30"));
    f.put("cli-run-repeat", () -> cli("repeat", SAMPLE_FILE));
    f.put("cli-run-methods", () -> cli("methods", SAMPLE_FILE));
    f.put("cli-run-panels", () -> cli("panels", SAMPLE_FILE));
    f.put("cli-run-trend", () -> cli("trend", SAMPLE_FILE, "--measure", "M1", "--period",
        "2011-04-01/2011-09-30", "--period", "2011-10-01/2012-03-31", "--period",
        "2012-04-01/2012-09-30", "--period", "2012-10-01/2013-03-31"));
    f.put("cli-run-trend-quarters", () -> cli("trend", SAMPLE_FILE, "--measure", "M1",
        "--period", fy(SampleData.YEAR), "--quarters"));
    f.put("cli-run-survey", () -> cli("survey", SAMPLE_FILE));
    f.put("cli-run-survey-by", () -> cli("survey", SAMPLE_FILE, "--question", "CONFIDENCE",
        "--by", "ETHNICITY"));
    f.put("cli-run-standards-scotland", () -> cli(Map.of(SAMPLE_FILE, sampleJson(), SCOTLAND,
        root.resolve(SCOTLAND).normalize()), "standards", SAMPLE_FILE, "--catalogue", SCOTLAND));
    f.put("cli-run-unreadable", () -> cli("validate", "no-such-file.json"));
    f.put("cli-run-compare-rest", () -> cli("compare", SAMPLE_FILE, "--measure", "M1",
        "--area", firstWard().toString(), "--against-rest-of", SampleData.LAMBETH.toString(),
        "--period", fy(SampleData.YEAR)));
    // comparisons and trends (docs/spec/measures.md §11)
    f.put("compare-m1-years", () -> fenced("text", Comparison.between(
        OutcomeMeasures.standard().dueConsideration(), data(),
        Scope.of(SampleData.LAMBETH, previousYear()), scope()).toString()));
    f.put("compare-m1-ward-rest", () -> fenced("text", Comparison.againstRestOf(
        OutcomeMeasures.standard().dueConsideration(), data(),
        Scope.of(firstWard(), SampleData.YEAR), SampleData.LAMBETH).toString()));
    f.put("compare-wards-rest", this::wardsAgainstRest);
    f.put("trend-m1-quarters", () -> fenced("text", Trend.of(
        OutcomeMeasures.standard().dueConsideration(), data(), SampleData.LAMBETH,
        quarters()).toString()));
    f.put("trend-m2-quarters", () -> fenced("text", Trend.of(
        OutcomeMeasures.standard().managementInfluence(), data(), SampleData.LAMBETH,
        quarters()).toString()));
    // recipes: a real Polis export
    f.put("polis-import", () -> fenced("text", polis().report().toString()));
    f.put("cli-run-import-polis", () -> once("polisImported", this::importPolis));
    f.put("cli-run-measure-polis", this::polisMeasure);
    f.put("polis-ethnicity", this::polisEthnicity);
    return f;
  }

  // ---------------------------------------------------------------- the sample and its results

  @SuppressWarnings("unchecked")
  private <T> T once(String key, Supplier<T> compute) {
    Object value = cache.get(key);
    if (value == null) {
      value = compute.get();
      cache.put(key, value);
    }
    return (T) value;
  }

  private EngagementDataset data() {
    return once("data", SampleData::lambeth);
  }

  /** The sample dataset's one evaluation context: every figure indexes it once. */
  private EvaluationContext context() {
    return once("context", () -> EvaluationContext.of(data()));
  }

  private Scope scope() {
    return Scope.of(SampleData.LAMBETH, SampleData.YEAR);
  }

  /** The financial year before the sample's year. */
  private static Period previousYear() {
    return SampleData.PREVIOUS_YEAR;
  }

  /** A financial year as the command line takes it: {@code FY2012}. */
  private static String fy(Period year) {
    return "FY" + year.from().getYear();
  }

  private Scorecard scorecard() {
    return once("scorecard",
        () -> OutcomeMeasures.standard().scorecard(context(), scope(), AreaLevel.WARD));
  }

  private MeasureResult outcome(String code) {
    return scorecard().total().result(code).orElseThrow();
  }

  private SurveyChange change() {
    return once("change", () -> SurveyAnalysis.change(context(), Scope.of(SampleData.LAMBETH,
        previousYear()), scope(), LISTEN));
  }

  /** The first ward of the sample borough, by id. */
  private AreaId firstWard() {
    return data().children(SampleData.LAMBETH).get(0);
  }

  /** The eight quarters of the sample's two financial years. */
  private static List<Period> quarters() {
    List<Period> out = new ArrayList<>();
    LocalDate from = previousYear().from();
    for (int q = 0; q < 8; q++) {
      LocalDate start = from.plusMonths(3L * q);
      out.add(Period.of(start, start.plusMonths(3).minusDays(1)));
    }
    return out;
  }

  /** The "each ward against the rest" table of the ward scorecard. */
  private String wardsAgainstRest() {
    String md = ScorecardComparison.of(scorecard()).markdown();
    return md.substring(md.indexOf("### Each"));
  }

  private ComplianceMatrix matrix() {
    return once("matrix", () -> ComplianceMatrix.of(QualityStandards2012.catalogue(), context(),
        scope()));
  }

  private RuleResult rule(String id) {
    return matrix().results().stream().filter(r -> r.rule().equals(id)).findFirst().orElseThrow();
  }

  private String areaName(AreaId id) {
    return data().area(id).map(Area::name).orElse(id.toString());
  }

  private String sampleFile() {
    return "The bundled sample file is `" + SAMPLE_FILE + "`: `SampleData.lambeth()` written as"
        + " JSON by `" + WriteSampleJson.class.getName() + "` (a test fails when the two drift"
        + " apart).";
  }

  private String sampleSummary() {
    EngagementDataset d = data();
    List<AreaId> wards = d.areasAtLevel(SampleData.LAMBETH, AreaLevel.WARD);
    StringBuilder out = new StringBuilder();
    String force = d.area(SampleData.LAMBETH).flatMap(Area::parent).map(this::areaName)
        .orElse("none");
    out.append(String.format(Locale.ROOT, "The sample holds the force area %s, the borough %s"
            + " (`%s`) and %d of its wards; the guide's figures read the financial year %s"
            + " (`%s`).%n%n",
        force, areaName(SampleData.LAMBETH), SampleData.LAMBETH,
        wards.size(), fy(SampleData.YEAR), SampleData.YEAR));
    List<List<String>> rows = new ArrayList<>();
    for (RecordType type : RecordType.values()) {
      rows.add(List.of("`" + type.collection() + "`", Integer.toString(d.count(type))));
    }
    out.append(MarkdownTables.table(List.of("records", "count"), rows));
    List<LocalDate> dates = d.activities().stream().map(a -> a.date()).sorted()
        .toList();
    if (!dates.isEmpty()) {
      out.append(String.format(Locale.ROOT, "%nIts activities run from %s to %s. Its surveys, one"
          + " record per wave:%n%n", dates.get(0), dates.get(dates.size() - 1)));
      List<List<String>> surveys = new ArrayList<>();
      for (var survey : d.surveys()) {
        long responses = d.responses().stream().filter(r -> r.survey().equals(survey.id()))
            .count();
        surveys.add(List.of("`" + survey.id() + "`", MarkdownTables.escape(survey.name()),
            MarkdownTables.escape(survey.wave()), survey.population().toString(),
            Long.toString(responses)));
      }
      out.append(MarkdownTables.table(List.of("survey", "name", "wave", "population",
          "responses"), surveys));
    }
    return out.toString();
  }

  /**
   * The first records of some collections of the sample's canonical JSON, under the document's
   * format version; a collection named twice shows two records.
   */
  private String sampleJsonExcerpt(List<String> collections) {
    ObjectMapper mapper = JsonMapper.builder().build();
    JsonNode document = mapper.readTree(EngagementJson.standard().writeString(data()));
    var excerpt = mapper.createObjectNode();
    excerpt.set("formatVersion", document.get("formatVersion"));
    for (String collection : collections) {
      if (excerpt.has(collection)) {
        continue;
      }
      int wanted = (int) collections.stream().filter(collection::equals).count();
      var array = mapper.createArrayNode();
      JsonNode records = document.path(collection);
      for (int i = 0; i < Math.min(wanted, records.size()); i++) {
        array.add(records.get(i));
      }
      excerpt.set(collection, array);
    }
    return fenced("json", mapper.writerWithDefaultPrettyPrinter().writeValueAsString(excerpt));
  }

  // ---------------------------------------------------------------- data format

  private JsonNode schema() {
    return once("schema", () -> JsonMapper.builder().build().readTree(EngagementJson.schema()));
  }

  private String schemaCollections() {
    JsonNode properties = schema().get("properties");
    List<List<String>> rows = new ArrayList<>();
    for (String name : properties.propertyNames()) {
      JsonNode p = properties.get(name);
      String ref = p.has("items") ? p.get("items").path("$ref").asString()
          : p.path("$ref").asString();
      String type = ref.isEmpty() ? p.path("type").asString()
          : (p.has("items") ? "array of " : "") + "`" + ref.substring(ref.lastIndexOf('/') + 1)
              + "`";
      rows.add(List.of("`" + name + "`", type, MarkdownTables.escape(p.path("description")
          .asString())));
    }
    return MarkdownTables.table(List.of("property", "holds", "description"), rows);
  }

  private String schemaDefinition(String name) {
    ObjectMapper mapper = JsonMapper.builder().build();
    return fenced("json", mapper.writerWithDefaultPrettyPrinter()
        .writeValueAsString(schema().get("$defs").get(name)));
  }

  private static final Map<JsonCode, String> JSON_CODES = jsonCodeDescriptions();

  private static Map<JsonCode, String> jsonCodeDescriptions() {
    Map<JsonCode, String> m = new EnumMap<>(JsonCode.class);
    m.put(JsonCode.SYNTAX_ERROR, "the text is not JSON: a missing comma, an unclosed string, a"
        + " comment");
    m.put(JsonCode.EMPTY_DOCUMENT, "no JSON value at all");
    m.put(JsonCode.TRAILING_CONTENT, "more content after the document's object");
    m.put(JsonCode.WRONG_TYPE, "a value of the wrong JSON type: a string where a number belongs,"
        + " `null`, an array");
    m.put(JsonCode.MISSING_PROPERTY, "a required property is missing; the pointer names the"
        + " object that lacks it");
    m.put(JsonCode.UNKNOWN_PROPERTY, "a property that is not part of the format (a warning, and"
        + " skipped, with `ALLOW_UNKNOWN_PROPERTIES`)");
    m.put(JsonCode.UNKNOWN_ENUM_VALUE, "a string that is not one of the enumeration's values;"
        + " the message lists them");
    m.put(JsonCode.DUPLICATE_KEY, "an object names the same property twice");
    m.put(JsonCode.NON_FINITE_NUMBER, "`NaN`, an infinite number, or one too large for a"
        + " double");
    m.put(JsonCode.INVALID_VALUE, "the right JSON type but not valid: an impossible date, a blank"
        + " id, a period that ends before it starts");
    m.put(JsonCode.UNSUPPORTED_FORMAT_VERSION, "`formatVersion` names a version this reader does"
        + " not support");
    m.put(JsonCode.LIMIT_EXCEEDED, "a limit of `JsonLimits` is exceeded: nesting depth, string,"
        + " number or record length (or document length, when opted in)");
    m.put(JsonCode.STREAM_ORDER, "a streamed document puts a record array before"
        + " `formatVersion` or `scheme`");
    m.put(JsonCode.UNBOUND_RECORDS, "a warning, once: records that could not be bound (each"
        + " with its error) are left out of the checks between records");
    m.put(JsonCode.MALFORMED_TEXT, "the bytes are not strict UTF-8: malformed or overlong"
        + " sequences, encoded surrogates, UTF-16 or UTF-32; the message gives the byte offset");
    return m;
  }

  private static final Map<ValidationCode, String> VALIDATION_CODES = validationDescriptions();

  private static Map<ValidationCode, String> validationDescriptions() {
    Map<ValidationCode, String> m = new EnumMap<>(ValidationCode.class);
    m.put(ValidationCode.DUPLICATE_ID, "two records of one type share an id (also question ids"
        + " within a survey, issue category codes)");
    m.put(ValidationCode.UNKNOWN_REFERENCE, "a reference to another record does not resolve");
    m.put(ValidationCode.UNKNOWN_ISSUE_CATEGORY, "an issue category code is not in the"
        + " dataset's taxonomy");
    m.put(ValidationCode.UNKNOWN_DIMENSION, "a demographic dimension is not in the scheme");
    m.put(ValidationCode.UNKNOWN_CATEGORY, "a demographic category is not in its dimension");
    m.put(ValidationCode.AREA_CYCLE, "the parent links of areas form a cycle");
    m.put(ValidationCode.AREA_LEVEL_ORDER, "an area's parent is not at a higher level");
    m.put(ValidationCode.DATE_ORDER, "an end before its start, an action before its priority"
        + " was set");
    m.put(ValidationCode.DECISION_BEFORE_INPUT, "a decision is dated before an input presented"
        + " to it was raised");
    m.put(ValidationCode.FEEDBACK_BEFORE_ACTIVITY, "feedback is published before the activity"
        + " it answers");
    m.put(ValidationCode.CONSIDERATION_NOT_PRESENTED, "a consideration names an input not"
        + " presented in the same decision record");
    m.put(ValidationCode.DUPLICATE_CONSIDERATION, "a decision considers the same input twice");
    m.put(ValidationCode.NEGATIVE_VALUE, "a count, quantity or cost is negative");
    m.put(ValidationCode.NOT_POSITIVE, "a design weight or a commitment target is not greater"
        + " than 0");
    m.put(ValidationCode.BELOW_MINIMUM, "an input's support is below 1");
    m.put(ValidationCode.BLANK_TEXT, "required text is blank");
    m.put(ValidationCode.CONSTRAINT_VIOLATED, "any other single-field constraint");
    m.put(ValidationCode.COUNT_EXCEEDS_ATTENDANCE, "respondent counts of one dimension exceed"
        + " the attendance");
    m.put(ValidationCode.DUPLICATE_REFERENCE_POPULATION, "two reference populations for the"
        + " same area, year and dimension");
    m.put(ValidationCode.DUPLICATE_QUESTION_ROLE, "two questions of a survey hold the same"
        + " standard role");
    m.put(ValidationCode.ROLE_TYPE_MISMATCH, "a question's type is not the one its standard role"
        + " needs");
    m.put(ValidationCode.QUESTION_WITHOUT_CATEGORIES, "a categorical question lists no"
        + " categories");
    m.put(ValidationCode.LIKERT_OUT_OF_RANGE, "a Likert answer outside 1–5");
    m.put(ValidationCode.ANSWER_TYPE_MISMATCH, "an answer that does not fit its question's"
        + " type");
    m.put(ValidationCode.DATE_OUT_OF_RANGE, "a date outside the supported 1900-01-01 to"
        + " 2999-12-31");
    m.put(ValidationCode.SUM_OUT_OF_RANGE, "counts that measures add up (attendance, a"
        + " dimension's demographic or population counts over the dataset, or one record's) pass"
        + " the range of a long; reported once, where the total passes it");
    m.put(ValidationCode.DUPLICATE_ENTRY, "a dimension or category listed twice (reported by the"
        + " reader: such a record cannot be built)");
    m.put(ValidationCode.ALLOCATION_FOR_REJECTED_INPUT, "warning: an allocation responds to an"
        + " input that the decision it implements rejected");
    m.put(ValidationCode.ALLOCATION_BEFORE_DECISION, "warning: an allocation is dated before the"
        + " decision it implements");
    m.put(ValidationCode.ALLOCATION_BEFORE_INPUT, "warning: an allocation is dated before an"
        + " input it responds to was raised");
    m.put(ValidationCode.TARGET_BEFORE_INPUT, "warning: a target is set before an input that"
        + " informed it was raised");
    m.put(ValidationCode.FEEDBACK_BEFORE_INPUT, "warning: feedback is published before an input"
        + " it responds to was raised");
    m.put(ValidationCode.INPUT_BEFORE_ACTIVITY, "warning: an input is dated before the activity"
        + " it was raised at");
    m.put(ValidationCode.ANALYSIS_BEFORE_ACTIVITY, "warning: an analysis is dated before the"
        + " activity it analyses");
    m.put(ValidationCode.VALIDATOR_FAILURE, "a rule of the validator itself failed (never"
        + " expected)");
    return m;
  }

  /**
   * A table of the codes of an enumeration, each with its description.
   *
   * @param values every code, in the enumeration's order
   * @param descriptions the description of each code; a code without one fails the figure
   * @param header the heading of the description column
   */
  private static <E extends Enum<E>> String codeTable(
      E[] values, Map<E, String> descriptions, String header) {
    List<List<String>> rows = new ArrayList<>();
    for (E code : values) {
      rows.add(List.of("`" + code + "`", described(descriptions, code)));
    }
    return MarkdownTables.table(List.of("code", header), rows);
  }

  /** A code's description; a code without one fails the figure, so that the table cannot lag. */
  private static <E extends Enum<E>> String described(Map<E, String> descriptions, E code) {
    String text = descriptions.get(code);
    if (text == null) {
      throw new IllegalStateException("the guide has no description of the code " + code
          + ": add one in " + Figures.class.getName());
    }
    return text;
  }

  // ---------------------------------------------------------------- measures

  /**
   * A measure result as the SDK publishes it: {@link MarkdownTables#of(MeasureResult,
   * DisclosureControl)} with the standard disclosure control, its lists of evidence and gaps
   * cut to their first few ids.
   */
  private static String result(MeasureResult r) {
    return MarkdownTables.of(r, DisclosureControl.standard());
  }

  private static String first(List<?> items) {
    if (items.isEmpty()) {
      return ": none.";
    }
    int shown = 6;
    StringBuilder out = new StringBuilder(": ");
    for (int i = 0; i < Math.min(shown, items.size()); i++) {
      out.append(i == 0 ? "" : ", ").append('`').append(items.get(i)).append('`');
    }
    return out.append(items.size() > shown ? ", … and " + (items.size() - shown) + " more."
        : ".").toString();
  }

  /** The arithmetic of a ratio measure's score and rating, as a sentence. */
  private static String arithmetic(MeasureResult r, String population, String counted,
      RatingScale scale) {
    if (!r.isScored() || r.numerator().isEmpty()) {
      return "The measure is not assessable here: " + r.reason().orElse("") + ".\n";
    }
    double score = r.score().getAsDouble();
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Of the %d %s in scope, %d"
            + " %s: the score is %d / %d = %.4f.", r.denominator().getAsLong(), population,
        r.numerator().getAsLong(), counted, r.numerator().getAsLong(),
        r.denominator().getAsLong(), score));
    if (r.base() < scale.minimumBase()) {
      out.append(String.format(Locale.ROOT, " The base, %d, is below the minimum of %d, so the"
          + " rating is %s.", r.base(), scale.minimumBase(), r.rating()));
    } else {
      double[] thresholds = {scale.outstanding(), scale.good(), scale.adequate(),
          scale.requiresImprovement()};
      String band = "below " + format2(scale.requiresImprovement());
      for (int i = 0; i < thresholds.length; i++) {
        if (score >= thresholds[i] - 1e-12) {
          band = "at least " + format2(thresholds[i])
              + (i == 0 ? "" : " and below " + format2(thresholds[i - 1]));
          break;
        }
      }
      out.append(String.format(Locale.ROOT, " The base, %d, reaches the minimum of %d, and the"
          + " score is %s, so the rating is %s.", r.base(), scale.minimumBase(), band,
          r.rating()));
    }
    return out.append('\n').toString();
  }

  /**
   * The arithmetic of a mean-based score (M3, M5): the mean of the named indicators that are
   * assessable, checked against the score, and the rating.
   *
   * @throws IllegalStateException if the mean is not the score, so that the guide cannot show
   *     arithmetic the measure did not do
   */
  private static String meanArithmetic(MeasureResult r, List<String> names, String over) {
    if (!r.isScored()) {
      return "The measure is not assessable here: " + r.reason().orElse("") + ".\n";
    }
    List<String> terms = new ArrayList<>();
    double sum = 0;
    for (String name : names) {
      Optional<Indicator> i = r.indicator(name);
      if (i.isPresent() && i.get().value().isPresent()) {
        double value = i.get().value().getAsDouble();
        sum += value;
        terms.add("`" + name + "` " + String.format(Locale.ROOT, "%.4f", value));
      }
    }
    double score = r.score().getAsDouble();
    if (terms.isEmpty() || Math.abs(sum / terms.size() - score) > 1e-9) {
      throw new IllegalStateException(r.measure() + " is not the mean of " + names + ": "
          + score);
    }
    // M3 says how many of the primary dimensions its score rests on (docs/spec/measures.md §2)
    String outOf = r.indicator("primaryDimensions").flatMap(i -> i.value().isPresent()
        ? Optional.of(" of " + Math.round(i.value().getAsDouble())) : Optional.empty()).orElse("");
    return String.format(Locale.ROOT, "The score is the mean over %s (%d%s): (%s) / %d = %.4f,"
            + " rated %s on a base of %d.%n", over, terms.size(), outOf,
        String.join(" + ", terms), terms.size(), score, r.rating(), r.base());
  }

  private static String format2(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** The arithmetic of A3 on the sample, from the sums the estimate holds. */
  private String surveyArithmetic() {
    WeightedProportion p = SurveyAnalysis.estimate(context(), scope(), LISTEN).proportion();
    Interval i = p.interval();
    return fenced("text", String.format(Locale.ROOT, ""
            + "valid answers           n     = %d%n"
            + "sum of weights          Σw    = %.4f%n"
            + "weights of agreeing     Σw·y  = %.4f%n"
            + "sum of squared weights  Σw²   = %.4f%n"
            + "proportion              p     = Σw·y / Σw = %.4f%n"
            + "effective size          n_eff = (Σw)² / Σw² = %.1f%n"
            + "95%% Wilson interval          = [%.4f, %.4f]%n",
        p.n(), p.sumOfWeights(), p.weightedSuccesses(), p.sumOfSquaredWeights(),
        p.proportion(), p.effectiveSize(), i.lower(), i.upper()));
  }

  private static long count(MeasureResult r, String indicator) {
    return r.indicator(indicator).flatMap(i -> i.value().isPresent()
        ? Optional.of(Math.round(i.value().getAsDouble())) : Optional.empty()).orElse(0L);
  }

  private MethodReport methods() {
    return once("methods", () -> MethodAnalysis.standard().evaluate(data(), scope()));
  }

  /** Closing the loop per ward: inputs, answered, acted on, and the score. */
  private String loopWards() {
    List<List<String>> rows = new ArrayList<>();
    for (AreaId ward : data().areasAtLevel(SampleData.LAMBETH, AreaLevel.WARD)) {
      MeasureResult r = ClosingTheLoopMeasure.standard()
          .evaluate(data(), Scope.of(ward, SampleData.YEAR));
      rows.add(List.of(MarkdownTables.escape(areaName(ward)), Long.toString(count(r, "inputs")),
          Long.toString(count(r, "answered")), Long.toString(count(r, "firstAnswers[actedOn]")),
          Long.toString(count(r, "firstAnswers[notActedOn]")), MarkdownTables.escape(r.headline())));
    }
    return MarkdownTables.table(List.of("ward", "inputs", "answered", "acted on",
        "not acted on", "closing the loop"), rows);
  }

  private String m1Wards() {
    List<List<String>> rows = new ArrayList<>();
    ScorecardRow best = null;
    ScorecardRow worst = null;
    for (ScorecardRow row : scorecard().rows()) {
      MeasureResult m1 = row.result("M1").orElseThrow();
      rows.add(List.of(MarkdownTables.escape(row.name()), Long.toString(count(m1, "raised")),
          Long.toString(count(m1, "presented")), Long.toString(count(m1, "considered")),
          Long.toString(count(m1, "recorded")), MarkdownTables.escape(m1.headline())));
      if (m1.isScored()) {
        double s = m1.score().getAsDouble();
        if (best == null || s > best.result("M1").orElseThrow().score().getAsDouble()) {
          best = row;
        }
        if (worst == null || s < worst.result("M1").orElseThrow().score().getAsDouble()) {
          worst = row;
        }
      }
    }
    StringBuilder out = new StringBuilder(MarkdownTables.table(List.of("ward", "raised",
        "presented", "considered", "recorded", "M1"), rows));
    if (best != null && worst != null && best != worst) {
      out.append('\n').append(String.format(Locale.ROOT, "%s records a reason for %s of its"
              + " inputs; %s for %s. A ward with fewer than %d inputs is rated INSUFFICIENT_DATA"
              + " whatever its score.%n", best.name(), ratio(best), worst.name(), ratio(worst),
          OutcomeMeasures.standard().dueConsideration().ratingScale().minimumBase()));
    }
    return out.toString();
  }

  private static String ratio(ScorecardRow row) {
    MeasureResult m1 = row.result("M1").orElseThrow();
    return m1.numerator().getAsLong() + " of " + m1.denominator().getAsLong();
  }

  private String rollupM1() {
    MeasureResult borough = outcome("M1");
    double sum = 0;
    int n = 0;
    for (ScorecardRow row : scorecard().rows()) {
      MeasureResult m1 = row.result("M1").orElseThrow();
      if (m1.isScored()) {
        sum += m1.score().getAsDouble();
        n++;
      }
    }
    return String.format(Locale.ROOT, "In the sample, the borough's M1 is %d/%d = %.4f: the"
            + " recorded inputs of every ward (and of the borough itself) over all their inputs."
            + " The mean of the %d ward scores would be %.4f, which weighs a ward with few inputs"
            + " as much as a busy one; the SDK never reports it.%n",
        borough.numerator().getAsLong(), borough.denominator().getAsLong(),
        borough.score().getAsDouble(), n, n == 0 ? 0.0 : sum / n);
  }

  // ---------------------------------------------------------------- survey measures

  private String additionalMeasures() {
    List<List<String>> rows = new ArrayList<>();
    for (MeasureResult r : AdditionalMeasures.evaluateAll(context(), scope())) {
      rows.add(List.of(r.measure(), MarkdownTables.escape(r.title()),
          MarkdownTables.escape(r.headline()), r.isScored() ? Long.toString(r.base()) : "—"));
    }
    return MarkdownTables.table(List.of("measure", "title", "result", "base"), rows);
  }

  // ---------------------------------------------------------------- standards

  private String standardsCatalogue() {
    Catalogue catalogue = QualityStandards2012.catalogue();
    List<List<String>> rows = new ArrayList<>();
    for (RuleResult r : matrix().results()) {
      rows.add(List.of(r.rule(), MarkdownTables.escape(r.title()),
          MarkdownTables.escape(r.requirement().orElse("—")),
          MarkdownTables.escape(r.headline())));
    }
    return "Catalogue: " + catalogue.name() + ", " + catalogue.rules().size() + " rules.\n\n"
        + MarkdownTables.table(List.of("rule", "promise", "requirement applied",
            "sample borough"), rows);
  }

  private String standardsShortfalls() {
    StringBuilder out = new StringBuilder();
    for (RuleResult r : matrix().results()) {
      switch (r.status()) {
        case NOT_MET, PARTLY_MET -> out.append("- **").append(r.rule()).append("** ")
            .append(MarkdownTables.escape(r.title())).append(": ").append(r.headline())
            .append(", gaps").append(first(r.gaps())).append('\n');
        default -> { }
      }
    }
    return out.length() == 0 ? "Every assessable rule is met.\n" : out.toString();
  }

  private String strands() {
    List<List<String>> rows = new ArrayList<>();
    for (MeasureResult r : ConsultationStrands.standard().evaluate(context(), scope())) {
      rows.add(List.of(r.measure(), MarkdownTables.escape(r.title()),
          MarkdownTables.escape(r.headline())));
    }
    return MarkdownTables.table(List.of("strand", "title", "primary indicator"), rows);
  }

  private String panelHealth() {
    StringBuilder out = new StringBuilder();
    PanelHealthAssessment.standard().perBorough(context(), scope())
        .forEach(p -> out.append(p).append('\n'));
    return fenced("text", out.toString());
  }

  private String secondarySuppression() {
    DisclosureControl control = DisclosureControl.standard();
    List<Long> bases = List.of(120L, 45L, 12L, 38L, 64L);
    List<Suppression> cells = control.suppress(bases, true);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < bases.size(); i++) {
      rows.add(List.of("group " + (char) ('A' + i), Long.toString(bases.get(i)),
          cells.get(i).toString()));
    }
    return String.format(Locale.ROOT, "A breakdown of %d groups whose total is shown, under"
        + " `%s` (`control.suppress(bases, true)`):%n%n", bases.size(), control)
        + MarkdownTables.table(List.of("cell", "unweighted base", "suppression"), rows);
  }

  // ---------------------------------------------------------------- the command line

  private Path sampleJson() {
    return once("sampleJson", () -> {
      Path file = temporary("sample.json");
      EngagementJson.standard().write(data(), file);
      return file;
    });
  }

  /**
   * Runs the program in this JVM and shows the command, what it printed and its exit code. The
   * sample file is read from a fresh copy of {@link SampleData#lambeth()}, shown under its
   * committed name.
   */
  private String cli(String... args) {
    return cli(Map.of(SAMPLE_FILE, sampleJson()), args);
  }

  /**
   * Runs the program in this JVM, each argument named in {@code files} replaced by its real
   * path, and shows the command as written, what it printed (real paths shown as written) and
   * its exit code.
   */
  private String cli(Map<String, Path> files, String... args) {
    String[] actual = args.clone();
    for (int i = 0; i < actual.length; i++) {
      Path file = files.get(actual[i]);
      if (file != null) {
        actual[i] = file.toString();
      }
    }
    CommandLine line = EngagementCommand.commandLine(new ByteArrayInputStream(new byte[0]));
    line.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    line.setUsageHelpWidth(80);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int code = line.execute(actual);
    String printed = (out + "" + err).replace("\r\n", "\n");
    for (Map.Entry<String, Path> file : files.entrySet()) {
      printed = printed.replace(file.getValue().toString(), file.getKey());
    }
    boolean help = List.of(args).contains("--help");
    StringBuilder text = new StringBuilder();
    if (!help) {
      text.append("$ ").append(PROGRAM).append(' ').append(String.join(" ", args)).append('\n');
    }
    text.append(printed.stripTrailing()).append('\n');
    if (!help) {
      text.append("(exit code ").append(code).append(")\n");
    }
    return fenced("text", text.toString());
  }

  /** A fresh temporary file name in a directory deleted on exit. */
  private static Path temporary(String name) {
    try {
      Path dir = Files.createTempDirectory("engagement-guide");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve(name);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory", e);
    }
  }

  private Map<String, Path> polisFiles() {
    return once("polisFiles", () -> Map.of(POLIS, root.resolve(POLIS).normalize(), CENSUS,
        root.resolve(CENSUS).normalize(), "polis.json", temporary("polis.json")));
  }

  private String importPolis() {
    return cli(polisFiles(), "import", "polis", POLIS, "--census", CENSUS, "-o", "polis.json");
  }

  private String polisMeasure() {
    once("polisImported", this::importPolis);
    return cli(polisFiles(), "measure", "M3", "polis.json", "--format", "text");
  }

  // ---------------------------------------------------------------- Polis

  private Imported polis() {
    return once("polis", () -> PolisImporter.read(root.resolve(POLIS).normalize()));
  }

  /**
   * The Polis participants' ethnicity against London's, as published: under docs/spec/measures.md
   * §1 a count from 1 to 4 shows as {@code <5} with its share and ratio withheld (secondarily, when
   * exactly one count is withheld, the smallest other one too, since the total is published),
   * and a note under the table says what was withheld.
   */
  private String polisEthnicity() {
    var observed = polis().dataset().activities().get(0).demographics().orElseThrow()
        .dimensions().stream().filter(c -> c.dimension().equals("ETHNICITY")).findFirst()
        .orElseThrow().counts();
    var census = CensusProfile.readEthnicity(root.resolve(CENSUS).normalize(), 2011,
        "2011 Census KS201EW");
    Representativeness r = Representativeness.of(observed, census.get(0).counts());
    List<String> labels = new ArrayList<>();
    List<CategoryShare> shares = new ArrayList<>();
    for (var category : polis().dataset().scheme().dimension("ETHNICITY").orElseThrow()
        .categories()) {
      r.category(category.code()).ifPresent(c -> {
        labels.add(category.label());
        shares.add(c);
      });
    }
    DisclosureControl control = DisclosureControl.standard();
    List<Suppression> suppression =
        control.suppressCounts(shares.stream().map(CategoryShare::observed).toList(), true);
    String small = "<" + control.demographicMinimumCount();
    List<List<String>> rows = new ArrayList<>();
    List<String> primary = new ArrayList<>();
    List<String> secondary = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < shares.size(); i++) {
      CategoryShare c = shares.get(i);
      total += c.observed();
      String reference = String.format(Locale.ROOT, "%.3f", c.referenceShare());
      switch (suppression.get(i)) {
        case PRIMARY -> {
          primary.add(labels.get(i));
          rows.add(List.of(labels.get(i), small, "withheld", reference, "withheld"));
        }
        case SECONDARY -> {
          secondary.add(labels.get(i));
          rows.add(List.of(labels.get(i), "withheld", "withheld", reference, "withheld"));
        }
        case NONE -> rows.add(List.of(labels.get(i), Long.toString(c.observed()),
            String.format(Locale.ROOT, "%.3f", c.observedShare()), reference,
            c.ratio().isPresent() ? String.format(Locale.ROOT, "%.2f", c.ratio().getAsDouble())
                + (c.underRepresented() ? " (under-represented)" : "") : "—"));
      }
    }
    StringBuilder out = new StringBuilder(MarkdownTables.table(
        List.of("ethnicity", "responses", "share", "London 2011", "ratio"), rows));
    out.append('\n');
    if (primary.isEmpty()) {
      out.append("Suppressed: nothing (every count is 0 or at least ")
          .append(control.demographicMinimumCount()).append(").\n");
      return out.toString();
    }
    out.append(String.format(Locale.ROOT, "Suppressed (`DisclosureControl.standard()`,"
            + " docs/spec/measures.md §1): the %s of %s %s from 1 to %d, so %s as `%s` with %s share and"
            + " ratio withheld", primary.size() == 1 ? "count" : "counts", and(primary),
        primary.size() == 1 ? "is" : "are", control.demographicMinimumCount() - 1,
        primary.size() == 1 ? "it shows" : "they show", small,
        primary.size() == 1 ? "its" : "their"));
    if (!secondary.isEmpty()) {
      out.append(String.format(Locale.ROOT, "; %s is withheld too, so that the one count below"
          + " %d cannot be recovered from the total of %d by subtraction", and(secondary),
          control.demographicMinimumCount(), total));
    } else if (primary.size() > 1) {
      out.append(String.format(Locale.ROOT, ". The total, %d, is published; with %d counts"
          + " withheld, none of them can be recovered from it by subtraction", total,
          primary.size()));
    }
    return out.append(".\n").toString();
  }

  /** Labels in quotes, since they hold commas: {@code "a", "b" and "c"}. */
  private static String and(List<String> labels) {
    List<String> quoted = labels.stream().map(l -> "\"" + l + "\"").toList();
    if (quoted.size() == 1) {
      return quoted.get(0);
    }
    return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and "
        + quoted.get(quoted.size() - 1);
  }

  private static String fenced(String language, String text) {
    return "```" + language + "\n" + text.replace("\r\n", "\n").stripTrailing() + "\n```\n";
  }
}
