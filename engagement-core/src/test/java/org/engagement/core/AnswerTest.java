package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerTest {

  @Test
  void factories_giveTheirTokens() {
    assertThat(Answer.yes().token()).isEqualTo("YES");
    assertThat(Answer.no().token()).isEqualTo("NO");
    assertThat(Answer.dontKnow().token()).isEqualTo("DONT_KNOW");
    assertThat(Answer.category("ASB").token()).isEqualTo("ASB");
  }

  @Test
  void likert_isTheNumberAsText() {
    assertThat(Answer.likert(4)).hasToString("4");
    assertThat(Answer.likert(4)).isEqualTo(Answer.of("4"));
  }

  @Test
  void intValue_likertPoint_isTheNumber() {
    assertThat(Answer.likert(5).intValue()).hasValue(5);
    assertThat(Answer.likert(0).intValue()).hasValue(0);
    assertThat(Answer.likert(-3).intValue()).hasValue(-3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"DONT_KNOW", "YES", "-", "+5", "4.0", "1 ", "１", "1234567890"})
  void intValue_notAWholeNumberOfAtMostNineCharacters_isEmpty(String token) {
    assertThat(Answer.of(token).intValue()).isEmpty();
  }

  @Test
  void intValue_nineDigits_isTheNumber() {
    assertThat(Answer.of("999999999").intValue()).hasValue(999_999_999);
  }

  @Test
  void isDontKnow_onlyForDontKnow() {
    assertThat(Answer.dontKnow().isDontKnow()).isTrue();
    assertThat(Answer.of("dont_know").isDontKnow()).isFalse();
    assertThat(Answer.no().isDontKnow()).isFalse();
  }

  @Test
  void parse_stripsSurroundingWhiteSpace() {
    assertThat(Answer.parse(" 4\n")).isEqualTo(Answer.likert(4));
  }

  @ParameterizedTest
  @ValueSource(strings = {"YES", "NO", "DONT_KNOW", "3", "ASB"})
  void toString_parse_roundTrips(String token) {
    Answer answer = Answer.of(token);

    assertThat(Answer.parse(answer.toString())).isEqualTo(answer);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void of_blank_throws(String token) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Answer.of(token));

    assertThat(e).hasMessage("answer must not be blank");
  }

  @Test
  void parse_blank_throws() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Answer.parse("   "));

    assertThat(e).hasMessage("answer must not be blank");
  }
}
