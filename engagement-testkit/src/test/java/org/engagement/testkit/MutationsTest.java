package org.engagement.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.ValidationCode;
import org.engagement.core.validation.ValidationIssue;
import org.engagement.core.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MutationsTest {

  private static final EngagementDataset SAMPLE = SampleDataset.lambeth();

  static Stream<Mutations.Mutation> mutations() {
    return Mutations.list().stream();
  }

  @Test
  void all_coversEveryCodeTheModelCanTrigger() {
    Set<ValidationCode> covered =
        Mutations.list().stream().map(Mutations.Mutation::code).collect(Collectors.toSet());

    // CONSTRAINT_VIOLATED: no constraint of the model maps to it; VALIDATOR_FAILURE: a bug;
    // DUPLICATE_ENTRY: only readers report it, for a record whose builder refused it
    assertThat(covered).isEqualTo(EnumSet.complementOf(
        EnumSet.of(ValidationCode.CONSTRAINT_VIOLATED, ValidationCode.VALIDATOR_FAILURE,
            ValidationCode.DUPLICATE_ENTRY)));
  }

  @Test
  void all_namesAreUnique() {
    List<String> names = Mutations.list().stream().map(Mutations.Mutation::name).toList();

    assertThat(names).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @MethodSource("mutations")
  void apply_toTheSample_triggersItsCodeOnItsRecordAndNothingElse(Mutations.Mutation mutation) {
    Mutations.Mutated mutated = mutation.apply(SAMPLE);

    ValidationReport report = DatasetValidator.standard().validate(mutated.dataset());

    assertThat(mutated.name()).isEqualTo(mutation.name());
    assertThat(mutated.code()).isEqualTo(mutation.code());
    assertThat(report.issues(mutated.code())).as("%s", report)
        .extracting(ValidationIssue::path)
        .anySatisfy(path -> {
          assertThat(path.recordType()).contains(mutated.recordType());
          assertThat(path.recordId()).contains(mutated.recordId());
        });
    assertThat(report.issues()).as("%s", report)
        .allSatisfy(issue -> assertThat(mutated.allowedCodes())
            .contains(ValidationCode.valueOf(issue.code())));
  }

  @ParameterizedTest
  @MethodSource("mutations")
  void apply_leavesTheOriginalValid(Mutations.Mutation mutation) {
    mutation.apply(SAMPLE);

    assertThat(DatasetValidator.standard().validate(SAMPLE).issues()).isEmpty();
  }

  @Test
  void apply_datasetWithoutTheRecordsItNeeds_throwsNamingWhatIsMissing() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Mutations.unknownActivity(EngagementDataset.empty()));

    assertThat(e).hasMessage("mutation needs a dataset with an input");
  }

  @Test
  void areaCycle_treeWithoutChildren_throws() {
    EngagementDataset flat = Mutations.withRecords(SAMPLE, RecordType.AREA,
        List.of(SAMPLE.areas().get(0)));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Mutations.areaCycle(flat));

    assertThat(e).hasMessage("mutation areaCycle needs an area with a child");
  }

  @Test
  void duplicateQuestionRole_needsNoRecords() {
    Mutations.Mutated mutated = Mutations.duplicateQuestionRole(EngagementDataset.empty());

    assertThat(DatasetValidator.standard().validate(mutated.dataset()).countsByCode())
        .containsOnlyKeys(ValidationCode.DUPLICATE_QUESTION_ROLE.name());
  }

  @Test
  void withRecords_replacesOneCollectionOnly() {
    EngagementDataset withoutAreas = Mutations.withRecords(SAMPLE, RecordType.AREA, List.of());

    assertThat(withoutAreas.areas()).isEmpty();
    for (RecordType type : RecordType.values()) {
      if (type != RecordType.AREA) {
        assertThat(withoutAreas.records(type)).isEqualTo(SAMPLE.records(type));
      }
    }
    assertThat(SAMPLE.areas()).hasSize(4);
  }

  @Test
  void withRecords_recordOfAnotherType_throws() {
    List<?> activities = SAMPLE.activities();

    assertThrows(ClassCastException.class,
        () -> Mutations.withRecords(SAMPLE, RecordType.AREA, activities));
  }
}
