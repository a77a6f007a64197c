package org.engagement.measures.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.measures.Evaluation;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureData;
import org.engagement.measures.Scorecard;
import org.engagement.measures.ScorecardRow;

/** A scorecard's rows are the measures of their own scopes, and its total is exact roll-up. */
class ScorecardProperties {

  private final OutcomeMeasures five = OutcomeMeasures.standard();

  @Provide
  Arbitrary<Tuple2<EngagementDataset, Scope>> evaluations() {
    return MeasureData.evaluations()
        .map(t -> Tuple.of(t.get1(), MeasureData.onForce(t.get1(), t.get2())));
  }

  @Property(tries = 100)
  void forceByWard_totalAndRowsEqualDirectEvaluation(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation) {
    EngagementDataset data = evaluation.get1();
    Scope scope = evaluation.get2();
    Scorecard card = five.scorecard(data, scope, AreaLevel.WARD);
    assertThat(card.rows()).extracting(ScorecardRow::area)
        .containsExactlyElementsOf(MeasureData.wards(data));
    for (Measure<?> measure : five.all()) {
      assertThat(card.total().result(measure.code())).contains(measure.evaluate(data, scope));
      for (ScorecardRow row : card.rows()) {
        Scope own = Scope.builder().from(scope).area(row.area()).build();
        assertThat(row.result(measure.code())).contains(measure.evaluate(data, own));
      }
    }
  }

  @Property(tries = 100)
  void parallelEvaluation_givesTheSameScorecard(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation) {
    EngagementDataset data = evaluation.get1();
    Scope scope = evaluation.get2();
    for (AreaLevel level : new AreaLevel[] {AreaLevel.BOROUGH, AreaLevel.WARD}) {
      assertThat(five.scorecard(data, scope, level, Evaluation.PARALLEL))
          .isEqualTo(five.scorecard(data, scope, level, Evaluation.SEQUENTIAL));
    }
  }

  @Property(tries = 100)
  void evaluateAll_givesEachScopesOwnScorecard(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation) {
    EngagementDataset data = evaluation.get1();
    Scope force = evaluation.get2();
    // The force and each of its boroughs, the force again: scopes that overlap and repeat.
    List<Scope> scopes = new ArrayList<>();
    scopes.add(force);
    for (AreaId borough : data.areasAtLevel(force.area(), AreaLevel.BOROUGH)) {
      scopes.add(Scope.builder().from(force).area(borough).build());
    }
    scopes.add(force);
    List<Scorecard> alone = new ArrayList<>();
    for (Scope scope : scopes) {
      alone.add(five.scorecard(data, scope, AreaLevel.WARD));
    }
    EvaluationContext context = EvaluationContext.of(data);
    for (Evaluation way : Evaluation.values()) {
      assertThat(Scorecard.evaluateAll(context, scopes, AreaLevel.WARD, five.all(), way))
          .containsExactlyElementsOf(alone);
    }
  }

  @Property(tries = 100)
  void evaluateAll_atSeveralLevels_givesEachLevelsScorecards(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation) {
    EngagementDataset data = evaluation.get1();
    Scope force = evaluation.get2();
    // The force twice, and a period of its own: scopes that repeat and scopes that differ.
    Scope earlier = Scope.builder().from(force)
        .period(Period.of(force.period().from().minusYears(1), force.period().to())).build();
    List<Scope> scopes = List.of(force, earlier, force);
    // Every measure of the SDK: the outcome measures, the additional ones and closing the loop,
    // whose partials keep sums, maps of ids and lists of days.
    List<Measure<?>> measures = MeasureData.everyMeasure();
    EvaluationContext context = EvaluationContext.of(data);
    for (List<AreaLevel> levels : List.of(List.of(AreaLevel.BOROUGH, AreaLevel.WARD),
        List.of(AreaLevel.WARD, AreaLevel.BOROUGH, AreaLevel.WARD))) {
      List<Scorecard> each = new ArrayList<>();
      for (AreaLevel level : levels) {
        for (Scope scope : scopes) {
          each.add(Scorecard.evaluate(context, scope, level, measures, Evaluation.SEQUENTIAL));
        }
      }
      for (Evaluation way : Evaluation.values()) {
        assertThat(Scorecard.evaluateAll(context, scopes, levels, measures, way))
            .containsExactlyElementsOf(each);
      }
    }
  }
}
