package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.engagement.core.AreaLevel;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.core.SurveyId;
import org.engagement.measures.Gap;
import org.engagement.measures.Indicator;
import org.engagement.measures.IndicatorKind;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.MeasureStatus;
import org.engagement.measures.Rating;
import org.engagement.measures.RatingScale;
import org.engagement.measures.Scorecard;
import org.engagement.measures.ScorecardRow;
import org.engagement.measures.outcome.OutcomeMeasures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measure results as JSON: the canonical form of a scorecard and of a NOT_ASSESSABLE result
 * (golden files), reading back to equal values, and bad result documents refused with a code.
 */
class ResultsJsonTest {

  private static final Scope LAMBETH_2012 =
      Scope.of(Datasets.LAMBETH, Period.financialYear(2012));

  private static final JsonMapper STRICT = JsonMapper.builder().build();

  private final EngagementJson json = EngagementJson.standard();

  /** The scorecard of the small hand-built borough, one row per ward. */
  static Scorecard lambethScorecard() {
    return OutcomeMeasures.standard().scorecard(Datasets.full(), LAMBETH_2012, AreaLevel.WARD);
  }

  /** M1 of a borough without a single community input. */
  static MeasureResult notAssessable() {
    return OutcomeMeasures.standard().dueConsideration().evaluate(Datasets.minimal(),
        LAMBETH_2012);
  }

  /** A result with one indicator of every factory and every optional property set. */
  static MeasureResult everyIndicator() {
    return MeasureResult.builder().measure("M5").title("Participant satisfaction")
        .scope(Scope.builder().from(LAMBETH_2012).asOf(LAMBETH_2012.period().to().plusDays(30))
            .addSurveys(SurveyId.of("PAS-2013"), SurveyId.of("PAS-2012")).build())
        .status(MeasureStatus.SCORED).score(0.1 + 0.2).numerator(3).denominator(10).base(10)
        .rating(Rating.REQUIRES_IMPROVEMENT)
        .addIndicators(Indicator.count("raised", 24), Indicator.share("share", 0.8125),
            Indicator.days("medianDays", 14.5), Indicator.quantity("officerHours", -2.25),
            Indicator.statistic("chiSquare", 1e-300), Indicator.pValue("p", 1.0),
            Indicator.survey("satisfied", IndicatorKind.SHARE, 2.0 / 3, 31),
            Indicator.label("basis", "RESPONDENTS"),
            Indicator.notAssessable("rho", IndicatorKind.STATISTIC, "fewer than 3 pairs"),
            // qualifiers keep their order, and values may hold / and ] without ambiguity
            Indicator.share("respondingShare", 0.5).with("unit", "m]/h").with("resourceType", "HUMAN"),
            Indicator.demographicStatistic("r", 1.25, 3).with("dimension", "AGE")
                .with("category", "AGE_16_24"))
        .ratingNote("a note on the rating").scoreNote("3 of 6 dimensions")
        .addEvidence("DEC-0001", "IN-0001")
        .addGaps(Gap.of("IN-0003", "PRESENTED"), Gap.of("IN-0003", "RECORDED"))
        .build();
  }

  @Test
  void writeString_scorecard_isTheGoldenCanonicalForm() {
    String written = json.writeString(lambethScorecard());

    assertGolden("results/scorecard-lambeth-2012.json", written);
  }

  @Test
  void writeString_notAssessableResult_isTheGoldenCanonicalForm() {
    MeasureResult result = notAssessable();
    String written = json.writeString(result);

    assertThat(result.status()).isEqualTo(MeasureStatus.NOT_ASSESSABLE);
    assertGolden("results/result-not-assessable.json", written);
    assertThat(written).contains("\"reason\": ").doesNotContain("\"score\"")
        .contains("\"rating\": \"NOT_RATED\"");
  }

  @Test
  void readScorecard_goldenFile_givesTheScorecardThatWroteIt() {
    Scorecard read = json.readScorecard(Fixtures.text("results/scorecard-lambeth-2012.json"));

    assertThat(read).isEqualTo(lambethScorecard());
    assertThat(read.rows()).extracting(r -> r.area()).containsExactly(Datasets.BRIXTON);
  }

