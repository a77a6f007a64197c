package org.engagement.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.F;
import static org.engagement.measures.testing.Records.FY2012;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;
import static org.engagement.measures.testing.Records.input;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.EngagementDataset;
import org.engagement.core.OutcomeMeasure;
import org.engagement.core.Scope;
import org.engagement.measures.outcome.DueConsiderationMeasure;
import org.engagement.measures.outcome.OutcomeMeasures;
import org.engagement.measures.testing.Records;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  /**
   * W1: 4 inputs, 3 recorded (0.75); W2: 1 input, 0 recorded (0); B itself: 1 input, recorded.
   * The borough's M1 is (3 + 0 + 1) / (4 + 1 + 1) = 4/6, not the mean of the ward scores
   * (0.75 + 0) / 2 = 0.375.
   */
  static EngagementDataset wards() {
    return Records.dataset()
        .addInputs(
            input("IN-1", W1, "2012-05-01"),
            input("IN-2", W1, "2012-05-01"),
            input("IN-3", W1, "2012-05-01"),
            input("IN-4", W1, "2012-05-01"),
            input("IN-5", W2, "2012-05-01"),
            input("IN-6", B, "2012-05-01"))
        .addDecisions(
            Records.decision("DEC-1", B, "2012-06-01",
                List.of(
                    Records.considered("IN-1", ConsiderationOutcome.ACCEPTED, "yes"),
                    Records.considered("IN-2", ConsiderationOutcome.REJECTED, "no"),
                    Records.considered("IN-3", ConsiderationOutcome.PARTLY_ACCEPTED, "part"),
                    Records.considered("IN-6", ConsiderationOutcome.ACCEPTED, "yes"))))
        .build();
  }

  @Test
  void evaluate_boroughByWard_rollsUpExactly() {
    Scorecard card =
        Scorecard.evaluate(
            wards(), SCOPE_B, AreaLevel.WARD, List.of(DueConsiderationMeasure.standard()),
            Evaluation.SEQUENTIAL);
    assertThat(card.total().area()).isEqualTo(B);
    assertThat(card.total().result("M1").orElseThrow().score().getAsDouble()).isEqualTo(4.0 / 6);
    assertThat(card.rows()).extracting(ScorecardRow::area).containsExactly(W1, W2);
    assertThat(card.row(W1).orElseThrow().result("M1").orElseThrow().score().getAsDouble())
        .isEqualTo(0.75);
    assertThat(card.row(W2).orElseThrow().result("M1").orElseThrow().score().getAsDouble())
        .isEqualTo(0.0);
    assertThat(card.row(W1).orElseThrow().result("M1").orElseThrow().scope())
        .isEqualTo(Scope.of(W1, FY2012));
  }

  /** Sixty wards under B, ward i with i + 1 inputs of which every third is considered. */
  static EngagementDataset sixtyWards() {
    EngagementDataset.Builder data = Records.dataset();
    List<Consideration> considered = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      AreaId ward = AreaId.of("WX" + i);
      data.addAreas(Records.area(ward, AreaLevel.WARD, B));
      for (int j = 0; j <= i; j++) {
        String id = "IN-" + i + "-" + j;
        data.addInputs(input(id, ward, "2012-05-01"));
        if (j % 3 == 0) {
          considered.add(Records.considered(id, ConsiderationOutcome.ACCEPTED, "yes"));
        }
      }
    }
    return data.addDecisions(Records.decision("DEC-1", B, "2012-06-01", considered)).build();
  }

  @Test
  void evaluate_parallel_equalsSequentialCellForCell() {
    EngagementDataset data = sixtyWards();
    List<? extends Measure<?>> five = OutcomeMeasures.standard().all();
    Scorecard sequential =
        Scorecard.evaluate(data, SCOPE_B, AreaLevel.WARD, five, Evaluation.SEQUENTIAL);
    Scorecard parallel =
        Scorecard.evaluate(data, SCOPE_B, AreaLevel.WARD, five, Evaluation.PARALLEL);
    assertThat(parallel).isEqualTo(sequential);
    assertThat(parallel.rows()).hasSize(62);
    MeasureResult wx59 =
        parallel.row(AreaId.of("WX59")).orElseThrow().result("M1").orElseThrow();
    assertThat(wx59.numerator()).hasValue(20);
    assertThat(wx59.denominator()).hasValue(60);
    // Ward i considers floor(i / 3) + 1 of its i + 1 inputs: 630 of 1,830 in all.
    MeasureResult total = parallel.total().result("M1").orElseThrow();
    assertThat(total.numerator()).hasValue(630);
    assertThat(total.denominator()).hasValue(1830);
  }

  @Test
  void evaluate_parallel_aFailingCellFailsTheScorecardWithItsMessage() {
    DueConsiderationMeasure m1 = DueConsiderationMeasure.standard();
    Measure<?> failing = new FailingOn(m1, AreaId.of("WX41"));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Scorecard.evaluate(sixtyWards(), SCOPE_B, AreaLevel.WARD,
                List.of(m1, failing), Evaluation.PARALLEL));
    assertThat(e).hasMessageContaining("no partial for WX41");
  }

  @Test
  void toString_isATextTable() {
    Scorecard card =
        Scorecard.evaluate(
            wards(), SCOPE_B, AreaLevel.WARD, List.of(DueConsiderationMeasure.standard()),
            Evaluation.SEQUENTIAL);
    assertThat(card.toString())
        .isEqualTo(
            "Scorecard B 2012-04-01/2013-03-31 as of 2013-03-31, rows by WARD\n"
                + "area          M1\n"
                + "B Area B      0.667 (4/6) INSUFFICIENT_DATA\n"
                + "  W1 Area W1  0.750 (3/4) INSUFFICIENT_DATA\n"
                + "  W2 Area W2  0.000 (0/1) INSUFFICIENT_DATA\n");
  }

  @Test
  void evaluate_forceByWard_hasEveryWardAndTheFiveMeasures() {
    Scorecard card = OutcomeMeasures.standard().scorecard(wards(), Scope.of(F, FY2012), AreaLevel.WARD);
    assertThat(card.measures()).containsExactly("M1", "M2", "M3", "M4", "M5");
    assertThat(card.rows()).hasSize(3);
    assertThat(card.total().result("M1").orElseThrow().denominator()).hasValue(6);
    assertThat(card.total().result("M3").orElseThrow().isScored()).isFalse();
  }

  @Test
  void evaluate_levelNotBelowTheScope_throws() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> OutcomeMeasures.standard().scorecard(wards(), SCOPE_B, AreaLevel.BOROUGH));
    assertThat(e).hasMessage("level must lie below the scope area's level BOROUGH: BOROUGH"
        + " (scope B)");
  }

  @Test
  void evaluateAll_severalScopes_equalsEachScorecardAlone() {
    // B3: a borough without wards, so its scorecard has no rows and a column of one cell.
    Scope b3 = Scope.of(AreaId.of("B3"), FY2012);
    EngagementDataset data = EngagementDataset.builder().from(sixtyWards())
        .addAreas(Records.area(b3.area(), AreaLevel.BOROUGH, F)).build();
    List<? extends Measure<?>> five = OutcomeMeasures.standard().all();
    Scope force = Scope.of(F, FY2012);
    List<Scope> scopes = List.of(SCOPE_B, b3, force, SCOPE_B);
    List<Scorecard> alone = new ArrayList<>();
    for (Scope scope : scopes) {
      alone.add(Scorecard.evaluate(data, scope, AreaLevel.WARD, five, Evaluation.SEQUENTIAL));
    }
    EvaluationContext context = EvaluationContext.of(data);
    for (Evaluation way : Evaluation.values()) {
      List<Scorecard> all = Scorecard.evaluateAll(context, scopes, AreaLevel.WARD, five, way);
      assertThat(all).containsExactlyElementsOf(alone);
    }
    assertThat(alone.get(0).total().result("M1").orElseThrow().numerator()).hasValue(630);
    assertThat(alone.get(1).rows()).isEmpty();
    assertThat(alone.get(2).rows()).hasSizeGreaterThan(alone.get(0).rows().size());
  }

  @Test
  void evaluateAll_severalLevels_equalsEachLevelsScorecards() {
    List<? extends Measure<?>> five = OutcomeMeasures.standard().all();
    EngagementDataset data = sixtyWards();
    Scope force = Scope.of(F, FY2012);
    List<Scope> scopes = List.of(force, force);
    List<Scorecard> each = new ArrayList<>();
    for (AreaLevel level : List.of(AreaLevel.BOROUGH, AreaLevel.WARD)) {
      for (Scope scope : scopes) {
        each.add(Scorecard.evaluate(data, scope, level, five, Evaluation.SEQUENTIAL));
      }
    }
    EvaluationContext context = EvaluationContext.of(data);
    for (Evaluation way : Evaluation.values()) {
      List<Scorecard> all = Scorecard.evaluateAll(context, scopes,
          List.of(AreaLevel.BOROUGH, AreaLevel.WARD), five, way);
      assertThat(all).containsExactlyElementsOf(each);
      // The borough's row by borough holds every ward's records: M1 630 of its inputs.
      assertThat(all.get(0).row(SCOPE_B.area()).orElseThrow().result("M1").orElseThrow()
          .numerator()).hasValue(630);
      assertThat(all.get(2).rows()).hasSizeGreaterThan(all.get(0).rows().size());
    }
  }

  @Test
  void evaluateAll_severalLevels_areaNestedUnderItsOwnLevel_totalsAsOneCallPerLevel() {
    // W4, a ward under ward W2 (AREA_LEVEL_ORDER): the rows by ward overlap, W2's holding W4's
    // input, and the total by ward counts it twice, as a call for that level alone does; the
    // total by borough counts it once.
    AreaId w4 = AreaId.of("W4");
    EngagementDataset data = Records.dataset()
        .addAreas(Records.area(w4, AreaLevel.WARD, W2))
        .addInputs(input("IN-4", w4, "2012-05-01"))
        .build();
    List<? extends Measure<?>> m1 = List.of(DueConsiderationMeasure.standard());
    Scope force = Scope.of(F, FY2012);
    List<AreaLevel> levels = List.of(AreaLevel.BOROUGH, AreaLevel.WARD, AreaLevel.BOROUGH);
    List<Scorecard> each = new ArrayList<>();
    for (AreaLevel level : levels) {
      each.add(Scorecard.evaluate(data, force, level, m1, Evaluation.SEQUENTIAL));
    }
    for (Evaluation way : Evaluation.values()) {
      List<Scorecard> all = Scorecard.evaluateAll(EvaluationContext.of(data), List.of(force),
          levels, m1, way);
      assertThat(all).containsExactlyElementsOf(each);
      assertThat(all.get(0).total().result("M1").orElseThrow().denominator()).hasValue(1);
      assertThat(all.get(1).total().result("M1").orElseThrow().denominator()).hasValue(2);
    }
  }

  @Test
  void evaluateAll_noLevels_isEmpty() {
    for (Evaluation way : Evaluation.values()) {
      assertThat(Scorecard.evaluateAll(EvaluationContext.of(wards()), List.of(SCOPE_B),
          List.of(), OutcomeMeasures.standard().all(), way)).isEmpty();
    }
  }

  @Test
  void evaluateAll_severalLevels_oneNotBelowAScope_throwsNamingIt() {
    EvaluationContext context = EvaluationContext.of(wards());
    List<Scope> scopes = List.of(Scope.of(F, FY2012), SCOPE_B);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Scorecard.evaluateAll(context, scopes,
                List.of(AreaLevel.WARD, AreaLevel.BOROUGH), OutcomeMeasures.standard().all(),
                Evaluation.PARALLEL));
    assertThat(e).hasMessage("level must lie below the scope area's level BOROUGH: BOROUGH"
        + " (scope B)");
  }

  @Test
  void evaluateAll_noScopes_isEmpty() {
    assertThat(Scorecard.evaluateAll(EvaluationContext.of(wards()), List.of(), AreaLevel.WARD,
        OutcomeMeasures.standard().all(), Evaluation.PARALLEL)).isEmpty();
  }

  @Test
  void evaluateAll_levelNotBelowOneScope_throwsNamingIt() {
    EvaluationContext context = EvaluationContext.of(wards());
    List<Scope> scopes = List.of(Scope.of(F, FY2012), SCOPE_B);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Scorecard.evaluateAll(context, scopes, AreaLevel.BOROUGH,
                OutcomeMeasures.standard().all(), Evaluation.SEQUENTIAL));
    assertThat(e).hasMessage("level must lie below the scope area's level BOROUGH: BOROUGH"
        + " (scope B)");
  }

  @Test
  void evaluate_scopeAlone_hasNoRows() {
    Scorecard card = OutcomeMeasures.standard().scorecard(wards(), SCOPE_B);
    assertThat(card.rows()).isEmpty();
    assertThat(card.level()).isEmpty();
    assertThat(card.total().results()).hasSize(5);
  }

  @Test
  void outcomeMeasures_withRatingScale_replacesOneScaleOnly() {
    OutcomeMeasures five =
        OutcomeMeasures.standard()
            .withRatingScale(OutcomeMeasure.DUE_CONSIDERATION, RatingScale.standard(3));
    assertThat(five.dueConsideration().ratingScale().minimumBase()).isEqualTo(3);
    assertThat(five.managementInfluence().ratingScale().minimumBase()).isEqualTo(10);
    assertThat(five.diverseNeeds().ratingScale().minimumBase()).isEqualTo(30);
    // W1 with base 4 ≥ 3 is now graded: 0.75 is GOOD.
    Scorecard card = five.scorecard(wards(), SCOPE_B, AreaLevel.WARD);
    assertThat(card.row(W1).orElseThrow().result("M1").orElseThrow().rating()).isEqualTo(Rating.GOOD);
    assertThat(five.dueConsideration().outcome().code()).isEqualTo("M1");
  }
}
