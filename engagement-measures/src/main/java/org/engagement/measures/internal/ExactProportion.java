package org.engagement.measures.internal;

import java.math.BigDecimal;
import org.engagement.measures.stats.WeightedProportion;
import org.immutables.value.Value;

/**
 * The sums of a weighted proportion held exactly ({@code n}, Σw, Σw², Σw·y as BigDecimal), so
 * that partials merge to the same figures in any order and over any partition.
 */
@Value.Immutable
public abstract class ExactProportion {

  public static final ExactProportion EMPTY =
      ImmutableExactProportion.builder()
          .n(0)
          .sumOfWeights(BigDecimal.ZERO)
          .sumOfSquaredWeights(BigDecimal.ZERO)
          .weightedSuccesses(BigDecimal.ZERO)
          .build();

  public abstract long n();

  public abstract BigDecimal sumOfWeights();

  public abstract BigDecimal sumOfSquaredWeights();

  public abstract BigDecimal weightedSuccesses();

  public ExactProportion plusAnswer(double weight, boolean success) {
    return ImmutableExactProportion.builder()
        .n(n() + 1)
        .sumOfWeights(sumOfWeights().add(ExactSum.of(weight)))
        .sumOfSquaredWeights(sumOfSquaredWeights().add(ExactSum.square(weight)))
        .weightedSuccesses(success ? weightedSuccesses().add(ExactSum.of(weight)) : weightedSuccesses())
        .build();
  }

  public ExactProportion merge(ExactProportion other) {
    return ImmutableExactProportion.builder()
        .n(n() + other.n())
        .sumOfWeights(sumOfWeights().add(other.sumOfWeights()))
        .sumOfSquaredWeights(sumOfSquaredWeights().add(other.sumOfSquaredWeights()))
        .weightedSuccesses(weightedSuccesses().add(other.weightedSuccesses()))
        .build();
  }

  public WeightedProportion toProportion() {
    return WeightedProportion.of(
        n(),
        sumOfWeights().doubleValue(),
        sumOfSquaredWeights().doubleValue(),
        weightedSuccesses().doubleValue());
  }
}
