package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DemographicCountsTest {

  private static DimensionCounts gender(long female) {
    return DimensionCounts.builder().dimension("GENDER").putCounts("FEMALE", female).build();
  }

  @Test
  void dimension_findsTheCountsOfOneDimension() {
    DemographicCounts counts = DemographicCounts.builder().basis(CountBasis.RESPONDENTS)
        .addDimensions(gender(18)).build();

    assertThat(counts.dimension("GENDER")).contains(gender(18));
    assertThat(counts.dimension("AGE")).isEmpty();
  }

  @Test
  void builder_dimensionTwice_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DemographicCounts.builder().basis(CountBasis.RESPONSES)
            .addDimensions(gender(18), gender(20)).build());

    assertThat(e).hasMessage("demographic counts list dimension GENDER twice");
  }
}
