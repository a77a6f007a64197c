package org.engagement.measures.outcome;

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
import org.engagement.core.AllocationId;
import org.engagement.core.AreaId;
import org.engagement.core.CommunityInput;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.DecisionId;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementDataset;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.ResourceType;
import org.engagement.core.Scope;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureData;
import org.engagement.measures.MeasurePartial;
import org.engagement.measures.MeasureResult;
import org.engagement.testkit.EngagementArbitraries;

/**
 * The laws every outcome measure obeys (docs/spec/measures.md §0), on random datasets and scopes.
 */
class OutcomeMeasureProperties {

  private static final List<Measure<?>> FIVE = OutcomeMeasures.standard().all();

  @Provide
  Arbitrary<Tuple2<EngagementDataset, Scope>> evaluations() {
    return MeasureData.evaluations();
  }

  @Property(tries = 200)
  void scores_lieInTheUnitInterval_orAreNotAssessableWithAReason(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation) {
    EngagementDataset data = evaluation.get1();
    Scope scope = evaluation.get2();
    for (Measure<?> measure : FIVE) {
      MeasureResult r = measure.evaluate(data, scope);
      if (r.isScored()) {
        assertThat(r.score().getAsDouble()).isBetween(0.0, 1.0);
        assertThat(r.reason()).isEmpty();
      } else {
        assertThat(r.reason()).isPresent();
        assertThat(r.score()).isEmpty();
      }
      r.indicators().forEach(i -> i.value().ifPresent(v -> assertThat(v).isNotNaN()));
    }
  }

  @Property(tries = 200)
  void results_areIndependentOfRecordOrder(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation,
      @ForAll long seed) {
    EngagementDataset data = evaluation.get1();
    Scope scope = evaluation.get2();
    EngagementDataset shuffled = EngagementArbitraries.shuffled(data, new Random(seed));
    for (Measure<?> measure : FIVE) {
      assertThat(measure.evaluate(shuffled, scope)).isEqualTo(measure.evaluate(data, scope));
    }
  }

  @Property(tries = 300)
  void mergeLaw_anyPartitionOfTheAreas_givesTheScopeResult(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation,
      @ForAll long seed) {
    EngagementDataset data = evaluation.get1();
    Scope scope = evaluation.get2();
    List<Set<AreaId>> parts = randomPartition(data.subtree(scope.area()), new Random(seed));
    for (Measure<?> measure : FIVE) {
      assertThat(measure.evaluate(data, scope, parts)).isEqualTo(measure.evaluate(data, scope));
    }
  }

  @Property(tries = 200)
  void mergeLaw_childAreasPlusTheParentsOwnRecords(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation) {
    EngagementDataset data = evaluation.get1();
    Scope scope = evaluation.get2();
    List<Set<AreaId>> parts = new ArrayList<>();
    parts.add(Set.of(scope.area()));
    for (AreaId child : data.children(scope.area())) {
      parts.add(data.subtree(child));
    }
    for (Measure<?> measure : FIVE) {
      assertThat(merged(measure, data, scope, parts)).isEqualTo(measure.evaluate(data, scope));
    }
  }

  @Property(tries = 200)
  void mergeAll_inAnyOrder_givesTheResultOfFoldingMerge(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation,
      @ForAll long seed) {
    EngagementDataset data = evaluation.get1();
    Scope scope = evaluation.get2();
    List<Set<AreaId>> parts = randomPartition(data.subtree(scope.area()), new Random(seed));
    for (Measure<?> measure : FIVE) {
      assertThat(mergedAll(measure, data, scope, parts, new Random(seed)))
          .isEqualTo(merged(measure, data, scope, parts));
    }
  }

