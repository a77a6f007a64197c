package org.engagement.measures.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureResult;
import org.engagement.testkit.EngagementArbitraries;

/**
 * The measures on the datasets of core's shared generator: valid datasets of every record type,
 * and datasets of anything the builders accept (dangling references, cycles in the area tree,
 * negative counts and weights), which the measures must read without failing.
 */
class CoreDatasetProperties {

  private static final List<Measure<?>> FIVE = OutcomeMeasures.standard().all();

  private static Arbitrary<Tuple2<EngagementDataset, Scope>> withScope(
      Arbitrary<EngagementDataset> datasets) {
    return datasets.flatMap(
        data -> {
          List<AreaId> areas = new ArrayList<>();
          data.areas().forEach(a -> areas.add(a.id()));
          areas.add(AreaId.of("UNKNOWN-AREA"));
          Arbitrary<Period> periods = EngagementArbitraries.periods();
          return Combinators.combine(Arbitraries.of(areas), periods, Arbitraries.integers().between(0, 400))
              .as((area, period, days) ->
                  Tuple.of(
                      data,
                      Scope.builder().area(area).period(period)
                          .asOf(period.to().plusDays(days)).build()));
        });
  }

  @Provide
  Arbitrary<Tuple2<EngagementDataset, Scope>> valid() {
    return withScope(EngagementArbitraries.validDatasets());
  }

  @Provide
  Arbitrary<Tuple2<EngagementDataset, Scope>> anything() {
    return withScope(EngagementArbitraries.arbitraryDatasets());
  }

  @Property(tries = 200)
  void validDatasets_obeyTheMergeLawOverChildAreas(
      @ForAll("valid") Tuple2<EngagementDataset, Scope> input) {
    EngagementDataset data = input.get1();
    Scope scope = input.get2();
    List<Set<AreaId>> parts = new ArrayList<>();
    parts.add(Set.of(scope.area()));
    for (AreaId child : data.children(scope.area())) {
      parts.add(data.subtree(child));
    }
    for (Measure<?> measure : FIVE) {
      MeasureResult direct = measure.evaluate(data, scope);
      assertThat(measure.evaluate(data, scope, parts)).isEqualTo(direct);
      direct.score().ifPresent(s -> assertThat(s).isBetween(0.0, 1.0));
    }
  }

  @Property(tries = 300)
  void anyDataset_isReadWithoutFailing(@ForAll("anything") Tuple2<EngagementDataset, Scope> input) {
    EngagementDataset data = input.get1();
    Scope scope = input.get2();
    for (Measure<?> measure : FIVE) {
      MeasureResult r = measure.evaluate(data, scope);
      r.score().ifPresent(s -> assertThat(s).isBetween(0.0, 1.0));
      assertThat(r.isScored()).isNotEqualTo(r.reason().isPresent());
    }
    for (Area area : data.areas()) {
      OutcomeMeasures.standard().scorecard(data, Scope.builder().from(scope).area(area.id()).build());
    }
  }
}
