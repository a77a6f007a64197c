package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.engagement.core.EngagementDataset;
import org.engagement.core.ResponseId;
import org.engagement.core.SurveyResponse;
import org.junit.jupiter.api.Test;

/**
 * Codes that many records repeat (a response's demographic categories, the dimension of counts
 * and of reference populations) and dates are shared within one read: one instance per value, at
 * most {@value ReadContext#CODES} codes and {@value ReadContext#DATES} dates kept.
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
  void date_keepsTheFirstInstance_upToItsLimit() {
    ReadContext rc = new ReadContext(false, null);
    LocalDate first = LocalDate.of(2012, 6, 3);
    assertThat(rc.date(first)).isSameAs(first);
    assertThat(rc.date(LocalDate.parse("2012-06-03"))).isSameAs(first);
    for (int i = 1; i < ReadContext.DATES; i++) {
      rc.date(LocalDate.of(1900, 1, 1).plusDays(i));
    }
    LocalDate beyond = LocalDate.of(2100, 1, 1);
    assertThat(rc.date(beyond)).isSameAs(beyond);
    assertThat(rc.date(LocalDate.of(2100, 1, 1))).as("not kept past the limit")
        .isNotSameAs(beyond).isEqualTo(beyond);
    assertThat(rc.date(LocalDate.of(2012, 6, 3))).isSameAs(first);
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
