package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
  void date_keepsOneInstancePerDay_forElevenYears() {
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
  void sharedText_keepsTheFirstInstanceOfShortTexts() {
    String longest = "L".repeat(ReadContext.SHARED_LENGTH);
    List<String> read = sharedTexts("[\"WHITE\", \"WHITE\", \"WH\\u0049TE\", \"" + longest
        + "\", \"" + longest + "\", \"" + longest + "L\", \"" + longest + "L\"]");

    assertThat(read.get(0)).isEqualTo("WHITE");
    assertThat(read.get(1)).isSameAs(read.get(0));
    assertThat(read.get(2)).as("an escape decoded").isSameAs(read.get(0));
    assertThat(read.get(3)).isEqualTo(longest).isSameAs(read.get(4));
    assertThat(read.get(5)).as("too long to keep").isEqualTo(longest + "L")
        .isEqualTo(read.get(6)).isNotSameAs(read.get(6));
  }

  @Test
  void sharedText_keepsAtMostItsLimit() {
    int distinct = ReadContext.SHARED_TEXTS + 1000;
    StringBuilder json = new StringBuilder("[");
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < distinct; i++) {
        json.append(pass + i == 0 ? "" : ", ").append("\"CODE-").append(i).append('"');
      }
    }
    List<String> read = sharedTexts(json.append(']').toString());
    int kept = 0;
    for (int i = 0; i < distinct; i++) {
      assertThat(read.get(distinct + i)).isEqualTo("CODE-" + i).isEqualTo(read.get(i));
      kept += read.get(distinct + i) == read.get(i) ? 1 : 0;
    }
    // Up to the limit, less the few a look-up's probes or the table's growth let go.
    assertThat(kept).isLessThanOrEqualTo(ReadContext.SHARED_TEXTS)
        .isGreaterThan(ReadContext.SHARED_TEXTS * 9 / 10);
  }

  /** A value made of a text, a new instance each time: what is the same instance was kept. */
  private record Made(String kind, String text) {}

  @Test
  void sharedValue_makesTheValueOfATextOnce_andKeepsTheLastMakersValue() {
    List<String> made = new ArrayList<>();
    Function<String, Made> area = text -> {
      made.add("area " + text);
      return new Made("area", text);
    };
    Function<String, Made> survey = text -> {
      made.add("survey " + text);
      return new Made("survey", text);
    };
    ReadContext rc = new ReadContext(false, null);
    List<Made> read = new ArrayList<>();
    List<Function<String, Made>> makers = List.of(area, area, survey, area, area);
    try (JsonParser p = parserOn("[\"E05000001\", \"E05000001\", \"E05000001\","
        + " \"E05000001\", \"E05000002\"]")) {
      for (Function<String, Made> maker : makers) {
        p.nextToken();
        read.add(rc.sharedValue(p, maker));
      }
    }
    assertThat(read.get(1)).isSameAs(read.get(0));
    assertThat(read.get(2)).as("another kind of value of the same text")
        .isEqualTo(new Made("survey", "E05000001"));
    assertThat(read.get(3)).as("made again for the first kind")
        .isEqualTo(read.get(0)).isNotSameAs(read.get(0));
    assertThat(read.get(4)).isEqualTo(new Made("area", "E05000002"));
    assertThat(made).containsExactly("area E05000001", "survey E05000001", "area E05000001",
        "area E05000002");
    assertThat(read.get(3).text()).as("the text itself still kept once")
        .isSameAs(read.get(0).text()).isSameAs(read.get(2).text());
  }

  @Test
  void sharedValue_ofTextItsMakerRefuses_throwsEachTime_andLeavesTheKeptValue() {
    Function<String, Made> refusing = text -> {
      throw new IllegalArgumentException("not an area: " + text);
    };
    Function<String, Made> area = text -> new Made("area", text);
    ReadContext rc = new ReadContext(false, null);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> sharedValue(rc, "\"X-1\"", refusing))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("not an area: X-1");
    }
    Made kept = sharedValue(rc, "\"X-1\"", area);
    assertThat(kept).isEqualTo(new Made("area", "X-1"));
    assertThatThrownBy(() -> sharedValue(rc, "\"X-1\"", refusing))
        .as("refused, the text already kept with another value")
        .hasMessage("not an area: X-1");
    assertThat(sharedValue(rc, "\"X-1\"", area)).as("the kept value survives a refusal")
        .isSameAs(kept);
    String longer = "X".repeat(ReadContext.SHARED_LENGTH + 1);
    assertThatThrownBy(() -> sharedValue(rc, '"' + longer + '"', refusing))
        .hasMessage("not an area: " + longer);
  }

  @Test
  void repeatedIdsAndAnswers_refusedOrOfTheWrongType_areReportedAsBefore_eachTime() {
    ReadContext rc = new ReadContext(false, null);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> read(Format.AREA_ID, "\" E05000001\"", rc))
          .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.code())
              .isEqualTo("INVALID_VALUE"))
          .hasMessageContaining("area id must not start or end with white space");
      assertThatThrownBy(() -> read(Scalars.ANSWER, "\" \"", rc))
          .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.code())
              .isEqualTo("INVALID_VALUE"));
      assertThatThrownBy(() -> read(Format.SURVEY_ID, "42", rc))
          .isInstanceOfSatisfying(JsonReadException.class, e -> assertThat(e.code())
              .isEqualTo("WRONG_TYPE"));
    }
    assertThat(read(Format.AREA_ID, "\"E05000001\"", rc))
        .isSameAs(read(Format.AREA_ID, "\"E05000001\"", rc));
  }

  /** Reads {@code json} with {@code codec}, the parser on its first token. */
  private static <T> T read(Codec<T> codec, String json, ReadContext rc) {
    try (JsonParser p = parserOn(json)) {
      return codec.read(p, rc);
    }
  }

  /** {@link ReadContext#sharedValue} of the first token of {@code json}. */
  private static <T> T sharedValue(ReadContext rc, String json, Function<String, T> make) {
    try (JsonParser p = parserOn(json)) {
      return rc.sharedValue(p, make);
    }
  }

  /** A parser on the first token of {@code json}. */
  private static JsonParser parserOn(String json) {
    JsonParser p = JsonMapper.builder().build().createParser(json);
    p.nextToken();
    return p;
  }

  private static List<String> sharedTexts(String json) {
    ReadContext rc = new ReadContext(false, null);
    List<String> read = new ArrayList<>();
    try (JsonParser p = JsonMapper.builder().build().createParser(json)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.VALUE_STRING) {
        read.add(rc.sharedText(p));
      }
    }
    return read;
  }

  @Test
  void sharedText_readsBytesAndCharacters_beyondTheBasicPlane_rawAndEscaped() {
    String text = "caf\u00e9 \ud83d\ude00";
    String json = "[\"" + text + "\", \"caf\\u00e9 \\ud83d\\ude00\", \"" + text + "\"]";
    for (boolean bytes : new boolean[] {true, false}) {
      ReadContext rc = new ReadContext(false, null);
      List<String> read = new ArrayList<>();
      JsonMapper mapper = JsonMapper.builder().build();
      try (JsonParser p = bytes
          ? mapper.createParser(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))
          : mapper.createParser(json)) {
        p.nextToken();
        while (p.nextToken() == JsonToken.VALUE_STRING) {
          read.add(rc.sharedText(p));
        }
      }
      assertThat(read).as(bytes ? "bytes" : "characters").containsExactly(text, text, text);
      assertThat(read.get(1)).isSameAs(read.get(0));
      assertThat(read.get(2)).isSameAs(read.get(0));
    }
  }

  @Test
  void sharedText_ofTextsWithOneHashCode_comparesAtMostItsProbes_andReadsEachRight() {
    // "Aa" and "BB" have one hash code, so every text of eight such pairs has the same one.
    List<String> colliding = new ArrayList<>();
    for (int bits = 0; bits < 256; bits++) {
      StringBuilder t = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        t.append((bits >> i & 1) == 0 ? "Aa" : "BB");
      }
      colliding.add(t.toString());
    }
    assertThat(colliding.stream().mapToInt(String::hashCode).distinct()).hasSize(1);
    StringBuilder json = new StringBuilder("[");
    for (String t : colliding) {
      json.append('"').append(t).append("\", \"").append(t).append("\", ");
    }
    json.append("\"end\"]");
    ReadContext rc = new ReadContext(false, null);
    List<String> read = new ArrayList<>();
    try (JsonParser p = JsonMapper.builder().build().createParser(json.toString())) {
      p.nextToken();
      while (p.nextToken() == JsonToken.VALUE_STRING) {
        read.add(rc.sharedText(p));
      }
    }
    int shared = 0;
    for (int i = 0; i < colliding.size(); i++) {
      assertThat(read.get(2 * i)).isEqualTo(colliding.get(i));
      assertThat(read.get(2 * i + 1)).isEqualTo(colliding.get(i));
      shared += read.get(2 * i) == read.get(2 * i + 1) ? 1 : 0;
    }
    assertThat(shared).isEqualTo(ReadContext.PROBES);
  }
}
