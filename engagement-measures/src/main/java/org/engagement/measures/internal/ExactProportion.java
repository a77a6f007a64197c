package org.engagement.measures.internal;

import java.math.BigDecimal;
import java.math.MathContext;
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
    double sumW = sumOfWeights().doubleValue();
    double sumW2 = sumOfSquaredWeights().doubleValue();
    double sumWy = weightedSuccesses().doubleValue();
    if (n() == 0 || (Double.isFinite(sumW2) && sumW2 > 0 && Double.isFinite(sumW))) {
      return WeightedProportion.of(n(), sumW, sumW2, sumWy);
    }
    // Weights so large or so small that the sums leave the range of a double: the proportion
    // and Kish's effective size depend only on ratios of the sums, so divide every sum by Σw
    // exactly (Σw² by (Σw)²) before converting.
    MathContext mc = MathContext.DECIMAL128;
    BigDecimal total = sumOfWeights();
    return WeightedProportion.of(
        n(),
        1.0,
        sumOfSquaredWeights().divide(total.multiply(total, mc), mc).doubleValue(),
        weightedSuccesses().divide(total, mc).doubleValue());
  }
}
