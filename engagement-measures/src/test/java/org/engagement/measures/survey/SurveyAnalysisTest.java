package org.engagement.measures.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.engagement.measures.survey.PublicSurveys.LISTEN;
import static org.engagement.measures.survey.PublicSurveys.addListen;
import static org.engagement.measures.survey.PublicSurveys.listen;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.FY2012;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;
import static org.engagement.measures.testing.Records.W3;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.core.QuestionId;
import org.engagement.core.Scope;
import org.engagement.core.StandardRole;
import org.engagement.core.SurveyId;
import org.engagement.measures.stats.ChangeVerdict;
import org.engagement.measures.stats.Interval;
import org.engagement.measures.stats.ProportionChange;
import org.engagement.measures.stats.WeightedProportion;
import org.junit.jupiter.api.Test;

class SurveyAnalysisTest {

  private static final double Z = 1.959963984540054;

  /**
   * Weighted by hand (docs/spec/measures.md §1). Borough B, FY2012, P12, question L (LIKERT_5: 4 or
   * 5 is 1):
   *
   * <pre>
   * R1 W1 weight 2    answer 5  y=1
   * R2 W2 weight 1    answer 3  y=0
   * R3 B  weight 1    answer 4  y=1
   * R4 W1 weight 0.5  DONT_KNOW y=0
   * R5 W1 weight 1    skipped        not valid
   * R6 W1 weight 1    answer 7       not valid
   * R7 W3 weight 1    answer 5       borough B2: out of scope
   * R8 W1 weight 1    answer 5       S1, a PARTICIPANTS survey: not PUBLIC
   * R9 W1 weight 1    answer 5       2013-04-01: after the period
   * </pre>
   *
   * Σw = 2 + 1 + 1 + 0.5 = 4.5, Σw·y = 3, p = 3 / 4.5 = 0.6667; Σw² = 4 + 1 + 1 + 0.25 = 6.25,
   * n_eff = 4.5² / 6.25 = 3.24. Wilson with n = 3.24: z²/n = 3.841459 / 3.24 = 1.185636,
   * centre = (0.666667 + 0.592818) / 2.185636 = 0.576251, half = 1.959964 · √(0.222222 / 3.24
   * + 3.841459 / 41.9904) / 2.185636 = 0.358779, so [0.2175, 0.9350].
   */
  @Test
  void estimate_weightedByHand() {
    EngagementDataset data = PublicSurveys.dataset()
        .addResponses(
            listen("R1", "P12", W1, "2012-05-01", 2, null, "5"),
            listen("R2", "P12", W2, "2012-05-01", 1, null, "3"),
            listen("R3", "P12", B, "2012-05-01", 1, null, "4"),
            listen("R4", "P12", W1, "2012-05-01", 0.5, null, "DONT_KNOW"),
            listen("R5", "P12", W1, "2012-05-01", 1, null, null),
            listen("R6", "P12", W1, "2012-05-01", 1, null, "7"),
            listen("R7", "P12", W3, "2012-05-01", 1, null, "5"),
            listen("R8", "S1", W1, "2012-05-01", 1, null, "5"),
            listen("R9", "P12", W1, "2013-04-01", 1, null, "5"))
        .build();
    SurveyEstimate e = SurveyAnalysis.estimate(data, SCOPE_B, LISTEN);
    assertThat(e.base()).isEqualTo(4);
    assertThat(e.proportion().proportion()).isCloseTo(3 / 4.5, within(1e-12));
    assertThat(e.proportion().effectiveSize()).isCloseTo(3.24, within(1e-12));
    assertThat(e.proportion().interval().lower()).isCloseTo(0.2175, within(0.00005));
    assertThat(e.proportion().interval().upper()).isCloseTo(0.9350, within(0.00005));
    // Without the population filter the PARTICIPANTS survey S1 is read too (R8: 5, y = 1).
    assertThat(SurveyAnalysis.estimate(data, SCOPE_B, SurveyQuestion.of(StandardRole.POLICE_LISTEN)).base())
        .isEqualTo(5);
    // By question id: the same question L in every survey.
    assertThat(SurveyAnalysis.estimate(data, SCOPE_B, SurveyQuestion.of(QuestionId.of("L"))).base())
        .isEqualTo(5);
  }

  @Test
  void estimate_unweighted_givesNewcombesWilsonInterval() {
    // R. G. Newcombe (1998a), "Two-sided confidence intervals for the single proportion:
    // comparison of seven methods", Statistics in Medicine 17:857-872, Table I, method 3 (score
    // interval without continuity correction): 81/263 gives [0.2553, 0.3662].
    EngagementDataset.Builder b = PublicSurveys.dataset();
    addListen(b, "R", "P12", "2012-06-01", null, 263, 81);
    SurveyEstimate e = SurveyAnalysis.estimate(b.build(), SCOPE_B, LISTEN);
    assertThat(e.base()).isEqualTo(263);
    assertThat(e.proportion().effectiveSize()).isCloseTo(263, within(1e-9));
    assertThat(e.proportion().interval().lower()).isCloseTo(0.2553, within(0.00005));
    assertThat(e.proportion().interval().upper()).isCloseTo(0.3662, within(0.00005));
  }