  @Test
  void readMeasureResult_goldenFile_givesTheResultThatWroteIt() {
    assertThat(json.readMeasureResult(Fixtures.text("results/result-not-assessable.json")))
        .isEqualTo(notAssessable());
  }

  @Test
  void readMeasureResult_everyIndicatorKind_givesTheResultBack() {
    MeasureResult result = everyIndicator();

    String written = json.writeString(result);

    assertThat(json.readMeasureResult(written)).isEqualTo(result);
    assertThat(json.readMeasureResult(json.disable(JsonFeature.INDENT_OUTPUT)
        .writeString(result))).isEqualTo(result);
    assertThat(written).contains("\"surveys\": [\n      \"PAS-2012\",\n      \"PAS-2013\"\n")
        .contains("\"score\": 0.30000000000000004")
        .contains("\"value\": 1.0E-300")
        .contains("\"value\": 24\n")
        .contains("\"value\": -2.25");
  }

  @Test
  void readMeasureResult_indicatorsAndEvidence_keepTheirOrder() {
    MeasureResult read = json.readMeasureResult(json.writeString(everyIndicator()));

    assertThat(read.indicators()).extracting(Indicator::name).containsExactly("raised",
        "share", "medianDays", "officerHours", "chiSquare", "p", "satisfied", "basis", "rho",
        "respondingShare", "r");
    assertThat(read.indicator("satisfied").orElseThrow().surveyBase()).hasValue(31);
    Indicator share = read.indicator("respondingShare", "unit", "m]/h", "resourceType", "HUMAN")
        .orElseThrow();
    assertThat(share.qualifiers().keySet()).containsExactly("unit", "resourceType");
    assertThat(share.label()).isEqualTo("respondingShare[m]/h/HUMAN]");
    assertThat(read.indicator("r", "dimension", "AGE", "category", "AGE_16_24").orElseThrow()
        .demographicCount()).hasValue(3);
    assertThat(read.ratingNote()).hasValue("a note on the rating");
    assertThat(read.scoreNote()).hasValue("3 of 6 dimensions");
    assertThat(read).isEqualTo(everyIndicator());
  }

  @Test
  void readMeasureResult_negativeZeroAndHugeFigures_keepTheirValue() {
    MeasureResult result = MeasureResult.builder().from(notAssessable())
        .indicators(List.of(Indicator.quantity("refund", -0.0),
            Indicator.quantity("huge", 0x1p60), Indicator.count("big", Long.MAX_VALUE),
            Indicator.count("small", Long.MIN_VALUE)))
        .build();

    String written = json.writeString(result);

    assertThat(written).contains("\"value\": -0.0\n");
    assertThat(json.readMeasureResult(written)).isEqualTo(result);
  }

  @Test
  void readScorecard_compactForm_givesTheScorecardBack() {
    Scorecard card = lambethScorecard();

    assertThat(json.readScorecard(json.disable(JsonFeature.INDENT_OUTPUT).writeString(card)))
        .isEqualTo(card);
  }

  @Test
  void readScorecard_scopeAlone_givesTheScorecardBack() {
    Scorecard card = OutcomeMeasures.standard().scorecard(Datasets.full(), LAMBETH_2012);

    assertThat(json.readScorecard(json.writeString(card))).isEqualTo(card);
  }

  @Test
  void readScorecard_areaUnknownToTheDataset_givesTheScorecardBack() {
    Scope elsewhere = Scope.of(org.engagement.core.AreaId.of("E09000033"),
        Period.financialYear(2012));
    Scorecard card = OutcomeMeasures.standard().scorecard(Datasets.full(), elsewhere);

    String written = json.writeString(card);

    assertThat(json.readScorecard(written)).isEqualTo(card);
    assertThat(written).contains("\"name\": \"E09000033\"");
  }

  @Test
  void readRatingScale_ofWrite_isTheScale() {
    RatingScale scale = RatingScale.builder().from(RatingScale.standard(30)).good(0.8).build();

    assertThat(json.readRatingScale(json.writeString(scale))).isEqualTo(scale);
    assertThat(json.readRatingScale("{}")).isEqualTo(RatingScale.standard(10));
  }

