package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The behaviour every typed id shares through {@link RecordId}, checked on each id type. */
class RecordIdTest {

  /** One typed id: its name in messages, its {@code of} and its {@code parse}. */
  record IdType(String kind, Function<String, RecordId> of, Function<CharSequence, RecordId> parse) {
    @Override
    public String toString() {
      return kind;
    }
  }

  static Stream<IdType> idTypes() {
    return Stream.of(
        new IdType("activity id", ActivityId::of, ActivityId::parse),
        new IdType("allocation id", AllocationId::of, AllocationId::parse),
        new IdType("analysis id", AnalysisId::of, AnalysisId::parse),
        new IdType("area id", AreaId::of, AreaId::parse),
        new IdType("commitment id", CommitmentId::of, CommitmentId::parse),
        new IdType("decision id", DecisionId::of, DecisionId::parse),
        new IdType("feedback id", FeedbackId::of, FeedbackId::parse),
        new IdType("group id", GroupId::of, GroupId::parse),
        new IdType("initiative id", InitiativeId::of, InitiativeId::parse),
        new IdType("input id", InputId::of, InputId::parse),
        new IdType("message id", MessageId::of, MessageId::parse),
        new IdType("panel id", PanelId::of, PanelId::parse),
        new IdType("participant id", ParticipantId::of, ParticipantId::parse),
        new IdType("population id", PopulationId::of, PopulationId::parse),
        new IdType("priority id", PriorityId::of, PriorityId::parse),
        new IdType("publication id", PublicationId::of, PublicationId::parse),
        new IdType("question id", QuestionId::of, QuestionId::parse),
        new IdType("response id", ResponseId::of, ResponseId::parse),
        new IdType("role id", RoleId::of, RoleId::parse),
        new IdType("stakeholder id", StakeholderId::of, StakeholderId::parse),
        new IdType("survey id", SurveyId::of, SurveyId::parse),
        new IdType("target id", TargetId::of, TargetId::parse));
  }

  @ParameterizedTest
  @MethodSource("idTypes")
  void toString_parse_roundTrips(IdType type) {
    for (String value : List.of("E09000022", "ACT-2012-0001", "a b", "Ünïcødé", "0")) {
      RecordId id = type.of().apply(value);

      assertThat(id).hasToString(value);
      assertThat(type.parse().apply(id.toString())).isEqualTo(id);
      assertThat(id.value()).isEqualTo(value);
    }
  }

  @ParameterizedTest
  @MethodSource("idTypes")
  void parse_readsAnyCharSequence(IdType type) {
    assertThat(type.parse().apply(new StringBuilder("X-1"))).isEqualTo(type.of().apply("X-1"));
  }

  @ParameterizedTest
  @MethodSource("idTypes")
  void equals_sameTypeAndValue(IdType type) {
    assertThat(type.of().apply("X-1")).isEqualTo(type.of().apply("X-1"))
        .hasSameHashCodeAs(type.of().apply("X-1"))
        .isNotEqualTo(type.of().apply("X-2"));
  }

  @ParameterizedTest
  @MethodSource("idTypes")
  void compareTo_ordinalStringOrder(IdType type) {
    List<RecordId> ids = new ArrayList<>();
    for (String value : List.of("b", "a", "B", "A10", "A2", "A")) {
      ids.add(type.of().apply(value));
    }

    ids.sort(null);

    // ordinal order: upper case before lower case, "A10" before "A2"
    assertThat(ids).extracting(RecordId::value).containsExactly("A", "A10", "A2", "B", "a", "b");
  }

  @ParameterizedTest
  @MethodSource("idTypes")
  void of_blank_throwsNamingTheIdType(IdType type) {
    for (String blank : List.of("", " ", "\t")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> type.of().apply(blank));

      assertThat(e).hasMessage(type.kind() + " must not be blank");
    }
  }

  @ParameterizedTest
  @MethodSource("idTypes")
  void of_surroundingWhiteSpace_throwsWithTheValue(IdType type) {
    for (String padded : List.of(" X-1", "X-1 ", "X-1\n")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> type.of().apply(padded));

      assertThat(e).hasMessage(
          type.kind() + " must not start or end with white space: '" + padded + "'");
    }
  }

  @ParameterizedTest
  @MethodSource("idTypes")
  void of_controlCharacter_throws(IdType type) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> type.of().apply("X\u00001"));

    assertThat(e).hasMessageStartingWith(type.kind() + " must not contain control characters");
  }

  @ParameterizedTest
  @MethodSource("idTypes")
  void parse_null_throwsNullPointerException(IdType type) {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> type.parse().apply(null));

    assertThat(e).hasMessage("text to parse must not be null");
  }

  @ParameterizedTest
  @MethodSource("idTypes")
  void parse_paddedText_throwsRatherThanStripping(IdType type) {
    assertThrows(IllegalArgumentException.class, () -> type.parse().apply(" X-1 "));
  }

  @Test
  void equals_idsOfDifferentTypesWithOneValue_differ() {
    assertThat((Object) AreaId.of("X")).isNotEqualTo(ActivityId.of("X"));
  }

  @Test
  void compareTo_idsOfDifferentTypes_compareByTypeName() {
    assertThat(ActivityId.of("Z").compareTo(AreaId.of("A"))).isNegative();
    assertThat(AreaId.of("A").compareTo(ActivityId.of("Z"))).isPositive();
  }
}
