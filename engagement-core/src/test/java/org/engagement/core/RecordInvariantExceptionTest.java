package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each invariant of a record type throws with the code and field a reader reports it with. */
class RecordInvariantExceptionTest {

  private static RecordInvariantException thrown(Runnable build) {
    return catchThrowableOfType(RecordInvariantException.class, build::run);
  }

  @Test
  void areaItsOwnParent_areaCycleAtParent() {
    RecordInvariantException e = thrown(() -> Area.builder().id(AreaId.of("A")).name("A")
        .level(AreaLevel.WARD).parent(AreaId.of("A")).build());
    assertThat(e.code()).isEqualTo("AREA_CYCLE");
    assertThat(e.field()).isEqualTo("parent");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void schemeListingADimensionTwice_duplicateEntryAtTheSecond() {
    DemographicDimension gender = DemographicScheme.defaultScheme().dimension("GENDER").orElseThrow();
    RecordInvariantException e = thrown(() -> DemographicScheme.builder()
        .addDimensions(gender, gender).build());
    assertThat(e.code()).isEqualTo("DUPLICATE_ENTRY");
    assertThat(e.field()).isEqualTo("dimensions.1.code");
  }

  @Test
  void dimensionListingACategoryTwice_duplicateEntryAtTheSecond() {
    RecordInvariantException e = thrown(() -> DemographicDimension.builder().code("X").label("X")
        .addCategories(DemographicCategory.of("A", "A"), DemographicCategory.of("A", "A")).build());
    assertThat(e.code()).isEqualTo("DUPLICATE_ENTRY");
    assertThat(e.field()).isEqualTo("categories.1.code");
  }

  @Test
  void countsListingADimensionTwice_duplicateEntryAtTheSecond() {
    DimensionCounts one = DimensionCounts.builder().dimension("GENDER").build();
    RecordInvariantException e = thrown(() -> DemographicCounts.builder()
        .basis(CountBasis.RESPONDENTS).addDimensions(one, one).build());
    assertThat(e.code()).isEqualTo("DUPLICATE_ENTRY");
    assertThat(e.field()).isEqualTo("dimensions.1.dimension");
  }

  @Test
  void periodEndingBeforeItStarts_dateOrderAtTo() {
    RecordInvariantException e = thrown(() -> Period.of(LocalDate.of(2013, 1, 1),
        LocalDate.of(2012, 1, 1)));
    assertThat(e.code()).isEqualTo("DATE_ORDER");
    assertThat(e.field()).isEqualTo("to");
  }
}
