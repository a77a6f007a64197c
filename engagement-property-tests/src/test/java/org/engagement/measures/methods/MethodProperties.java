package org.engagement.measures.methods;

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
import org.engagement.measures.MeasureData;
import org.engagement.testkit.EngagementArbitraries;

/** The merge law and order independence of §8 (docs/spec/measures.md §0). */
class MethodProperties {

  private final MethodAnalysis analysis = MethodAnalysis.standard();

  @Provide
  Arbitrary<Tuple2<EngagementDataset, Scope>> evaluations() {
    return MeasureData.evaluations();
  }

  @Property(tries = 200)
  void mergeLaw_anyPartitionInAnyOrder_givesTheScopeReport(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation,
      @ForAll long seed) {
    EngagementDataset data = evaluation.get1();
    Scope scope = evaluation.get2();
    Random r = new Random(seed);
    List<AreaId> areas = new ArrayList<>(data.subtree(scope.area()));
    areas.sort((a, b) -> a.value().compareTo(b.value()));
    Collections.shuffle(areas, r);
    List<Set<AreaId>> parts = new ArrayList<>();
    for (AreaId area : areas) {
      if (parts.isEmpty() || r.nextBoolean()) {
        parts.add(new HashSet<>());
      }
      parts.get(r.nextInt(parts.size())).add(area);
    }
    MethodReport whole = analysis.evaluate(data, scope);
    assertThat(analysis.evaluate(data, scope, parts)).isEqualTo(whole);
    Collections.reverse(parts);
    assertThat(analysis.evaluate(data, scope, parts)).isEqualTo(whole);
    MethodPartial a = analysis.partial(data, scope, parts.get(0));
    assertThat(analysis.result(data, scope, a.merge(analysis.emptyPartial())))
        .isEqualTo(analysis.result(data, scope, a));
    long activities = whole.methods().stream().mapToLong(MethodGroup::activities).sum();
    assertThat(whole.modeOpenness().stream().mapToLong(MethodGroup::activities).sum())
        .isEqualTo(activities);
  }

  @Property(tries = 200)
  void report_isIndependentOfRecordOrder(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation,
      @ForAll long seed) {
    EngagementDataset data = evaluation.get1();
    Scope scope = evaluation.get2();
    EngagementDataset shuffled = EngagementArbitraries.shuffled(data, new Random(seed));
    assertThat(analysis.evaluate(shuffled, scope)).isEqualTo(analysis.evaluate(data, scope));
  }
}
