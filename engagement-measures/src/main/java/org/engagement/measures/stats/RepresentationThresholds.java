package org.engagement.measures.stats;

import org.immutables.value.Value;

/**
 * When a category counts as under-represented (docs/spec/measures.md §1): its reference share is at
 * least {@link #minimumReferenceShare()} and its representation ratio is below
 * {@link #maximumRatio()}.
 *
 * <pre>{@code
 * RepresentationThresholds.standard();          // q ≥ 0.02 and r < 0.8
 * RepresentationThresholds.of(0.05, 0.5);       // stricter on small groups, laxer on ratio
 * }</pre>
 *
 * <p>The defaults are conventions of this SDK, not policy of any police authority. This class is
 * immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class RepresentationThresholds {

  private static final RepresentationThresholds STANDARD = of(0.02, 0.8);

  RepresentationThresholds() {}

  /**
   * Returns the default thresholds: reference share at least 0.02, ratio below 0.8.
   *
   * @return the defaults, never null
   */
  public static RepresentationThresholds standard() {
    return STANDARD;
  }

  /**
   * Returns thresholds.
   *
   * @param minimumReferenceShare the smallest reference share a category needs to be judged, in
   *     [0, 1]
   * @param maximumRatio the ratio below which a judged category is under-represented, greater
   *     than 0
   * @return the thresholds, never null
   * @throws IllegalArgumentException if a threshold is out of range
   */
  public static RepresentationThresholds of(double minimumReferenceShare, double maximumRatio) {
    return ImmutableRepresentationThresholds.of(minimumReferenceShare, maximumRatio);
  }

  /**
   * The smallest reference share {@code q_c} a category needs to be judged.
   *
   * @return in [0, 1]
   */
  @Value.Parameter
  public abstract double minimumReferenceShare();

  /**
   * The representation ratio {@code r_c} below which a category is under-represented.
   *
   * @return greater than 0
   */
  @Value.Parameter
  public abstract double maximumRatio();

  @Value.Check
  void check() {
    if (!(minimumReferenceShare() >= 0 && minimumReferenceShare() <= 1)) {
      throw new IllegalArgumentException(
          "minimum reference share must lie in [0, 1]: " + minimumReferenceShare());
    }
    if (!(maximumRatio() > 0) || Double.isInfinite(maximumRatio())) {
      throw new IllegalArgumentException(
          "maximum ratio must be positive and finite: " + maximumRatio());
    }
  }

  /**
   * Returns the two thresholds.
   *
   * @return e.g. {@code q≥0.02 r<0.8}
   */
  @Override
  public String toString() {
    return "q≥" + minimumReferenceShare() + " r<" + maximumRatio();
  }
}
