package org.engagement.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.B2;
import static org.engagement.measures.testing.Records.F;
import static org.engagement.measures.testing.Records.FY2012;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;
import static org.engagement.measures.testing.Records.W3;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.CommunityInput;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.measures.outcome.DiverseNeedsMeasure;
import org.engagement.measures.outcome.DueConsiderationMeasure;
import org.engagement.measures.stats.ChangeVerdict;
import org.engagement.measures.stats.ProportionChange;
import org.engagement.measures.stats.TrendVerdict;
import org.engagement.measures.stats.WeightedProportion;
import org.engagement.measures.testing.Records;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  private static final DueConsiderationMeasure M1 = DueConsiderationMeasure.standard();
  private static final Period FY2011 = Period.financialYear(2011);

  /** Builds inputs in bulk: {@code total} inputs of an area on a date, the first {@code due} given due consideration. */
  private static final class Data {
    private final List<CommunityInput> inputs = new ArrayList<>();
    private final List<org.engagement.core.DecisionRecord> decisions = new ArrayList<>();

    Data add(AreaId area, String date, int total, int due) {
      List<Consideration> considerations = new ArrayList<>();
      for (int i = 0; i < total; i++) {
        String id = "IN-" + area + "-" + date + "-" + i;
        inputs.add(Records.input(id, area, date));
        if (i < due) {
          considerations.add(Records.considered(id, ConsiderationOutcome.ACCEPTED, "yes"));
        }
      }
      // the decision a week after the inputs, in the same period
      String decided = Records.d(date).plusDays(7).toString();
      decisions.add(Records.decision("DEC-" + area + "-" + date, F, decided, considerations));
      return this;
    }

    EngagementDataset build() {
      return Records.dataset()
          .addAllInputs(inputs)
          .addAllDecisions(decisions)
          .build();
    }
  }

  /** W1 18 of 20, W2 5 of 20 in 2012/13; W3 (another borough) 8 of 10; W1 12 of 20 in 2011/12. */
  static EngagementDataset wards() {
    return new Data()
        .add(W1, "2012-05-01", 20, 18)
        .add(W2, "2012-05-01", 20, 5)
        .add(W3, "2012-05-01", 10, 8)
        .add(W1, "2011-05-01", 20, 12)
        .build();
  }

  @Test
  void againstRestOf_wardAboveTheRestOfItsBorough_handWorked() {
    Comparison c = Comparison.againstRestOf(M1, wards(), Scope.of(W1, FY2012), B);
    // A = the rest of B = W2: 5/20; B = W1: 18/20. d = 0.65; p̄ = 23/40 = 0.575,
    // z = 0.65 / √(0.575·0.425·(1/20 + 1/20)) = 4.158004636546809;
    // Newcombe from the Wilson intervals: [0.35294007273773514, 0.8058378454370715].
    assertThat(c.a().numerator()).isEqualTo(5);
    assertThat(c.a().denominator()).isEqualTo(20);
    assertThat(c.a().label()).isEqualTo("rest of B without W1 2012-04-01/2013-03-31");
    assertThat(c.b().numerator()).isEqualTo(18);
    assertThat(c.b().denominator()).isEqualTo(20);
    ProportionChange change = c.change().orElseThrow();
    assertThat(change.difference()).isCloseTo(0.65, within(1e-12));
    assertThat(change.interval().lower()).isCloseTo(0.35294007273773514, within(1e-12));
    assertThat(change.interval().upper()).isCloseTo(0.8058378454370715, within(1e-12));
    assertThat(change.z()).isCloseTo(4.158004636546809, within(1e-12));
    assertThat(change.minimumDetectableDifference()).isCloseTo(0.43795775881716703, within(1e-12));
    assertThat(c.verdict()).isEqualTo(ComparisonVerdict.ABOVE);
    assertThat(c.isSignificant()).isTrue();
    // Reuses §1's change test: the same as ProportionChange on the counts.
    assertThat(change).isEqualTo(ProportionChange.between(
        WeightedProportion.unweighted(5, 20), WeightedProportion.unweighted(18, 20)));
  }

  @Test
  void againstRestOf_wardBelow_andTheForce() {
    assertThat(Comparison.againstRestOf(M1, wards(), Scope.of(W2, FY2012), B).verdict())
        .isEqualTo(ComparisonVerdict.BELOW);
    // W3 against the rest of the force F: W1 + W2 = 23/40 against 8/10.
    Comparison c = Comparison.againstRestOf(M1, wards(), Scope.of(W3, FY2012), F);
    assertThat(c.a().numerator()).isEqualTo(23);
    assertThat(c.a().denominator()).isEqualTo(40);
    assertThat(c.verdict()).isEqualTo(ComparisonVerdict.NO_SIGNIFICANT_DIFFERENCE);
  }

  @Test
  void againstRestOf_recordsOfTheAncestorItselfBelongToTheRest() {
    EngagementDataset data = new Data().add(W1, "2012-05-01", 4, 1).add(B, "2012-05-01", 3, 3)
        .build();
    Comparison c = Comparison.againstRestOf(M1, data, Scope.of(W1, FY2012), B);
    assertThat(c.a().numerator()).isEqualTo(3);
    assertThat(c.a().denominator()).isEqualTo(3);
  }

  @Test
  void againstRestOf_notAStrictAncestor_isRefusedNamingBoth() {
    IllegalArgumentException self = assertThrows(IllegalArgumentException.class,
        () -> Comparison.againstRestOf(M1, wards(), Scope.of(B, FY2012), B));
    assertThat(self.getMessage()).contains("B").contains("overlap");
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> Comparison.againstRestOf(M1, wards(), Scope.of(W1, FY2012), B2));
    assertThat(other.getMessage()).contains("W1").contains("B2");
  }

  @Test
  void between_twoPeriodsOfOneArea() {
    // W1: 12/20 in 2011/12, 18/20 in 2012/13: d = 0.3.
    Comparison c = Comparison.between(M1, wards(), Scope.of(W1, FY2011), Scope.of(W1, FY2012));
    assertThat(c.change().orElseThrow().difference()).isCloseTo(0.3, within(1e-12));
    assertThat(c.change().orElseThrow()).isEqualTo(ProportionChange.between(
        WeightedProportion.unweighted(12, 20), WeightedProportion.unweighted(18, 20)));
    assertThat(c.a().label()).isEqualTo("W1 2011-04-01/2012-03-31");
  }

  @Test
  void between_twoAreasNeitherContainingTheOther() {
    Comparison c = Comparison.between(M1, wards(), Scope.of(W1, FY2012), Scope.of(B2, FY2012));
    // W1 18/20 against B2 (= W3) 8/10: d = −0.1, no significant difference.
    assertThat(c.change().orElseThrow().difference()).isCloseTo(-0.1, within(1e-12));
    assertThat(c.change().orElseThrow().verdict()).isEqualTo(ChangeVerdict.NO_SIGNIFICANT_CHANGE);
    assertThat(c.verdict()).isEqualTo(ComparisonVerdict.NO_SIGNIFICANT_DIFFERENCE);
  }

  @Test
  void between_overlappingPopulations_isRefusedNamingBoth() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Comparison.between(M1, wards(), Scope.of(B, FY2012), Scope.of(W1, FY2012)));
    assertThat(e.getMessage()).contains("B 2012-04-01/2013-03-31")
        .contains("W1 2012-04-01/2013-03-31").contains("overlap");
    Period halfYear = Period.of(Records.d("2012-10-01"), Records.d("2013-09-30"));
    assertThrows(IllegalArgumentException.class,
        () -> Comparison.between(M1, wards(), Scope.of(W1, FY2012), Scope.of(W1, halfYear)));
    // A borough in one year against its own ward in another year: disjoint, allowed.
    assertThat(Comparison.between(M1, wards(), Scope.of(B, FY2011), Scope.of(W1, FY2012))
        .verdict()).isNotNull();
  }

  @Test
  void noRecordsOnOneSide_isNotAssessable() {
    Comparison c = Comparison.between(M1, wards(), Scope.of(W3, FY2011), Scope.of(W3, FY2012));
    assertThat(c.verdict()).isEqualTo(ComparisonVerdict.NOT_ASSESSABLE);
    assertThat(c.change()).isEmpty();
    assertThat(c.reason()).hasValueSatisfying(r -> assertThat(r).contains("W3 2011-04-01"));
    assertThat(c.toString()).contains("NOT_ASSESSABLE");
  }

  @Test
  void meanBasedMeasure_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Comparison.between(DiverseNeedsMeasure.standard(), wards(),
            Scope.of(W1, FY2012), Scope.of(W2, FY2012)));
    assertThat(e.getMessage()).contains("M3").contains("not a ratio measure");
  }

  @Test
  void toString_showsBothPopulationsAndTheVerdict() {
    Comparison c = Comparison.againstRestOf(M1, wards(), Scope.of(W1, FY2012), B);
    assertThat(c.toString()).isEqualTo(
        "M1 Due consideration\n"
            + "  A rest of B without W1 2012-04-01/2013-03-31: 0.2500 (5/20) [0.1119, 0.4687]\n"
            + "  B W1 2012-04-01/2013-03-31: 0.9000 (18/20) [0.6990, 0.9721]\n"
            + "  B − A +0.6500 [0.3529, 0.8058] ABOVE z=4.16 p=0.0000 MDD=0.4380");
  }

  @Test
  void trend_quarters_handWorked_withAnEmptyQuarterLeftOut() {
    // W1: Q1 2/10, Q2 5/10, Q3 8/10, Q4 none. p̄ = 1/2, T = 1(2−5) + 3(8−5) = 6,
    // Var = 1/4 · (10·14 − 60²/30) = 5, z = 6/√5 = 2.6832815729997477, p = 0.00729...
    EngagementDataset data = new Data()
        .add(W1, "2012-05-01", 10, 2)
        .add(W1, "2012-08-01", 10, 5)
        .add(W1, "2012-11-01", 10, 8)
        .build();
    List<Period> quarters = List.of(
        Period.of(Records.d("2012-04-01"), Records.d("2012-06-30")),
        Period.of(Records.d("2012-07-01"), Records.d("2012-09-30")),
        Period.of(Records.d("2012-10-01"), Records.d("2012-12-31")),
        Period.of(Records.d("2013-01-01"), Records.d("2013-03-31")));
    Trend t = Trend.of(M1, data, W1, quarters);
    assertThat(t.points()).extracting(TrendPoint::denominator).containsExactly(10L, 10L, 10L, 0L);
    assertThat(t.points().get(0).interval().orElseThrow().lower())
        .isCloseTo(org.engagement.measures.stats.Interval.wilson(0.2, 10).lower(), within(0.0));
    assertThat(t.leftOut()).containsExactly(quarters.get(3));
    assertThat(t.test().orElseThrow().z()).isCloseTo(6 / Math.sqrt(5), within(1e-12));
    assertThat(t.test().orElseThrow().pValue()).isCloseTo(0.007290358091535644, within(1e-12));
    assertThat(t.verdict()).isEqualTo(TrendVerdict.RISING);
    assertThat(t.toString()).contains("no records (0/0), left out").contains("RISING");
  }

  @Test
  void trend_fewerThanThreePeriodsWithRecords_isNotAssessable() {
    Trend t = Trend.of(M1, wards(), W1, List.of(FY2011, FY2012, Period.financialYear(2013)));
    assertThat(t.verdict()).isEqualTo(TrendVerdict.NOT_ASSESSABLE);
    assertThat(t.test()).isEmpty();
    assertThat(t.reason()).hasValueSatisfying(r -> assertThat(r).contains("2 of 3"));
  }

  @Test
  void trend_periodsOutOfOrderOrOverlapping_orTooFew_areRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> Trend.of(M1, wards(), W1, List.of(FY2012, FY2011, Period.financialYear(2013))));
    assertThrows(IllegalArgumentException.class,
        () -> Trend.of(M1, wards(), W1, List.of(FY2011, FY2012)));
    assertThrows(IllegalArgumentException.class,
        () -> Trend.of(M1, wards(), W1, List.of(FY2011, Period.year(2012), FY2012)));
  }

  @Test
  void scorecardComparison_eachWardAgainstTheRestOfItsBorough() {
    Scorecard card = Scorecard.evaluate(wards(), Scope.of(B, FY2012), AreaLevel.WARD,
        List.of(M1, DiverseNeedsMeasure.standard()), Evaluation.SEQUENTIAL);
    ScorecardComparison vs = ScorecardComparison.of(card);
    assertThat(vs.comparisons()).hasSize(2); // M3 has no numerator and denominator
    assertThat(vs.comparison(W1, "M1").orElseThrow())
        .isEqualTo(Comparison.againstRestOf(M1, wards(), Scope.of(W1, FY2012), B));
    assertThat(vs.comparison(W2, "M1").orElseThrow().verdict()).isEqualTo(ComparisonVerdict.BELOW);
    assertThat(vs.comparison(W1, "M3")).isEmpty();
    assertThat(vs.significant()).hasSize(2);
    String md = vs.markdown();
    assertThat(md).startsWith(MarkdownTables.of(card));
    assertThat(md).contains("### Each ward against the rest of B")
        .contains("| **W1** | **Area W1** | ▲ +0.65 [0.35, 0.81] |")
        .contains("| **W2** | **Area W2** | ▼ -0.65 [-0.81, -0.35] |");
  }
}
