package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DimensionCountsTest {

  private static final DimensionCounts ETHNICITY = DimensionCounts.builder().dimension("ETHNICITY")
      .putCounts("WHITE", 21L).putCounts("BLACK", 9L).putCounts("ASIAN", 4L).notStated(3)
      .build();

  @Test
  void stated_sumsTheCategoriesWithoutNotStated() {
    assertThat(ETHNICITY.stated()).isEqualTo(34);
    assertThat(ETHNICITY.notStated()).isEqualTo(3);
  }

  @Test
  void count_listedCategory_isItsCount() {
    assertThat(ETHNICITY.count("BLACK")).isEqualTo(9);
  }

  @Test
  void count_unlistedCategory_isZero() {
    assertThat(ETHNICITY.count("MIXED")).isZero();
  }

  @Test
  void builder_nothingCounted_isAllZero() {
    DimensionCounts none = DimensionCounts.builder().dimension("AGE").build();

    assertThat(none.stated()).isZero();
    assertThat(none.notStated()).isZero();
  }
}
