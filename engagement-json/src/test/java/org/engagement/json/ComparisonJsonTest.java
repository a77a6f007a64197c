package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.measures.Comparison;
import org.engagement.measures.ComparisonSide;
import org.engagement.measures.ScorecardComparison;
import org.engagement.measures.Trend;
import org.engagement.measures.TrendPoint;
import org.junit.jupiter.api.Test;

/**
 * Comparisons and trends as JSON (docs/spec/measures.md §11): golden canonical forms, reading
 * back to equal values, figures at full precision, and a document whose figures do not agree
 * with its counts refused.
 */
class ComparisonJsonTest {

  private static final Period FY2012 = Period.financialYear(2012);

  private final EngagementJson json = EngagementJson.standard();

  /** A ward (18 of 20) against the rest of its borough (5 of 20). */
  static Comparison wardAgainstRest() {
    return Comparison.of("M1", "Due consideration",
        ComparisonSide.of("rest of " + Datasets.LAMBETH + " without " + Datasets.BRIXTON + " "
            + FY2012, Scope.of(Datasets.LAMBETH, FY2012), 5, 20),
        ComparisonSide.of(Datasets.BRIXTON + " " + FY2012, Scope.of(Datasets.BRIXTON, FY2012),
            18, 20));
  }

  /** No records on one side. */
  static Comparison notAssessable() {
    return Comparison.of("M2", "Influence on management",
        ComparisonSide.of("A", Scope.of(Datasets.LAMBETH, Period.financialYear(2011)), 0, 0),
        ComparisonSide.of("B", Scope.of(Datasets.LAMBETH, FY2012), 3, 4));
  }

  /** Four quarters, the last without records: 2/10, 5/10, 8/10, 0/0. */
  static Trend quarters() {
    return Trend.of("M1", "Due consideration", Datasets.LAMBETH, List.of(
        TrendPoint.of(Period.parse("2012-04-01/2012-06-30"), 2, 10),
        TrendPoint.of(Period.parse("2012-07-01/2012-09-30"), 5, 10),
        TrendPoint.of(Period.parse("2012-10-01/2012-12-31"), 8, 10),
        TrendPoint.of(Period.parse("2013-01-01/2013-03-31"), 0, 0)));
  }

  /** Two periods with records only. */
  static Trend notAssessableTrend() {
    return Trend.of("M4", "Mainstreaming", Datasets.LAMBETH, List.of(
        TrendPoint.of(Period.financialYear(2010), 0, 0),
        TrendPoint.of(Period.financialYear(2011), 1, 2),
        TrendPoint.of(FY2012, 2, 2)));
  }

  static ScorecardComparison lambethComparison() {
    return ScorecardComparison.of(ResultsJsonTest.lambethScorecard());
  }

  @Test
  void comparison_isTheGoldenCanonicalForm_andReadsBack() {
    String written = json.writeString(wardAgainstRest());
    ResultsJsonTest.assertGolden("results/comparison-ward-against-rest.json", written);
    assertThat(json.readComparison(written)).isEqualTo(wardAgainstRest());
    // full precision: the difference is written as the double it is
    assertThat(written).contains("\"difference\": " + wardAgainstRest().change().get().difference())
        .contains("\"verdict\": \"ABOVE\"");
  }

  @Test
  void notAssessableComparison_hasAReasonAndNoFigures() {
    String written = json.writeString(notAssessable());
    assertThat(written).contains("\"verdict\": \"NOT_ASSESSABLE\"").contains("\"reason\"")
        .doesNotContain("\"difference\"");
    assertThat(json.readComparison(written)).isEqualTo(notAssessable());
  }

  @Test
  void trend_isTheGoldenCanonicalForm_andReadsBack() {
    String written = json.writeString(quarters());
    ResultsJsonTest.assertGolden("results/trend-quarters.json", written);
    assertThat(json.readTrend(written)).isEqualTo(quarters());
    assertThat(json.readTrend(json.writeString(notAssessableTrend())))
        .isEqualTo(notAssessableTrend());
  }

  @Test
  void scorecardComparison_readsBack() {
    assertThat(json.readScorecardComparison(json.writeString(lambethComparison())))
        .isEqualTo(lambethComparison());
  }

  @Test
  void figuresThatDisagreeWithTheCounts_areRefused() {
    String written = json.writeString(wardAgainstRest()).replace("\"verdict\": \"ABOVE\"",
        "\"verdict\": \"BELOW\"");
    JsonReadException e = assertThrows(JsonReadException.class,
        () -> json.readComparison(written));
    assertThat(e.code()).isEqualTo(JsonCode.INVALID_VALUE.name());
    assertThat(e.pointer()).isEqualTo("/verdict");
  }

  @Test
  void documentsWithoutTheDerivedFigures_readToo() {
    String bare = "{\"measure\": \"M1\", \"title\": \"Due consideration\", \"area\": \"E09000022\","
        + " \"points\": [{\"period\": \"2012-04-01/2012-06-30\", \"numerator\": 1,"
        + " \"denominator\": 4}, {\"period\": \"2012-07-01/2012-09-30\", \"numerator\": 2,"
        + " \"denominator\": 4}, {\"period\": \"2012-10-01/2012-12-31\", \"numerator\": 3,"
        + " \"denominator\": 4}]}";
    assertThat(json.readTrend(bare).test().orElseThrow().z())
        .isCloseTo(Math.sqrt(2), org.assertj.core.api.Assertions.within(1e-12));
  }
}
