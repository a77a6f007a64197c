package org.engagement.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.testkit.SampleDataset.ASB_INPUT;
import static org.engagement.testkit.SampleDataset.LAMBETH;
import static org.engagement.testkit.SampleDataset.PANEL_MEETING;
import static org.engagement.testkit.SampleDataset.SURVEY;
import static org.engagement.core.validation.Reports.assertClean;
import static org.engagement.core.validation.Reports.sample;
import static org.engagement.core.validation.Reports.single;
import static org.engagement.core.validation.Reports.validate;

import java.time.LocalDate;
import java.util.List;
import org.engagement.core.ActivityId;
import org.engagement.core.AllocationId;
import org.engagement.core.Answer;
import org.engagement.core.AreaId;
import org.engagement.core.CommunityInput;
import org.engagement.core.DecisionId;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.GroupId;
import org.engagement.core.InitiativeId;
import org.engagement.core.InputId;
import org.engagement.core.PanelId;
import org.engagement.core.Priority;
import org.engagement.core.PriorityId;
import org.engagement.core.QuestionId;
import org.engagement.core.RecordType;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.ResponseId;
import org.engagement.core.Stakeholder;
import org.engagement.core.StakeholderId;
import org.engagement.core.SurveyId;
import org.engagement.core.SurveyResponse;
import org.engagement.testkit.SampleDataset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every reference resolves: {@link ReferenceRule} (and the question check of {@link AnswerRule}). */
class ReferenceRuleTest {

  private static final EngagementDataset SAMPLE = SampleDataset.lambeth();

  /** A copy of the sample's panel meeting under another id, which lands at activities[2]. */
  private static EngagementActivity.Builder activity() {
    return EngagementActivity.builder().from(SAMPLE.activity(PANEL_MEETING).orElseThrow())
        .id(ActivityId.of("ACT-0003"));
  }

  private static CommunityInput.Builder input() {
    return CommunityInput.builder().from(SAMPLE.input(ASB_INPUT).orElseThrow())
        .id(InputId.of("IN-0003"));
  }

  private static SurveyResponse.Builder response() {
    return SurveyResponse.builder().from(SAMPLE.responses().get(0)).id(ResponseId.of("R-000002"));
  }

  private static ResourceAllocation.Builder allocation() {
    return ResourceAllocation.builder().from(SAMPLE.allocations().get(0))
        .id(AllocationId.of("ALLOC-0002"));
  }

  private static Priority.Builder priority() {
    return Priority.builder().from(SAMPLE.priorities().get(0)).id(PriorityId.of("PRI-0002"));
  }

  private static Stakeholder.Builder stakeholder() {
    return Stakeholder.builder().from(SAMPLE.stakeholders().get(0))
        .id(StakeholderId.of("SH-0002"));
  }

  private static DecisionRecord.Builder decision() {
    return DecisionRecord.builder().id(DecisionId.of("DEC-0002")).body("Borough SLT")
        .area(LAMBETH).date(LocalDate.of(2012, 12, 1));
  }

  @Nested
  class UnknownReference {

    @Test
    void unknownReference_everyReferenceOfTheSampleResolves_noIssue() {
      assertClean(validate(sample()
          .addActivities(activity().build()).addInputs(input().build())
          .addResponses(response().build()).addAllocations(allocation().build())
          .addPriorities(priority().build()).addStakeholders(stakeholder().build())
          .addDecisions(decision().addPresentedInputs(ASB_INPUT).build())
          .build()));
    }

