package org.engagement.measures.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureData;

/** The laws of the 2005 strategy's additional measures A1–A5, on random datasets and scopes. */
class AdditionalMeasureProperties {

  private static final List<Measure<?>> A1_TO_A5 = AdditionalMeasures.standard();

  @Provide
  Arbitrary<Tuple2<EngagementDataset, Scope>> evaluations() {
    return MeasureData.evaluations();
  }

  /**
   * {@link Measure#recordTypes()}: a dataset that keeps only the types a measure names gives the
   * same result as the whole dataset, in the scope drawn and in the force's (with defects mixed
   * in: dangling references, dates out of order...).
   */
  @Property(tries = 200)
  void result_overTheRecordTypesItNames_isTheResultOverEveryRecord(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation) {
    EngagementDataset data = evaluation.get1();
    for (Scope scope : List.of(evaluation.get2(), MeasureData.onForce(data, evaluation.get2()))) {
      for (Measure<?> measure : A1_TO_A5) {
        EngagementDataset only = MeasureData.keeping(data, measure.recordTypes());

        assertThat(measure.evaluate(only, scope)).as(measure.code())
            .isEqualTo(measure.evaluate(data, scope));
      }
    }
  }
}
