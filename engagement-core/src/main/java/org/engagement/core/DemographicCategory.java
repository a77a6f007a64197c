package org.engagement.core;

import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * One category of a {@link DemographicDimension}: {@code DemographicCategory.of("BLACK", "Black,
 * Black British, Black Welsh, Caribbean or African")}.
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

  /** {@return the code that counts cite, not blank} */
  @Value.Parameter
  @NotBlank
  public abstract String code();

  /** {@return the label for people, not blank} */
  @Value.Parameter
  @NotBlank
  public abstract String label();

  @Value.Check
  void check() {
    if (DemographicScheme.NOT_STATED.equals(code())) {
      throw new RecordInvariantException("CONSTRAINT_VIOLATED", "code",
          "category code NOT_STATED is reserved: not-stated counts are held apart");
    }
  }
}