  @Test
  void estimate_withoutValidAnswers_isEmpty() {
    SurveyEstimate e = SurveyAnalysis.estimate(PublicSurveys.dataset().build(), SCOPE_B, LISTEN);
    assertThat(e.proportion().isEmpty()).isTrue();
    assertThat(e.base()).isZero();
  }

  /** Two waves: P11 (2011/12) 48 of 80 agree, P12 (2012/13) 56 of 70 — Newcombe's example (a). */
  private static EngagementDataset twoWaves() {
    EngagementDataset.Builder b = PublicSurveys.dataset();
    addListen(b, "A", "P11", "2011-09-01", null, 80, 48);
    addListen(b, "B", "P12", "2012-09-01", null, 70, 56);
    return b.build();
  }

  @Test
  void change_betweenTwoWaves_matchesNewcombe1998() {
    // R. G. Newcombe (1998), "Interval estimation for the difference between independent
    // proportions: comparison of eleven methods", Statistics in Medicine 17:873-890, Table II,
    // method 10, example (a): 56/70 − 48/80 = 0.2 with 95% interval [0.0524, 0.3339].
    Period both = Period.parse("2011-04-01/2013-03-31");
    Scope wave11 = Scope.builder().area(B).period(both).addSurveys(SurveyId.of("P11")).build();
    Scope wave12 = Scope.builder().area(B).period(both).addSurveys(SurveyId.of("P12")).build();
    SurveyChange c = SurveyAnalysis.change(twoWaves(), wave11, wave12, LISTEN);
    assertThat(c.before().base()).isEqualTo(80);
    assertThat(c.after().base()).isEqualTo(70);
    ProportionChange change = c.change();
    assertThat(change.difference()).isCloseTo(0.2, within(1e-12));
    assertThat(change.interval().lower()).isCloseTo(0.0524, within(0.00005));
    assertThat(change.interval().upper()).isCloseTo(0.3339, within(0.00005));
    assertThat(change.verdict()).isEqualTo(ChangeVerdict.INCREASE);
    // By hand: p̄ = (48 + 56) / 150 = 0.693333; se = √(0.693333 · 0.306667 · (1/80 + 1/70))
    // = 0.075467; z = 0.2 / se = 2.6502; MDD = (1.959964 + 0.841621) · se = 0.211427.
    double se = Math.sqrt(104.0 / 150 * (46.0 / 150) * (1.0 / 80 + 1.0 / 70));
    assertThat(change.z()).isCloseTo(0.2 / se, within(1e-12));
    assertThat(change.minimumDetectableDifference()).isCloseTo((Z + 0.8416212335729143) * se, within(1e-12));
  }

  @Test
  void change_betweenTwoPeriods_readsEachPeriod() {
    Scope fy2011 = Scope.of(B, Period.financialYear(2011));
    SurveyChange c = SurveyAnalysis.change(twoWaves(), fy2011, SCOPE_B, LISTEN);
    assertThat(c.before().proportion().proportion()).isCloseTo(0.6, within(1e-12));
    assertThat(c.after().proportion().proportion()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void change_overlappingResponseSets_isRefused() {
    // Borough B contains ward W1: every response of W1 is in both sets.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SurveyAnalysis.change(twoWaves(), SCOPE_B, Scope.of(W1, FY2012), LISTEN));
    assertThat(e).hasMessage(
        "response sets overlap: 70 response(s) in both scopes, first B-000; compare disjoint periods, "
            + "waves or areas");
  }

  @Test
  void againstRestOf_wardAgainstTheRestOfItsBorough_matchesNewcombe1998() {
    // docs/spec/measures.md §11: W1 56 of 70 (B) against the rest of borough B, W2's 48 of 80
    // (A), the same period: Newcombe's example (a) again, d = 0.2, [0.0524, 0.3339].
    EngagementDataset.Builder b = PublicSurveys.dataset();
    addListen(b, "B", "P12", "2012-09-01", null, 70, 56);
    for (int i = 0; i < 80; i++) {
      b.addResponses(PublicSurveys.listen(String.format("R-%03d", i), "P12", W2, "2012-09-01",
          1.0, null, i < 48 ? "5" : "1"));
    }
    SurveyChange c = SurveyAnalysis.againstRestOf(b.build(), Scope.of(W1, FY2012), B, LISTEN);
    assertThat(c.before().base()).isEqualTo(80);
    assertThat(c.after().base()).isEqualTo(70);
    assertThat(c.change().interval().lower()).isCloseTo(0.0524, within(0.00005));
    assertThat(c.change().interval().upper()).isCloseTo(0.3339, within(0.00005));
    assertThat(c.change().verdict()).isEqualTo(ChangeVerdict.INCREASE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SurveyAnalysis.againstRestOf(twoWaves(), SCOPE_B, B, LISTEN));
    assertThat(e.getMessage()).contains("overlap").contains("rest of B");
  }

  @Test
  void change_withoutAnswersOnOneSide_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SurveyAnalysis.change(twoWaves(), Scope.of(W2, FY2012), Scope.of(W1, FY2012), LISTEN));
    assertThat(e).hasMessage("no valid answer to POLICE_LISTEN (PUBLIC) in the before scope: "
        + "W2, 2012-04-01/2013-03-31, as of 2013-03-31");
  }

