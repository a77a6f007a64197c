package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DemographicSchemeTest {

  private static final DemographicScheme DEFAULT = DemographicScheme.defaultScheme();

  private static DemographicDimension dimension(String code, boolean primary) {
    return DemographicDimension.builder().code(code).label(code).primary(primary)
        .addCategories(DemographicCategory.of("A", "A")).build();
  }

  @Test
  void defaultScheme_hasTheSixPrimaryDimensionsInOrder() {
    assertThat(DEFAULT.dimensions()).extracting(DemographicDimension::code)
        .containsExactly("AGE", "DISABILITY", "GENDER", "ETHNICITY", "FAITH", "SEXUAL_ORIENTATION");
    assertThat(DEFAULT.primaryDimensions()).isEqualTo(DEFAULT.dimensions());
  }

  @Test
  void defaultScheme_primaryDimensionsMatchTheEnum() {
    assertThat(DEFAULT.primaryDimensions()).extracting(DemographicDimension::code)
        .containsExactly(Arrays.stream(PrimaryDimension.values())
            .map(PrimaryDimension::code).toArray(String[]::new));
  }

  @Test
  void defaultScheme_ethnicityHasTheFiveCensusGroups() {
    assertThat(DEFAULT.dimension("ETHNICITY").orElseThrow().categories())
        .extracting(DemographicCategory::code)
        .containsExactly("ASIAN", "BLACK", "MIXED", "WHITE", "OTHER");
  }

  @Test
  void defaultScheme_ageHasSixBands() {
    assertThat(DEFAULT.dimension("AGE").orElseThrow().categories())
        .extracting(DemographicCategory::code)
        .containsExactly("AGE_0_15", "AGE_16_24", "AGE_25_34", "AGE_35_49", "AGE_50_64",
            "AGE_65_PLUS");
  }

  @Test
  void defaultScheme_isOneSharedInstance() {
    assertThat(DemographicScheme.defaultScheme()).isSameAs(DEFAULT);
  }

  @Test
  void knows_categoryOfTheDimension_true() {
    assertThat(DEFAULT.knows("ETHNICITY", "BLACK")).isTrue();
    assertThat(DEFAULT.knows("GENDER", "OTHER")).isTrue();
  }

  @Test
  void knows_notStatedOfAKnownDimension_true() {
    for (DemographicDimension dimension : DEFAULT.dimensions()) {
      assertThat(DEFAULT.knows(dimension.code(), DemographicScheme.NOT_STATED))
          .as(dimension.code()).isTrue();
    }
  }

  @Test
  void knows_notStatedOfAnUnknownDimension_false() {
    assertThat(DEFAULT.knows("LANGUAGE", DemographicScheme.NOT_STATED)).isFalse();
  }

  @Test
  void knows_categoryOfAnotherDimension_false() {
    assertThat(DEFAULT.knows("GENDER", "WHITE")).isFalse();
    assertThat(DEFAULT.knows("ETHNICITY", "white")).isFalse();
  }

  @Test
  void dimension_unknownCode_isEmpty() {
    assertThat(DEFAULT.dimension("LANGUAGE")).isEmpty();
  }

  @Test
  void primaryDimensions_leavesOutExtraDimensions() {
    DemographicScheme scheme = DemographicScheme.builder()
        .addDimensions(dimension("LANGUAGE", false), dimension("AGE", true)).build();

    assertThat(scheme.primaryDimensions()).extracting(DemographicDimension::code)
        .containsExactly("AGE");
  }

  @Test
  void builder_dimensionTwice_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DemographicScheme.builder()
            .addDimensions(dimension("AGE", true), dimension("AGE", false)).build());

    assertThat(e).hasMessage("demographic scheme lists dimension AGE twice");
  }
}
