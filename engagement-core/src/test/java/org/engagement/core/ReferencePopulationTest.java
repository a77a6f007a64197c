package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReferencePopulationTest {

  private static ReferencePopulation.Builder population() {
    return ReferencePopulation.builder().id(PopulationId.of("CENSUS-2021-E09000022-ETHNICITY"))
        .area(AreaId.of("E09000022")).year(2021).dimension("ETHNICITY");
  }

  @Test
  void total_sumsEveryCategory() {
    assertThat(population().putCounts("WHITE", 172_000L).putCounts("BLACK", 77_000L).build()
        .total()).isEqualTo(249_000L);
  }

  @Test
  void total_noCounts_isZero() {
    assertThat(population().build().total()).isZero();
  }

  @Test
  void builder_countsOverflowingALong_throws() {
    ReferencePopulation.Builder huge =
        population().putCounts("WHITE", Long.MAX_VALUE).putCounts("BLACK", 1L);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, huge::build);
    assertThat(e).hasMessage("population counts of ETHNICITY must add up to at most 9223372036854775807 in size");
  }
}
