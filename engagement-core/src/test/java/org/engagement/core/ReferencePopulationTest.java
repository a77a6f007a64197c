package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;

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
}
