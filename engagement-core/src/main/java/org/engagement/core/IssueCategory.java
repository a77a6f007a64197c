package org.engagement.core;

import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * One category of the dataset's issue taxonomy: {@code IssueCategory.of("ASB", "Anti-social
 * behaviour")}. Inputs, activities, allocations and priorities name their issue by code; the
 * dataset declares the codes the way it declares its demographic scheme.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class IssueCategory {

  IssueCategory() {}

  /**
   * Returns a category.
   *
   * @param code the code that records cite, not blank
   * @param label the label for people, not blank
   * @return the category, never null
   */
  public static IssueCategory of(String code, String label) {
    return ImmutableIssueCategory.of(code, label);
  }

  /**
   * The code that records cite, e.g. {@code "ASB"}.
   *
   * @return the code, not blank
   */
  @Value.Parameter
  @NotBlank
  public abstract String code();

  /**
   * The label for people, e.g. {@code "Anti-social behaviour"}.
   *
   * @return the label, not blank
   */
  @Value.Parameter
  @NotBlank
  public abstract String label();
}