  @Property(tries = 300)
  void addingARecordedConsideration_neverLowersM1(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation,
      @ForAll long seed) {
    EngagementDataset data = evaluation.get1();
    Scope scope = evaluation.get2();
    Random r = new Random(seed);
    if (data.inputs().isEmpty()) {
      return;
    }
    CommunityInput input = data.inputs().get(r.nextInt(data.inputs().size()));
    if (input.date().isAfter(scope.asOf())) {
      return;
    }
    long span = scope.asOf().toEpochDay() - input.date().toEpochDay();
    DecisionRecord added =
        MeasureData.decision(
            "DEC-ADDED", pick(r, data.areas()).id(),
            input.date().plusDays(r.nextInt((int) span + 1)), input.id(),
            pick(r, List.of(ConsiderationOutcome.ACCEPTED, ConsiderationOutcome.PARTLY_ACCEPTED,
                ConsiderationOutcome.REJECTED)), "recorded reason");
    EngagementDataset more = EngagementDataset.builder().from(data).addDecisions(added).build();
    DueConsiderationMeasure m1 = DueConsiderationMeasure.standard();
    MeasureResult before = m1.evaluate(data, scope);
    MeasureResult after = m1.evaluate(more, scope);
    assertThat(after.numerator().getAsLong()).isGreaterThanOrEqualTo(before.numerator().getAsLong());
    assertThat(after.denominator()).isEqualTo(before.denominator());
    if (before.isScored()) {
      assertThat(after.score().getAsDouble()).isGreaterThanOrEqualTo(before.score().getAsDouble());
    }
  }

  @Property(tries = 300)
  void addingARespondingAllocation_neverLowersM2(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation,
      @ForAll long seed) {
    EngagementDataset data = evaluation.get1();
    Scope scope = evaluation.get2();
    Random r = new Random(seed);
    if (data.inputs().isEmpty()) {
      return;
    }
    CommunityInput input = data.inputs().get(r.nextInt(data.inputs().size()));
    if (input.date().isAfter(scope.asOf())) {
      return;
    }
    long span = scope.asOf().toEpochDay() - input.date().toEpochDay();
    ResourceAllocation.Builder added =
        ResourceAllocation.builder()
            .id(AllocationId.of("AL-ADDED"))
            .area(pick(r, data.areas()).id())
            .date(input.date().plusDays(r.nextInt((int) span + 1)))
            .resourceType(ResourceType.PHYSICAL)
            .quantity(java.math.BigDecimal.ONE)
            .unit("vehicles")
            .issueCategory(input.issueCategory());
    if (r.nextBoolean() || data.decisions().isEmpty()) {
      added.addRespondsTo(input.id());
    } else {
      DecisionRecord accepting =
          MeasureData.decision(
              "DEC-ADDED", input.area(), input.date(), input.id(), ConsiderationOutcome.ACCEPTED,
              null);
      data = EngagementDataset.builder().from(data).addDecisions(accepting).build();
      added.decision(DecisionId.of("DEC-ADDED"));
    }
    EngagementDataset more = EngagementDataset.builder().from(data).addAllocations(added.build()).build();
    ManagementInfluenceMeasure m2 = ManagementInfluenceMeasure.standard();
    MeasureResult before = m2.evaluate(data, scope);
    MeasureResult after = m2.evaluate(more, scope);
    assertThat(after.numerator().getAsLong()).isGreaterThanOrEqualTo(before.numerator().getAsLong());
    if (before.isScored()) {
      assertThat(after.score().getAsDouble()).isGreaterThanOrEqualTo(before.score().getAsDouble());
    }
  }

  private static <P extends MeasurePartial<P>> MeasureResult merged(
      Measure<P> measure, EngagementDataset data, Scope scope, List<Set<AreaId>> parts) {
    P total = measure.emptyPartial();
    for (Set<AreaId> part : parts) {
      total = total.merge(measure.partial(data, scope, part));
    }
    return measure.result(data, scope, total);
  }

  private static <P extends MeasurePartial<P>> MeasureResult mergedAll(
      Measure<P> measure, EngagementDataset data, Scope scope, List<Set<AreaId>> parts, Random r) {
    List<P> partials = new ArrayList<>();
    for (Set<AreaId> part : parts) {
      partials.add(measure.partial(data, scope, part));
    }
    Collections.shuffle(partials, r);
    P first = partials.remove(0);
    return measure.result(data, scope, first.mergeAll(partials));
  }

  private static List<Set<AreaId>> randomPartition(Set<AreaId> areas, Random r) {
    List<AreaId> shuffled = new ArrayList<>(areas);
    Collections.shuffle(shuffled, r);
    int k = 1 + r.nextInt(Math.max(1, shuffled.size()));
    List<Set<AreaId>> parts = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      parts.add(new HashSet<>());
    }
    for (AreaId area : shuffled) {
      parts.get(r.nextInt(k)).add(area);
    }
    return parts;
  }

  private static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }
}
