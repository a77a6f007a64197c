package org.engagement.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One dimension of a {@link DemographicScheme}: its code, label, whether it is one of the primary
 * dimensions that measure 3 reads, and its categories in display order.
 *
 * <pre>{@code
 * DemographicDimension disability = DemographicDimension.builder()
 *     .code("DISABILITY").label("Disability").primary(true)
 *     .addCategories(DemographicCategory.of("DISABLED", "Disabled under the Equality Act"))
 *     .addCategories(DemographicCategory.of("NOT_DISABLED", "Not disabled"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DemographicDimension {

  DemographicDimension() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The code that counts cite, e.g. {@code "ETHNICITY"}.
   *
   * @return the code, not blank
   */
  @NotBlank
  public abstract String code();

  /** {@return the label for people, not blank} */
  @NotBlank
  public abstract String label();

  /**
   * Whether this is a primary dimension, read by measure 3.
   *
   * @return true when primary; false by default (an extra dimension such as language)
   */
  @Value.Default
  public boolean primary() {
    return false;
  }

  /** {@return the categories, in display order, never empty} */
  public abstract List<@Valid DemographicCategory> categories();

  /**
   * Finds a category by code.
   *
   * @param code the category code, not null
   * @return the category, or empty when the dimension has none with that code
   */
  public Optional<DemographicCategory> category(String code) {
    return Optional.ofNullable(find(code));
  }

  /**
   * The first category with the code, or null; a loop by position, as measures ask once per count
   * and an iterator would be one more object each time.
   */
  private @org.jspecify.annotations.Nullable DemographicCategory find(String code) {
    List<DemographicCategory> categories = categories();
    for (int i = 0; i < categories.size(); i++) {
      DemographicCategory category = categories.get(i);
      if (category.code().equals(code)) {
        return category;
      }
    }
    return null;
  }

  /**
   * Whether a category is compared with the reference population (docs/spec/measures.md §1).
   *
   * @param code the category code, not null
   * @return false when the dimension has the category and marks it not compared; true otherwise
   */
  public boolean compares(String code) {
    DemographicCategory category = find(code);
    return category == null || category.compared();
  }

  @Value.Check
  void check() {
    if (categories().isEmpty()) {
      throw new RecordInvariantException("CONSTRAINT_VIOLATED", "categories",
          "dimension " + code() + " must have at least one category");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < categories().size(); i++) {
      DemographicCategory category = categories().get(i);
      if (!seen.add(category.code())) {
        throw new RecordInvariantException("DUPLICATE_ENTRY", "categories." + i + ".code",
            "dimension " + code() + " lists category " + category.code() + " twice");
      }
    }
  }

  /** Builds a {@link DemographicDimension}. */
  public static final class Builder extends ImmutableDemographicDimension.Builder {
    Builder() {}
  }
}
