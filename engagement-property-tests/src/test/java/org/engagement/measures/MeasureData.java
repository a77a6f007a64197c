package org.engagement.measures;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.DecisionId;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InputId;
import org.engagement.core.RecordType;
import org.engagement.core.Scope;
import org.engagement.core.validation.ValidationCode;
import org.engagement.measures.loop.ClosingTheLoopMeasure;
import org.engagement.measures.loop.RepeatParticipationMeasure;
import org.engagement.measures.outcome.OutcomeMeasures;
import org.engagement.measures.survey.AdditionalMeasures;
import org.engagement.testkit.EngagementArbitraries;

/**
 * What the measures' laws run on: the kit's datasets of one or two boroughs and up to six wards,
 * dated within one or two years, with up to three records of each kind of the engagement cycle
 * per ward and up to two targeted defects (dangling references, dates out of order, counts
 * above attendance, unknown codes…), each with a scope on one of its areas.
 */
public final class MeasureData {

  /**
   * The defects mixed in: every kind the kit has but a cycle in the area tree, a duplicate id
   * (lookups take the first record with an id), a date beyond the supported range and counts
   * whose sum passes the range of a long, which the measures do not promise to survive.
   */
  private static final Set<ValidationCode> DEFECTS = EnumSet.complementOf(EnumSet.of(
      ValidationCode.AREA_CYCLE, ValidationCode.DUPLICATE_ID, ValidationCode.DATE_OUT_OF_RANGE,
      ValidationCode.SUM_OUT_OF_RANGE));

  private MeasureData() {}

  /** Datasets and a scope in each. */
  public static Arbitrary<Tuple2<EngagementDataset, Scope>> evaluations() {
    return EngagementArbitraries.datasets().boroughs(1, 2).wards(1, 6).years(1, 2)
        .density(0, 3).defects(0, 2, DEFECTS)
        .flatMap(data -> EngagementArbitraries.scopes(data).map(scope -> Tuple.of(data, scope)))
        .withoutEdgeCases();
  }

  /** The scope moved to the dataset's force area. */
  public static Scope onForce(EngagementDataset data, Scope scope) {
    return Scope.builder().from(scope).area(force(data)).build();
  }

  /** The force area: the generated tree's root. */
  public static AreaId force(EngagementDataset data) {
    return data.areas().stream().filter(a -> a.level() == AreaLevel.FORCE).map(Area::id)
        .findFirst().orElseThrow();
  }

  /**
   * Every measure of the SDK: M1–M5, A1–A5, closing the loop and repeat participation.
   *
   * @return the measures, in that order
   */
  public static List<Measure<?>> everyMeasure() {
    List<Measure<?>> all = new ArrayList<>(OutcomeMeasures.standard().all());
    all.addAll(AdditionalMeasures.standard());
    all.add(ClosingTheLoopMeasure.standard());
    all.add(RepeatParticipationMeasure.standard());
    return List.copyOf(all);
  }

  /** The wards under the force area, in the order a scorecard lists its rows. */
  public static List<AreaId> wards(EngagementDataset data) {
    return data.areas().stream().filter(a -> a.level() == AreaLevel.WARD)
        .filter(a -> data.subtree(force(data)).contains(a.id())).map(Area::id).toList();
  }

  /**
   * The dataset with only the records of some types, and the same demographic scheme: what a
   * reader that binds just those types gives, and what {@link Measure#recordTypes()} promises a
   * measure's results over.
   */
  public static EngagementDataset keeping(EngagementDataset data, Set<RecordType> types) {
    EngagementDataset.Builder only = EngagementDataset.builder().from(data);
    for (RecordType type : RecordType.values()) {
      if (!types.contains(type)) {
        type.set(only, List.of());
      }
    }
    return only.build();
  }

  /** A decision that presented and considered one input. */
  public static DecisionRecord decision(String id, AreaId area, java.time.LocalDate date,
      InputId input, ConsiderationOutcome outcome, String reason) {
    Consideration.Builder c = Consideration.builder().input(input).considered(true)
        .outcome(outcome);
    if (reason != null) {
      c.reason(reason);
    }
    return DecisionRecord.builder().id(DecisionId.of(id)).body("SLT").area(area).date(date)
        .addPresentedInputs(input).addConsiderations(c.build()).build();
  }
}
