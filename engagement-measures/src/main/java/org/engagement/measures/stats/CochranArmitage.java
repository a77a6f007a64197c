package org.engagement.measures.stats;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.immutables.value.Value;

/**
 * The Cochran–Armitage test for a linear trend in proportions over ordered groups, such as
 * consecutive periods (docs/spec/measures.md §11): with successes {@code x_i}, sizes {@code n_i}
 * and scores {@code t_i}, {@code N = Σ n_i}, {@code p̄ = Σ x_i / N},
 * {@code T = Σ t_i (x_i − n_i p̄)},
 * {@code Var = p̄(1−p̄)(Σ n_i t_i² − (Σ n_i t_i)² / N)}, {@code z = T / √Var} and a two-sided
 * p-value from the standard normal distribution; {@code z = 0} and p-value 1 when {@code Var = 0}.
 *
 * <pre>{@code
 * // Agresti (2002), Table 3.7: infant malformation by mother's alcohol consumption
 * CochranArmitage t = CochranArmitage.test(
 *     List.of(48.0, 38.0, 5.0, 1.0, 1.0), List.of(17114.0, 14502.0, 793.0, 127.0, 38.0),
 *     List.of(0.0, 0.5, 1.5, 4.0, 7.0));
 * t.z();        // 2.5632
 * t.pValue();   // 0.0104
 * }</pre>
 *
 * <p>For weighted survey figures pass {@code x_i = p_i·n_i} with {@code n_i} the effective size.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CochranArmitage {

  /** The significance level of the verdict. */
  public static final double ALPHA = 0.05;

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  CochranArmitage() {}

  /**
   * The test with the scores {@code 1..k} of consecutive periods.
   *
   * @param successes {@code x_i}, one per group, each in {@code [0, n_i]}
   * @param sizes {@code n_i}, one per group, each positive
   * @return the test, never null
   * @throws IllegalArgumentException if the lists differ in length, have fewer than two groups,
   *     or a count is out of range
   */
  public static CochranArmitage linear(List<Double> successes, List<Double> sizes) {
    return test(
        successes, sizes, IntStream.rangeClosed(1, sizes.size()).mapToObj(i -> (double) i).toList());
  }

  /**
   * The test with given scores.
   *
   * @param successes {@code x_i}, one per group, each in {@code [0, n_i]}
   * @param sizes {@code n_i}, one per group, each positive
   * @param scores {@code t_i}, one per group, finite
   * @return the test, never null
   * @throws IllegalArgumentException if the lists differ in length, have fewer than two groups,
   *     or a count or score is out of range
   */
  public static CochranArmitage test(
      List<Double> successes, List<Double> sizes, List<Double> scores) {
    int k = sizes.size();
    if (successes.size() != k || scores.size() != k) {
      throw new IllegalArgumentException("successes, sizes and scores must have one entry per"
          + " group: " + successes.size() + ", " + k + ", " + scores.size());
    }
    if (k < 2) {
      throw new IllegalArgumentException("a trend needs at least two groups: " + k);
    }
    double total = 0;
    double hits = 0;
    for (int i = 0; i < k; i++) {
      double n = sizes.get(i);
      double x = successes.get(i);
      if (!(n > 0) || !Double.isFinite(n) || !(x >= 0) || x > n + Tolerance.EPSILON * n) {
        throw new IllegalArgumentException(
            "group " + (i + 1) + " needs 0 <= x <= n and n > 0: x=" + x + ", n=" + n);
      }
      if (!Double.isFinite(scores.get(i))) {
        throw new IllegalArgumentException("score of group " + (i + 1) + " must be finite");
      }
      total += n;
      hits += x;
    }
    double pooled = Math.min(1, hits / total);
    double statistic = 0;
    double sumNt = 0;
    double sumNt2 = 0;
    for (int i = 0; i < k; i++) {
      double t = scores.get(i);
      double n = sizes.get(i);
      statistic += t * (successes.get(i) - n * pooled);
      sumNt += n * t;
      sumNt2 += n * t * t;
    }
    double variance = Math.max(0, pooled * (1 - pooled) * (sumNt2 - sumNt * sumNt / total));
    boolean degenerate = !Tolerance.positive(variance);
    double z = degenerate ? 0 : statistic / Math.sqrt(variance);
    double pValue =
        degenerate ? 1 : Math.min(1, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)));
    TrendVerdict verdict =
        Tolerance.below(pValue, ALPHA) && Tolerance.positive(z)
            ? TrendVerdict.RISING
            : Tolerance.below(pValue, ALPHA) && Tolerance.negative(z)
                ? TrendVerdict.FALLING
                : TrendVerdict.NO_SIGNIFICANT_TREND;
    return ImmutableCochranArmitage.builder()
        .successes(successes)
        .sizes(sizes)
        .scores(scores)
        .pooledProportion(pooled)
        .statistic(statistic)
        .variance(variance)
        .z(z)
        .pValue(pValue)
        .verdict(verdict)
        .build();
  }

  /** {@return the successes {@code x_i}, one per group, never null} */
  public abstract List<Double> successes();

  /** {@return the sizes {@code n_i}, one per group, never null} */
  public abstract List<Double> sizes();

  /** {@return the scores {@code t_i}, one per group, never null} */
  public abstract List<Double> scores();

  /** {@return {@code p̄ = Σ x_i / N}, in [0, 1]} */
  public abstract double pooledProportion();

  /** {@return {@code T = Σ t_i (x_i − n_i p̄)}} */
  public abstract double statistic();

  /** {@return {@code Var = p̄(1−p̄)(Σ n_i t_i² − (Σ n_i t_i)² / N)}, zero or more} */
  public abstract double variance();

  /** {@return {@code z = T / √Var}; 0 when {@code Var = 0}} */
  public abstract double z();

  /** {@return the two-sided p-value of {@code z}, in [0, 1]; 1 when {@code Var = 0}} */
  public abstract double pValue();

  /** {@return RISING, FALLING or NO_SIGNIFICANT_TREND, at the level {@value #ALPHA}} */
  public abstract TrendVerdict verdict();

  /**
   * Returns the statistic, its p-value and the verdict.
   *
   * @return e.g. {@code z=2.56 p=0.0104 RISING}
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "z=%.2f p=%.4f %s", z(), pValue(), verdict());
  }
}
