package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

  @Test
  void builder_countsOverflowingALong_throws() {
    DimensionCounts.Builder huge = DimensionCounts.builder().dimension("AGE")
        .putCounts("AGE_16_24", Long.MAX_VALUE).notStated(1);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, huge::build);
    assertThat(e).hasMessage("counts of AGE must add up to at most 9223372036854775807 in size");
  }

  @Test
  void builder_overflowCheck_doesNotDependOnTheOrderOfCounts() {
    // -1 + MAX + 1 fits when added in this order, but MAX + 1 alone does not: both orders fail
    DimensionCounts.Builder mixed = DimensionCounts.builder().dimension("AGE")
        .putCounts("AGE_0_15", -1L).putCounts("AGE_16_24", Long.MAX_VALUE)
        .putCounts("AGE_25_34", 1L);
    DimensionCounts.Builder sorted = DimensionCounts.builder().dimension("AGE")
        .putCounts("AGE_16_24", Long.MAX_VALUE).putCounts("AGE_25_34", 1L)
        .putCounts("AGE_0_15", -1L);

    assertThrows(IllegalArgumentException.class, mixed::build);
    assertThrows(IllegalArgumentException.class, sorted::build);
  }
}
