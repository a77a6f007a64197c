package org.engagement.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.engagement.core.*;

/** Datasets for tests: one that sets every field of every record type, and small ones. */
final class Datasets {

  private Datasets() {}

  static final AreaId LONDON = AreaId.of("E61000001");
  static final AreaId LAMBETH = AreaId.of("E09000022");
  static final AreaId BRIXTON = AreaId.of("E05014105");

  /** One borough, valid, every record type present and every optional field set. */
  static EngagementDataset full() {
    LocalDate meeting = LocalDate.of(2012, 10, 4);
    return EngagementDataset.builder()
        .scheme(DemographicScheme.builder()
            .addDimensions(DemographicDimension.builder().code("GENDER").label("Gender")
                .primary(true)
                .addCategories(DemographicCategory.of("FEMALE", "Female"),
                    DemographicCategory.of("MALE", "Male"),
                    DemographicCategory.of("OTHER", "Another gender identity"))
                .build())
            .addDimensions(DemographicDimension.builder().code("LANGUAGE")
                .label("Main language")
                .addCategories(DemographicCategory.of("EN", "English"),
                    DemographicCategory.of("PT", "Portuguese"))
                .build())
            .build())
        .addIssueCategories(IssueCategory.of("ASB", "Anti-social behaviour"),
            IssueCategory.of("DRUGS", "Drugs"))
        .addAreas(Area.builder().id(LONDON).name("London").level(AreaLevel.FORCE).build(),
            Area.builder().id(LAMBETH).name("Lambeth").level(AreaLevel.BOROUGH)
                .parent(LONDON).build(),
            Area.builder().id(BRIXTON).name("Brixton Acre Lane").level(AreaLevel.WARD)
                .parent(LAMBETH).businessPresence(true).build())
        .addStakeholders(Stakeholder.builder().id(StakeholderId.of("SH-0001"))
            .name("Brixton Tenants' Association").kind(StakeholderKind.COMMUNITY_GROUP)
            .homeArea(BRIXTON).addAreasServed(LAMBETH).addGroups(GroupId.of("HTH-YOUTH"))
            .contactConsent(true).lastUpdated(LocalDate.of(2012, 9, 1)).build())
        .addHardToHearGroups(HardToHearGroup.builder().id(GroupId.of("HTH-YOUTH"))
            .name("Young people").area(LAMBETH)
            .description("People aged 16 to 24, rarely at ward panels").build())
        .addReferencePopulations(ReferencePopulation.builder()
            .id(PopulationId.of("CENSUS-2021-E09000022-GENDER")).area(LAMBETH).year(2021)
            .dimension("GENDER").putCounts("MALE", 152_000L).putCounts("FEMALE", 165_000L)
            .source("Census 2021, TS008").build())
        .addActivities(EngagementActivity.builder().id(ActivityId.of("ACT-0001"))
            .title("Brixton ward panel, autumn meeting").date(meeting)
            .endDate(meeting).area(BRIXTON).engagementLevel(EngagementLevel.COMMUNITY)
            .boroughTier(BoroughTier.LOCAL_COMMUNITIES).involvement(InvolvementLevel.CONSULT)
            .method(EngagementMethod.WARD_PANEL_MEETING).mode(ActivityMode.SINGLE)
            .openness(Openness.OPEN).organisingUnit("Brixton SNT")
            .addPartners("Lambeth Council", "Brixton BID").addIssueCategories("ASB")
            .attendance(35L)
            .demographics(DemographicCounts.builder().basis(CountBasis.RESPONDENTS)
                .addDimensions(DimensionCounts.builder().dimension("GENDER")
                    .putCounts("FEMALE", 18L).putCounts("MALE", 15L).notStated(2).build())
                .build())
            .addParticipants(ParticipantId.of("P-7f3a9c"), ParticipantId.of("P-01b2c4"))
            .inForwardSchedule(true).announcedDate(LocalDate.of(2012, 9, 20))
            .panel(PanelId.of("SNP-E05014105")).sltAttended(false)
            .addInitiatives(InitiativeId.of("OP-0001")).cost(new BigDecimal("120.50"))
            .build())
        .addInputs(CommunityInput.builder().id(InputId.of("IN-0001"))
            .activity(ActivityId.of("ACT-0001")).area(BRIXTON).date(meeting)
            .issueCategory("ASB").summary("Groups gathering outside the station after 10pm")
            .support(12).build())
        .addAnalyses(AnalysisRecord.builder().id(AnalysisId.of("AN-0001"))
            .activity(ActivityId.of("ACT-0001")).date(LocalDate.of(2012, 10, 20))
            .quantitative(true).qualitative(true).weighted(Weighting.NOT_APPLICABLE)
            .independent(false).build())
        .addDecisions(DecisionRecord.builder().id(DecisionId.of("DEC-0001"))
            .body("Lambeth SLT tasking meeting").area(LAMBETH).date(LocalDate.of(2012, 11, 12))
            .summary("Friday-night dispersal patrols").addPresentedInputs(InputId.of("IN-0001"))
            .addConsiderations(Consideration.builder().input(InputId.of("IN-0001"))
                .considered(true).outcome(ConsiderationOutcome.ACCEPTED)
                .reason("Dispersal patrols added").evidenceRef("Minutes of 12 Nov 2012, item 4")
                .build())
            .build())
        .addTargets(LocalPerformanceTarget.builder().id(TargetId.of("TGT-0001")).area(LAMBETH)
            .setDate(LocalDate.of(2012, 10, 10)).period(Period.financialYear(2012))
            .metric("Residential burglaries").value(new BigDecimal("1450"))
            .addInformedBy(InputId.of("IN-0001")).build())
        .addAllocations(ResourceAllocation.builder().id(AllocationId.of("ALLOC-0001"))
            .date(LocalDate.of(2012, 11, 20)).area(BRIXTON).resourceType(ResourceType.HUMAN)
            .quantity(new BigDecimal("120")).unit("officer hours").issueCategory("ASB")
            .decision(DecisionId.of("DEC-0001")).addRespondsTo(InputId.of("IN-0001"))
            .description("Friday-night patrols, November to January").build())
        .addInitiatives(Initiative.builder().id(InitiativeId.of("OP-0001"))
            .kind(InitiativeKind.OPERATION).name("Operation Bright Nights")
            .businessUnit("Lambeth Safer Neighbourhoods").area(LAMBETH)
            .start(LocalDate.of(2012, 10, 1)).end(LocalDate.of(2013, 3, 31))
            .addActivities(ActivityId.of("ACT-0001")).build())
        .addFeedback(Feedback.builder().id(FeedbackId.of("FB-0001"))
            .published(LocalDate.of(2012, 12, 1)).channel("ward newsletter")
            .format(FeedbackFormat.SUMMARY).stage(FeedbackStage.INTERIM)
            .addAnswers(ActivityId.of("ACT-0001"))
            .weAsked("What should we focus on this winter?")
            .youSaid("Groups gathering outside the station after 10pm")
            .weDid("Friday-night dispersal patrols since November")
            .addResponses(InputResponse.of(InputId.of("IN-0001"), true,
                "Friday-night dispersal patrols since November"))
            .build())
        .addSurveys(Survey.builder().id(SurveyId.of("PAS-2012")).name("Public Attitude Survey")
            .wave("2012/13").population(SurveyPopulation.PUBLIC).area(LAMBETH)
            .addQuestions(Question.builder().id(QuestionId.of("Q7"))
                .text("The police listen to the concerns of local people")
                .type(QuestionType.LIKERT_5).role(StandardRole.POLICE_LISTEN).build())
            .addQuestions(Question.builder().id(QuestionId.of("Q9"))
                .text("How did you hear about the meeting?").type(QuestionType.CATEGORICAL)
                .addCategories("LEAFLET", "WEBSITE").build())
            .build())
        .addResponses(SurveyResponse.builder().id(ResponseId.of("R-000001"))
            .survey(SurveyId.of("PAS-2012")).date(LocalDate.of(2012, 6, 3)).area(BRIXTON)
            .weight(1.27).putDemographics("GENDER", "FEMALE")
            .putDemographics("LANGUAGE", "NOT_STATED")
            .putAnswers(QuestionId.of("Q7"), Answer.likert(4))
            .putAnswers(QuestionId.of("Q9"), Answer.category("LEAFLET")).build())
        .addPanels(Panel.builder().id(PanelId.of("SNP-E05014105"))
                .kind(PanelKind.SAFER_NEIGHBOURHOODS_PANEL).name("Brixton Acre Lane ward panel")
                .area(BRIXTON).activeFrom(LocalDate.of(2008, 4, 1))
                .activeTo(LocalDate.of(2014, 3, 31)).openness(Openness.OPEN)
                .addMembers(PanelMember.builder().member(ParticipantId.of("P-7f3a9c"))
                    .category(MemberCategory.RESIDENT).joined(LocalDate.of(2011, 5, 1))
                    .left(LocalDate.of(2013, 5, 1)).induction(LocalDate.of(2011, 6, 1)).build())
                .membershipDemographics(DemographicCounts.builder()
                    .basis(CountBasis.RESPONDENTS)
                    .addDimensions(DimensionCounts.builder().dimension("GENDER")
                        .putCounts("FEMALE", 1L).build())
                    .build())
                .addLinks(PanelId.of("CPEG-E09000022")).build(),
            Panel.builder().id(PanelId.of("CPEG-E09000022")).kind(PanelKind.CPEG)
                .name("Lambeth CPEG").area(LAMBETH).activeFrom(LocalDate.of(2006, 1, 1))
                .openness(Openness.CLOSED).build())
        .addPriorities(Priority.builder().id(PriorityId.of("PRI-0001"))
            .panel(PanelId.of("SNP-E05014105")).issue("Drug dealing on the estate")
            .category("DRUGS").source(PrioritySource.LOCAL).setDate(meeting)
            .action("Weekly plain-clothes patrols; two warrants executed")
            .actionDate(LocalDate.of(2012, 12, 10)).build())
        .addRoles(RoleAssignment.builder().id(RoleId.of("ROLE-0001")).role(RoleKind.OTHER)
            .title("Schools officer lead").area(LAMBETH).from(LocalDate.of(2012, 9, 1))
            .to(LocalDate.of(2013, 8, 31)).holder(ParticipantId.of("P-55aa01")).build())
        .addKeyMessages(KeyMessage.builder().id(MessageId.of("MSG-0001"))
            .date(LocalDate.of(2012, 8, 6)).area(LAMBETH)
            .message("Carnival weekend: road closures and safety advice")
            .addChannels("Twitter", "ward newsletters").accessible(true).consistent(true)
            .timely(true).widestAudience(false).build())
        .addCommitments(Commitment.builder().id(CommitmentId.of("YE-2-CADETS")).area(LONDON)
            .description("Volunteer Police Cadets").standard("YE-2")
            .target(new BigDecimal("4000")).unit("cadets").deadline(LocalDate.of(2014, 3, 31))
            .addMeasurements(Measurement.of(LocalDate.of(2013, 3, 31), new BigDecimal("3120")))
            .build())
        .addPublications(Publication.builder().id(PublicationId.of("PUB-0001"))
            .kind(PublicationKind.MINUTES).title("Lambeth CPEG minutes, October 2012")
            .date(LocalDate.of(2012, 10, 30)).area(LAMBETH).panel(PanelId.of("CPEG-E09000022"))
            .build())
        .build();
  }

  /** One area, the default scheme. */
  static EngagementDataset minimal() {
    return EngagementDataset.builder()
        .addAreas(Area.builder().id(LAMBETH).name("Lambeth").level(AreaLevel.BOROUGH).build())
        .build();
  }
}
