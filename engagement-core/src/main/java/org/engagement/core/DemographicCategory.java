package org.engagement.core;

import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * One category of a {@link DemographicDimension}: {@code DemographicCategory.of("BLACK", "Black,
 * Black British, Black Welsh, Caribbean or African")}.
 *
 * <p>A category may be <i>not compared</i> with the reference population
 * ({@code DemographicCategory.of("AGE_0_15", "Aged 15 years and under", false)}): measures of
 * representativeness leave it out on both sides, while its counts still count as stated
 * (docs/spec/measures.md §1). The default scheme marks the under-16 age band so.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class DemographicCategory {

  DemographicCategory() {}

  /**
   * Returns a category.
   *
   * @param code the code that counts cite, not blank, not {@code NOT_STATED}
   * @param label the label for people, not blank
   * @return the category, never null
   * @throws IllegalArgumentException if {@code code} is the reserved {@code NOT_STATED}
   */
  public static DemographicCategory of(String code, String label) {
    return ImmutableDemographicCategory.of(code, label);
  }

  /**
   * Returns a category that is compared with the reference population or not.
   *
   * @param code the code that counts cite, not blank, not {@code NOT_STATED}
   * @param label the label for people, not blank
   * @param compared false when representativeness leaves the category out on both sides
   * @return the category, never null
   * @throws IllegalArgumentException if {@code code} is the reserved {@code NOT_STATED}
   */
  public static DemographicCategory of(String code, String label, boolean compared) {
    return ((ImmutableDemographicCategory) ImmutableDemographicCategory.of(code, label))
        .withCompared(compared);
  }

  /** {@return the code that counts cite, not blank} */
  @Value.Parameter
  @NotBlank
  public abstract String code();

  /** {@return the label for people, not blank} */
  @Value.Parameter
  @NotBlank
  public abstract String label();

  /**
   * Whether the category is compared with the reference population (docs/spec/measures.md §1).
   * A category that is not compared is left out of representativeness on both sides — observed
   * and reference — while its observed count still counts as stated for coverage and not-stated
   * rates.
   *
   * @return true by default; false for a category not compared
   */
  @Value.Default
  public boolean compared() {
    return true;
  }

  /**
   * Returns this category compared with the reference population or not.
   *
   * @param compared false when representativeness leaves the category out on both sides
   * @return the category, never null
   */
  public abstract DemographicCategory withCompared(boolean compared);

  @Value.Check
  void check() {
    if (DemographicScheme.NOT_STATED.equals(code())) {
      throw new RecordInvariantException("CONSTRAINT_VIOLATED", "code",
          "category code NOT_STATED is reserved: not-stated counts are held apart");
    }
  }
}
