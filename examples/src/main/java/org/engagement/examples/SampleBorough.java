package org.engagement.examples;

import static org.engagement.examples.SampleRecords.DAY;
import static org.engagement.examples.SampleRecords.priority;
import static org.engagement.examples.SampleRecords.responses;
import static org.engagement.examples.SampleRecords.told;
import static org.engagement.examples.SampleWards.BOROUGH_BURGLARY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.engagement.core.ActivityId;
import org.engagement.core.ActivityMode;
import org.engagement.core.BoroughTier;
import org.engagement.core.CommunityInput;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementMethod;
import org.engagement.core.FeedbackFormat;
import org.engagement.core.FeedbackStage;
import org.engagement.core.Initiative;
import org.engagement.core.InitiativeId;
import org.engagement.core.InitiativeKind;
import org.engagement.core.InputResponse;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.LocalPerformanceTarget;
import org.engagement.core.Openness;
import org.engagement.core.Panel;
import org.engagement.core.Period;
import org.engagement.core.PrioritySource;
import org.engagement.core.PublicationKind;
import org.engagement.core.ResourceType;
import org.engagement.core.TargetId;
import org.engagement.core.Weighting;
import org.engagement.examples.SampleWards.Concern;
import org.engagement.examples.SampleWards.Treatment;
import org.engagement.examples.SampleWards.Ward;

/**
 * The borough's own records of each year: CPEG, independent advisory group and youth panel
 * meetings and what they raised, the online consultation on next year's priorities, one-off
 * events, the tasking group's and senior leadership team's decisions, allocations, targets,
 * feedback and the borough's initiatives. Its draws come, in a fixed order, from one {@link
 * Random} seeded from the generator's seed.
 */
final class SampleBorough extends SamplePart {

  private static final Concern MOPED_ROBBERY =
      new Concern("ROBBERY", "Moped-enabled phone robbery across the borough");

  private final List<Ward> wards;
  private final Random random;
  private final Panel cpeg;
  private final Panel iag;
  private final Panel coldharbourYouth;
  private final Panel stockwellYouth;

  SampleBorough(SampleRecords records, Panel cpeg, Panel iag, Panel coldharbourYouth,
      Panel stockwellYouth) {
    super(records);
    this.wards = records.wards();
    this.random = new Random(records.seed());
    this.cpeg = cpeg;
    this.iag = iag;
    this.coldharbourYouth = coldharbourYouth;
    this.stockwellYouth = stockwellYouth;
  }

  /** Makes the borough's records of the year, after its wards'. */
  void year(SampleYear y) {
    List<CommunityInput> cpegInputs = cpegMeetings(y);
    iagMeetings(y);
    List<CommunityInput> youthInputs = new ArrayList<>(
        youthMeetings(coldharbourYouth, y, y.index() == 0
            ? List.of(y.on(11, 17), y.on(1, 19), y.on(3, 8))
            : List.of(y.on(6, 21), y.on(9, 20), y.on(12, 6), y.on(3, 7))));
    if (y.index() == 1) {
      youthInputs.addAll(youthMeetings(stockwellYouth, y, List.of(y.on(10, 4), y.on(1, 24))));
    }
    onlineConsultation(y);
    oneOffActivities(y);
    boroughDecision(y, cpegInputs, youthInputs.get(0));
    boroughInitiatives(y, cpegInputs, youthInputs);
  }

  private List<CommunityInput> cpegMeetings(SampleYear y) {
    List<CommunityInput> inputs =
        series(
            List.of(y.on(6, 12), y.on(10, 9), y.on(2, 12)),
            List.of(
                MOPED_ROBBERY,
                new Concern("VIOLENCE", "Knife crime affecting young people"),
                new Concern("ASB", "Street drinking in the town centres")),
            y.cpegSupport(),
            date -> records.panelMeeting(cpeg, EngagementMethod.PUBLIC_MEETING,
                InvolvementLevel.INVOLVE, BoroughTier.NEIGHBOURHOOD_MANAGEMENT, date,
                30L + random.nextInt(12))
                .organisingUnit("Lambeth Borough Command, partnership team")
                .inForwardSchedule(true)
                .announcedDate(date.minusDays(28))
                .sltAttended(true));
    for (CommunityInput input : inputs) {
      data.addFeedback(
          records.feedback(input.date().plusDays(30), "Lambeth police website",
              FeedbackFormat.FULL_TEXT, input.activity())
              .build());
    }
    data.addPriorities(
        priority(cpeg.id(), y, MOPED_ROBBERY, PrioritySource.BOROUGH, y.on(6, 12))
            .action("Borough robbery squad patrols on the worst-affected routes")
            .actionDate(y.on(7, 2))
            .build());
    return inputs;
  }

