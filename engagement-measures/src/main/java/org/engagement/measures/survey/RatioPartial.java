package org.engagement.measures.survey;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import org.engagement.measures.Gap;
import org.engagement.measures.MeasurePartial;
import org.immutables.value.Value;

/**
 * The partial result of a ratio measure read from records (A1, A2) over one part of a scope:
 * the numerator, the denominator, a count indicator, the evidence and the gaps.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RatioPartial implements MeasurePartial<RatioPartial> {

  static final RatioPartial EMPTY = builder().numerator(0).denominator(0).links(0).build();

  RatioPartial() {}

  static ImmutableRatioPartial.Builder builder() {
    return ImmutableRatioPartial.builder();
  }

  abstract long numerator();

  abstract long denominator();

  /** The measure's count indicator: considerations marked considered (A1), inputs cited (A2). */
  abstract long links();

  @Value.NaturalOrder
  abstract SortedSet<String> evidence();

  @Value.NaturalOrder
  abstract SortedSet<Gap> gaps();

  @Override
  public RatioPartial merge(RatioPartial other) {
    return mergeAll(List.of(other));
  }

  @Override
  public RatioPartial mergeAll(Collection<? extends RatioPartial> others) {
    long numerator = numerator();
    long denominator = denominator();
    long links = links();
    ImmutableRatioPartial.Builder out = builder().addAllEvidence(evidence()).addAllGaps(gaps());
    for (RatioPartial other : others) {
      numerator += other.numerator();
      denominator += other.denominator();
      links += other.links();
      out.addAllEvidence(other.evidence()).addAllGaps(other.gaps());
    }
    return out.numerator(numerator).denominator(denominator).links(links).build();
  }

  /**
   * Returns the ratio.
   *
   * @return e.g. {@code RatioPartial{7/9, links 12}}
   */
  @Override
  public String toString() {
    return "RatioPartial{" + numerator() + "/" + denominator() + ", links " + links() + "}";
  }
}
