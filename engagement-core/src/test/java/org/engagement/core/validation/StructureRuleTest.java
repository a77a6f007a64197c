package org.engagement.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.testkit.SampleDataset.ASB_INPUT;
import static org.engagement.testkit.SampleDataset.BRIXTON;
import static org.engagement.testkit.SampleDataset.DRUGS_INPUT;
import static org.engagement.testkit.SampleDataset.LAMBETH;
import static org.engagement.testkit.SampleDataset.LONDON;
import static org.engagement.testkit.SampleDataset.PANEL_MEETING;
import static org.engagement.core.validation.Reports.assertClean;
import static org.engagement.core.validation.Reports.sample;
import static org.engagement.core.validation.Reports.single;
import static org.engagement.core.validation.Reports.validate;

import java.time.LocalDate;
import java.util.List;
import org.engagement.core.ActivityId;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.Consideration;
import org.engagement.core.DecisionId;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InputId;
import org.engagement.core.IssueCategory;
import org.engagement.core.PopulationId;
import org.engagement.core.Question;
import org.engagement.core.QuestionId;
import org.engagement.core.QuestionType;
import org.engagement.core.RecordType;
import org.engagement.core.ReferencePopulation;
import org.engagement.core.StandardRole;
import org.engagement.core.Survey;
import org.engagement.core.SurveyId;
import org.engagement.core.SurveyPopulation;
import org.engagement.testkit.SampleDataset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules of shape: {@link StructureRule}. */
class StructureRuleTest {

  private static final EngagementDataset SAMPLE = SampleDataset.lambeth();

  private static EngagementActivity panelMeetingAs(String id) {
    return EngagementActivity.builder().from(SAMPLE.activity(PANEL_MEETING).orElseThrow())
        .id(ActivityId.of(id)).build();
  }

  private static Survey survey(String id, Question... questions) {
    return Survey.builder().id(SurveyId.of(id)).name("Youth survey").wave("2012")
        .population(SurveyPopulation.PARTICIPANTS).addQuestions(questions).build();
  }

  private static Question question(String id, QuestionType type, StandardRole role) {
    Question.Builder q = Question.builder().id(QuestionId.of(id)).text("Question " + id).type(type);
    if (role != null) {
      q.role(role);
    }
    if (type == QuestionType.CATEGORICAL) {
      q.addCategories("ASB");
    }
    return q.build();
  }

  private static DecisionRecord decision(List<InputId> presented, InputId... considered) {
    DecisionRecord.Builder d = DecisionRecord.builder().id(DecisionId.of("DEC-0002"))
        .body("Borough SLT").area(LAMBETH).date(LocalDate.of(2012, 12, 1))
        .addAllPresentedInputs(presented);
    for (InputId input : considered) {
      d.addConsiderations(Consideration.builder().input(input).considered(true).build());
    }
    return d.build();
  }

  @Nested
  class DuplicateId {

    @Test
    void duplicateId_distinctActivityIds_noIssue() {
      assertClean(validate(sample().addActivities(panelMeetingAs("ACT-0003")).build()));
    }

    @Test
    void duplicateId_secondActivityWithSameId_reportedAtTheSecond() {
      ValidationReport report = validate(sample().addActivities(panelMeetingAs("ACT-0001")).build());

      ValidationIssue issue = single(report, ValidationCode.DUPLICATE_ID);
      assertThat(issue.path()).isEqualTo(IssuePath.of(RecordType.ACTIVITY, 2, "ACT-0001"));
      assertThat(issue.message()).isEqualTo("duplicate id ACT-0001: also at activities[0]");
      assertThat(report.issues()).containsExactly(issue);
    }

    @Test
    void duplicateId_sameQuestionIdInTwoSurveys_noIssue() {
      // Q1 is also a question of the sample's survey: question ids are unique per survey only.
      Survey other = survey("YS-2012", question("Q1", QuestionType.BINARY, null));

      assertClean(validate(sample().addSurveys(other).build()));
    }

