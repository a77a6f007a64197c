package org.engagement.measures.loop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.engagement.core.FeedbackFormat;
import org.engagement.core.FeedbackStage;
import org.engagement.measures.Gap;
import org.engagement.measures.MeasurePartial;
import org.immutables.value.Value;

/**
 * The partial result of {@link ClosingTheLoopMeasure} over one part of a scope: the counts of
 * inputs, answered inputs and first answers, the days to each first answer (the values, for an
 * exact median), the format and stage of each answering feedback record keyed by its id (so a
 * feedback record answering inputs of two parts counts once), evidence and gaps.
 *
 * <pre>{@code
 * ClosingTheLoopMeasure loop = ClosingTheLoopMeasure.standard();
 * ClosingTheLoopPartial all = loop.partial(data, scope, data.subtree(wardA))
 *     .merge(loop.partial(data, scope, data.subtree(wardB)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ClosingTheLoopPartial implements MeasurePartial<ClosingTheLoopPartial> {

  ClosingTheLoopPartial() {}

  static ImmutableClosingTheLoopPartial.Builder builder() {
    return ImmutableClosingTheLoopPartial.builder();
  }

  abstract long inputs();

  abstract long answered();

  abstract long actedOn();

  abstract long notActedOn();

  abstract long contradictions();

  abstract List<Long> daysToFirstAnswer();

  @Value.NaturalOrder
  abstract SortedMap<String, FeedbackFormat> formats();

  @Value.NaturalOrder
  abstract SortedMap<String, FeedbackStage> stages();

  @Value.NaturalOrder
  abstract SortedSet<String> evidence();

  @Value.NaturalOrder
  abstract SortedSet<Gap> gaps();

  @Override
  public ClosingTheLoopPartial merge(ClosingTheLoopPartial other) {
    return mergeAll(List.of(other));
  }

  @Override
  public ClosingTheLoopPartial mergeAll(Collection<? extends ClosingTheLoopPartial> others) {
    long inputs = inputs();
    long answered = answered();
    long actedOn = actedOn();
    long notActedOn = notActedOn();
    long contradictions = contradictions();
    List<Long> days = new ArrayList<>(daysToFirstAnswer());
    Map<String, FeedbackFormat> formats = new TreeMap<>(formats());
    Map<String, FeedbackStage> stages = new TreeMap<>(stages());
    ImmutableClosingTheLoopPartial.Builder out =
        builder().addAllEvidence(evidence()).addAllGaps(gaps());
    for (ClosingTheLoopPartial other : others) {
      inputs += other.inputs();
      answered += other.answered();
      actedOn += other.actedOn();
      notActedOn += other.notActedOn();
      contradictions += other.contradictions();
      days.addAll(other.daysToFirstAnswer());
      formats.putAll(other.formats());
      stages.putAll(other.stages());
      out.addAllEvidence(other.evidence()).addAllGaps(other.gaps());
    }
    return out.inputs(inputs)
        .answered(answered)
        .actedOn(actedOn)
        .notActedOn(notActedOn)
        .contradictions(contradictions)
        .daysToFirstAnswer(days)
        .formats(formats)
        .stages(stages)
        .build();
  }

  @Override
  public String toString() {
    return "ClosingTheLoopPartial{inputs=" + inputs() + ", answered=" + answered()
        + ", contradictions=" + contradictions() + "}";
  }
}
