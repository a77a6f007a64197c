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

  /**
   * A new accumulator of answers, whose exact sums are built once rather than anew per
   * answer.
   *
   * @return an empty accumulator
   */
  public static Accumulator accumulator() {
    return new Accumulator();
  }

  /**
   * Adds answers one by one and gives their exact sums: each of Σw, Σw² and Σw·y is the exact
   * sum of {@code new BigDecimal(w)} (or its square) from {@link BigDecimal#ZERO}, the same value
   * and scale whatever the order of the answers. Answers
   * of weight exactly 1, the usual case, are counted in {@code long}s; other weights are summed
   * exactly as {@code BigDecimal}s. Not thread-safe: one per thread, as inside a partial.
   */
  public static final class Accumulator {
    private long n;
    private long units;
    private long unitSuccesses;
    private BigDecimal weights = BigDecimal.ZERO;
    private BigDecimal squares = BigDecimal.ZERO;
    private BigDecimal successes = BigDecimal.ZERO;

    private Accumulator() {}

    /**
     * Adds one answer.
     *
     * @param weight the respondent's design weight
     * @param success whether the answer is a success
     * @return this accumulator
     */
    public Accumulator add(double weight, boolean success) {
      n++;
      if (weight == 1.0) {
        units++;
        if (success) {
          unitSuccesses++;
        }
      } else {
        BigDecimal w = ExactSum.of(weight);
        weights = weights.add(w);
        squares = squares.add(w.multiply(w));
        if (success) {
          successes = successes.add(w);
        }
      }
      return this;
    }

    /**
     * The exact sums of the answers added so far.
     *
     * @return the sums; {@link #EMPTY} when no answer was added
     */
    public ExactProportion toExact() {
      if (n == 0) {
        return EMPTY;
      }
      // A sum of BigDecimals is exact and its scale is the largest of the addends' whatever the
      // order, and 1 is new BigDecimal(1.0) with scale 0: the same value and scale as the fold.
      return ImmutableExactProportion.builder()
          .n(n)
          .sumOfWeights(BigDecimal.valueOf(units).add(weights))
          .sumOfSquaredWeights(BigDecimal.valueOf(units).add(squares))
          .weightedSuccesses(BigDecimal.valueOf(unitSuccesses).add(successes))
          .build();
    }
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
