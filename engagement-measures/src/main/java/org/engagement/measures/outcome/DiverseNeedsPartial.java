package org.engagement.measures.outcome;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.engagement.core.CountBasis;
import org.engagement.measures.MeasurePartial;
import org.immutables.value.Value;

/**
 * The partial result of {@link DiverseNeedsMeasure} (M3) over one part of a scope: the observed
 * demographic counts of each basis, summed (never shares), and the attendance covered by
 * monitoring. The comparison with a reference population happens only in
 * {@link DiverseNeedsMeasure#result}, against the target scope's own reference.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DiverseNeedsPartial implements MeasurePartial<DiverseNeedsPartial> {

  DiverseNeedsPartial() {}

  static ImmutableDiverseNeedsPartial.Builder builder() {
    return ImmutableDiverseNeedsPartial.builder();
  }

  abstract Map<CountBasis, ObservedCounts> observed();

  abstract long monitoredAttendance();

  abstract long attendance();

  ObservedCounts observed(CountBasis basis) {
    return observed().getOrDefault(basis, ObservedCounts.empty());
  }

  @Override
  public DiverseNeedsPartial merge(DiverseNeedsPartial other) {
    return mergeAll(List.of(other));
  }

  @Override
  public DiverseNeedsPartial mergeAll(Collection<? extends DiverseNeedsPartial> others) {
    Map<CountBasis, List<ObservedCounts>> parts = new EnumMap<>(CountBasis.class);
    for (CountBasis basis : CountBasis.values()) {
      parts.put(basis, new ArrayList<>(List.of(observed(basis))));
    }
    long monitored = monitoredAttendance();
    long attendance = attendance();
    for (DiverseNeedsPartial other : others) {
      for (CountBasis basis : CountBasis.values()) {
        parts.get(basis).add(other.observed(basis));
      }
      monitored = Math.addExact(monitored, other.monitoredAttendance());
      attendance = Math.addExact(attendance, other.attendance());
    }
    Map<CountBasis, ObservedCounts> observed = new EnumMap<>(CountBasis.class);
    parts.forEach((basis, counts) -> observed.put(basis, ObservedCounts.mergeAll(counts)));
    return builder()
        .observed(observed)
        .monitoredAttendance(monitored)
        .attendance(attendance)
        .build();
  }

  /**
   * Returns the activities counted per basis and the attendance.
   *
   * @return e.g. {@code DiverseNeedsPartial{RESPONDENTS=4 activities, RESPONSES=0 activities, attendance 96/120}}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("DiverseNeedsPartial{");
    for (CountBasis basis : CountBasis.values()) {
      out.append(basis).append('=').append(observed(basis).activities().size()).append(" activities, ");
    }
    return out.append("attendance ").append(monitoredAttendance()).append('/').append(attendance())
        .append('}').toString();
  }
}