    @Test
    void duplicateId_questionIdTwiceInOneSurvey_reportedAtTheSecondQuestion() {
      Survey twice = survey("YS-2012",
          question("Q1", QuestionType.BINARY, null), question("Q1", QuestionType.LIKERT_5, null));

      ValidationIssue issue =
          single(validate(sample().addSurveys(twice).build()), ValidationCode.DUPLICATE_ID);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.SURVEY, 1, "YS-2012", "questions", "1", "id"));
      assertThat(issue.message()).isEqualTo("duplicate question id Q1 in survey YS-2012");
    }

    @Test
    void duplicateId_issueCategoryCodeTwice_reportedAtTheSecondCategory() {
      EngagementDataset data =
          sample().addIssueCategories(IssueCategory.of("ASB", "Nuisance and rowdiness")).build();

      ValidationIssue issue = single(validate(data), ValidationCode.DUPLICATE_ID);

      assertThat(issue.path()).isEqualTo(IssuePath.of(RecordType.ISSUE_CATEGORY, 3, "ASB"));
      assertThat(issue.message()).isEqualTo("duplicate id ASB: also at issueCategories[0]");
    }

    @Test
    void duplicateId_newIssueCategoryCode_noIssue() {
      assertClean(validate(sample().addIssueCategories(IssueCategory.of("TRAFFIC", "Traffic"))
          .build()));
    }
  }

  @Nested
  class AreaCycle {

    @Test
    void areaCycle_wellFormedTree_noIssue() {
      assertThat(validate(SAMPLE).issues(ValidationCode.AREA_CYCLE)).isEmpty();
    }

    @Test
    void areaCycle_twoAreasParentOfEachOther_reportedOnBoth() {
      EngagementDataset data = sample().addAreas(
          Area.builder().id(AreaId.of("X1")).name("X1").level(AreaLevel.BOROUGH)
              .parent(AreaId.of("X2")).build(),
          Area.builder().id(AreaId.of("X2")).name("X2").level(AreaLevel.BOROUGH)
              .parent(AreaId.of("X1")).build(),
          // leads into the cycle without lying on it: not reported as a cycle
          Area.builder().id(AreaId.of("X3")).name("X3").level(AreaLevel.WARD)
              .parent(AreaId.of("X1")).build())
          .build();

      List<ValidationIssue> issues = validate(data).issues(ValidationCode.AREA_CYCLE);

      assertThat(issues).extracting(ValidationIssue::path).containsExactly(
          IssuePath.of(RecordType.AREA, 4, "X1", "parent"),
          IssuePath.of(RecordType.AREA, 5, "X2", "parent"));
      assertThat(issues).extracting(ValidationIssue::message).containsExactly(
          "area X1 is its own ancestor through parent X2",
          "area X2 is its own ancestor through parent X1");
    }
  }

  @Nested
  class AreaLevelOrder {

    @Test
    void areaLevelOrder_wardDirectlyUnderForce_noIssue() {
      Area ward = Area.builder().id(AreaId.of("E05000001")).name("City ward")
          .level(AreaLevel.WARD).parent(LONDON).build();

      assertClean(validate(sample().addAreas(ward).build()));
    }

    @Test
    void areaLevelOrder_wardUnderWard_reported() {
      Area ward = Area.builder().id(AreaId.of("E05000001")).name("Sub-ward")
          .level(AreaLevel.WARD).parent(BRIXTON).build();

      ValidationIssue issue =
          single(validate(sample().addAreas(ward).build()), ValidationCode.AREA_LEVEL_ORDER);

      assertThat(issue.path()).isEqualTo(IssuePath.of(RecordType.AREA, 4, "E05000001", "parent"));
      assertThat(issue.message()).isEqualTo("parent E05014105 is a WARD, not above this WARD");
    }

    @Test
    void areaLevelOrder_boroughUnderWard_reported() {
      Area borough = Area.builder().id(AreaId.of("E09000099")).name("Upside down")
          .level(AreaLevel.BOROUGH).parent(BRIXTON).build();

      ValidationIssue issue =
          single(validate(sample().addAreas(borough).build()), ValidationCode.AREA_LEVEL_ORDER);

      assertThat(issue.message()).isEqualTo("parent E05014105 is a WARD, not above this BOROUGH");
    }
  }

  @Nested
  class ConsiderationNotPresented {

    @Test
    void considerationNotPresented_considerationOfPresentedInput_noIssue() {
      assertClean(validate(sample().addDecisions(decision(List.of(ASB_INPUT), ASB_INPUT)).build()));
    }

    @Test
    void considerationNotPresented_considerationOfAnotherInput_reported() {
      EngagementDataset data =
          sample().addDecisions(decision(List.of(ASB_INPUT), DRUGS_INPUT)).build();

      ValidationIssue issue = single(validate(data), ValidationCode.CONSIDERATION_NOT_PRESENTED);

      assertThat(issue.path()).isEqualTo(
          IssuePath.of(RecordType.DECISION, 1, "DEC-0002", "considerations", "0", "input"));
      assertThat(issue.message())
          .isEqualTo("input IN-0002 is considered but not presented in decision DEC-0002");
    }
  }

  @Nested
  class DuplicateConsideration {

    @Test
    void duplicateConsideration_oneConsiderationPerInput_noIssue() {
      assertClean(validate(sample()
          .addDecisions(decision(List.of(ASB_INPUT, DRUGS_INPUT), ASB_INPUT, DRUGS_INPUT))
          .build()));
    }

    @Test
    void duplicateConsideration_sameInputTwice_reportedAtTheSecond() {
      EngagementDataset data =
          sample().addDecisions(decision(List.of(ASB_INPUT), ASB_INPUT, ASB_INPUT)).build();

      ValidationReport report = validate(data);
      ValidationIssue issue = single(report, ValidationCode.DUPLICATE_CONSIDERATION);

      assertThat(issue.path()).isEqualTo(
          IssuePath.of(RecordType.DECISION, 1, "DEC-0002", "considerations", "1", "input"));
      assertThat(issue.message()).isEqualTo("input IN-0001 is considered twice in decision DEC-0002");
      assertThat(report.issues()).containsExactly(issue);
    }
  }

  @Nested
  class DuplicateReferencePopulation {

    private final ReferencePopulation census = SAMPLE.referencePopulations().get(0);

    @Test
    void duplicateReferencePopulation_sameAreaAndDimensionOtherYear_noIssue() {
      ReferencePopulation earlier = ReferencePopulation.builder().from(census)
          .id(PopulationId.of("CENSUS-2011-E09000022-ETHNICITY")).year(2011).build();

      assertClean(validate(sample().addReferencePopulations(earlier).build()));
    }

    @Test
    void duplicateReferencePopulation_sameAreaYearAndDimension_reportedAtTheSecond() {
      ReferencePopulation again = ReferencePopulation.builder().from(census)
          .id(PopulationId.of("GLA-2021-LAMBETH-ETHNICITY")).source("GLA estimates").build();

      ValidationIssue issue = single(validate(sample().addReferencePopulations(again).build()),
          ValidationCode.DUPLICATE_REFERENCE_POPULATION);

      assertThat(issue.path()).isEqualTo(
          IssuePath.of(RecordType.REFERENCE_POPULATION, 1, "GLA-2021-LAMBETH-ETHNICITY"));
      assertThat(issue.message()).isEqualTo("area E09000022 already has a 2021 population of "
          + "ETHNICITY: CENSUS-2021-E09000022-ETHNICITY");
    }
  }

  @Nested
  class DuplicateQuestionRole {

    @Test
    void duplicateQuestionRole_sameRoleInTwoSurveys_noIssue() {
      // The sample's survey already has a POLICE_LISTEN question: roles are unique per survey.
      Survey other = survey("YS-2012",
          question("Q1", QuestionType.LIKERT_5, StandardRole.POLICE_LISTEN));

      assertClean(validate(sample().addSurveys(other).build()));
    }

    @Test
    void duplicateQuestionRole_twoQuestionsWithOneRole_reportedAtTheSecond() {
      Survey twice = survey("YS-2012",
          question("Q1", QuestionType.LIKERT_5, StandardRole.POLICE_LISTEN),
          question("Q2", QuestionType.LIKERT_5, StandardRole.POLICE_LISTEN));

      ValidationIssue issue = single(validate(sample().addSurveys(twice).build()),
          ValidationCode.DUPLICATE_QUESTION_ROLE);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.SURVEY, 1, "YS-2012", "questions", "1", "role"));
      assertThat(issue.message()).isEqualTo("role POLICE_LISTEN is already held by question Q1");
    }
  }

  @Nested
  class RoleTypeMismatch {

    @Test
    void roleTypeMismatch_everyRoleWithItsExpectedType_noIssue() {
      Survey.Builder all = Survey.builder().id(SurveyId.of("ALL-ROLES")).name("All roles")
          .wave("2012").population(SurveyPopulation.PARTICIPANTS);
      for (StandardRole role : StandardRole.values()) {
        all.addQuestions(question(role.name(), role.expectedType(), role));
      }

      assertClean(validate(sample().addSurveys(all.build()).build()));
    }

    @Test
    void roleTypeMismatch_binaryQuestionWithLikertRole_reported() {
      Survey wrong = survey("YS-2012",
          question("Q1", QuestionType.BINARY, StandardRole.POLICE_LISTEN));

      ValidationIssue issue = single(validate(sample().addSurveys(wrong).build()),
          ValidationCode.ROLE_TYPE_MISMATCH);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.SURVEY, 1, "YS-2012", "questions", "0", "type"));
      assertThat(issue.message())
          .isEqualTo("role POLICE_LISTEN needs a LIKERT_5 question, not BINARY");
    }
  }

  @Nested
  class QuestionWithoutCategories {

    @Test
    void questionWithoutCategories_binaryQuestionWithoutCategories_noIssue() {
      assertClean(validate(sample()
          .addSurveys(survey("YS-2012", question("Q1", QuestionType.BINARY, null))).build()));
    }

    @Test
    void questionWithoutCategories_categoricalQuestionWithoutCategories_reported() {
      Question bare = Question.builder().id(QuestionId.of("Q9")).text("Which issue?")
          .type(QuestionType.CATEGORICAL).build();

      ValidationIssue issue = single(validate(sample().addSurveys(survey("YS-2012", bare)).build()),
          ValidationCode.QUESTION_WITHOUT_CATEGORIES);

      assertThat(issue.path()).isEqualTo(
          IssuePath.of(RecordType.SURVEY, 1, "YS-2012", "questions", "0", "categories"));
      assertThat(issue.message()).isEqualTo("categorical question Q9 lists no categories");
    }
  }
}
