package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.engagement.testkit.SampleDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecordTypeTest {

  private static final EngagementDataset SAMPLE = SampleDataset.lambeth();

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void records_areTheDatasetsCollection_ofTheRecordClass(RecordType type) {
    List<?> records = type.records(SAMPLE);
    assertThat(records).isNotEmpty().isSameAs(SAMPLE.records(type));
    assertThat(records).allSatisfy(r -> assertThat(r).isInstanceOf(type.recordClass()));
    assertThat(type.records(SAMPLE, type.recordClass())).isSameAs(records);
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void set_onABuilder_givesTheRecordsBack(RecordType type) {
    EngagementDataset.Builder builder = EngagementDataset.builder();
    type.set(builder, type.records(SAMPLE));
    EngagementDataset copy = builder.build();
    assertThat(copy.records(type)).isEqualTo(SAMPLE.records(type));
    for (RecordType other : RecordType.values()) {
      if (other != type) {
        assertThat(copy.records(other)).as(other.collection()).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void idOf_andOfClass_agreeWithTheDataset(RecordType type) {
    for (Object record : type.records(SAMPLE)) {
      assertThat(type.idOf(record)).isEqualTo(EngagementDataset.idOf(record));
      assertThat(RecordType.ofClass(record.getClass())).contains(type);
    }
  }

  /**
   * A record class with an {@code AreaId area()} (or a stakeholder's {@code homeArea()}) gives
   * its type an area, and only such a class: a type added without its area accessor fails here.
   * A survey's {@code Optional<AreaId> area()} is the area surveyed, not one it belongs to.
   */
  @ParameterizedTest
  @EnumSource(RecordType.class)
  void areaOf_isTheRecordClassesOwnArea(RecordType type) throws ReflectiveOperationException {
    java.lang.reflect.Method accessor = areaAccessor(type.recordClass());
    assertThat(type.hasArea()).as(type + " has an area accessor").isEqualTo(accessor != null);
    for (Object record : type.records(SAMPLE)) {
      if (accessor == null) {
        assertThatThrownBy(() -> type.areaOf(record))
            .isInstanceOf(UnsupportedOperationException.class)
            .hasMessage(type + " records name no area");
      } else {
        assertThat(type.areaOf(record)).isNotNull().isEqualTo(accessor.invoke(record));
      }
    }
  }

  private static java.lang.reflect.Method areaAccessor(Class<?> recordClass) {
    for (String name : List.of("area", "homeArea")) {
      try {
        java.lang.reflect.Method method = recordClass.getMethod(name);
        if (method.getReturnType() == AreaId.class) {
          return method;
        }
      } catch (NoSuchMethodException absent) {
        // not this name
      }
    }
    return null;
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void placement_isTheOwnArea_orTheActivitysOrPanels(RecordType type) {
    for (Object record : type.records(SAMPLE)) {
      java.util.Optional<AreaId> expected = switch (type) {
        case ANALYSIS -> SAMPLE.activity(((AnalysisRecord) record).activity())
            .map(EngagementActivity::area);
        case PRIORITY -> SAMPLE.panel(((Priority) record).panel()).map(Panel::area);
        default -> type.hasArea()
            ? java.util.Optional.of(type.areaOf(record)) : java.util.Optional.empty();
      };
      assertThat(type.placement(record, SAMPLE)).as(type.idOf(record)).isEqualTo(expected);
    }
    assertThat(type.isPlaced())
        .isEqualTo(type.hasArea() || type == RecordType.ANALYSIS || type == RecordType.PRIORITY);
  }

  @Test
  void placement_throughAMissingRecord_isEmpty() {
    AnalysisRecord analysis = SAMPLE.analyses().get(0);
    Priority priority = SAMPLE.priorities().get(0);
    assertThat(RecordType.ANALYSIS.placement(analysis, EngagementDataset.empty())).isEmpty();
    assertThat(RecordType.PRIORITY.placement(priority, EngagementDataset.empty())).isEmpty();
    assertThat(RecordType.ANALYSIS.placement(analysis, SAMPLE)).isPresent();
    assertThatThrownBy(() -> RecordType.PRIORITY.placement(analysis, SAMPLE))
        .isInstanceOf(ClassCastException.class);
    assertThatThrownBy(() -> RecordType.SURVEY.placement(analysis, SAMPLE))
        .isInstanceOf(ClassCastException.class);
  }

  @Test
  void collections_andClasses_areDistinct() {
    assertThat(java.util.Arrays.stream(RecordType.values()).map(RecordType::collection))
        .doesNotHaveDuplicates();
    assertThat(java.util.Arrays.stream(RecordType.values()).map(RecordType::recordClass))
        .doesNotHaveDuplicates();
    assertThat(RecordType.ofClass(String.class)).isEmpty();
  }

  @Test
  void records_ofAnotherClass_isRefused() {
    assertThatThrownBy(() -> RecordType.INPUT.records(SAMPLE, Area.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("INPUT holds CommunityInput, not Area");
  }

  @Test
  void set_recordsOfAnotherClass_isRefused() {
    assertThatThrownBy(() -> RecordType.INPUT.set(EngagementDataset.builder(), SAMPLE.areas()))
        .isInstanceOf(ClassCastException.class);
    assertThatThrownBy(() -> RecordType.INPUT.idOf(SAMPLE.areas().get(0)))
        .isInstanceOf(ClassCastException.class);
  }

  @Test
  void repeatedIdsAndAnswers_compareByValue() {
    // Whether they share one instance depends on how full the shared cache already is (other
    // tests in this JVM make thousands of ids); the cache itself is tested in CanonicalTest.
    assertThat(QuestionId.of(new String("Q-shared"))).isEqualTo(QuestionId.of("Q-shared"));
    assertThat(Answer.of(new String("AGREE-shared"))).isEqualTo(Answer.of("AGREE-shared"));
    assertThat(AreaId.of(new String("E05-shared"))).isEqualTo(AreaId.of("E05-shared"));
    assertThat(SurveyId.of(new String("S-shared"))).isEqualTo(SurveyId.of("S-shared"));
  }

  @Test
  void invalidIds_areStillRefused_everyTime() {
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> QuestionId.of(" Q1")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> AreaId.of("")).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
