package org.engagement.measures.outcome;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.measures.Gap;
import org.engagement.measures.MeasurePartial;
import org.engagement.measures.internal.SortedLists;
import org.immutables.value.Value;

/**
 * The partial result of {@link DueConsiderationMeasure} (M1) over one part of a scope: the
 * funnel counts, the outcome mix, the days to each first recorded decision (the values, for an
 * exact median), evidence and gaps.
 *
 * <pre>{@code
 * DueConsiderationPartial all = m1.partial(data, scope, data.subtree(wardA))
 *     .merge(m1.partial(data, scope, data.subtree(wardB)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DueConsiderationPartial implements MeasurePartial<DueConsiderationPartial> {

  DueConsiderationPartial() {}

  static ImmutableDueConsiderationPartial.Builder builder() {
    return ImmutableDueConsiderationPartial.builder();
  }

  abstract long raised();

  abstract long presented();

  abstract long considered();

  abstract long recorded();

  abstract Map<ConsiderationOutcome, Long> outcomes();

  abstract List<Long> daysToDecision();

  /** The recorded inputs and their first recording decisions, sorted and distinct. */
  abstract List<String> evidence();

  /** The other inputs with the step each lacks, sorted and distinct. */
  abstract List<Gap> gaps();

  @Override
  public DueConsiderationPartial merge(DueConsiderationPartial other) {
    return mergeAll(List.of(other));
  }

  @Override
  public DueConsiderationPartial mergeAll(Collection<? extends DueConsiderationPartial> others) {
    long raised = raised();
    long presented = presented();
    long considered = considered();
    long recorded = recorded();
    Map<ConsiderationOutcome, Long> outcomes = new EnumMap<>(ConsiderationOutcome.class);
    outcomes.putAll(outcomes());
    List<Long> days = new ArrayList<>(daysToDecision());
    List<List<String>> evidence = new ArrayList<>(others.size());
    List<List<Gap>> gaps = new ArrayList<>(others.size());
    for (DueConsiderationPartial other : others) {
      raised += other.raised();
      presented += other.presented();
      considered += other.considered();
      recorded += other.recorded();
      other.outcomes().forEach((k, v) -> outcomes.merge(k, v, Long::sum));
      days.addAll(other.daysToDecision());
      evidence.add(other.evidence());
      gaps.add(other.gaps());
    }
    return builder()
        .evidence(SortedLists.union(evidence(), evidence))
        .gaps(SortedLists.union(gaps(), gaps))
        .raised(raised)
        .presented(presented)
        .considered(considered)
        .recorded(recorded)
        .outcomes(outcomes)
        .daysToDecision(days)
        .build();
  }

  /**
   * Returns the funnel counts.
   *
   * @return e.g. {@code DueConsiderationPartial{raised=24, presented=20, considered=18, recorded=15}}
   */
  @Override
  public String toString() {
    return "DueConsiderationPartial{raised=" + raised() + ", presented=" + presented()
        + ", considered=" + considered() + ", recorded=" + recorded() + "}";
  }
}
