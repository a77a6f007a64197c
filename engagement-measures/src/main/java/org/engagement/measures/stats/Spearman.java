package org.engagement.measures.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Spearman's rank correlation (docs/spec/measures.md §1): the Pearson correlation of the average
 * ranks, ties sharing the mean of the ranks they span.
 *
 * <pre>{@code
 * Spearman.of(new double[] {1, 2, 3, 4, 5}, new double[] {5, 6, 7, 8, 7}).rho();
 *     // OptionalDouble[0.8207826816681233]
 * }</pre>
 *
 * <p>Not assessable, with a reason, for fewer than 3 pairs or when one side has no variance
 * (all its values equal).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Spearman {

  /** The fewest pairs a correlation needs. */
  public static final int MINIMUM_PAIRS = 3;

  Spearman() {}

  /**
   * Correlates paired values.
   *
   * @param x the first value of each pair, finite, not null
   * @param y the second value of each pair, finite, as many as {@code x}
   * @return the correlation, never null
   * @throws IllegalArgumentException if the arrays differ in length or hold a value that is
   *     not finite
   */
  public static Spearman of(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "x and y must have the same length: " + x.length + " and " + y.length);
    }
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
        throw new IllegalArgumentException(
            "values must be finite: pair " + i + " is (" + x[i] + ", " + y[i] + ")");
      }
    }
    int n = x.length;
    ImmutableSpearman.Builder out = ImmutableSpearman.builder().pairs(n);
    if (n < MINIMUM_PAIRS) {
      return out.notAssessableReason("fewer than 3 pairs: " + n).build();
    }
    if (constant(x) || constant(y)) {
      return out.notAssessableReason("no variance: all values on one side are equal").build();
    }
    double[] rx = averageRanks(x);
    double[] ry = averageRanks(y);
    double mean = (n + 1) / 2.0;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = rx[i] - mean;
      double dy = ry[i] - mean;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    double rho = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
    return out.rho(rho).build();
  }

  private static boolean constant(double[] values) {
    for (double v : values) {
      if (Double.compare(v, values[0]) != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The ranks 1..n of the values, ties sharing the mean of the ranks they span.
   *
   * @param values the values, finite, not null
   * @return the average ranks, in the order of {@code values}, never null
   */
  public static double[] averageRanks(double[] values) {
    int n = values.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double[] ranks = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && Double.compare(values[order[j + 1]], values[order[i]]) == 0) {
        j++;
      }
      double rank = (i + 1 + j + 1) / 2.0;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = rank;
      }
      i = j + 1;
    }
    return ranks;
  }

  /**
   * The number of pairs.
   *
   * @return zero or more
   */
  public abstract int pairs();

  /**
   * Spearman's rho.
   *
   * @return in [−1, 1]; empty when not assessable
   */
  public abstract OptionalDouble rho();

  /**
   * Why rho is absent.
   *
   * @return the reason, empty when rho is present
   */
  public abstract Optional<String> notAssessableReason();

  /**
   * Whether rho was computed.
   *
   * @return true when {@link #rho()} is present
   */
  public boolean isAssessable() {
    return rho().isPresent();
  }

  @Value.Check
  void check() {
    if (rho().isPresent() == notAssessableReason().isPresent()) {
      throw new IllegalArgumentException("spearman needs either rho or a reason, not both");
    }
  }

  /**
   * Returns rho and the number of pairs, or the reason.
   *
   * @return e.g. {@code rho=0.8208 (5 pairs)} or {@code not assessable: fewer than 3 pairs: 2}
   */
  @Override
  public String toString() {
    return rho().isPresent()
        ? String.format(Locale.ROOT, "rho=%.4f (%d pairs)", rho().getAsDouble(), pairs())
        : "not assessable: " + notAssessableReason().orElse("");
  }
}
