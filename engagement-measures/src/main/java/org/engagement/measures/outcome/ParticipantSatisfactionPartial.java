package org.engagement.measures.outcome;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.engagement.core.StandardRole;
import org.engagement.measures.Gap;
import org.engagement.measures.MeasurePartial;
import org.engagement.measures.internal.ExactProportion;
import org.engagement.measures.internal.SortedLists;
import org.immutables.value.Value;

/**
 * The partial result of {@link ParticipantSatisfactionMeasure} (M5) over one part of a scope:
 * the exact sums of each component's weighted proportion, and the consultations answered by
 * feedback.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ParticipantSatisfactionPartial
    implements MeasurePartial<ParticipantSatisfactionPartial> {

  ParticipantSatisfactionPartial() {}

  static ImmutableParticipantSatisfactionPartial.Builder builder() {
    return ImmutableParticipantSatisfactionPartial.builder();
  }

  abstract Map<StandardRole, ExactProportion> components();

  abstract long consultations();

  abstract long consultationsWithFeedback();

  /** The responses with a valid answer to a component, sorted and distinct. */
  abstract List<String> evidence();

  /** The consultations without published feedback, sorted and distinct. */
  abstract List<Gap> gaps();

  ExactProportion component(StandardRole role) {
    return components().getOrDefault(role, ExactProportion.EMPTY);
  }

  @Override
  public ParticipantSatisfactionPartial merge(ParticipantSatisfactionPartial other) {
    return mergeAll(List.of(other));
  }

  @Override
  public ParticipantSatisfactionPartial mergeAll(
      Collection<? extends ParticipantSatisfactionPartial> others) {
    Map<StandardRole, ExactProportion> components = new EnumMap<>(StandardRole.class);
    for (StandardRole role : ParticipantSatisfactionMeasure.COMPONENTS) {
      components.put(role, component(role));
    }
    long consultations = consultations();
    long withFeedback = consultationsWithFeedback();
    List<List<String>> evidence = new ArrayList<>(others.size());
    List<List<Gap>> gaps = new ArrayList<>(others.size());
    for (ParticipantSatisfactionPartial other : others) {
      for (StandardRole role : ParticipantSatisfactionMeasure.COMPONENTS) {
        components.merge(role, other.component(role), ExactProportion::merge);
      }
      consultations += other.consultations();
      withFeedback += other.consultationsWithFeedback();
      evidence.add(other.evidence());
      gaps.add(other.gaps());
    }
    return builder()
        .evidence(SortedLists.union(evidence(), evidence))
        .gaps(SortedLists.union(gaps(), gaps))
        .components(components)
        .consultations(consultations)
        .consultationsWithFeedback(withFeedback)
        .build();
  }

  /**
   * Returns the unweighted bases and the feedback counts.
   *
   * @return e.g. {@code ParticipantSatisfactionPartial{FEEDBACK_RECEIVED n=40, ..., feedback 7/9}}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ParticipantSatisfactionPartial{");
    for (StandardRole role : ParticipantSatisfactionMeasure.COMPONENTS) {
      out.append(role).append(" n=").append(component(role).n()).append(", ");
    }
    return out.append("feedback ").append(consultationsWithFeedback()).append('/')
        .append(consultations()).append('}').toString();
  }
}
