package org.engagement.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.core.Scope;

/**
 * {@link Measure#recordTypes()} for every measure of the SDK (M1–M5, A1–A5, closing the loop,
 * repeat participation), on random datasets and scopes with defects mixed in (dangling
 * references, dates out of order...).
 */
class RecordTypesProperties {

  private static final List<Measure<?>> EVERY_MEASURE = MeasureData.everyMeasure();

  @Provide
  Arbitrary<Tuple2<EngagementDataset, Scope>> evaluations() {
    return MeasureData.evaluations();
  }

  /**
   * A dataset that keeps only the types a measure names gives the same result as the whole
   * dataset, in the scope drawn and in the force's. So that the law cannot hold for want of
   * data, the run must also show each named type mattering: without it, some result differs
   * (areas aside, which every scope needs). The rarest cases (closing the loop's contradictions,
   * A5's public answers) change a result in about one try in twenty-five, hence the tries.
   */
  @Property(tries = 400)
  void result_overTheRecordTypesItNames_isTheResultOverEveryRecord(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation) {
    EngagementDataset data = evaluation.get1();
    for (Scope scope : List.of(evaluation.get2(), MeasureData.onForce(data, evaluation.get2()))) {
      for (Measure<?> measure : EVERY_MEASURE) {
        MeasureResult whole = measure.evaluate(data, scope);

        assertThat(measure.evaluate(MeasureData.keeping(data, measure.recordTypes()), scope))
            .as(measure.code())
            .isEqualTo(whole);

        for (RecordType type : measure.recordTypes()) {
          if (type != RecordType.AREA) {
            Set<RecordType> fewer = EnumSet.copyOf(measure.recordTypes());
            fewer.remove(type);
            if (!measure.evaluate(MeasureData.keeping(data, fewer), scope).equals(whole)) {
              Statistics.label("needed").collect(label(measure, type));
            }
          }
        }
      }
    }
    Statistics.label("needed").coverage(coverage -> {
      for (Measure<?> measure : EVERY_MEASURE) {
        for (RecordType type : measure.recordTypes()) {
          if (type != RecordType.AREA) {
            coverage.check(label(measure, type)).count(n -> n > 0);
          }
        }
      }
    });
  }

  private static String label(Measure<?> measure, RecordType type) {
    return measure.code() + " without " + type;
  }
}
