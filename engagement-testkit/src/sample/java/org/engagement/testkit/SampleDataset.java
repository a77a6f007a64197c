package org.engagement.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.engagement.core.ActivityId;
import org.engagement.core.ActivityMode;
import org.engagement.core.AllocationId;
import org.engagement.core.AnalysisId;
import org.engagement.core.AnalysisRecord;
import org.engagement.core.Answer;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.BoroughTier;
import org.engagement.core.Commitment;
import org.engagement.core.CommitmentId;
import org.engagement.core.CommunityInput;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.CountBasis;
import org.engagement.core.DecisionId;
import org.engagement.core.DecisionRecord;
import org.engagement.core.DemographicCounts;
import org.engagement.core.DimensionCounts;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementLevel;
import org.engagement.core.EngagementMethod;
import org.engagement.core.Feedback;
import org.engagement.core.FeedbackFormat;
import org.engagement.core.FeedbackId;
import org.engagement.core.GroupId;
import org.engagement.core.HardToHearGroup;
import org.engagement.core.Initiative;
import org.engagement.core.InitiativeId;
import org.engagement.core.InitiativeKind;
import org.engagement.core.InputId;
import org.engagement.core.InputResponse;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.IssueCategory;
import org.engagement.core.KeyMessage;
import org.engagement.core.LocalPerformanceTarget;
import org.engagement.core.Measurement;
import org.engagement.core.MemberCategory;
import org.engagement.core.MessageId;
import org.engagement.core.Openness;
import org.engagement.core.Panel;
import org.engagement.core.PanelId;
import org.engagement.core.PanelKind;
import org.engagement.core.PanelMember;
import org.engagement.core.ParticipantId;
import org.engagement.core.Period;
import org.engagement.core.PopulationId;
import org.engagement.core.Priority;
import org.engagement.core.PriorityId;
import org.engagement.core.PrioritySource;
import org.engagement.core.Publication;
import org.engagement.core.PublicationId;
import org.engagement.core.PublicationKind;
import org.engagement.core.Question;
import org.engagement.core.QuestionId;
import org.engagement.core.QuestionType;
import org.engagement.core.ReferencePopulation;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.ResourceType;
import org.engagement.core.ResponseId;
import org.engagement.core.RoleAssignment;
import org.engagement.core.RoleId;
import org.engagement.core.RoleKind;
import org.engagement.core.Stakeholder;
import org.engagement.core.StakeholderId;
import org.engagement.core.StakeholderKind;
import org.engagement.core.StandardRole;
import org.engagement.core.Survey;
import org.engagement.core.SurveyId;
import org.engagement.core.SurveyPopulation;
import org.engagement.core.SurveyResponse;
import org.engagement.core.TargetId;
import org.engagement.core.Weighting;

