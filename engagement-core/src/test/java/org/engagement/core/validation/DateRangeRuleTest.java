package org.engagement.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.testkit.SampleDataset.PANEL_MEETING;
import static org.engagement.testkit.SampleDataset.WARD_PANEL;
import static org.engagement.core.validation.Reports.assertClean;
import static org.engagement.core.validation.Reports.sample;
import static org.engagement.core.validation.Reports.single;
import static org.engagement.core.validation.Reports.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.engagement.core.ActivityId;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.LocalPerformanceTarget;
import org.engagement.core.Panel;
import org.engagement.core.PanelMember;
import org.engagement.core.Period;
import org.engagement.core.RecordType;
import org.engagement.core.TargetId;
import org.engagement.testkit.SampleDataset;
import org.junit.jupiter.api.Test;

/** Every date lies from 1900-01-01 to 2999-12-31: {@link DateRangeRule}. */
class DateRangeRuleTest {

  private static final EngagementDataset SAMPLE = SampleDataset.lambeth();

  private static EngagementActivity activityOn(LocalDate date) {
    return EngagementActivity.builder().from(SAMPLE.activity(PANEL_MEETING).orElseThrow())
        .id(ActivityId.of("ACT-0003")).date(date).endDate(Optional.empty())
        .announcedDate(Optional.empty()).build();
  }

  @Test
  void dateRange_firstAndLastSupportedDay_noIssue() {
    assertClean(validate(sample().addActivities(activityOn(DatasetValidator.EARLIEST_DATE))
        .build()));
    assertClean(validate(sample().addActivities(activityOn(DatasetValidator.LATEST_DATE))
        .build()));
  }

  @Test
  void dateRange_lastDayJavaHolds_reportedAtTheDate() {
    ValidationIssue issue = single(validate(sample().addActivities(activityOn(LocalDate.MAX))
        .build()), ValidationCode.DATE_OUT_OF_RANGE);

    assertThat(issue.path()).isEqualTo(IssuePath.of(RecordType.ACTIVITY, 2, "ACT-0003", "date"));
    assertThat(issue.message()).isEqualTo(
        "date +999999999-12-31 is outside the supported dates 1900-01-01 to 2999-12-31");
  }

  @Test
  void dateRange_dayBeforeTheFirst_reported() {
    ValidationIssue issue = single(validate(sample()
        .addActivities(activityOn(LocalDate.of(1899, 12, 31))).build()),
        ValidationCode.DATE_OUT_OF_RANGE);

    assertThat(issue.message()).startsWith("date 1899-12-31 is outside");
  }

  @Test
  void dateRange_nestedDates_reportedAtTheirField() {
    Panel panel = SAMPLE.panel(WARD_PANEL).orElseThrow();
    List<PanelMember> members = List.of(PanelMember.builder().from(panel.members().get(0))
        .left(LocalDate.of(3000, 1, 1)).build());
    LocalPerformanceTarget target = LocalPerformanceTarget.builder()
        .from(SAMPLE.targets().get(0)).id(TargetId.of("TGT-0002"))
        .period(Period.of(LocalDate.of(2012, 4, 1), LocalDate.of(3012, 3, 31))).build();
    EngagementDataset data = EngagementDataset.builder().from(SAMPLE)
        .panels(List.of(Panel.builder().from(panel).members(members).build(),
            SAMPLE.panels().get(1)))
        .addTargets(target)
        .build();

    List<ValidationIssue> issues = validate(data).issues(ValidationCode.DATE_OUT_OF_RANGE);

    assertThat(issues).extracting(ValidationIssue::path).containsExactly(
        IssuePath.of(RecordType.TARGET, 1, "TGT-0002", "period", "to"),
        IssuePath.of(RecordType.PANEL, 0, WARD_PANEL.value(), "members", "0", "left"));
  }
}
