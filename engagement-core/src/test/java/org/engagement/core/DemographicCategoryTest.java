package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DemographicCategoryTest {

  @Test
  void of_keepsCodeAndLabel() {
    DemographicCategory black =
        DemographicCategory.of("BLACK", "Black, Black British, Black Welsh, Caribbean or African");

    assertThat(black.code()).isEqualTo("BLACK");
    assertThat(black.label()).startsWith("Black");
  }

  @Test
  void of_notStatedAsCode_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DemographicCategory.of(DemographicScheme.NOT_STATED, "Prefer not to say"));

    assertThat(e).hasMessage(
        "category code NOT_STATED is reserved: not-stated counts are held apart");
  }
}
