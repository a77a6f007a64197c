package org.engagement.measures.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.engagement.core.CountBasis.RESPONDENTS;
import static org.engagement.core.CountBasis.RESPONSES;
import static org.engagement.core.InvolvementLevel.CONSULT;
import static org.engagement.core.InvolvementLevel.INFORM;
import static org.engagement.core.InvolvementLevel.INVOLVE;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.FY2012;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;
import static org.engagement.measures.testing.Records.activity;
import static org.engagement.measures.testing.Records.counts;
import static org.engagement.measures.testing.Records.dimension;
import static org.engagement.measures.testing.Records.population;

import java.util.Set;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.measures.Gap;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.MeasureStatus;
import org.engagement.measures.Rating;
import org.engagement.measures.testing.Records;
import org.junit.jupiter.api.Test;

class DiverseNeedsMeasureTest {

  private final DiverseNeedsMeasure m3 = DiverseNeedsMeasure.standard();

  /**
   * Borough B, FY2012/13 (the year of the period's end is 2013), default scheme.
   *
   * <p>Reference: GENDER for B itself in 2011 (F 500, M 500) and 2021 (F 520, M 480): the
   * latest year ≤ 2013 is 2011. ETHNICITY: B has none, so its wards are summed: W1 2011 (WHITE
   * 600, BLACK 300, ASIAN 100) and W2, which has only 2021 and so takes its earliest year (WHITE
   * 200, BLACK 200, ASIAN 0): WHITE 800, BLACK 500, ASIAN 100. AGE: W1 has one, W2 none, so B
   * has none. DISABILITY, FAITH, SEXUAL_ORIENTATION: none anywhere.
   *
   * <pre>
   * activity area date   involvement attendance counts
   * ACT1     W1   05-01  CONSULT     50         RESPONDENTS: GENDER F20 M10 ns5;
   *                                             ETHNICITY WHITE15 BLACK10 ASIAN0 ns10
   * ACT2     W2   06-01  INVOLVE     30         RESPONDENTS: GENDER F10 M10;
   *                                             ETHNICITY WHITE5 BLACK5 MIXED5
   * ACT3     B    07-01  INFORM      100        RESPONDENTS: GENDER F100   (below CONSULT)
   * ACT4     W1   08-01  CONSULT     20         none
   * ACT5     W2   09-01  CONSULT     —          RESPONSES: GENDER F7       (RESPONDENTS exist)
   * ACT6     W1   2013-04-10 CONSULT 10         RESPONDENTS: GENDER M99    (after the period)
   * </pre>
   *
   * GENDER: O = F30, M20 (ΣO 50), ns 5; p = 0.6, 0.4; q = 0.5, 0.5. D = ½(0.1 + 0.1) = 0.1,
   * R = 0.9; r_MALE = 0.8, not below 0.8. X² = (30−25)²/25 + (20−25)²/25 = 2, df 1,
   * p = 0.157299. Not-stated rate 5/55.
   *
   * <p>ETHNICITY: O = ASIAN 0, BLACK 15, MIXED 5, WHITE 20 (ΣO 40), ns 10; q = 1/14, 5/14, 0,
   * 8/14. |p − q| = 1/14, 1/56, 1/8, 1/14: D = 1/7, R = 6/7. ASIAN: q ≥ 0.02, r = 0:
   * under-represented. Chi-square over ASIAN, BLACK, WHITE (q > 0): N = 35, E = 2.5, 12.5, 20,
   * X² = 2.5 + 0.5 + 0 = 3, df 2, p = e^−1.5 = 0.223130. Not-stated rate 10/50.
   *
   * <p>Score = (0.9 + 6/7) / 2 = 0.878571; base = min(50, 40) = 40 ≥ 30, but only 2 of the 6
   * primary dimensions are assessable and a rating needs 3: INSUFFICIENT_DATA (GOOD with a
   * minimum of 2). Representation ratios: GENDER FEMALE 0.6/0.5 = 1.2, MALE 0.8; ETHNICITY ASIAN
   * 0, BLACK (15/40)/(5/14) = 1.05, MIXED none (q = 0), WHITE (20/40)/(8/14) = 0.875. Monitoring
   * coverage = (50 + 30) / (50 + 30 + 20) = 0.8 (ACT5 has no attendance and adds nothing).
   */
  static EngagementDataset diversity() {
    return Records.dataset()
        .addReferencePopulations(
            population(B, 2011, "GENDER", "FEMALE", 500, "MALE", 500),
            population(B, 2021, "GENDER", "FEMALE", 520, "MALE", 480),
            population(W1, 2011, "ETHNICITY", "WHITE", 600, "BLACK", 300, "ASIAN", 100),
            population(W2, 2021, "ETHNICITY", "WHITE", 200, "BLACK", 200, "ASIAN", 0),
            population(W1, 2011, "AGE", "AGE_16_24", 100, "AGE_25_34", 100))
        .addActivities(
            activity("ACT1", W1, "2012-05-01", CONSULT).attendance(50L)
                .demographics(counts(RESPONDENTS,
                    dimension("GENDER", 5, "FEMALE", 20, "MALE", 10),
                    dimension("ETHNICITY", 10, "WHITE", 15, "BLACK", 10, "ASIAN", 0)))
                .build(),
            activity("ACT2", W2, "2012-06-01", INVOLVE).attendance(30L)
                .demographics(counts(RESPONDENTS,
                    dimension("GENDER", 0, "FEMALE", 10, "MALE", 10),
                    dimension("ETHNICITY", 0, "WHITE", 5, "BLACK", 5, "MIXED", 5)))
                .build(),
            activity("ACT3", B, "2012-07-01", INFORM).attendance(100L)
                .demographics(counts(RESPONDENTS, dimension("GENDER", 0, "FEMALE", 100)))
                .build(),
            activity("ACT4", W1, "2012-08-01", CONSULT).attendance(20L).build(),
            activity("ACT5", W2, "2012-09-01", CONSULT)
                .demographics(counts(RESPONSES, dimension("GENDER", 0, "FEMALE", 7)))
                .build(),
            activity("ACT6", W1, "2013-04-10", CONSULT).attendance(10L)
                .demographics(counts(RESPONDENTS, dimension("GENDER", 0, "MALE", 99)))
                .build())
        .build();
  }