  @Test
  void engagementModule_writesAndReadsResultsLikeTheFacade() {
    JsonMapper mapper = JsonMapper.builder().addModule(new EngagementModule()).build();
    Scorecard card = lambethScorecard();
    MeasureResult result = everyIndicator();

    assertThat(mapper.readValue(mapper.writeValueAsString(card), Scorecard.class))
        .isEqualTo(card);
    assertThat(mapper.readValue(mapper.writeValueAsString(result), MeasureResult.class))
        .isEqualTo(result);
    assertThat(mapper.writeValueAsString(result))
        .isEqualTo(json.disable(JsonFeature.INDENT_OUTPUT).writeString(result));
  }

  @Test
  void engagementModule_readsARowOnItsOwn() {
    JsonMapper mapper = JsonMapper.builder().addModule(new EngagementModule()).build();
    ScorecardRow row = lambethScorecard().rows().get(0);
    String written = mapper.writeValueAsString(row);

    assertThat(mapper.readValue(written, ScorecardRow.class)).isEqualTo(row);
    JsonReadException e = assertThrows(JsonReadException.class, () -> mapper.readValue(
        written.replace(",\"level\":\"WARD\"", ""), ScorecardRow.class));
    assertThat(e.code()).isEqualTo(JsonCode.INVALID_VALUE.name());
    assertThat(e.getMessage()).contains("must be named by its id E05014105");
  }

  @Test
  void readMeasureResult_scoreNaN_failsAsNonFinite() {
    String doc = json.writeString(everyIndicator()).replace("0.30000000000000004", "NaN");

    assertCode(JsonCode.NON_FINITE_NUMBER, "/score", () -> json.readMeasureResult(doc));
  }

  @Test
  void readMeasureResult_indicatorValueInfinity_failsAsNonFinite() {
    String doc = json.writeString(everyIndicator()).replace("14.5", "-Infinity");

    assertCode(JsonCode.NON_FINITE_NUMBER, "/indicators/2/value",
        () -> json.readMeasureResult(doc));
  }

  @Test
  void readMeasureResult_scoreWhenNotAssessable_failsAsInvalidValue() {
    String doc = json.writeString(notAssessable())
        .replace("\"status\": \"NOT_ASSESSABLE\",", "\"status\": \"NOT_ASSESSABLE\",\n"
            + "  \"score\": 0.5,");

    JsonReadException e = assertCode(JsonCode.INVALID_VALUE, "",
        () -> json.readMeasureResult(doc));
    assertThat(e.getMessage()).contains("score exactly when SCORED");
  }

  @Test
  void readMeasureResult_unknownRating_listsTheAllowedOnes() {
    String doc = json.writeString(notAssessable()).replace("NOT_RATED", "EXCELLENT");

    JsonReadException e = assertCode(JsonCode.UNKNOWN_ENUM_VALUE, "/rating",
        () -> json.readMeasureResult(doc));
    assertThat(e.getMessage()).contains("OUTSTANDING, GOOD, ADEQUATE, REQUIRES_IMPROVEMENT, "
        + "INADEQUATE, INSUFFICIENT_DATA, NOT_RATED");
  }

  @Test
  void readMeasureResult_withoutMeasure_failsAsMissingProperty() {
    String doc = json.writeString(notAssessable()).replace("\"measure\": \"M1\",", "");

    assertCode(JsonCode.MISSING_PROPERTY, "", () -> json.readMeasureResult(doc));
  }

  @Test
  void readMeasureResult_indicatorWithValueAndNote_failsAsInvalidValue() {
    String doc = json.writeString(everyIndicator())
        .replace("\"value\": 14.5", "\"value\": 14.5,\n      \"note\": \"median\"");

    assertCode(JsonCode.INVALID_VALUE, "/indicators/2", () -> json.readMeasureResult(doc));
  }

