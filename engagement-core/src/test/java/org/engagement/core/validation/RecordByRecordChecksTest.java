package org.engagement.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.testkit.SampleDataset.BRIXTON;
import static org.engagement.testkit.SampleDataset.PANEL_MEETING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.engagement.core.ActivityId;
import org.engagement.core.CommunityInput;
import org.engagement.core.DecisionId;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InputId;
import org.engagement.core.RecordType;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.internal.CrossRecordTraps;
import org.engagement.core.internal.SumRangeCheck;
import org.engagement.testkit.SampleDataset;
import org.junit.jupiter.api.Test;

/**
 * {@link SumRangeCheck} and {@link CrossRecordTraps}, the checks a validator that reads a file
 * record by record shares with {@link DatasetValidator}: fed record by record, they give the
 * validator's issues for those rules; fed through a {@link CrossRecordTraps.Lookup} of their own,
 * they look nothing up in a dataset.
 */
class RecordByRecordChecksTest {

  private static final long HALF = Long.MAX_VALUE / 2 + 1; // two of them pass the range

  @Test
  void totals_recordByRecord_giveTheValidatorsSumIssue_once() {
    EngagementActivity meeting = SampleDataset.lambeth().activity(PANEL_MEETING).orElseThrow();
    EngagementDataset data = EngagementDataset.builder().from(SampleDataset.lambeth())
        .addActivities(
            EngagementActivity.builder().from(meeting).id(ActivityId.of("ACT-H1"))
                .area(BRIXTON).attendance(HALF).build(),
            EngagementActivity.builder().from(meeting).id(ActivityId.of("ACT-H2"))
                .area(BRIXTON).attendance(HALF).build(),
            EngagementActivity.builder().from(meeting).id(ActivityId.of("ACT-H3"))
                .area(BRIXTON).attendance(HALF).build())
        .build();
    List<ValidationIssue> issues = new ArrayList<>();
    SumRangeCheck totals = SumRangeCheck.reportingTo(issues::add);
    for (int i = 0; i < data.activities().size(); i++) {
      totals.addActivity(data.activities().get(i), i);
    }
    for (int i = 0; i < data.panels().size(); i++) {
      totals.addPanel(data.panels().get(i), i);
    }
    for (int i = 0; i < data.referencePopulations().size(); i++) {
      totals.addReferencePopulation(data.referencePopulations().get(i), i);
    }
    assertThat(issues).hasSize(1);
    ValidationIssue issue = issues.get(0);
    assertThat(issue.code()).isEqualTo(ValidationCode.SUM_OUT_OF_RANGE.name());
    assertThat(issue.path().recordType()).contains(RecordType.ACTIVITY);
    assertThat(issue.path().index()).contains(data.activities().size() - 2);
    assertThat(issue.path().field()).containsExactly("attendance");
    assertThat(DatasetValidator.standard().validate(data).issues())
        .filteredOn(i -> i.code().equals(ValidationCode.SUM_OUT_OF_RANGE.name()))
        .containsExactlyElementsOf(issues);
  }

  /** A look-up of a few dates and one rejection, as a streaming validator keeps them. */
  private record Kept(LocalDate inputDate, LocalDate decisionDate, Set<String> rejected)
      implements CrossRecordTraps.Lookup {
    @Override
    public LocalDate inputDate(InputId id) {
      return id.value().startsWith("IN-") ? inputDate : null;
    }

    @Override
    public LocalDate activityDate(ActivityId id) {
      return null;
    }

    @Override
    public LocalDate decisionDate(DecisionId id) {
      return id.value().startsWith("DEC-") ? decisionDate : null;
    }

    @Override
    public boolean rejected(DecisionId decision, InputId input) {
      return rejected.contains(decision.value() + "/" + input.value());
    }
  }

  @Test
  void allocationTraps_useOnlyTheLookup_inOrder_andSkipUnknownReferences() {
    ResourceAllocation sample = SampleDataset.lambeth().allocations().get(0);
    ResourceAllocation a = ResourceAllocation.builder().from(sample)
        .date(LocalDate.of(2012, 5, 1))
        .decision(DecisionId.of("DEC-X"))
        .respondsTo(List.of(InputId.of("IN-1"), InputId.of("OTHER-2")))
        .build();
    List<ValidationIssue> issues = new ArrayList<>();
    CrossRecordTraps.checkAllocation(a, 7, new Kept(LocalDate.of(2012, 6, 1),
        LocalDate.of(2012, 5, 2), Set.of("DEC-X/IN-1")), issues::add);
    assertThat(issues).extracting(ValidationIssue::code).containsExactly(
        ValidationCode.ALLOCATION_BEFORE_DECISION.name(),
        ValidationCode.ALLOCATION_FOR_REJECTED_INPUT.name(),
        ValidationCode.ALLOCATION_BEFORE_INPUT.name());
    assertThat(issues).allSatisfy(i -> assertThat(i.path().index()).contains(7));
    assertThat(issues.get(0).message()).isEqualTo("allocation " + a.id()
        + " of 2012-05-01 is dated before decision DEC-X of 2012-05-02 that it implements");
    assertThat(issues.get(2).path().field()).containsExactly("respondsTo", "0");

    List<ValidationIssue> none = new ArrayList<>();
    CrossRecordTraps.checkAllocation(a, 7, new Kept(null, null, Set.of("DEC-X/IN-1")), none::add);
    assertThat(none).as("an unknown decision sets no trap, not even the rejection").isEmpty();
  }

  @Test
  void inputTrap_comparesWithTheActivitysDate() {
    CommunityInput input = SampleDataset.lambeth().inputs().get(0);
    List<ValidationIssue> issues = new ArrayList<>();
    CrossRecordTraps.checkInput(input, 0, new CrossRecordTraps.Lookup() {
      @Override
      public LocalDate inputDate(InputId id) {
        return null;
      }

      @Override
      public LocalDate activityDate(ActivityId id) {
        return input.date().plusDays(1);
      }

      @Override
      public LocalDate decisionDate(DecisionId id) {
        return null;
      }

      @Override
      public boolean rejected(DecisionId decision, InputId in) {
        return false;
      }
    }, issues::add);
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(ValidationCode.INPUT_BEFORE_ACTIVITY.name());
      assertThat(i.path().field()).containsExactly("activity");
    });
  }
}