  private void iagMeetings(SampleYear y) {
    List<LocalDate> dates = List.of(y.on(4, 24), y.on(7, 17), y.on(10, 16), y.on(1, 22));
    for (int i = 0; i < dates.size(); i++) {
      EngagementActivity.Builder meeting =
          records.panelMeeting(iag, EngagementMethod.ADVISORY_GROUP_MEETING,
              InvolvementLevel.INVOLVE, BoroughTier.STRATEGIC_STAKEHOLDERS, dates.get(i),
              7L + i % 3)
              .organisingUnit("Lambeth Borough Command, SLT office");
      if (y.index() == 0) {
        meeting.sltAttended(true);
      } else if (i < 3) {
        // In 2012/13 the last meeting's minutes do not say whether an SLT member came.
        meeting.sltAttended(i < 2);
      }
      EngagementActivity held = records.add(meeting);
      if (i < 2) {
        data.addPublications(
            records.publication(PublicationKind.MINUTES, "Minutes of the " + iag.name() + ", "
                + DAY.format(held.date()), held.date().plusDays(21), borough)
                .panel(iag.id())
                .build());
      }
    }
  }

  private List<CommunityInput> youthMeetings(Panel youth, SampleYear y, List<LocalDate> dates) {
    List<Concern> concerns =
        List.of(
            new Concern("YOUTH", "Stop and search is not explained to those stopped"),
            new Concern("VIOLENCE", "Young people feel unsafe on buses after school"),
            new Concern("YOUTH", "Youth clubs should open later on Fridays"),
            new Concern("ROBBERY", "Phones taken from pupils at the bus stops"));
    List<CommunityInput> inputs =
        series(dates, concerns.subList(0, dates.size()), 9,
            date -> records.panelMeeting(youth, EngagementMethod.YOUTH_PANEL_MEETING,
                InvolvementLevel.COLLABORATE, BoroughTier.LOCAL_COMMUNITIES, date,
                10L + random.nextInt(6))
                .organisingUnit("Lambeth youth engagement team"));
    for (CommunityInput input : inputs) {
      data.addAnalyses(
          records.analysis(input.activity(), input.date().plusDays(10), Weighting.NOT_APPLICABLE)
              .qualitative(true)
              .build());
    }
    data.addFeedback(
        records.feedback(y.on(3, 20), youth.name() + " social media page", FeedbackFormat.SUMMARY,
            inputs.stream().map(CommunityInput::activity).toArray(ActivityId[]::new))
            .weAsked("What would make young people in " + panelArea(youth) + " feel safer?")
            .youSaid(inputs.stream().map(CommunityInput::summary)
                .collect(Collectors.joining("; ")))
            .weDid("Officers now hand out a stop-and-search leaflet; bus patrols after school")
            .build());
    return inputs;
  }

  private String panelArea(Panel panel) {
    return wards.stream().filter(w -> w.id().equals(panel.area())).findFirst()
        .map(Ward::name).orElse("Lambeth");
  }

