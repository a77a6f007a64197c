package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The reader's shortcuts give what the general path gives: plain dates and periods read without a
 * formatter, duplicate names found without a set of names per object.
 */
class ReadFastPathsTest {

  private static final String RESPONSE_HEAD = "{\"formatVersion\": \"1.0\", \"responses\": [{"
      + "\"id\": \"R-1\", \"survey\": \"S-1\", \"date\": \"2012-05-01\", \"area\": \"W-1\", ";
  private final EngagementJson json = EngagementJson.standard().disable(JsonFeature.VALIDATE);

  @Property(tries = 2000)
  void plainDate_readsWhatLocalDateParseReads(@ForAll @IntRange(min = 0, max = 9999) int year,
      @ForAll @IntRange(min = 0, max = 13) int month,
      @ForAll @IntRange(min = 0, max = 32) int day) {
    String text = String.format("%04d-%02d-%02d", year, month, day);

    LocalDate plain = Scalars.plainDate(text);

    if (plain != null) {
      assertThat(plain).isEqualTo(LocalDate.parse(text));
    } else {
      assertThatThrownBy(() -> LocalDate.parse(text)).isInstanceOf(DateTimeException.class);
    }
  }

  @Test
  void plainDate_leavesOtherFormsToTheFormatter() {
    assertThat(Scalars.plainDate("+12012-05-01")).isNull();
    assertThat(Scalars.plainDate("2012-5-01")).isNull();
    assertThat(Scalars.plainDate("2012/05/01")).isNull();
    assertThat(Scalars.plainDate("２０１２-05-01")).isNull();
  }

  @Test
  void duplicateAnswer_afterManyAnswers_isReportedAtTheSecond() {
    String answers = IntStream.rangeClosed(1, 12).mapToObj(i -> "\"Q" + i + "\": \"YES\"")
        .collect(Collectors.joining(", "));

    ReadResult result = json.readString(RESPONSE_HEAD + "\"answers\": {" + answers
        + ", \"Q10\": \"NO\"}}]}");

    assertThat(result.problems()).extracting(JsonProblem::code, JsonProblem::pointer)
        .contains(org.assertj.core.groups.Tuple.tuple("DUPLICATE_KEY",
            "/responses/0/answers/Q10"));
    assertThat(result.dataset().responses()).isEmpty();
  }

  @Test
  void duplicateAnswer_amongFew_isReportedAtTheSecond() {
    ReadResult result = json.readString(RESPONSE_HEAD
        + "\"answers\": {\"Q1\": \"YES\", \"Q2\": \"NO\", \"Q1\": \"NO\"}}]}");

    assertThat(result.problems()).extracting(JsonProblem::code, JsonProblem::pointer)
        .contains(org.assertj.core.groups.Tuple.tuple("DUPLICATE_KEY",
            "/responses/0/answers/Q1"));
  }

  @Test
  void answersAndDemographics_areReadInDocumentOrder() {
    ReadResult result = json.readString(RESPONSE_HEAD
        + "\"demographics\": {\"GENDER\": \"MALE\", \"AGE\": \"AGE_16_24\"}, "
        + "\"answers\": {\"Q2\": \"NO\", \"Q1\": \"YES\"}}]}");

    var response = result.dataset().responses().get(0);
    assertThat(response.demographics()).containsExactly(
        java.util.Map.entry("GENDER", "MALE"), java.util.Map.entry("AGE", "AGE_16_24"));
    assertThat(response.answers().keySet()).extracting(Object::toString)
        .containsExactly("Q2", "Q1");
  }

  @Test
  void duplicateUnknownProperty_isADuplicate_evenWhenUnknownOnesAreAllowed() {
    ReadResult result = json.enable(JsonFeature.ALLOW_UNKNOWN_PROPERTIES).readString(
        RESPONSE_HEAD + "\"colour\": 1, \"colour\": 2}]}");

    assertThat(result.problems()).extracting(JsonProblem::code)
        .containsExactly("UNKNOWN_PROPERTY", "DUPLICATE_KEY", "UNBOUND_RECORDS");
  }

  @Test
  void plainPeriod_andOtherPeriods_readAlike() {
    String head = "{\"formatVersion\": \"1.0\", \"targets\": [{\"id\": \"T-1\", ";
    String rest = "\"area\": \"W-1\", \"setDate\": \"2012-01-01\", \"metric\": \"m\", "
        + "\"value\": 1}]}";

    for (String period : new String[] {"2012-04-01/2013-03-31", "2013-04-01/2012-03-31",
        "2012-02-30/2013-03-31", "+12012-04-01/+12013-03-31"}) {
      ReadResult result = json.readString(head + "\"period\": \"" + period + "\", " + rest);
      boolean bound = !result.dataset().targets().isEmpty();
      boolean ordered = period.startsWith("2012-04") || period.startsWith("+");
      assertThat(bound).as(period).isEqualTo(ordered);
      if (bound) {
        assertThat(result.dataset().targets().get(0).period().toString()).isEqualTo(period);
      }
    }
  }
}