/**
 * A small, fixed, valid dataset with one or two records of every type: the London force area, the
 * borough of Lambeth and two of its wards, a ward panel meeting and an online consultation, the
 * inputs raised at them, the decision that considered those inputs, and the records that follow.
 *
 * <pre>{@code
 * EngagementDataset data = SampleDataset.lambeth();
 * DatasetValidator.standard().validate(data).isValid();   // true
 * EngagementDataset broken = EngagementDataset.builder().from(data)
 *     .addActivities(badActivity)                          // lands at activities[2]
 *     .build();
 * }</pre>
 *
 * <p>The constants name the records by id so that tests can refer to them and add records that
 * point at them. Most dates lie in the financial year 2012/13.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SampleDataset {

  /** The force area, the root of the tree. */
  public static final AreaId LONDON = AreaId.of("E23000001");
  /** A borough, child of {@link #LONDON}. */
  public static final AreaId LAMBETH = AreaId.of("E09000022");
  /** A ward of {@link #LAMBETH}. */
  public static final AreaId BRIXTON = AreaId.of("E05014105");
  /** Another ward of {@link #LAMBETH}. */
  public static final AreaId STOCKWELL = AreaId.of("E05014106");

  /** The ward panel meeting of 4 October 2012 in {@link #BRIXTON}, 35 attending. */
  public static final ActivityId PANEL_MEETING = ActivityId.of("ACT-0001");
  /** The online consultation from 1 September to 30 November 2012 in {@link #LAMBETH}. */
  public static final ActivityId CONSULTATION = ActivityId.of("ACT-0002");
  /** The input raised at {@link #PANEL_MEETING} on its day. */
  public static final InputId ASB_INPUT = InputId.of("IN-0001");
  /** The input raised in {@link #CONSULTATION} on 15 September 2012. */
  public static final InputId DRUGS_INPUT = InputId.of("IN-0002");
  /** The decision of 12 November 2012 that considered both inputs. */
  public static final DecisionId DECISION = DecisionId.of("DEC-0001");
  /** The operation that {@link #PANEL_MEETING} supports. */
  public static final InitiativeId OPERATION = InitiativeId.of("OP-0001");
  /** The Brixton ward panel. */
  public static final PanelId WARD_PANEL = PanelId.of("SNP-E05014105");
  /** The Lambeth community police engagement group. */
  public static final PanelId CPEG = PanelId.of("CPEG-E09000022");
  /** The public attitude survey wave 2012/13. */
  public static final SurveyId SURVEY = SurveyId.of("PAS-2012");
  /** The survey's LIKERT_5 question with role POLICE_LISTEN. */
  public static final QuestionId LIKERT_QUESTION = QuestionId.of("Q1");
  /** The survey's BINARY question with role FEEDBACK_RECEIVED. */
  public static final QuestionId BINARY_QUESTION = QuestionId.of("Q2");
  /** The survey's CATEGORICAL question with categories ASB and BURGLARY. */
  public static final QuestionId CATEGORICAL_QUESTION = QuestionId.of("Q3");
  /** The hard-to-hear group of young people in {@link #LAMBETH}. */
  public static final GroupId YOUTH = GroupId.of("HTH-YOUTH");

  private static final EngagementDataset LAMBETH_DATASET = build();

  private SampleDataset() {}

  /**
   * Returns the sample dataset.
   *
   * @return the dataset, valid, with one or two records of every type; never null
   */
  public static EngagementDataset lambeth() {
    return LAMBETH_DATASET;
  }

  private static EngagementDataset build() {
    return EngagementDataset.builder()
        .addIssueCategories(
            IssueCategory.of("ASB", "Anti-social behaviour"),
            IssueCategory.of("BURGLARY", "Burglary"),
            IssueCategory.of("DRUGS", "Drugs"))
        .addAreas(
            Area.builder().id(LONDON).name("London").level(AreaLevel.FORCE).build(),
            Area.builder().id(LAMBETH).name("Lambeth").level(AreaLevel.BOROUGH)
                .parent(LONDON).build(),
            Area.builder().id(BRIXTON).name("Brixton Acre Lane").level(AreaLevel.WARD)
                .parent(LAMBETH).businessPresence(true).build(),
            Area.builder().id(STOCKWELL).name("Stockwell East").level(AreaLevel.WARD)
                .parent(LAMBETH).build())
        .addStakeholders(Stakeholder.builder()
            .id(StakeholderId.of("SH-0001")).name("Brixton Tenants' Association")
            .kind(StakeholderKind.COMMUNITY_GROUP).homeArea(BRIXTON).addAreasServed(STOCKWELL)
            .addGroups(YOUTH).contactConsent(true).lastUpdated(LocalDate.of(2012, 9, 1))
            .build())
        .addHardToHearGroups(HardToHearGroup.of(YOUTH, "Young people", LAMBETH))
        .addReferencePopulations(ReferencePopulation.builder()
            .id(PopulationId.of("CENSUS-2021-E09000022-ETHNICITY")).area(LAMBETH).year(2021)
            .dimension("ETHNICITY").putCounts("WHITE", 172_000L).putCounts("BLACK", 77_000L)
            .source("Census 2021, TS021")
            .build())
        .addActivities(
            EngagementActivity.builder()
                .id(PANEL_MEETING).title("Brixton ward panel, autumn meeting")
                .date(LocalDate.of(2012, 10, 4)).area(BRIXTON)
                .engagementLevel(EngagementLevel.COMMUNITY)
                .boroughTier(BoroughTier.LOCAL_COMMUNITIES)
                .involvement(InvolvementLevel.CONSULT).method(EngagementMethod.WARD_PANEL_MEETING)
                .openness(Openness.OPEN).addIssueCategories("ASB").attendance(35L)
                .demographics(DemographicCounts.builder().basis(CountBasis.RESPONDENTS)
                    .addDimensions(DimensionCounts.builder().dimension("GENDER")
                        .putCounts("FEMALE", 18L).putCounts("MALE", 15L).notStated(2).build())
                    .build())
                .panel(WARD_PANEL).addInitiatives(OPERATION).sltAttended(true)
                .inForwardSchedule(true).announcedDate(LocalDate.of(2012, 9, 20))
                .build(),
            EngagementActivity.builder()
                .id(CONSULTATION).title("Policing Lambeth: have your say")
                .date(LocalDate.of(2012, 9, 1)).endDate(LocalDate.of(2012, 11, 30))
                .area(LAMBETH).engagementLevel(EngagementLevel.OPERATIONAL)
                .involvement(InvolvementLevel.CONSULT)
                .method(EngagementMethod.ONLINE_CONSULTATION).mode(ActivityMode.CONTINUOUS)
                .openness(Openness.OPEN).addIssueCategories("DRUGS", "BURGLARY")
                .cost(new BigDecimal("1200.00"))
                .build())
        .addInputs(
            CommunityInput.builder()
                .id(ASB_INPUT).activity(PANEL_MEETING).area(BRIXTON)
                .date(LocalDate.of(2012, 10, 4)).issueCategory("ASB")
                .summary("Groups gathering outside the station after 10pm").support(12)
                .build(),
            CommunityInput.builder()
                .id(DRUGS_INPUT).activity(CONSULTATION).area(STOCKWELL)
                .date(LocalDate.of(2012, 9, 15)).issueCategory("DRUGS")
                .summary("Dealing on the estate stairwells")
                .build())
        .addAnalyses(AnalysisRecord.builder()
            .id(AnalysisId.of("AN-0001")).activity(CONSULTATION).date(LocalDate.of(2012, 12, 5))
            .quantitative(true).qualitative(true).weighted(Weighting.NOT_APPLICABLE)
            .independent(false)
            .build())
        .addDecisions(DecisionRecord.builder()
            .id(DECISION).body("Lambeth SLT tasking meeting").area(LAMBETH)
            .date(LocalDate.of(2012, 11, 12))
            .addPresentedInputs(ASB_INPUT, DRUGS_INPUT)
            .addConsiderations(
                Consideration.builder().input(ASB_INPUT).considered(true)
                    .outcome(ConsiderationOutcome.ACCEPTED)
                    .reason("Dispersal patrols added on Friday nights")
                    .evidenceRef("Minutes of 12 Nov 2012, item 4").build(),
                Consideration.builder().input(DRUGS_INPUT).considered(true)
                    .outcome(ConsiderationOutcome.DEFERRED).build())
            .build())
        .addTargets(LocalPerformanceTarget.builder()
            .id(TargetId.of("TGT-0001")).area(LAMBETH).setDate(LocalDate.of(2012, 9, 20))
            .period(Period.financialYear(2012)).metric("Residential burglaries")
            .value(new BigDecimal("1450")).addInformedBy(DRUGS_INPUT)
            .build())
        .addAllocations(ResourceAllocation.builder()
            .id(AllocationId.of("ALLOC-0001")).date(LocalDate.of(2012, 11, 20)).area(BRIXTON)
            .resourceType(ResourceType.HUMAN).quantity(new BigDecimal("120"))
            .unit("officer hours").issueCategory("ASB").decision(DECISION)
            .addRespondsTo(ASB_INPUT)
            .build())
        .addInitiatives(Initiative.builder()
            .id(OPERATION).kind(InitiativeKind.OPERATION).name("Operation Bright Nights")
            .businessUnit("Lambeth Safer Neighbourhoods").area(LAMBETH)
            .start(LocalDate.of(2012, 10, 1)).end(LocalDate.of(2013, 3, 31))
            .addActivities(PANEL_MEETING)
            .build())
        .addFeedback(Feedback.builder()
            .id(FeedbackId.of("FB-0001")).published(LocalDate.of(2012, 12, 1))
            .channel("ward newsletter").format(FeedbackFormat.SUMMARY)
            .addAnswers(PANEL_MEETING, CONSULTATION)
            .weAsked("What should we focus on this winter?")
            .youSaid("Groups gathering outside the station after 10pm")
            .weDid("Friday-night dispersal patrols since November")
            .addResponses(InputResponse.of(ASB_INPUT, true, "Dispersal patrols on Fridays"))
            .build())
        .addSurveys(Survey.builder()
            .id(SURVEY).name("Public Attitude Survey").wave("2012/13")
            .population(SurveyPopulation.PUBLIC).area(LAMBETH)
            .addQuestions(
                Question.builder().id(LIKERT_QUESTION)
                    .text("The police listen to the concerns of local people")
                    .type(QuestionType.LIKERT_5).role(StandardRole.POLICE_LISTEN).build(),
                Question.builder().id(BINARY_QUESTION)
                    .text("Did you receive feedback on your contribution?")
                    .type(QuestionType.BINARY).role(StandardRole.FEEDBACK_RECEIVED).build(),
                Question.builder().id(CATEGORICAL_QUESTION)
                    .text("Which issue matters most to you?")
                    .type(QuestionType.CATEGORICAL).addCategories("ASB", "BURGLARY").build())
            .build())
        .addResponses(SurveyResponse.builder()
            .id(ResponseId.of("R-000001")).survey(SURVEY).date(LocalDate.of(2012, 6, 3))
            .area(BRIXTON).weight(1.27)
            .putDemographics("ETHNICITY", "BLACK").putDemographics("AGE", "NOT_STATED")
            .putAnswers(LIKERT_QUESTION, Answer.likert(4))
            .putAnswers(BINARY_QUESTION, Answer.yes())
            .putAnswers(CATEGORICAL_QUESTION, Answer.category("ASB"))
            .build())
        .addPanels(
            Panel.builder()
                .id(WARD_PANEL).kind(PanelKind.SAFER_NEIGHBOURHOODS_PANEL)
                .name("Brixton Acre Lane ward panel").area(BRIXTON)
                .activeFrom(LocalDate.of(2008, 4, 1)).openness(Openness.OPEN)
                .addMembers(
                    PanelMember.builder().member(ParticipantId.of("P-7f3a9c"))
                        .category(MemberCategory.RESIDENT).joined(LocalDate.of(2011, 5, 1))
                        .induction(LocalDate.of(2011, 6, 1)).build(),
                    PanelMember.builder().member(ParticipantId.of("P-01b2c3"))
                        .category(MemberCategory.COUNCILLOR).joined(LocalDate.of(2010, 5, 6))
                        .left(LocalDate.of(2012, 5, 6)).build())
                .membershipDemographics(DemographicCounts.builder().basis(CountBasis.RESPONDENTS)
                    .addDimensions(DimensionCounts.builder().dimension("AGE")
                        .putCounts("AGE_35_49", 1L).putCounts("AGE_65_PLUS", 1L).build())
                    .build())
                .addLinks(CPEG)
                .build(),
            Panel.builder()
                .id(CPEG).kind(PanelKind.CPEG).name("Lambeth CPEG").area(LAMBETH)
                .activeFrom(LocalDate.of(2007, 1, 1)).activeTo(LocalDate.of(2013, 3, 31))
                .openness(Openness.CLOSED)
                .build())
        .addPriorities(Priority.builder()
            .id(PriorityId.of("PRI-0001")).panel(WARD_PANEL).issue("Drug dealing on the estate")
            .category("DRUGS").source(PrioritySource.LOCAL).setDate(LocalDate.of(2012, 10, 4))
            .action("Weekly plain-clothes patrols; two warrants executed")
            .actionDate(LocalDate.of(2012, 12, 10))
            .build())
        .addRoles(RoleAssignment.builder()
            .id(RoleId.of("ROLE-0001")).role(RoleKind.YOUTH_ENGAGEMENT_COORDINATOR)
            .area(LAMBETH).from(LocalDate.of(2012, 9, 1)).to(LocalDate.of(2013, 8, 31))
            .holder(ParticipantId.of("P-5e6f70"))
            .build())
        .addKeyMessages(KeyMessage.builder()
            .id(MessageId.of("MSG-0001")).date(LocalDate.of(2012, 8, 6)).area(LAMBETH)
            .message("Carnival weekend: road closures and safety advice")
            .addChannels("Twitter", "ward newsletters")
            .accessible(true).consistent(true).timely(true).widestAudience(false)
            .build())
        .addCommitments(Commitment.builder()
            .id(CommitmentId.of("YE-2-CADETS")).area(LONDON).description("Volunteer Police Cadets")
            .standard("YE-2").target(new BigDecimal("4000")).unit("cadets")
            .deadline(LocalDate.of(2014, 3, 31))
            .addMeasurements(Measurement.of(LocalDate.of(2013, 3, 31), new BigDecimal("3120")))
            .build())
        .addPublications(Publication.builder()
            .id(PublicationId.of("PUB-0001")).kind(PublicationKind.MINUTES)
            .title("Minutes of the autumn ward panel meeting").date(LocalDate.of(2012, 10, 11))
            .area(BRIXTON).panel(WARD_PANEL)
            .build())
        .build();
  }
}
