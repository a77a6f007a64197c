package org.engagement.measures.survey;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import org.engagement.measures.MeasurePartial;
import org.engagement.measures.internal.ExactProportion;
import org.immutables.value.Value;

/**
 * The partial result of a {@link PublicSurveyMeasure} (A3–A5) over one part of a scope: the
 * exact sums of the weighted proportion and the responses read.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublicSurveyPartial implements MeasurePartial<PublicSurveyPartial> {

  static final PublicSurveyPartial EMPTY = builder().sums(ExactProportion.EMPTY).build();

  PublicSurveyPartial() {}

  static ImmutablePublicSurveyPartial.Builder builder() {
    return ImmutablePublicSurveyPartial.builder();
  }

  abstract ExactProportion sums();

  @Value.NaturalOrder
  abstract SortedSet<String> evidence();

  @Override
  public PublicSurveyPartial merge(PublicSurveyPartial other) {
    return mergeAll(List.of(other));
  }

  @Override
  public PublicSurveyPartial mergeAll(Collection<? extends PublicSurveyPartial> others) {
    ExactProportion sums = sums();
    ImmutablePublicSurveyPartial.Builder out = builder().addAllEvidence(evidence());
    for (PublicSurveyPartial other : others) {
      sums = sums.merge(other.sums());
      out.addAllEvidence(other.evidence());
    }
    return out.sums(sums).build();
  }

  /**
   * Returns the unweighted base.
   *
   * @return e.g. {@code PublicSurveyPartial{n=40}}
   */
  @Override
  public String toString() {
    return "PublicSurveyPartial{n=" + sums().n() + "}";
  }
}
