package org.engagement.measures.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.measures.Evaluation;
import org.engagement.measures.Measure;
import org.engagement.measures.Scorecard;
import org.engagement.measures.ScorecardRow;
import org.engagement.measures.testing.RandomDatasets;
import org.engagement.measures.testing.Records;

/** A scorecard's rows are the measures of their own scopes, and its total is exact roll-up. */
class ScorecardProperties {

  private final OutcomeMeasures five = OutcomeMeasures.standard();

  @Provide
  Arbitrary<EngagementDataset> datasets() {
    return RandomDatasets.datasets();
  }

  @Provide
  Arbitrary<Scope> scopes() {
    return RandomDatasets.scopes().map(s -> Scope.builder().from(s).area(Records.F).build());
  }

  @Property(tries = 100)
  void forceByWard_totalAndRowsEqualDirectEvaluation(
      @ForAll("datasets") EngagementDataset data, @ForAll("scopes") Scope scope) {
    Scorecard card = five.scorecard(data, scope, AreaLevel.WARD);
    assertThat(card.rows()).extracting(ScorecardRow::area)
        .containsExactly(Records.W1, Records.W2, Records.W3);
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
      @ForAll("datasets") EngagementDataset data, @ForAll("scopes") Scope scope) {
    assertThat(five.scorecard(data, scope, AreaLevel.BOROUGH, Evaluation.PARALLEL))
        .isEqualTo(five.scorecard(data, scope, AreaLevel.BOROUGH, Evaluation.SEQUENTIAL));
  }
}
