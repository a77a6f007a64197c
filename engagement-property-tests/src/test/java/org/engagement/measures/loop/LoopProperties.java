package org.engagement.measures.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureData;
import org.engagement.measures.MeasureResult;
import org.engagement.testkit.EngagementArbitraries;

/** The merge law and order independence of §9 and §10 (docs/spec/measures.md §0). */
class LoopProperties {

  private static final List<Measure<?>> MEASURES =
      List.of(ClosingTheLoopMeasure.standard(), RepeatParticipationMeasure.standard());

  @Provide
  Arbitrary<Tuple2<EngagementDataset, Scope>> evaluations() {
    return MeasureData.evaluations();
  }

  @Property(tries = 200)
  void mergeLaw_anyPartitionOfTheAreas_givesTheScopeResult(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation,
      @ForAll long seed) {
    EngagementDataset data = evaluation.get1();
    Scope scope = evaluation.get2();
    Random r = new Random(seed);
    List<AreaId> areas = new ArrayList<>(data.subtree(scope.area()));
    Collections.sort(areas, (a, b) -> a.value().compareTo(b.value()));
    Collections.shuffle(areas, r);
    List<Set<AreaId>> parts = new ArrayList<>();
    for (AreaId area : areas) {
      if (parts.isEmpty() || r.nextBoolean()) {
        parts.add(new HashSet<>());
      }
      parts.get(r.nextInt(parts.size())).add(area);
    }
    for (Measure<?> measure : MEASURES) {
      MeasureResult whole = measure.evaluate(data, scope);
      assertThat(measure.evaluate(data, scope, parts)).isEqualTo(whole);
      List<Set<AreaId>> reversed = new ArrayList<>(parts);
      Collections.reverse(reversed);
      assertThat(measure.evaluate(data, scope, reversed)).isEqualTo(whole);
      if (whole.isScored()) {
        assertThat(whole.score().getAsDouble()).isBetween(0.0, 1.0);
      }
    }
  }

  @Property(tries = 200)
  void results_areIndependentOfRecordOrder(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation,
      @ForAll long seed) {
    EngagementDataset data = evaluation.get1();
    Scope scope = evaluation.get2();
    EngagementDataset shuffled = EngagementArbitraries.shuffled(data, new Random(seed));
    for (Measure<?> measure : MEASURES) {
      assertThat(measure.evaluate(shuffled, scope)).isEqualTo(measure.evaluate(data, scope));
    }
  }
}