  @Test
  void readMeasureResult_fractionalCount_failsAsInvalidValue() {
    String doc = json.writeString(everyIndicator()).replace("\"value\": 24\n",
        "\"value\": 24.5\n");

    assertCode(JsonCode.INVALID_VALUE, "/indicators/0", () -> json.readMeasureResult(doc));
  }

  @Test
  void readMeasureResult_unknownProperty_failsUnlessAllowed() {
    String doc = json.writeString(notAssessable()).replace("\"measure\": \"M1\",",
        "\"measure\": \"M1\",\n  \"colour\": \"red\",");

    assertCode(JsonCode.UNKNOWN_PROPERTY, "/colour", () -> json.readMeasureResult(doc));
    assertThat(json.enable(JsonFeature.ALLOW_UNKNOWN_PROPERTIES).readMeasureResult(doc))
        .isEqualTo(notAssessable());
  }

  @Test
  void readScorecard_rowMissingAResult_failsAsInvalidValue() {
    Scorecard card = lambethScorecard();
    String doc = json.disable(JsonFeature.INDENT_OUTPUT).writeString(card)
        .replace("\"measures\":[\"M1\",", "\"measures\":[\"M0\",\"M1\",");

    JsonReadException e = assertCode(JsonCode.INVALID_VALUE, "",
        () -> json.readScorecard(doc));
    assertThat(e.getMessage()).contains("one result per measure");
  }

  @Test
  void readScorecard_rowAtAnotherLevel_failsAsInvalidValue() {
    String doc = json.writeString(lambethScorecard())
        .replace("\"level\": \"WARD\",\n      \"results\"", "\"level\": \"BOROUGH\",\n"
            + "      \"results\"");

    assertThat(doc).isNotEqualTo(json.writeString(lambethScorecard()));
    JsonReadException e = assertCode(JsonCode.INVALID_VALUE, "",
        () -> json.readScorecard(doc));
    assertThat(e.getMessage()).contains("rows must be the areas at level WARD");
  }

  @Test
  void readScorecard_totalNotTheScopeArea_failsAsInvalidValue() {
    Scorecard card = OutcomeMeasures.standard().scorecard(Datasets.full(), LAMBETH_2012);
    String doc = json.writeString(card).replace("\"total\": {\n    \"area\": \"E09000022\"",
        "\"total\": {\n    \"area\": \"E05014105\"");

    assertThat(doc).isNotEqualTo(json.writeString(card));
    JsonReadException e = assertCode(JsonCode.INVALID_VALUE, "",
        () -> json.readScorecard(doc));
    assertThat(e.getMessage()).contains("total row must be the row of the scope's area");
  }

  @Test
  void writeString_results_writeOnlyFiniteNumbers() {
    for (String written : List.of(json.writeString(lambethScorecard()),
        json.writeString(everyIndicator()), json.writeString(notAssessable()))) {
      // The default parser refuses NaN and Infinity, so reading alone proves there are none.
      List<Double> numbers = numbers(STRICT.readTree(written));
      assertThat(numbers).isNotEmpty().allSatisfy(n -> assertThat(n).isFinite());
    }
  }

  static void assertGolden(String name, String written) {
    String golden;
    try {
      golden = Fixtures.text(name);
    } catch (java.io.UncheckedIOException missing) {
      golden = ""; // a new golden file: the actual output is saved to adopt
    }
    if (!written.equals(golden)) {
      Fixtures.saveActual(name.replace('/', '-'), written);
    }
    assertThat(written).isEqualTo(golden);
  }

  private static JsonReadException assertCode(JsonCode code, String pointer,
      org.junit.jupiter.api.function.Executable read) {
    JsonReadException e = assertThrows(JsonReadException.class, read);
    assertThat(e.code()).as(e.getMessage()).isEqualTo(code.name());
    assertThat(e.pointer()).as(e.getMessage()).isEqualTo(pointer);
    return e;
  }

  /** Every number in a tree, depth first. */
  static List<Double> numbers(JsonNode node) {
    List<Double> out = new ArrayList<>();
    if (node.isNumber()) {
      out.add(node.doubleValue());
    }
    for (JsonNode child : node) {
      out.addAll(numbers(child));
    }
    return out;
  }
}
