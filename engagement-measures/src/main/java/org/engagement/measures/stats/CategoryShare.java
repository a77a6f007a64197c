package org.engagement.measures.stats;

import java.util.Locale;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One category of a {@link Representativeness} comparison: the observed and reference counts,
 * their shares {@code p_c} and {@code q_c}, and the representation ratio {@code r_c = p_c / q_c}.
 *
 * <pre>{@code
 * // ETHNICITY/BLACK: 9 of 34 participants against 77,000 of 317,600 residents
 * share.observedShare();    // 0.2647
 * share.referenceShare();   // 0.2424
 * share.ratio();            // OptionalDouble[1.0918...]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CategoryShare {

  CategoryShare() {}

  static ImmutableCategoryShare.Builder builder() {
    return ImmutableCategoryShare.builder();
  }

  /**
   * The category code.
   *
   * @return the code, never blank
   */
  public abstract String category();

  /**
   * {@code O_c}, the observed count.
   *
   * @return zero or more
   */
  public abstract long observed();

  /**
   * The reference count.
   *
   * @return zero or more
   */
  public abstract long reference();

  /**
   * {@code p_c = O_c / ΣO}.
   *
   * @return in [0, 1]
   */
  public abstract double observedShare();

  /**
   * {@code q_c = ref_c / Σref}.
   *
   * @return in [0, 1]
   */
  public abstract double referenceShare();

  /**
   * {@code r_c = p_c / q_c}.
   *
   * @return the ratio, zero or more; empty when {@code q_c} is 0
   */
  public abstract OptionalDouble ratio();

  /**
   * Whether {@code q_c ≥ minimum share} and {@code r_c < maximum ratio}.
   *
   * @return true when under-represented
   */
  public abstract boolean underRepresented();

  /**
   * Returns the category with its shares.
   *
   * @return e.g. {@code BLACK O=9 p=0.2647 q=0.2424 r=1.092}
   */
  @Override
  public String toString() {
    return String.format(
            Locale.ROOT,
            "%s O=%d p=%.4f q=%.4f r=%s",
            category(),
            observed(),
            observedShare(),
            referenceShare(),
            ratio().isPresent() ? String.format(Locale.ROOT, "%.3f", ratio().getAsDouble()) : "-")
        + (underRepresented() ? " under-represented" : "");
  }
}
