package org.engagement.measures.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import org.engagement.core.CommunityInput;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InputId;
import org.engagement.core.Period;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Gap;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.MeasureData;
import org.engagement.measures.outcome.ManagementInfluenceMeasure;
import org.engagement.measures.outcome.OutcomeMeasures;
import org.engagement.testkit.SampleDataset;

/**
 * M2's "responds to" (docs/spec/measures.md §2) is read three ways for speed: per input by
 * {@link InputSteps#respondedTo} (what works where), per input by the index's responders (M2's
 * numerator) and per allocation by the first as-of day from which it responds (M2's responding
 * allocations). Each is checked here against the rule written out once, record by record, so
 * that the three cannot drift apart.
 */
class RespondsToProperties {

  @Provide
  Arbitrary<Tuple2<EngagementDataset, Scope>> evaluations() {
    return MeasureData.evaluations();
  }

  @Example
  void theSample_readsTheRuleOneWay() {
    EngagementDataset data = SampleDataset.lambeth();
    assertOneReading(data, Scope.of(SampleDataset.LAMBETH,
        Period.of(LocalDate.of(2012, 4, 1), LocalDate.of(2013, 3, 31))));
  }

  @Property(tries = 150)
  void anyDataset_readsTheRuleOneWay(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation) {
    assertOneReading(evaluation.get1(), evaluation.get2());
    assertOneReading(evaluation.get1(), MeasureData.onForce(evaluation.get1(), evaluation.get2()));
  }

  /**
   * The same with every allocation and decision moved by up to 400 days either way, so that
   * allocations come before the inputs they cite and decisions after their allocations or after
   * as-of, which generated data seldom shows; and half the allocations citing no input, so that
   * they respond, if at all, through the decision they implement, and half the considerations
   * accepting their input (seldom generated: a consideration is considered and accepted in about
   * one presented input of twenty).
   */
  @Property(tries = 150)
  void movedDates_readTheRuleOneWay(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation, @ForAll Random random) {
    EngagementDataset data = evaluation.get1();
    EngagementDataset moved = EngagementDataset.builder().from(data)
        .allocations(data.allocations().stream().map(a -> ResourceAllocation.builder().from(a)
            .date(a.date().plusDays(random.nextInt(801) - 400))
            .respondsTo(random.nextBoolean() ? a.respondsTo() : List.of()).build()).toList())
        .decisions(data.decisions().stream().map(d -> DecisionRecord.builder().from(d)
            .date(d.date().plusDays(random.nextInt(801) - 400))
            .considerations(d.considerations().stream().map(c -> random.nextBoolean() ? c
                : Consideration.builder().from(c).considered(true).outcome(random.nextBoolean()
                    ? ConsiderationOutcome.ACCEPTED : ConsiderationOutcome.PARTLY_ACCEPTED)
                    .build()).toList())
            .build()).toList())
        .build();
    assertOneReading(moved, evaluation.get2());
    assertOneReading(moved, MeasureData.onForce(moved, evaluation.get2()));
  }

  private static void assertOneReading(EngagementDataset data, Scope scope) {
    EvaluationContext context = EvaluationContext.of(data);
    DatasetIndex index = DatasetIndex.of(context);
    MeasureResult m2 = OutcomeMeasures.standard().managementInfluence().evaluate(context, scope);

    Set<String> answered = new HashSet<>();
    for (String id : m2.evidence()) {
      data.input(InputId.of(id)).ifPresent(input -> {
        answered.add(id);
        assertThat(responded(data, scope, input)).as("M2 counts %s as responded to", id).isTrue();
        assertThat(InputSteps.respondedTo(index, scope, input)).as("InputSteps on %s", id)
            .isTrue();
      });
    }
    for (Gap gap : m2.gaps()) {
      if (gap.lacks().equals(ManagementInfluenceMeasure.RESPONDING_ALLOCATION)) {
        CommunityInput input = data.input(InputId.of(gap.id())).orElseThrow();
        assertThat(responded(data, scope, input)).as("M2 counts %s as not responded to", gap.id())
            .isFalse();
        assertThat(InputSteps.respondedTo(index, scope, input)).as("InputSteps on %s", gap.id())
            .isFalse();
      }
    }
    assertThat(count(m2, "respondedTo")).isEqualTo(answered.size());

    long responding = 0;
    for (ResourceAllocation allocation : data.allocations()) {
      if (data.isWithin(allocation.area(), scope.area())
          && scope.period().contains(allocation.date())
          && data.allocation(allocation.id()).orElseThrow() == allocation
          && data.inputs().stream().anyMatch(input -> responds(data, scope, allocation, input))) {
        responding++;
      }
    }
    assertThat(count(m2, "respondingAllocations")).isEqualTo(responding);
  }

  /** The rule, written out: some allocation anywhere responds to the input. */
  private static boolean responded(EngagementDataset data, Scope scope, CommunityInput input) {
    return data.allocations().stream().anyMatch(a -> responds(data, scope, a, input));
  }

  /**
   * An allocation responds to an input when it is dated on or after the input and not after
   * as-of, and it cites the input, or implements a decision dated not after as-of whose first
   * consideration of the input is considered and accepted or partly accepted.
   */
  private static boolean responds(
      EngagementDataset data, Scope scope, ResourceAllocation allocation, CommunityInput input) {
    if (allocation.date().isBefore(input.date()) || allocation.date().isAfter(scope.asOf())
        || data.input(input.id()).orElseThrow() != input) {
      return false;
    }
    if (allocation.respondsTo().contains(input.id())) {
      return true;
    }
    Optional<DecisionRecord> decision = allocation.decision().flatMap(data::decision);
    if (decision.isEmpty() || decision.get().date().isAfter(scope.asOf())) {
      return false;
    }
    for (Consideration c : decision.get().considerations()) {
      if (c.input().equals(input.id())) {
        return c.considered()
            && c.outcome().map(ConsiderationOutcome::isAccepted).orElse(false);
      }
    }
    return false;
  }

  private static long count(MeasureResult result, String name) {
    return (long) result.indicator(name).orElseThrow().value().orElseThrow();
  }
}