    @Test
    void unknownReference_area_reported() {
      EngagementDataset data =
          sample().addActivities(activity().area(AreaId.of("E05999999")).build()).build();

      ValidationIssue issue = single(validate(data), ValidationCode.UNKNOWN_REFERENCE);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.ACTIVITY, 2, "ACT-0003", "area"));
      assertThat(issue.message()).isEqualTo("unknown area id: E05999999");
    }

    @Test
    void unknownReference_activity_reported() {
      EngagementDataset data =
          sample().addInputs(input().activity(ActivityId.of("ACT-9999")).build()).build();

      ValidationIssue issue = single(validate(data), ValidationCode.UNKNOWN_REFERENCE);

      assertThat(issue.path()).isEqualTo(IssuePath.of(RecordType.INPUT, 2, "IN-0003", "activity"));
      assertThat(issue.message()).isEqualTo("unknown activity id: ACT-9999");
    }

    @Test
    void unknownReference_input_reported() {
      EngagementDataset data =
          sample().addDecisions(decision().addPresentedInputs(InputId.of("IN-9999")).build())
              .build();

      ValidationIssue issue = single(validate(data), ValidationCode.UNKNOWN_REFERENCE);

      assertThat(issue.path()).isEqualTo(
          IssuePath.of(RecordType.DECISION, 1, "DEC-0002", "presentedInputs", "0"));
      assertThat(issue.message()).isEqualTo("unknown input id: IN-9999");
    }

    @Test
    void unknownReference_decision_reported() {
      EngagementDataset data =
          sample().addAllocations(allocation().decision(DecisionId.of("DEC-9999")).build())
              .build();

      ValidationIssue issue = single(validate(data), ValidationCode.UNKNOWN_REFERENCE);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.ALLOCATION, 1, "ALLOC-0002", "decision"));
      assertThat(issue.message()).isEqualTo("unknown decision id: DEC-9999");
    }

    @Test
    void unknownReference_initiative_reported() {
      EngagementDataset data = sample().addActivities(
          activity().addInitiatives(InitiativeId.of("OP-9999")).build()).build();

      ValidationIssue issue = single(validate(data), ValidationCode.UNKNOWN_REFERENCE);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.ACTIVITY, 2, "ACT-0003", "initiatives", "1"));
      assertThat(issue.message()).isEqualTo("unknown initiative id: OP-9999");
    }

    @Test
    void unknownReference_panel_reported() {
      EngagementDataset data =
          sample().addPriorities(priority().panel(PanelId.of("SNP-9999")).build()).build();

      ValidationIssue issue = single(validate(data), ValidationCode.UNKNOWN_REFERENCE);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.PRIORITY, 1, "PRI-0002", "panel"));
      assertThat(issue.message()).isEqualTo("unknown panel id: SNP-9999");
    }

    @Test
    void unknownReference_survey_reported() {
      EngagementDataset data =
          sample().addResponses(response().survey(SurveyId.of("PAS-1999")).build()).build();

      ValidationReport report = validate(data);
      ValidationIssue issue = single(report, ValidationCode.UNKNOWN_REFERENCE);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.RESPONSE, 1, "R-000002", "survey"));
      assertThat(issue.message()).isEqualTo("unknown survey id: PAS-1999");
      // the answers cannot be checked without their survey, and are not reported again
      assertThat(report.issues()).containsExactly(issue);
    }

    @Test
    void unknownReference_question_reported() {
      EngagementDataset data = sample()
          .addResponses(response().putAnswers(QuestionId.of("Q99"), Answer.yes()).build())
          .build();

      ValidationIssue issue = single(validate(data), ValidationCode.UNKNOWN_REFERENCE);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.RESPONSE, 1, "R-000002", "answers", "Q99"));
      assertThat(issue.message()).isEqualTo("unknown question id: Q99 (not in survey PAS-2012)");
    }

    @Test
    void unknownReference_hardToHearGroup_reported() {
      EngagementDataset data = sample()
          .addStakeholders(stakeholder().addGroups(GroupId.of("HTH-9999")).build()).build();

      ValidationIssue issue = single(validate(data), ValidationCode.UNKNOWN_REFERENCE);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.STAKEHOLDER, 1, "SH-0002", "groups", "1"));
      assertThat(issue.message()).isEqualTo("unknown hard-to-hear group id: HTH-9999");
    }

    @Test
    void unknownReference_questionOfAnotherSurvey_reportedAgainstTheResponsesSurvey() {
      EngagementDataset data = sample()
          .addResponses(response().survey(SURVEY).putAnswers(QuestionId.of("q1"), Answer.yes())
              .build())
          .build();

      // ids are case-sensitive: q1 is not Q1
      assertThat(single(validate(data), ValidationCode.UNKNOWN_REFERENCE).message())
          .isEqualTo("unknown question id: q1 (not in survey PAS-2012)");
    }
  }

  @Nested
  class UnknownIssueCategory {

    @Test
    void unknownIssueCategory_codesOfTheTaxonomy_noIssue() {
      assertClean(validate(sample()
          .addInputs(input().issueCategory("BURGLARY").build())
          .addActivities(activity().issueCategories(List.of("DRUGS", "ASB")).build())
          .build()));
    }

    @Test
    void unknownIssueCategory_inputCategory_reported() {
      EngagementDataset data = sample().addInputs(input().issueCategory("NOISE").build()).build();

      ValidationIssue issue = single(validate(data), ValidationCode.UNKNOWN_ISSUE_CATEGORY);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.INPUT, 2, "IN-0003", "issueCategory"));
      assertThat(issue.message()).isEqualTo("unknown issue category: NOISE");
    }

    @Test
    void unknownIssueCategory_activityCategory_reportedWithItsPosition() {
      EngagementDataset data =
          sample().addActivities(activity().addIssueCategories("asb").build()).build();

      ValidationIssue issue = single(validate(data), ValidationCode.UNKNOWN_ISSUE_CATEGORY);

      assertThat(issue.path()).isEqualTo(
          IssuePath.of(RecordType.ACTIVITY, 2, "ACT-0003", "issueCategories", "1"));
      assertThat(issue.message()).isEqualTo("unknown issue category: asb");
    }

    @Test
    void unknownIssueCategory_priorityCategory_reported() {
      EngagementDataset data = sample().addPriorities(priority().category("GANGS").build()).build();

      ValidationIssue issue = single(validate(data), ValidationCode.UNKNOWN_ISSUE_CATEGORY);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.PRIORITY, 1, "PRI-0002", "category"));
      assertThat(issue.message()).isEqualTo("unknown issue category: GANGS");
    }

    @Test
    void unknownIssueCategory_allocationCategory_reported() {
      EngagementDataset data =
          sample().addAllocations(allocation().issueCategory("FRAUD").build()).build();

      assertThat(single(validate(data), ValidationCode.UNKNOWN_ISSUE_CATEGORY).path())
          .isEqualTo(IssuePath.of(RecordType.ALLOCATION, 1, "ALLOC-0002", "issueCategory"));
    }

    @Test
    void unknownIssueCategory_blankCode_reportedAsBlankTextOnly() {
      EngagementDataset data = sample()
          .addInputs(input().issueCategory(" ").build())
          .addActivities(activity().addIssueCategories("").build())
          .addPriorities(priority().category(" ").build())
          .build();

      ValidationReport report = validate(data);

      assertThat(report.issues(ValidationCode.UNKNOWN_ISSUE_CATEGORY)).isEmpty();
      assertThat(report.issues(ValidationCode.BLANK_TEXT)).extracting(ValidationIssue::path)
          .containsExactly(
              IssuePath.of(RecordType.ACTIVITY, 2, "ACT-0003", "issueCategories", "1"),
              IssuePath.of(RecordType.INPUT, 2, "IN-0003", "issueCategory"),
              IssuePath.of(RecordType.PRIORITY, 1, "PRI-0002", "category"));
    }
  }
}