  private void onlineConsultation(SampleYear y) {
    int answered = y.consultationAnswers();
    EngagementActivity consultation =
        records.add(records.activity(
            "Lambeth policing priorities " + y.nextLabel() + ": online consultation",
            y.on(11, 1), borough, EngagementMethod.ONLINE_CONSULTATION,
            InvolvementLevel.CONSULT, Openness.OPEN)
            .mode(ActivityMode.CONTINUOUS)
            .endDate(y.on(1, 31))
            .boroughTier(BoroughTier.LOCAL_COMMUNITIES)
            .organisingUnit("Lambeth Borough Command, partnership team")
            .addPartners("Lambeth Council")
            .addIssueCategories("ASB", "BURGLARY", "DRUGS", "TRAFFIC", "VIOLENCE")
            .attendance(answered)
            .inForwardSchedule(true)
            .announcedDate(y.on(10, 15))
            .cost(new BigDecimal("2400.00")));
    List<CommunityInput> inputs =
        List.of(
            records.input(consultation, BOROUGH_BURGLARY, answered * 35 / 100),
            records.input(consultation,
                new Concern("DRUGS", "Close the crack houses on the estates"),
                answered * 24 / 100),
            records.input(consultation,
                new Concern("TRAFFIC", "Enforce the 20 mph limit on residential roads"),
                answered * 19 / 100),
            records.input(consultation, new Concern("VIOLENCE", "Weapon sweeps around schools"),
                answered * 12 / 100),
            records.input(consultation,
                new Concern("ASB", "Noisy parties in short-let flats"), answered / 10));
    List<Treatment> treatments =
        List.of(Treatment.ACCEPTED, Treatment.PARTLY_ACCEPTED, Treatment.REJECTED,
            Treatment.DEFERRED, Treatment.NOT_PRESENTED);
    data.addAnalyses(
        records.analysis(consultation.id(), y.on(2, 8), Weighting.NO)
            .quantitative(true)
            .qualitative(true)
            .independent(true)
            .build());
    data.addFeedback(
        records.feedback(y.on(12, 14), "Lambeth police website",
            FeedbackFormat.EDITED_DIGEST, consultation.id())
            .stage(FeedbackStage.INTERIM)
            .weAsked("What should Lambeth police prioritise in " + y.nextLabel() + "?")
            .youSaid("Burglary and drugs lead so far, after six weeks")
            .build());
    DecisionRecord slt =
        records.decide("Lambeth Borough senior leadership team", borough, y.on(2, 20),
            inputs, treatments, Optional.of("SLT paper " + (y.start() + 1) + "/07, annex B"))
            .orElseThrow();
    data.addFeedback(
        records.feedback(y.on(3, 8), "Lambeth police website",
            FeedbackFormat.CONSOLIDATED_RESPONSE, consultation.id())
            .weAsked("What should Lambeth police prioritise in " + y.nextLabel() + "?")
            .youSaid(answered + " people answered; burglary, drugs and speeding came first")
            .weDid(told(treatments))
            .addAllResponses(responses(inputs, treatments))
            .build());
    data.addAllocations(
        records.allocation(y.on(3, 1), borough, ResourceType.HUMAN, 640, "officer hours",
            "BURGLARY")
            .decision(slt.id())
            .description("Dark-evenings burglary patrols for " + y.nextLabel())
            .build(),
        records.allocation(y.on(3, 11), borough, ResourceType.FINANCIAL, 15_000, "GBP", "DRUGS")
            .decision(slt.id())
            .description("Closure orders and door entry repairs on two estates")
            .build());
    data.addTargets(
        LocalPerformanceTarget.builder()
            .id(TargetId.of(records.next("TGT")))
            .area(borough)
            .setDate(y.on(3, 14))
            .period(Period.financialYear(y.start() + 1))
            .metric("Residential burglary offences")
            .value(new BigDecimal(y.burglaryTarget()))
            .addInformedBy(inputs.get(0).id())
            .build(),
        LocalPerformanceTarget.builder()
            .id(TargetId.of(records.next("TGT")))
            .area(borough)
            .setDate(y.on(4, 20))
            .period(y.period())
            .metric("Robbery of personal property")
            .value(new BigDecimal(y.robberyTarget()))
            .build());
  }