  /**
   * Ethnicity of 100 unweighted answers: WHITE 40 (30 agree), BLACK 35 (14 agree), ASIAN 10 (5
   * agree), "MARTIAN" (a code the scheme does not know) 5 (2 agree) and none stated 10 (4
   * agree) — the last two are NOT_STATED, 15 (6 agree).
   */
  private static EngagementDataset byEthnicity() {
    EngagementDataset.Builder b = PublicSurveys.dataset();
    addListen(b, "W", "P12", "2012-06-01", "WHITE", 40, 30);
    addListen(b, "K", "P12", "2012-06-01", "BLACK", 35, 14);
    addListen(b, "A", "P12", "2012-06-01", "ASIAN", 10, 5);
    addListen(b, "M", "P12", "2012-06-01", "MARTIAN", 5, 2);
    addListen(b, "N", "P12", "2012-06-01", null, 10, 4);
    return b.build();
  }

  @Test
  void breakdown_byEthnicity_comparesEachGroupWithTheRest() {
    SurveyBreakdown b = SurveyAnalysis.breakdown(byEthnicity(), SCOPE_B, LISTEN);
    // Overall 55 of 100.
    assertThat(b.overall().proportion()).isCloseTo(0.55, within(1e-12));
    DimensionBreakdown ethnicity = b.dimension("ETHNICITY").orElseThrow();
    assertThat(ethnicity.groups()).extracting(GroupEstimate::category)
        .containsExactly("ASIAN", "BLACK", "MIXED", "WHITE", "OTHER", "NOT_STATED");
    assertThat(ethnicity.groups()).extracting(GroupEstimate::base).containsExactly(10L, 35L, 0L, 40L, 0L, 15L);
    GroupEstimate black = ethnicity.group("BLACK").orElseThrow();
    assertThat(black.proportion().proportion()).isCloseTo(0.4, within(1e-12));
    assertThat(black.gap().getAsDouble()).isCloseTo(0.4 - 0.55, within(1e-12));
    // The rest of the sample, NOT_STATED included: 65 answers of which 41 agree.
    ProportionChange expected =
        ProportionChange.between(WeightedProportion.unweighted(41, 65), WeightedProportion.unweighted(14, 35));
    assertThat(black.versusRest()).contains(expected);
    assertThat(black.differs()).isEqualTo(expected.verdict() != ChangeVerdict.NO_SIGNIFICANT_CHANGE);
    GroupEstimate white = ethnicity.group("WHITE").orElseThrow();
    // 30/40 against 25/60: Newcombe's interval of 0.75 − 0.4167 lies above 0.
    assertThat(white.versusRest().orElseThrow().verdict()).isEqualTo(ChangeVerdict.INCREASE);
    assertThat(white.differs()).isTrue();
    GroupEstimate mixed = ethnicity.group("MIXED").orElseThrow();
    assertThat(mixed.proportion().isEmpty()).isTrue();
    assertThat(mixed.gap()).isEmpty();
    assertThat(mixed.versusRest()).isEmpty();
    assertThat(ethnicity.group("NOT_STATED").orElseThrow().label()).isEqualTo("Not stated");
    // Every dimension of the scheme; nobody stated a gender, so all are NOT_STATED there.
    assertThat(b.dimensions()).hasSize(6);
    GroupEstimate genderNotStated = b.dimension("GENDER").orElseThrow().group("NOT_STATED").orElseThrow();
    assertThat(genderNotStated.base()).isEqualTo(100);
    assertThat(genderNotStated.versusRest()).isEmpty();
  }

  @Test
  void breakdown_rowsOfEachDimension_addUpToTheOverallFigure() {
    SurveyBreakdown b = SurveyAnalysis.breakdown(byEthnicity(), SCOPE_B, LISTEN);
    for (DimensionBreakdown d : b.dimensions()) {
      WeightedProportion sum = WeightedProportion.empty();
      for (GroupEstimate g : d.groups()) {
        sum = sum.plus(g.proportion());
      }
      assertThat(sum).isEqualTo(b.overall());
    }
    Interval overall = b.overall().interval();
    assertThat(b.toString())
        .startsWith("POLICE_LISTEN (PUBLIC) by group in B, 2012-04-01/2013-03-31, as of 2013-03-31")
        .contains("overall 0.5500 " + overall);
  }

  @Test
  void only_keepsOneDimension_orRefusesAnUnknownOne() {
    SurveyBreakdown b = SurveyAnalysis.breakdown(byEthnicity(), SCOPE_B, LISTEN);
    assertThat(b.only("ETHNICITY").dimensions()).extracting(DimensionBreakdown::dimension).containsExactly("ETHNICITY");
    assertThat(b.only("ETHNICITY").overall()).isEqualTo(b.overall());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.only("SHOE_SIZE"));
    assertThat(e).hasMessage("unknown dimension: SHOE_SIZE");
  }
}
