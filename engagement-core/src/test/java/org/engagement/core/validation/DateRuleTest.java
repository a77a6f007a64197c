package org.engagement.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.testkit.SampleDataset.ASB_INPUT;
import static org.engagement.testkit.SampleDataset.BRIXTON;
import static org.engagement.testkit.SampleDataset.LAMBETH;
import static org.engagement.testkit.SampleDataset.PANEL_MEETING;
import static org.engagement.testkit.SampleDataset.WARD_PANEL;
import static org.engagement.core.validation.Reports.assertClean;
import static org.engagement.core.validation.Reports.sample;
import static org.engagement.core.validation.Reports.single;
import static org.engagement.core.validation.Reports.validate;

import java.time.LocalDate;
import org.engagement.core.ActivityId;
import org.engagement.core.ActivityMode;
import org.engagement.core.Consideration;
import org.engagement.core.DecisionId;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Feedback;
import org.engagement.core.FeedbackFormat;
import org.engagement.core.FeedbackId;
import org.engagement.core.Initiative;
import org.engagement.core.InitiativeId;
import org.engagement.core.InitiativeKind;
import org.engagement.core.MemberCategory;
import org.engagement.core.Openness;
import org.engagement.core.Panel;
import org.engagement.core.PanelId;
import org.engagement.core.PanelKind;
import org.engagement.core.PanelMember;
import org.engagement.core.ParticipantId;
import org.engagement.core.Priority;
import org.engagement.core.PriorityId;
import org.engagement.core.PrioritySource;
import org.engagement.core.RecordType;
import org.engagement.core.RoleAssignment;
import org.engagement.core.RoleId;
import org.engagement.core.RoleKind;
import org.engagement.testkit.SampleDataset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Dates in order: {@link DateRule}. */
class DateRuleTest {

  private static final EngagementDataset SAMPLE = SampleDataset.lambeth();
  private static final LocalDate DAY = LocalDate.of(2012, 10, 4);
  private static final LocalDate DAY_BEFORE = DAY.minusDays(1);

  @Nested
  class DateOrder {

    private EngagementActivity activityEnding(LocalDate end) {
      return EngagementActivity.builder().from(SAMPLE.activity(PANEL_MEETING).orElseThrow())
          .id(ActivityId.of("ACT-0003")).mode(ActivityMode.CONTINUOUS).date(DAY).endDate(end)
          .build();
    }

    private Initiative initiativeEnding(LocalDate end) {
      return Initiative.builder().id(InitiativeId.of("OP-0002")).kind(InitiativeKind.INITIATIVE)
          .name("Safer Streets").businessUnit("Lambeth").area(LAMBETH).start(DAY).end(end)
          .build();
    }

    private Panel.Builder panel() {
      return Panel.builder().id(PanelId.of("YP-0001")).kind(PanelKind.YOUTH_PANEL)
          .name("Lambeth Youth KIN").area(LAMBETH).activeFrom(DAY).openness(Openness.CLOSED);
    }

    private PanelMember memberLeaving(LocalDate left) {
      return PanelMember.builder().member(ParticipantId.of("P-aa11")).category(MemberCategory.YOUTH)
          .joined(DAY).left(left).build();
    }

    private RoleAssignment roleEnding(LocalDate to) {
      return RoleAssignment.builder().id(RoleId.of("ROLE-0002")).role(RoleKind.BUSINESS_SPOC)
          .area(LAMBETH).from(DAY).to(to).build();
    }

    private Priority priorityActedOn(LocalDate actionDate) {
      return Priority.builder().id(PriorityId.of("PRI-0002")).panel(WARD_PANEL)
          .issue("Speeding on Acre Lane").source(PrioritySource.LOCAL).setDate(DAY)
          .action("Speed checks").actionDate(actionDate).build();
    }

    @Test
    void dateOrder_activityEndingOnItsFirstDay_noIssue() {
      assertClean(validate(sample().addActivities(activityEnding(DAY)).build()));
    }

