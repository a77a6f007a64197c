package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.engagement.core.EngagementDataset;
import org.engagement.core.ResponseId;
import org.engagement.core.SurveyResponse;
import org.junit.jupiter.api.Test;

/**
 * Codes that many records repeat (a response's demographic categories, the dimension of counts
 * and of reference populations) are shared within one read: one instance per code, at most
 * {@value ReadContext#CODES} codes kept.
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
