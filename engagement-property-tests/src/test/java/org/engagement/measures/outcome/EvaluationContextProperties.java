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
import org.engagement.measures.Evaluation;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureData;
import org.engagement.measures.Scorecard;
import org.engagement.measures.standards.Catalogue;
import org.engagement.measures.standards.ComplianceMatrix;
import org.engagement.measures.standards.ConsultationStrands;
import org.engagement.measures.standards.EngagementPrinciples;
import org.engagement.measures.standards.PanelHealthAssessment;
import org.engagement.measures.standards.QualityStandards2012;
import org.engagement.measures.standards.Rule;
import org.engagement.measures.survey.AdditionalMeasures;

/**
 * One context shared by many evaluations gives the figures that a fresh context per call (the
 * {@code EngagementDataset} overloads) gives: for every measure, on every area, and for a
 * scorecard evaluated sequentially or in parallel, the rules and the standards' assessments.
 */
class EvaluationContextProperties {

  @Provide
  Arbitrary<Tuple2<EngagementDataset, Scope>> evaluations() {
    return MeasureData.evaluations();
  }

  @Property(tries = 60)
  void everyMeasure_sharedContextEqualsDataOverload(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation) {
    EngagementDataset data = evaluation.get1();
    Scope scope = evaluation.get2();
    EvaluationContext context = EvaluationContext.of(data);
    for (Measure<?> measure : MeasureData.everyMeasure()) {
      for (AreaId area : data.subtree(MeasureData.force(data))) {
        Scope own = Scope.builder().from(scope).area(area).build();
        assertThat(measure.evaluate(context, own))
            .as("%s on %s", measure.code(), area)
            .isEqualTo(measure.evaluate(data, own));
      }
      assertThat(measure.evaluate(context, scope, List.of(data.subtree(scope.area()))))
          .isEqualTo(measure.evaluate(data, scope));
    }
    assertThat(AdditionalMeasures.evaluateAll(context, scope))
        .isEqualTo(AdditionalMeasures.evaluateAll(data, scope));
  }

  @Property(tries = 60)
  void scorecard_parallelWithSharedContextEqualsSequentialDataOverload(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation) {
    EngagementDataset data = evaluation.get1();
    Scope scope = evaluation.get2();
    Scope force = MeasureData.onForce(data, scope);
    EvaluationContext context = EvaluationContext.of(data);
    OutcomeMeasures five = OutcomeMeasures.standard();
    for (AreaLevel level : List.of(AreaLevel.BOROUGH, AreaLevel.WARD)) {
      Scorecard sequential = five.scorecard(data, force, level, Evaluation.SEQUENTIAL);
      assertThat(five.scorecard(context, force, level, Evaluation.PARALLEL)).isEqualTo(sequential);
      assertThat(five.scorecard(context, force, level, Evaluation.SEQUENTIAL))
          .isEqualTo(sequential);
      assertThat(Scorecard.evaluate(context, force, level, MeasureData.everyMeasure(), Evaluation.PARALLEL))
          .isEqualTo(Scorecard.evaluate(data, force, level, MeasureData.everyMeasure(), Evaluation.SEQUENTIAL));
    }
    assertThat(five.scorecard(context, force)).isEqualTo(five.scorecard(data, force));
  }

  @Property(tries = 60)
  void rulesAndAssessments_sharedContextEqualsDataOverload(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation) {
    EngagementDataset data = evaluation.get1();
    Scope scope = evaluation.get2();
    EvaluationContext context = EvaluationContext.of(data);
    Catalogue catalogue = QualityStandards2012.catalogue();
    for (Rule rule : catalogue.rules()) {
      assertThat(rule.evaluate(context, scope)).as(rule.id()).isEqualTo(rule.evaluate(data, scope));
    }
    assertThat(catalogue.evaluate(context, scope)).isEqualTo(catalogue.evaluate(data, scope));
    assertThat(ComplianceMatrix.of(catalogue, context, scope).toCsv())
        .isEqualTo(ComplianceMatrix.of(catalogue, data, scope).toCsv());
    assertThat(ConsultationStrands.standard().evaluate(context, scope))
        .isEqualTo(ConsultationStrands.standard().evaluate(data, scope));
    assertThat(EngagementPrinciples.standard().evaluate(context, scope))
        .isEqualTo(EngagementPrinciples.standard().evaluate(data, scope));
    assertThat(PanelHealthAssessment.standard().perBorough(context, scope))
        .isEqualTo(PanelHealthAssessment.standard().perBorough(data, scope));
    assertThat(PanelHealthAssessment.standard().perPanel(context, scope))
        .isEqualTo(PanelHealthAssessment.standard().perPanel(data, scope));
  }
}
