package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DemographicDimensionTest {

  @Test
  void builder_extraDimension_isNotPrimaryByDefault() {
    DemographicDimension language = DemographicDimension.builder().code("LANGUAGE")
        .label("Main language").addCategories(DemographicCategory.of("WELSH", "Welsh")).build();

    assertThat(language.primary()).isFalse();
  }

  @Test
  void category_findsByCode() {
    DemographicDimension gender = DemographicScheme.defaultScheme().dimension("GENDER").orElseThrow();

    assertThat(gender.category("MALE")).contains(DemographicCategory.of("MALE", "Male"));
    assertThat(gender.category("male")).isEmpty();
  }

  @Test
  void builder_categoryTwice_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DemographicDimension.builder().code("GENDER").label("Gender")
            .addCategories(DemographicCategory.of("MALE", "Male"),
                DemographicCategory.of("MALE", "Man"))
            .build());

    assertThat(e).hasMessage("dimension GENDER lists category MALE twice");
  }

  @Test
  void builder_noCategories_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DemographicDimension.builder().code("GENDER").label("Gender").build());

    assertThat(e).hasMessage("dimension GENDER must have at least one category");
  }
}
