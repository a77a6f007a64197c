package org.engagement.measures.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.measures.Comparison;
import org.engagement.measures.Evaluation;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureData;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.Scorecard;
import org.engagement.measures.ScorecardComparison;

/**
 * An area against the rest of an ancestor: the two populations partition the ancestor's, so
 * their numerators and denominators add up to the ancestor's (docs/spec/measures.md §11, §0).
 */
class ComparisonProperties {

  private static final List<Measure<?>> RATIO =
      List.of(
          DueConsiderationMeasure.standard(),
          ManagementInfluenceMeasure.standard(),
          MainstreamingMeasure.standard());

  @Provide
  Arbitrary<Tuple2<EngagementDataset, Scope>> evaluations() {
    return MeasureData.evaluations();
  }

  @Property(tries = 100)
  void areaAndRest_partitionTheAncestor(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation) {
    EngagementDataset data = evaluation.get1();
    Scope scope = evaluation.get2();
    for (AreaId ancestor : data.ancestors(scope.area())) {
      Scope whole = Scope.builder().from(scope).area(ancestor).build();
      for (Measure<?> measure : RATIO) {
        Comparison c = Comparison.againstRestOf(measure, data, scope, ancestor);
        MeasureResult total = measure.evaluate(data, whole);
        assertThat(c.a().numerator() + c.b().numerator())
            .isEqualTo(total.numerator().getAsLong());
        assertThat(c.a().denominator() + c.b().denominator())
            .isEqualTo(total.denominator().getAsLong());
        assertThat(c.b().numerator()).isEqualTo(measure.evaluate(data, scope).numerator().getAsLong());
      }
    }
  }

  @Property(tries = 50)
  void scorecardComparison_equalsTheAreaAgainstTheRestOfTheScope(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation) {
    EngagementDataset data = evaluation.get1();
    Scope scope = evaluation.get2();
    Scope force = MeasureData.onForce(data, scope);
    Scorecard card = Scorecard.evaluate(data, force, AreaLevel.WARD, RATIO, Evaluation.SEQUENTIAL);
    ScorecardComparison vs = ScorecardComparison.of(card);
    for (AreaId ward : MeasureData.wards(data)) {
      Scope own = Scope.builder().from(force).area(ward).build();
      for (Measure<?> measure : RATIO) {
        assertThat(vs.comparison(ward, measure.code()))
            .contains(Comparison.againstRestOf(measure, data, own, force.area()));
      }
    }
  }
}