    @Test
    void dateOrder_activityEndBeforeDate_reported() {
      ValidationIssue issue = single(
          validate(sample().addActivities(activityEnding(DAY_BEFORE)).build()),
          ValidationCode.DATE_ORDER);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.ACTIVITY, 2, "ACT-0003", "endDate"));
      assertThat(issue.message())
          .isEqualTo("endDate 2012-10-03 is before the activity's date 2012-10-04");
    }

    @Test
    void dateOrder_initiativeEndingOnItsStart_noIssue() {
      assertClean(validate(sample().addInitiatives(initiativeEnding(DAY)).build()));
    }

    @Test
    void dateOrder_initiativeEndBeforeStart_reported() {
      ValidationIssue issue = single(
          validate(sample().addInitiatives(initiativeEnding(DAY_BEFORE)).build()),
          ValidationCode.DATE_ORDER);

      assertThat(issue.path()).isEqualTo(IssuePath.of(RecordType.INITIATIVE, 1, "OP-0002", "end"));
      assertThat(issue.message()).isEqualTo("end 2012-10-03 is before its start 2012-10-04");
    }

    @Test
    void dateOrder_panelActiveForOneDay_noIssue() {
      assertClean(validate(sample().addPanels(panel().activeTo(DAY).build()).build()));
    }

    @Test
    void dateOrder_panelActiveToBeforeActiveFrom_reported() {
      ValidationIssue issue = single(
          validate(sample().addPanels(panel().activeTo(DAY_BEFORE).build()).build()),
          ValidationCode.DATE_ORDER);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.PANEL, 2, "YP-0001", "activeTo"));
      assertThat(issue.message()).isEqualTo("activeTo 2012-10-03 is before activeFrom 2012-10-04");
    }

    @Test
    void dateOrder_memberLeavingOnTheDayJoined_noIssue() {
      assertClean(validate(sample().addPanels(panel().addMembers(memberLeaving(DAY)).build())
          .build()));
    }

    @Test
    void dateOrder_memberLeftBeforeJoining_reported() {
      Panel withMembers = panel()
          .addMembers(memberLeaving(DAY.plusDays(30)), memberLeaving(DAY_BEFORE)).build();

      ValidationIssue issue =
          single(validate(sample().addPanels(withMembers).build()), ValidationCode.DATE_ORDER);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.PANEL, 2, "YP-0001", "members", "1", "left"));
      assertThat(issue.message())
          .isEqualTo("left 2012-10-03 is before the date joined 2012-10-04");
    }

    @Test
    void dateOrder_roleHeldForOneDay_noIssue() {
      assertClean(validate(sample().addRoles(roleEnding(DAY)).build()));
    }

    @Test
    void dateOrder_roleToBeforeFrom_reported() {
      ValidationIssue issue = single(validate(sample().addRoles(roleEnding(DAY_BEFORE)).build()),
          ValidationCode.DATE_ORDER);

      assertThat(issue.path()).isEqualTo(IssuePath.of(RecordType.ROLE, 1, "ROLE-0002", "to"));
      assertThat(issue.message()).isEqualTo("to 2012-10-03 is before from 2012-10-04");
    }

    @Test
    void dateOrder_priorityActedOnTheDaySet_noIssue() {
      assertClean(validate(sample().addPriorities(priorityActedOn(DAY)).build()));
    }

    @Test
    void dateOrder_priorityActionDateBeforeSetDate_reported() {
      ValidationIssue issue = single(
          validate(sample().addPriorities(priorityActedOn(DAY_BEFORE)).build()),
          ValidationCode.DATE_ORDER);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.PRIORITY, 1, "PRI-0002", "actionDate"));
      assertThat(issue.message())
          .isEqualTo("actionDate 2012-10-03 is before the set date 2012-10-04");
    }
  }

  @Nested
  class DecisionBeforeInput {

    // the ASB input was raised on DAY, 4 October 2012
    private DecisionRecord.Builder decisionOn(LocalDate date) {
      return DecisionRecord.builder().id(DecisionId.of("DEC-0002")).body("Ward tasking")
          .area(BRIXTON).date(date);
    }

    @Test
    void decisionBeforeInput_decisionOnTheDayTheInputWasRaised_noIssue() {
      assertClean(validate(sample().addDecisions(decisionOn(DAY).addPresentedInputs(ASB_INPUT)
          .build()).build()));
    }

    @Test
    void decisionBeforeInput_decisionTheDayBefore_reported() {
      EngagementDataset data = sample()
          .addDecisions(decisionOn(DAY_BEFORE).addPresentedInputs(ASB_INPUT).build()).build();

      ValidationIssue issue = single(validate(data), ValidationCode.DECISION_BEFORE_INPUT);

      assertThat(issue.path()).isEqualTo(
          IssuePath.of(RecordType.DECISION, 1, "DEC-0002", "presentedInputs", "0"));
      assertThat(issue.message()).isEqualTo(
          "decision of 2012-10-03 is before input IN-0001 was raised on 2012-10-04");
    }

    @Test
    void decisionBeforeInput_considerationOfAnInputNotPresented_reportedAtTheConsideration() {
      EngagementDataset data = sample().addDecisions(decisionOn(DAY_BEFORE)
          .addConsiderations(Consideration.builder().input(ASB_INPUT).considered(false).build())
          .build()).build();

      ValidationIssue issue = single(validate(data), ValidationCode.DECISION_BEFORE_INPUT);

      assertThat(issue.path()).isEqualTo(
          IssuePath.of(RecordType.DECISION, 1, "DEC-0002", "considerations", "0", "input"));
      assertThat(issue.message()).contains("IN-0001", "2012-10-03", "2012-10-04");
    }

    @Test
    void decisionBeforeInput_presentedAndConsidered_reportedOnce() {
      EngagementDataset data = sample().addDecisions(decisionOn(DAY_BEFORE)
          .addPresentedInputs(ASB_INPUT)
          .addConsiderations(Consideration.builder().input(ASB_INPUT).considered(true).build())
          .build()).build();

      assertThat(validate(data).issues(ValidationCode.DECISION_BEFORE_INPUT)).hasSize(1);
    }
  }

  @Nested
  class FeedbackBeforeActivity {

    // the panel meeting took place on DAY, 4 October 2012
    private Feedback feedbackPublished(LocalDate published) {
      return Feedback.builder().id(FeedbackId.of("FB-0002")).published(published)
          .channel("panel minutes").format(FeedbackFormat.FULL_TEXT).addAnswers(PANEL_MEETING)
          .build();
    }

    @Test
    void feedbackBeforeActivity_publishedOnTheDayOfTheActivity_noIssue() {
      assertClean(validate(sample().addFeedback(feedbackPublished(DAY)).build()));
    }

    @Test
    void feedbackBeforeActivity_publishedTheDayBefore_reported() {
      ValidationIssue issue = single(
          validate(sample().addFeedback(feedbackPublished(DAY_BEFORE)).build()),
          ValidationCode.FEEDBACK_BEFORE_ACTIVITY);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.FEEDBACK, 1, "FB-0002", "answers", "0"));
      assertThat(issue.message()).isEqualTo(
          "feedback published 2012-10-03 is before activity ACT-0001 on 2012-10-04");
    }
  }
}
