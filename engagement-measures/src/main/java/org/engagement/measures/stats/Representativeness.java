package org.engagement.measures.stats;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The representativeness of one demographic dimension (docs/spec/measures.md §1): observed counts
 * of the stated categories against reference counts.
 *
 * <pre>{@code
 * Representativeness r = Representativeness.of(
 *     Map.of("FEMALE", 30L, "MALE", 10L), Map.of("FEMALE", 50L, "MALE", 50L));
 * r.dissimilarity();        // 0.25 = ½(|0.75−0.5| + |0.25−0.5|), Duncan's D
 * r.representativeness();   // 0.75 = 1 − D
 * r.chiSquare();            // X² = 10.0, df = 1
 * r.underRepresented();     // [MALE]: r = 0.5
 * }</pre>
 *
 * <p>Shares {@code p_c = O_c / ΣO} and {@code q_c = ref_c / Σref} run over the union of the
 * categories; the ratio {@code r_c = p_c / q_c} exists where {@code q_c > 0}; Duncan's
 * dissimilarity {@code D = ½ Σ |p_c − q_c|}; {@code R = 1 − D}. The chi-square goodness of fit
 * runs over the categories with {@code q_c > 0} (those with {@code O_c = 0} included), and is
 * absent, with a reason, when {@code df = 0} or no observation falls in those categories. Its
 * p-value is descriptive: attendances are not independent draws. Categories are listed in the
 * iteration order of {@code observed}, then the reference's other categories in theirs.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Representativeness {

  Representativeness() {}

  /**
   * Compares observed counts with reference counts using the default thresholds.
   *
   * @param observed stated category → count, each zero or more, not all zero
   * @param reference category → reference count, each zero or more, not all zero
   * @return the comparison, never null
   * @throws IllegalArgumentException if a count is negative, or either side sums to 0
   */
  public static Representativeness of(Map<String, Long> observed, Map<String, Long> reference) {
    return of(observed, reference, RepresentationThresholds.standard());
  }

  /**
   * Compares observed counts with reference counts.
   *
   * @param observed stated category → count, each zero or more, not all zero
   * @param reference category → reference count, each zero or more, not all zero
   * @param thresholds when a category is under-represented, not null
   * @return the comparison, never null
   * @throws IllegalArgumentException if a count is negative, or either side sums to 0
   */
  public static Representativeness of(
      Map<String, Long> observed, Map<String, Long> reference, RepresentationThresholds thresholds) {
    long observedTotal = total("observed", observed);
    long referenceTotal = total("reference", reference);
    // the categories are the observed ones in their order, then those only in the reference; the
    // chi-square test takes those with a reference share, in the same order
    int size = observed.size() + reference.size();
    List<CategoryShare> shares = new ArrayList<>(size);
    long[] chiObserved = new long[size];
    double[] chiShares = new double[size];
    int chiCategories = 0;
    double sumAbs = 0;
    long chiN = 0;
    Iterator<String> observedFirst = observed.keySet().iterator();
    Iterator<String> referenceAfter = reference.keySet().iterator();
    while (observedFirst.hasNext() || referenceAfter.hasNext()) {
      String category;
      if (observedFirst.hasNext()) {
        category = observedFirst.next();
      } else {
        category = referenceAfter.next();
        if (observed.containsKey(category)) {
          continue;
        }
      }
      long o = observed.getOrDefault(category, 0L);
      long ref = reference.getOrDefault(category, 0L);
      double p = (double) o / observedTotal;
      double q = (double) ref / referenceTotal;
      sumAbs += Math.abs(p - q);
      OptionalDouble ratio = OptionalDouble.empty();
      boolean under = false;
      if (Tolerance.positive(q)) {
        double r = p / q;
        ratio = OptionalDouble.of(r);
        under = Tolerance.atLeast(q, thresholds.minimumReferenceShare())
            && Tolerance.below(r, thresholds.maximumRatio());
        chiObserved[chiCategories] = o;
        chiShares[chiCategories] = q;
        chiCategories++;
        chiN += o;
      }
      shares.add(
          CategoryShare.builder()
              .category(category)
              .observed(o)
              .reference(ref)
              .observedShare(p)
              .referenceShare(q)
              .ratio(ratio)
              .underRepresented(under)
              .build());
    }
    double d = sumAbs / 2;
    Optional<ChiSquare> chi = Optional.empty();
    Optional<String> reason = Optional.empty();
    int df = chiCategories - 1;
    if (df < 1) {
      reason = Optional.of("only one category has a reference share (df = 0)");
    } else if (chiN == 0) {
      reason = Optional.of("no observation in the categories with a reference share (N = 0)");
    } else {
      double statistic = 0;
      for (int i = 0; i < chiCategories; i++) {
        double expected = chiN * chiShares[i];
        double diff = chiObserved[i] - expected;
        statistic += diff * diff / expected;
      }
      chi = Optional.of(ChiSquare.of(statistic, df));
    }
    return ImmutableRepresentativeness.builder()
        .categories(shares)
        .observedTotal(observedTotal)
        .referenceTotal(referenceTotal)
        .dissimilarity(d)
        .chiSquare(chi)
        .chiSquareNotAssessableReason(reason)
        .degreesOfFreedom(Math.max(0, df))
        .thresholds(thresholds)
        .build();
  }

  private static long total(String side, Map<String, Long> counts) {
    long sum = 0;
    for (Map.Entry<String, Long> entry : counts.entrySet()) {
      if (entry.getValue() < 0) {
        throw new IllegalArgumentException(
            side + " count of " + entry.getKey() + " must not be negative: " + entry.getValue());
      }
      sum = Math.addExact(sum, entry.getValue());
    }
    if (sum == 0) {
      throw new IllegalArgumentException(side + " counts must not all be zero: " + counts);
    }
    return sum;
  }

  /**
   * Every category, observed first, then reference-only.
   *
   * @return the shares, never null
   */
  public abstract List<CategoryShare> categories();

  /**
   * {@code ΣO}, the stated total.
   *
   * @return one or more
   */
  public abstract long observedTotal();

  /**
   * {@code Σref}.
   *
   * @return one or more
   */
  public abstract long referenceTotal();

  /**
   * Duncan's dissimilarity {@code D = ½ Σ |p_c − q_c|}.
   *
   * @return in [0, 1]
   */
  public abstract double dissimilarity();

  /**
   * {@code R = 1 − D}.
   *
   * @return in [0, 1]
   */
  public double representativeness() {
    return 1 - dissimilarity();
  }

  /**
   * The chi-square goodness of fit over the categories with a reference share; descriptive only.
   *
   * @return the test, or empty when {@code df = 0} or {@code N = 0}
   */
  public abstract Optional<ChiSquare> chiSquare();

  /**
   * The degrees of freedom of the chi-square, {@code k − 1} over the {@code k} categories with a
   * reference share — reported even when the test is absent, so that a reader can see why
   * (docs/spec/measures.md §1).
   *
   * @return zero or more; 0 when only one category has a reference share
   */
  public abstract int degreesOfFreedom();

  /**
   * Why {@link #chiSquare()} is absent.
   *
   * @return the reason, empty when the test is present
   */
  public abstract Optional<String> chiSquareNotAssessableReason();

  /** {@return the thresholds that judged under-representation, never null} */
  public abstract RepresentationThresholds thresholds();

  /**
   * The under-represented categories, in category order.
   *
   * @return the category codes, never null
   */
  public List<String> underRepresented() {
    return categories().stream()
        .filter(CategoryShare::underRepresented)
        .map(CategoryShare::category)
        .toList();
  }

  /**
   * Finds one category.
   *
   * @param category the category code, not null
   * @return the share, or empty when the category is on neither side
   */
  public Optional<CategoryShare> category(String category) {
    return categories().stream().filter(c -> c.category().equals(category)).findFirst();
  }

  /**
   * Returns R, D, the chi-square and the under-represented categories.
   *
   * @return e.g. {@code R=0.7500 D=0.2500 X²=10.000 df=1 p=0.0016 (descriptive) under-represented=[MALE]}
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "R=%.4f D=%.4f ", representativeness(), dissimilarity())
        + chiSquare().map(c -> c + " (descriptive)").orElse("X² not assessable: "
            + chiSquareNotAssessableReason().orElse(""))
        + " under-represented=" + underRepresented();
  }
}