  private static double value(MeasureResult r, String name) {
    return r.indicator(name).orElseThrow().value().getAsDouble();
  }

  @Test
  void evaluate_handWorked() {
    MeasureResult r = m3.evaluate(diversity(), SCOPE_B);
    assertThat(r.status()).isEqualTo(MeasureStatus.SCORED);
    assertThat(r.score().getAsDouble()).isCloseTo((0.9 + 6.0 / 7) / 2, within(1e-12));
    assertThat(r.numerator()).isEmpty();
    assertThat(r.denominator()).isEmpty();
    assertThat(r.base()).isEqualTo(40);
    assertThat(r.rating()).isEqualTo(Rating.INSUFFICIENT_DATA);
    assertThat(r.ratingNote()).contains("rests on 2 of 6 primary dimensions; a rating needs 3");
    assertThat(r.scoreNote()).contains("2 of 6 dimensions");
    assertThat(r.formattedScore()).isEqualTo("0.8786 (2 of 6 dimensions)");
    assertThat(value(r, "assessableDimensions")).isEqualTo(2.0);
    assertThat(value(r, "primaryDimensions")).isEqualTo(6.0);
    assertThat(r.indicator("r", "dimension", "GENDER", "category", "FEMALE").orElseThrow()
        .value().getAsDouble()).isCloseTo(1.2, within(1e-12));
    assertThat(value(r, "r[GENDER/MALE]")).isCloseTo(0.8, within(1e-12));
    assertThat(value(r, "r[ETHNICITY/ASIAN]")).isZero();
    assertThat(value(r, "r[ETHNICITY/BLACK]")).isCloseTo(1.05, within(1e-12));
    assertThat(r.indicator("r[ETHNICITY/MIXED]").orElseThrow().note().orElseThrow()).contains("no reference share");
    assertThat(value(r, "r[ETHNICITY/WHITE]")).isCloseTo(0.875, within(1e-12));
    assertThat(m3.withMinimumDimensions(2).evaluate(diversity(), SCOPE_B).rating())
        .isEqualTo(Rating.GOOD);
    assertThat(r.indicator("basis").orElseThrow().note()).contains("RESPONDENTS");
    assertThat(value(r, "R[GENDER]")).isCloseTo(0.9, within(1e-12));
    assertThat(value(r, "D[GENDER]")).isCloseTo(0.1, within(1e-12));
    assertThat(value(r, "chiSquare[GENDER]")).isCloseTo(2.0, within(1e-12));
    assertThat(value(r, "df[GENDER]")).isEqualTo(1.0);
    assertThat(value(r, "pValue[GENDER]")).isCloseTo(0.157299, within(0.000001));
    assertThat(value(r, "notStatedRate[GENDER]")).isCloseTo(5.0 / 55, within(1e-12));
    assertThat(value(r, "R[ETHNICITY]")).isCloseTo(6.0 / 7, within(1e-12));
    assertThat(value(r, "chiSquare[ETHNICITY]")).isCloseTo(3.0, within(1e-12));
    assertThat(value(r, "df[ETHNICITY]")).isEqualTo(2.0);
    assertThat(value(r, "pValue[ETHNICITY]")).isCloseTo(Math.exp(-1.5), within(1e-9));
    assertThat(value(r, "notStatedRate[ETHNICITY]")).isCloseTo(0.2, within(1e-12));
    assertThat(value(r, "monitoringCoverage")).isCloseTo(0.8, within(1e-12));
    assertThat(r.evidence()).containsExactly("ACT1", "ACT2");
    assertThat(r.gaps()).containsExactly(Gap.of("ETHNICITY/ASIAN", "REPRESENTATION"));
  }