  private void oneOffActivities(SampleYear y) {
    Ward coldharbour = records.place("Coldharbour");
    Ward bishops = records.place("Bishop's");
    records.add(records.activity("Safer Lambeth Partnership board", y.on(7, 5), borough,
        EngagementMethod.PARTNERSHIP_MEETING, InvolvementLevel.COLLABORATE, Openness.CLOSED)
        .boroughTier(BoroughTier.STRATEGIC_STAKEHOLDERS)
        .addPartners("Lambeth Council", "London Fire Brigade", "NHS Lambeth",
            "London Probation Trust")
        .attendance(18)
        .sltAttended(true));
    records.add(records.activity("Brixton police station open day", y.on(7, 14), coldharbour.id(),
        EngagementMethod.PUBLIC_EVENT, InvolvementLevel.INFORM, Openness.OPEN)
        .boroughTier(BoroughTier.LOCAL_COMMUNITIES)
        .attendance(220L + random.nextInt(80))
        .inForwardSchedule(true)
        .announcedDate(y.on(6, 15))
        .cost(new BigDecimal("1200.00"))
        .addInitiatives(records.initiative(y.saferBrixton())));
    records.add(records.activity("Lambeth IAG annual advisors' event", y.on(11, 24), borough,
        EngagementMethod.ADVISOR_EVENT, InvolvementLevel.INVOLVE, Openness.CLOSED)
        .boroughTier(BoroughTier.STRATEGIC_STAKEHOLDERS)
        .attendance(21));
    Ward surgery = records.place(y.surgeryWard());
    records.add(records.activity("Street surgery in " + surgery.name(), y.on(10, 3), surgery.id(),
        EngagementMethod.STREET_SURGERY, InvolvementLevel.INFORM, Openness.OPEN)
        .attendance(15));
    EngagementActivity forum =
        records.add(records.activity("Waterloo business crime forum", y.on(11, 21), bishops.id(),
            EngagementMethod.BUSINESS_FORUM, InvolvementLevel.CONSULT, Openness.OPEN)
            .boroughTier(BoroughTier.LOCAL_COMMUNITIES)
            .organisingUnit("Lambeth business crime team")
            .addIssueCategories("BUSINESS_CRIME", "ROBBERY")
            .attendance(23)
            .inForwardSchedule(true)
            .announcedDate(y.on(10, 31))
            .addInitiatives(records.initiative(y.brightNights())));
    CommunityInput theft =
        records.input(forum, new Concern("BUSINESS_CRIME", "Organised shop theft before Christmas"),
            15);
    records.input(forum,
        new Concern("ROBBERY", "Staff robbed walking to the station after late shifts"), 8);
    data.addAnalyses(
        records.analysis(forum.id(), y.on(11, 28), Weighting.NOT_APPLICABLE)
            .qualitative(true)
            .build());
    data.addFeedback(
        records.feedback(y.on(12, 10), "Waterloo traders' email bulletin",
            FeedbackFormat.SUMMARY, forum.id())
            .weDid("Two mobile CCTV units on Lower Marsh until January")
            .addResponses(InputResponse.of(theft.id(), true, "Two mobile CCTV units deployed"))
            .build());
    data.addAllocations(
        records.allocation(y.on(12, 3), bishops.id(), ResourceType.PHYSICAL, 2,
            "mobile CCTV units", "BUSINESS_CRIME")
            .addRespondsTo(theft.id())
            .build(),
        records.allocation(y.on(10, 15), borough, ResourceType.HUMAN, 300,
            "officer hours", "BURGLARY")
            .description("Operation Doorstep: burglary squad surge")
            .build());
  }

  private void boroughDecision(SampleYear y, List<CommunityInput> cpegInputs,
      CommunityInput youthInput) {
    List<CommunityInput> inputs = List.of(cpegInputs.get(0), cpegInputs.get(1), youthInput);
    DecisionRecord tasking =
        records.decide("Lambeth tasking and co-ordination group", borough, y.on(12, 11),
            inputs, List.of(Treatment.ACCEPTED, Treatment.DEFERRED, Treatment.PARTLY_ACCEPTED),
            Optional.of("TCG minutes, " + DAY.format(y.on(12, 11))))
            .orElseThrow();
    data.addAllocations(
        records.allocation(y.on(12, 17), borough, ResourceType.HUMAN, 200, "officer hours",
            "ROBBERY")
            .decision(tasking.id())
            .build());
  }

  private void boroughInitiatives(SampleYear y, List<CommunityInput> cpegInputs,
      List<CommunityInput> youthInputs) {
    data.addInitiatives(
        Initiative.builder()
            .id(records.initiative(y.saferBrixton())).kind(InitiativeKind.INITIATIVE)
            .name("Safer Brixton " + y.label())
            .businessUnit("Lambeth Safer Neighbourhoods").area(records.place("Coldharbour").id())
            .start(y.on(7, 1)).end(y.on(3, 31))
            .addActivities(youthInputs.get(0).activity())
            .build(),
        Initiative.builder()
            .id(records.initiative(y.brightNights())).kind(InitiativeKind.OPERATION)
            .name("Operation Bright Nights " + y.label())
            .businessUnit("Lambeth town centres team").area(borough)
            .start(y.on(10, 1)).end(y.on(3, 31))
            .addActivities(cpegInputs.get(1).activity())
            .build(),
        Initiative.builder()
            .id(InitiativeId.of(records.id("OP-DOORSTEP-" + y.start()))).kind(InitiativeKind.OPERATION)
            .name("Operation Doorstep " + y.label())
            .businessUnit("Lambeth burglary squad").area(borough)
            .start(y.on(10, 15)).end(y.on(12, 31))
            .build());
  }

  /**
   * Holds a panel's meetings, one on each date, each raising one concern with rising support.
   *
   * @return the inputs, one per meeting in date order; each names its meeting
   */
  private List<CommunityInput> series(List<LocalDate> dates, List<Concern> concerns,
      int support, Function<LocalDate, EngagementActivity.Builder> meeting) {
    List<CommunityInput> inputs = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      Concern concern = concerns.get(i);
      EngagementActivity held =
          records.add(meeting.apply(dates.get(i)).addIssueCategories(concern.issue()));
      inputs.add(records.input(held, concern, support + 3 * i));
    }
    return inputs;
  }
}
