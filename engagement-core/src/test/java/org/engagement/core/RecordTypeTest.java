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
