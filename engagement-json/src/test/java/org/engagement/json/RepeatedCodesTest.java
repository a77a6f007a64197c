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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Codes that many records repeat (a response's demographic categories, the dimension of counts
 * and of reference populations) and dates are shared within one read: one instance per value, at
 * most {@value ReadContext#SHARED_TEXTS} texts kept, dates in {@value ReadContext#DATES} slots.
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
  void sharedText_keepsTheFirstInstanceOfShortTexts_upToItsLimit() {
    ReadContext rc = new ReadContext(false, null);
    StringBuilder json = new StringBuilder("[\"WHITE\", \"WHITE\", \"Wh\\u0049TE\"");
    for (int i = 1; i <= ReadContext.SHARED_TEXTS - 3; i++) {
      json.append(", \"CODE-").append(i).append('"');
    }
    // The last text kept, twice; a text too long to keep, twice; then the table is full.
    String longest = "L".repeat(ReadContext.SHARED_LENGTH);
    for (String text : List.of(longest, longest, longest + "L", longest + "L", "BEYOND",
        "BEYOND", "WHITE")) {
      json.append(", \"").append(text).append('"');
    }
    json.append(']');
    List<String> read = new ArrayList<>();
    try (JsonParser p = JsonMapper.builder().build().createParser(json.toString())) {
      p.nextToken();
      while (p.nextToken() == JsonToken.VALUE_STRING) {
        read.add(rc.sharedText(p));
      }
    }
    int n = read.size();

    assertThat(read.get(0)).isEqualTo("WHITE");
    assertThat(read.get(1)).isSameAs(read.get(0));
    assertThat(read.get(2)).isEqualTo("WhITE").isNotSameAs(read.get(0));
    assertThat(read.get(n - 7)).isEqualTo(longest).isSameAs(read.get(n - 6));
    assertThat(read.get(n - 5)).isEqualTo(longest + "L").isNotSameAs(read.get(n - 4));
    assertThat(read.get(n - 3)).isEqualTo("BEYOND");
    assertThat(read.get(n - 2)).as("not kept past the limit").isEqualTo("BEYOND")
        .isNotSameAs(read.get(n - 3));
    assertThat(read.get(n - 1)).isSameAs(read.get(0));
    assertThat(read.subList(3, n - 7)).hasSize(ReadContext.SHARED_TEXTS - 3)
        .doesNotHaveDuplicates();
    assertThat(read.subList(3, n - 7)).allSatisfy(t -> assertThat(t).startsWith("CODE-"));
  }
}
