package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.engagement.core.EngagementDataset;
import org.engagement.core.ResponseId;
import org.engagement.core.SurveyResponse;
import org.junit.jupiter.api.Test;

/**
 * Codes that many records repeat (a response's demographic categories, the dimension of counts
 * and of reference populations) and dates are shared within one read: one instance per value, at
 * most {@value ReadContext#CODES} codes kept, dates in {@value ReadContext#DATES} slots.
 */
class RepeatedCodesTest {

  @Test
  void theResponsesOfOneRead_shareTheirDemographicCodes() {
    EngagementDataset full = Datasets.full();
    SurveyResponse first = full.responses().get(0);
    EngagementDataset twice = EngagementDataset.builder().from(full)
        .addResponses(SurveyResponse.builder().from(first).id(ResponseId.of("R-000002")).build())
        .build();
    String json = EngagementJson.standard().writeString(twice);
    List<SurveyResponse> read = EngagementJson.standard().readString(json).dataset().responses();
    assertThat(read).hasSize(2);
    assertThat(read.get(1).demographics()).isEqualTo(read.get(0).demographics());
    read.get(0).demographics().forEach((dimension, category) ->
        assertThat(read.get(1).demographics().get(dimension)).isSameAs(category));
    assertThat(read.get(1).date()).isSameAs(read.get(0).date());
  }

  @Test
  void date_keepsOneInstancePerDay_forMoreThanElevenYears() {
    ReadContext rc = new ReadContext(false, null);
    LocalDate first = LocalDate.of(2005, 1, 1);
    List<LocalDate> kept = new ArrayList<>();
    for (LocalDate d = first; d.isBefore(first.plusYears(11)); d = d.plusDays(1)) {
      kept.add(rc.date(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
    }
    for (LocalDate d : kept) {
      assertThat(rc.date(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).isSameAs(d);
    }
    assertThat(kept.get(0)).isEqualTo(first);
    assertThat(kept).doesNotHaveDuplicates().hasSize(11 * 365 + 2); // 2008 and 2012 are leap years
  }

  @Test
  void date_inAnotherDatesSlot_takesItsPlace_andEveryDateIsTheOneAskedFor() {
    ReadContext rc = new ReadContext(false, null);
    LocalDate early = rc.date(2012, 6, 3);
    // 1,024 years on, the same day falls in the same slot: 1,024 × 12 × 31 is 93 × 4,096.
    LocalDate late = rc.date(3036, 6, 3);
    assertThat(late).isEqualTo(LocalDate.of(3036, 6, 3));
    LocalDate again = rc.date(2012, 6, 3);
    assertThat(again).isEqualTo(early).isNotSameAs(early);
    assertThat(rc.date(2012, 6, 3)).isSameAs(again);
    assertThat(rc.date(2012, 2, 29)).isEqualTo(LocalDate.of(2012, 2, 29));
    assertThatThrownBy(() -> rc.date(2013, 2, 29)).isInstanceOf(DateTimeException.class);
  }

  @Test
  void code_keepsTheFirstInstance_upToItsLimit() {
    ReadContext rc = new ReadContext(false, null);
    String first = new String("WHITE");
    assertThat(rc.code(first)).isSameAs(first);
    assertThat(rc.code(new String("WHITE"))).isSameAs(first);
    for (int i = 1; i < ReadContext.CODES; i++) {
      rc.code("CODE-" + i);
    }
    String beyond = new String("BEYOND");
    assertThat(rc.code(beyond)).isSameAs(beyond);
    assertThat(rc.code(new String("BEYOND"))).as("not kept past the limit").isNotSameAs(beyond)
        .isEqualTo("BEYOND");
    assertThat(rc.code(new String("WHITE"))).isSameAs(first);
  }
}