  @Test
  void evaluate_dimensionWithoutReference_isNotAssessable() {
    MeasureResult r = m3.evaluate(diversity(), SCOPE_B);
    // AGE: W2 has no AGE population, so neither has B by the children's sum.
    assertThat(r.indicator("R[AGE]").orElseThrow().note()).contains("no reference population");
    assertThat(r.indicator("R[DISABILITY]").orElseThrow().value()).isEmpty();
    // No AGE counts at all: the not-stated rate has no base either.
    assertThat(r.indicator("notStatedRate[AGE]").orElseThrow().value()).isEmpty();
  }

  @Test
  void evaluate_ward_usesItsOwnReference_earliestYearWhenAllAreLater() {
    // Ward W2: ACT2 only (ACT5 is RESPONSES-basis and RESPONDENTS exist). GENDER: W2 has no
    // reference and no children: not assessable. ETHNICITY: W2's 2021 population (its only
    // year) WHITE 200, BLACK 200, ASIAN 0. p = 0 (ASIAN), 1/3, 1/3 (MIXED), 1/3;
    // q = 0, 0.5, 0, 0.5. D = ½(0 + 1/6 + 1/3 + 1/6) = 1/3, R = 2/3. X² over BLACK, WHITE:
    // N = 10, E = 5, 5: 0, df 1, p = 1. Score 2/3 with base 15 < 30: INSUFFICIENT_DATA.
    // BLACK and WHITE: r = (1/3)/0.5 = 0.667 < 0.8 with q = 0.5: both under-represented (the
    // third of participants who gave MIXED, absent from W2's reference, take their share).
    MeasureResult r = m3.evaluate(diversity(), Scope.of(W2, FY2012));
    assertThat(r.score().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(r.base()).isEqualTo(15);
    assertThat(r.rating()).isEqualTo(Rating.INSUFFICIENT_DATA);
    assertThat(r.indicator("R[GENDER]").orElseThrow().value()).isEmpty();
    assertThat(value(r, "pValue[ETHNICITY]")).isCloseTo(1.0, within(1e-12));
    assertThat(r.gaps())
        .containsExactly(
            Gap.of("ETHNICITY/BLACK", "REPRESENTATION"), Gap.of("ETHNICITY/WHITE", "REPRESENTATION"));
  }

  @Test
  void evaluate_responsesBasisOnly_usesResponses() {
    // Only ACT5 (RESPONSES) in W2 in September: basis RESPONSES; GENDER has no reference in W2.
    Scope september =
        Scope.of(W2, org.engagement.core.Period.of(Records.d("2012-09-01"), Records.d("2012-09-30")));
    MeasureResult r = m3.evaluate(diversity(), september);
    assertThat(r.indicator("basis").orElseThrow().note()).contains("RESPONSES");
    assertThat(r.status()).isEqualTo(MeasureStatus.NOT_ASSESSABLE);
    assertThat(r.reason())
        .contains("no primary dimension has both a reference population and a stated count");
    assertThat(r.evidence()).containsExactly("ACT5");
  }

  @Test
  void evaluate_noCounts_notAssessable() {
    MeasureResult r = m3.evaluate(Records.dataset().build(), SCOPE_B);
    assertThat(r.reason()).contains("no demographic counts of consultations in scope");
    assertThat(r.indicator("monitoringCoverage").orElseThrow().note()).contains("no recorded attendance");
  }

  @Test
  void partials_mergeCountsThenCompareWithTheBoroughReference() {
    EngagementDataset data = diversity();
    DiverseNeedsPartial merged =
        m3.partial(data, SCOPE_B, data.subtree(W1))
            .merge(m3.partial(data, SCOPE_B, data.subtree(W2)))
            .merge(m3.partial(data, SCOPE_B, Set.of(B)));
    assertThat(m3.result(data, SCOPE_B, merged)).isEqualTo(m3.evaluate(data, SCOPE_B));
  }

  @Test
  void evaluate_negativeCount_makesTheDimensionNotAssessable() {
    // A negative count is invalid data (the validator reports it); M3 does not compare a
    // dimension whose summed counts hold one, and says why.
    EngagementDataset data =
        Records.dataset()
            .addReferencePopulations(population(B, 2011, "GENDER", "FEMALE", 500, "MALE", 500))
            .addActivities(
                activity("ACT1", W1, "2012-05-01", CONSULT).attendance(-5L)
                    .demographics(counts(RESPONDENTS, dimension("GENDER", 0, "FEMALE", 20, "MALE", -3)))
                    .build())
            .build();
    MeasureResult r = m3.evaluate(data, SCOPE_B);
    assertThat(r.status()).isEqualTo(MeasureStatus.NOT_ASSESSABLE);
    assertThat(r.indicator("R[GENDER]").orElseThrow().note()).contains("negative count");
    assertThat(r.indicator("monitoringCoverage").orElseThrow().note()).contains("no recorded attendance");
  }

  @Test
  void evaluate_negativeCountInAChildsReference_isNotHiddenByTheSum() {
    // B has no GENDER reference of its own, so it sums its wards': W1 FEMALE −5, MALE 10 and W2
    // FEMALE 10, MALE 10 would sum to FEMALE 5, MALE 20 and hide the invalid −5.
    EngagementDataset data =
        Records.dataset()
            .addReferencePopulations(
                population(W1, 2011, "GENDER", "FEMALE", -5, "MALE", 10),
                population(W2, 2011, "GENDER", "FEMALE", 10, "MALE", 10))
            .addActivities(
                activity("ACT1", W1, "2012-05-01", CONSULT).attendance(40L)
                    .demographics(counts(RESPONDENTS, dimension("GENDER", 0, "FEMALE", 20, "MALE", 20)))
                    .build())
            .build();
    MeasureResult r = m3.evaluate(data, SCOPE_B);
    assertThat(r.status()).isEqualTo(MeasureStatus.NOT_ASSESSABLE);
    assertThat(r.indicator("R[GENDER]").orElseThrow().note()).contains("negative count");
  }

  @Test
  void publishedTables_notStatedCountFromOneToFour_withholdTheRate() {
    // GENDER: 20 female, 18 male, 2 not stated: the rate 2/40 = 0.05 would disclose a count of 2
    // beside the published base of 38 (docs/spec/measures.md §1), so published tables withhold it;
    // the API value and toString keep it.
    EngagementDataset data =
        Records.dataset()
            .addReferencePopulations(population(B, 2011, "GENDER", "FEMALE", 500, "MALE", 500))
            .addActivities(
                activity("ACT1", W1, "2012-05-01", CONSULT).attendance(40L)
                    .demographics(counts(RESPONDENTS, dimension("GENDER", 2, "FEMALE", 20, "MALE", 18)))
                    .build())
            .build();
    MeasureResult r = m3.evaluate(data, SCOPE_B);

    assertThat(value(r, "notStatedRate[GENDER]")).isEqualTo(0.05);
    assertThat(r.toString()).contains("notStatedRate[GENDER]=0.05");
    assertThat(org.engagement.measures.MarkdownTables.of(r))
        .contains("SUPPRESSED (count <5)").doesNotContain("0.0500");
    assertThat(org.engagement.measures.CsvTables.of(r))
        .contains("notStatedRate[GENDER],SHARE,,,PRIMARY");
  }
  /**
   * Not compared (docs/spec/measures.md §1): the default scheme's AGE_0_15 leaves both sides.
   * Reference B 2011 AGE: AGE_0_15 400, AGE_16_24 300, AGE_25_34 300. Observed: AGE_0_15 10,
   * AGE_16_24 20, AGE_25_34 10, not stated 5. Compared: O = 20, 10 (ΣO 30), q = 0.5, 0.5,
   * p = 2/3, 1/3: D = ½(1/6 + 1/6) = 1/6, R = 5/6; X² = 2·5²/15 = 10/3, df 1; r = 4/3, 2/3
   * (AGE_25_34 under-represented). The not-stated rate keeps the under-16s as stated:
   * 5/(40 + 5) = 1/9. (Compared in full it would be p = .25, .5, .25 against q = .4, .3, .3:
   * R = 0.8.) The base is the compared ΣO, 30.
   */
  @Test
  void evaluate_categoryNotCompared_leavesBothSides() {
    EngagementDataset data =
        Records.dataset()
            .addReferencePopulations(population(B, 2011, "AGE",
                "AGE_0_15", 400, "AGE_16_24", 300, "AGE_25_34", 300))
            .addActivities(
                activity("ACT1", W1, "2012-05-01", CONSULT).attendance(45L)
                    .demographics(counts(RESPONDENTS,
                        dimension("AGE", 5, "AGE_0_15", 10, "AGE_16_24", 20, "AGE_25_34", 10)))
                    .build())
            .build();
    MeasureResult r = m3.evaluate(data, SCOPE_B);
    assertThat(r.score().getAsDouble()).isCloseTo(5.0 / 6, within(1e-12));
    assertThat(r.base()).isEqualTo(30);
    assertThat(value(r, "D[AGE]")).isCloseTo(1.0 / 6, within(1e-12));
    assertThat(value(r, "chiSquare[AGE]")).isCloseTo(10.0 / 3, within(1e-12));
    assertThat(value(r, "df[AGE]")).isEqualTo(1.0);
    assertThat(value(r, "r[AGE/AGE_16_24]")).isCloseTo(4.0 / 3, within(1e-12));
    assertThat(value(r, "r[AGE/AGE_25_34]")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(r.indicator("r[AGE/AGE_0_15]")).isEmpty();
    assertThat(value(r, "notStatedRate[AGE]")).isCloseTo(1.0 / 9, within(1e-12));
    assertThat(r.gaps()).containsExactly(Gap.of("AGE/AGE_25_34", "REPRESENTATION"));
    assertThat(value(r, "assessableDimensions")).isEqualTo(1.0);
    assertThat(r.rating()).isEqualTo(Rating.INSUFFICIENT_DATA);
  }

  @Test
  void evaluate_onlyNotComparedCategoriesObserved_isNotAssessableForThatDimension() {
    EngagementDataset data =
        Records.dataset()
            .addReferencePopulations(population(B, 2011, "AGE", "AGE_0_15", 400, "AGE_16_24", 300))
            .addActivities(
                activity("ACT1", W1, "2012-05-01", CONSULT).attendance(12L)
                    .demographics(counts(RESPONDENTS, dimension("AGE", 0, "AGE_0_15", 12)))
                    .build())
            .build();
    MeasureResult r = m3.evaluate(data, SCOPE_B);
    assertThat(r.status()).isEqualTo(MeasureStatus.NOT_ASSESSABLE);
    assertThat(r.indicator("R[AGE]").orElseThrow().note()).contains("no stated count");
    // the under-16s still count as stated: nobody left the dimension unstated
    assertThat(value(r, "notStatedRate[AGE]")).isZero();
    assertThat(value(r, "monitoringCoverage")).isEqualTo(1.0);
  }

  /**
   * df is reported when X² is not assessable: GENDER's reference has only FEMALE (MALE 0), so
   * k = 1 and df = 0; ETHNICITY's observations all fall in MIXED, which has no reference share,
   * so N = 0 while df = 1.
   */
  @Test
  void evaluate_chiSquareNotAssessable_stillReportsDf() {
    EngagementDataset data =
        Records.dataset()
            .addReferencePopulations(
                population(B, 2011, "GENDER", "FEMALE", 500, "MALE", 0),
                population(B, 2011, "ETHNICITY", "WHITE", 100, "BLACK", 100))
            .addActivities(
                activity("ACT1", W1, "2012-05-01", CONSULT).attendance(20L)
                    .demographics(counts(RESPONDENTS,
                        dimension("GENDER", 0, "FEMALE", 10, "MALE", 10),
                        dimension("ETHNICITY", 0, "MIXED", 5)))
                    .build())
            .build();
    MeasureResult r = m3.evaluate(data, SCOPE_B);
    assertThat(r.indicator("chiSquare[GENDER]").orElseThrow().note().orElseThrow()).contains("df = 0");
    assertThat(value(r, "df[GENDER]")).isZero();
    assertThat(r.indicator("pValue[GENDER]").orElseThrow().value()).isEmpty();
    assertThat(r.indicator("chiSquare[ETHNICITY]").orElseThrow().note().orElseThrow()).contains("N = 0");
    assertThat(value(r, "df[ETHNICITY]")).isEqualTo(1.0);
    assertThat(r.indicator("r[GENDER/MALE]").orElseThrow().note().orElseThrow()).contains("no reference share");
  }

  /**
   * Three assessable primary dimensions suffice for a rating; the score still says it rests on
   * 3 of 6. GENDER F20 M20 against F500 M500: R = 1; ETHNICITY WHITE30 BLACK10 against WHITE50
   * BLACK50: R = 1 − ½(0.25 + 0.25) = 0.75; DISABILITY DISABLED10 NOT_DISABLED30 against 20/80:
   * R = 1 − ½(0.05 + 0.05) = 0.95. Score (1 + 0.75 + 0.95)/3 = 0.9, base 40: OUTSTANDING.
   */
  @Test
  void evaluate_threeDimensions_rated_withTheDimensionCountPublished() {
    EngagementDataset data =
        Records.dataset()
            .addReferencePopulations(
                population(B, 2011, "GENDER", "FEMALE", 500, "MALE", 500),
                population(B, 2011, "ETHNICITY", "WHITE", 50, "BLACK", 50),
                population(B, 2011, "DISABILITY", "DISABLED", 20, "NOT_DISABLED", 80))
            .addActivities(
                activity("ACT1", W1, "2012-05-01", CONSULT).attendance(40L)
                    .demographics(counts(RESPONDENTS,
                        dimension("GENDER", 0, "FEMALE", 20, "MALE", 20),
                        dimension("ETHNICITY", 0, "WHITE", 30, "BLACK", 10),
                        dimension("DISABILITY", 0, "DISABLED", 10, "NOT_DISABLED", 30)))
                    .build())
            .build();
    MeasureResult r = m3.evaluate(data, SCOPE_B);
    assertThat(r.score().getAsDouble()).isCloseTo(0.9, within(1e-12));
    assertThat(r.rating()).isEqualTo(Rating.OUTSTANDING);
    assertThat(r.ratingNote()).isEmpty();
    assertThat(r.scoreNote()).contains("3 of 6 dimensions");
    assertThat(value(r, "assessableDimensions")).isEqualTo(3.0);
    assertThat(org.engagement.measures.MarkdownTables.of(r))
        .contains("**Score:** 0.9000 (3 of 6 dimensions) OUTSTANDING (base 40)");
    assertThat(org.engagement.measures.CsvTables.of(r))
        .contains(",score,SHARE,0.9") .contains("OUTSTANDING (3 of 6 dimensions)");
    assertThat(m3.withMinimumDimensions(4).evaluate(data, SCOPE_B).rating())
        .isEqualTo(Rating.INSUFFICIENT_DATA);
  }
}
