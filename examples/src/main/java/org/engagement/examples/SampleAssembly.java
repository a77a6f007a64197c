package org.engagement.examples;

import static org.engagement.examples.SampleData.LAMBETH;
import static org.engagement.examples.SampleData.LONDON;
import static org.engagement.examples.SampleData.YEAR;
import static org.engagement.examples.SampleWards.ADULT_AGE_SKEW;
import static org.engagement.examples.SampleWards.AGE;
import static org.engagement.examples.SampleWards.BOROUGH_BURGLARY;
import static org.engagement.examples.SampleWards.DIMENSIONS;
import static org.engagement.examples.SampleWards.WARDS;
import static org.engagement.examples.SampleWards.codes;
import static org.engagement.examples.SampleWards.demographics;
import static org.engagement.examples.SampleWards.distribute;
import static org.engagement.examples.SampleWards.named;
import static org.engagement.examples.SampleWards.roster;
import static org.engagement.examples.SampleWards.weighted;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.engagement.core.DecisionId;
import org.engagement.core.DecisionRecord;
import org.engagement.core.DemographicScheme;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementLevel;
import org.engagement.core.EngagementMethod;
import org.engagement.core.Feedback;
import org.engagement.core.FeedbackFormat;
import org.engagement.core.FeedbackId;
import org.engagement.core.FeedbackStage;
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
import org.engagement.examples.SampleWards.Concern;
import org.engagement.examples.SampleWards.Practice;
import org.engagement.examples.SampleWards.Reply;
import org.engagement.examples.SampleWards.Treatment;
import org.engagement.examples.SampleWards.Ward;

/**
 * Builds the sample dataset of {@link SampleData#lambeth()}, one record family at a time: places
 * and groups, panels, each ward's year of meetings, inputs, decisions, allocations and feedback,
 * the borough's own activities, surveys, and the evidence the 2012 standards ask for.
 *
 * <p>Ids are numbered in the order records are made, and survey answers are drawn from a
 * generator with a fixed seed, so every assembly makes an equal dataset. An instance builds one
 * dataset and is not thread-safe.
 */
final class SampleAssembly {

  /** The seed of the survey answers, so that every assembly draws the same ones. */
  private static final long SEED = 20120401L;

  /** When ward panels meet in the year, before each ward's offset of a few days. */
  private static final List<LocalDate> QUARTERLY_MEETINGS =
      List.of(
          LocalDate.of(2012, 5, 15),
          LocalDate.of(2012, 8, 14),
          LocalDate.of(2012, 11, 13),
          LocalDate.of(2013, 2, 12));

  /** Dates in titles: {@code 15 May 2012}. */
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private static final PanelId CPEG = PanelId.of("CPEG-E09000022");
  private static final PanelId IAG = PanelId.of("IAG-E09000022");
  private static final InitiativeId SAFER_BRIXTON = InitiativeId.of("INIT-0001");
  private static final InitiativeId BRIGHT_NIGHTS = InitiativeId.of("OP-0001");
  private static final InitiativeId DOORSTEP = InitiativeId.of("OP-0002");
  private static final SurveyId PARTICIPANT_SURVEY = SurveyId.of("PS-2012");
  private static final SurveyId PUBLIC_SURVEY = SurveyId.of("PAS-2012");
  private static final SurveyId PREVIOUS_PUBLIC_SURVEY = SurveyId.of("PAS-2011");
  private static final GroupId YOUNG_PEOPLE = GroupId.of("HTH-YOUTH");
  private static final GroupId LGBT = GroupId.of("HTH-LGBT");
  private static final GroupId DISABLED = GroupId.of("HTH-DISABLED");
  private static final GroupId PORTUGUESE = GroupId.of("HTH-PORTUGUESE");
  private static final GroupId TIME_POOR = GroupId.of("HTH-TIMEPOOR");

  private final EngagementDataset.Builder data = EngagementDataset.builder();
  private final Random random = new Random(SEED);
  private final Map<String, Integer> counters = new HashMap<>();
  private final List<CommunityInput> youthInputs = new ArrayList<>();
  private final List<CommunityInput> cpegInputs = new ArrayList<>();

  /**
   * Builds the dataset; call once per instance.
   *
   * @return the sample dataset, never null
   */
  EngagementDataset build() {
    taxonomy();
    areas();
    groupsAndStakeholders();
    referencePopulations();
    Panel cpeg = cpegPanel();
    Panel iag = iagPanel();
    for (int i = 0; i < WARDS.size(); i++) {
      ward(WARDS.get(i), i);
    }
    cpegMeetings(cpeg);
    iagMeetings(iag);
    youthPanel();
    onlineConsultation();
    oneOffActivities();
    boroughDecisions();
    targets();
    initiatives();
    surveys();
    standardsEvidence();
    previousPublicWave();
    return data.build();
  }

  private String next(String prefix) {
    int n = counters.merge(prefix, 1, Integer::sum);
    return String.format(Locale.ROOT, "%s-%04d", prefix, n);
  }

  // --- places, groups and populations --------------------------------------------------

  private void taxonomy() {
    data.addIssueCategories(
        IssueCategory.of("ASB", "Anti-social behaviour"),
        IssueCategory.of("BURGLARY", "Burglary"),
        IssueCategory.of("BUSINESS_CRIME", "Crime against businesses"),
        IssueCategory.of("DRUGS", "Drugs"),
        IssueCategory.of("ROBBERY", "Robbery"),
        IssueCategory.of("TRAFFIC", "Roads and traffic"),
        IssueCategory.of("VIOLENCE", "Violence and weapons"),
        IssueCategory.of("YOUTH", "Young people"));
  }

  private void areas() {
    data.addAreas(area(LONDON, "London", AreaLevel.FORCE).build());
    data.addAreas(area(LAMBETH, "Lambeth", AreaLevel.BOROUGH).parent(LONDON).build());
    for (Ward w : WARDS) {
      data.addAreas(
          area(w.id(), w.name(), AreaLevel.WARD)
              .parent(LAMBETH)
              .businessPresence(w.businessPresence())
              .build());
    }
  }

  private static Area.Builder area(AreaId id, String name, AreaLevel level) {
    return Area.builder().id(id).name(name).level(level);
  }

  private void groupsAndStakeholders() {
    data.addHardToHearGroups(
        HardToHearGroup.of(YOUNG_PEOPLE, "Young people aged 16 to 24", LAMBETH),
        HardToHearGroup.of(LGBT, "Lesbian, gay, bisexual and trans residents", LAMBETH),
        HardToHearGroup.of(DISABLED, "Disabled residents", LAMBETH),
        HardToHearGroup.builder()
            .id(PORTUGUESE).name("Portuguese-speaking residents")
            .area(named("Stockwell East").id())
            .description("A large community around Stockwell, rarely at ward panels")
            .build(),
        HardToHearGroup.builder()
            .id(TIME_POOR).name("'Time poor' commuters and shift workers").area(LAMBETH)
            .description("Out of the borough when meetings happen; no stakeholder yet")
            .build());
    Ward windrush = named("Brixton Windrush");
    stakeholder("Windrush Estate Tenants' Association", StakeholderKind.COMMUNITY_GROUP,
        windrush.id(), LocalDate.of(2012, 6, 1));
    // The same association entered twice, years apart: the register's duplicate to find.
    stakeholder("Windrush Estate Tenants Association", StakeholderKind.COMMUNITY_GROUP,
        windrush.id(), LocalDate.of(2010, 3, 1));
    stakeholder("Brixton Youth Forum", StakeholderKind.YOUTH, windrush.id(),
        LocalDate.of(2012, 9, 15), YOUNG_PEOPLE);
    stakeholder("Waterloo Traders' Association", StakeholderKind.BUSINESS,
        named("Waterloo & South Bank").id(), LocalDate.of(2012, 7, 1));
    stakeholder("Churches Together in Brixton", StakeholderKind.FAITH_GROUP,
        named("Brixton Acre Lane").id(), LocalDate.of(2011, 9, 1));
    stakeholder("Resident representative, Acre Lane", StakeholderKind.RESIDENT,
        named("Brixton Acre Lane").id(), LocalDate.of(2012, 8, 1));
    stakeholder("Stockwell Portuguese Community Centre", StakeholderKind.VOLUNTARY_SECTOR,
        named("Stockwell East").id(), LocalDate.of(2011, 11, 1), PORTUGUESE);
    stakeholder("Councillor for Vauxhall ward", StakeholderKind.ELECTED_MEMBER,
        named("Vauxhall").id(), LocalDate.of(2012, 5, 10));
    stakeholder("Lambeth LGBT Forum", StakeholderKind.VOLUNTARY_SECTOR, LAMBETH,
        LocalDate.of(2012, 2, 10), LGBT);
    stakeholder("Lambeth Disability Network", StakeholderKind.VOLUNTARY_SECTOR, LAMBETH,
        LocalDate.of(2009, 5, 1), DISABLED, YOUNG_PEOPLE);
    stakeholder("Independent advisors' network", StakeholderKind.INDEPENDENT_ADVISOR, LAMBETH,
        LocalDate.of(2012, 3, 1));
    data.addStakeholders(
        Stakeholder.builder()
            .id(StakeholderId.of(next("SH")))
            .name("Lambeth Council, community safety team")
            .kind(StakeholderKind.STATUTORY_PARTNER)
            .homeArea(LAMBETH)
            .addAllAreasServed(WARDS.stream().map(Ward::id).toList())
            .contactConsent(true)
            .lastUpdated(LocalDate.of(2012, 4, 2))
            .build());
  }

  private void stakeholder(String name, StakeholderKind kind, AreaId home, LocalDate updated,
      GroupId... groups) {
    data.addStakeholders(
        Stakeholder.builder()
            .id(StakeholderId.of(next("SH")))
            .name(name)
            .kind(kind)
            .homeArea(home)
            .addGroups(groups)
            .contactConsent(true)
            .lastUpdated(updated)
            .build());
  }

  private void referencePopulations() {
    for (Ward w : WARDS) {
      for (String dimension : DIMENSIONS) {
        data.addReferencePopulations(
            ReferencePopulation.builder()
                .id(PopulationId.of("POP-" + w.code() + "-" + dimension))
                .area(w.id())
                .year(2021)
                .dimension(dimension)
                .putAllCounts(distribute(w.population(), dimension, w.census(dimension)))
                .source("Census 2021 high-level groups (synthetic ward figures)")
                .build());
      }
    }
  }

  // --- panels ---------------------------------------------------------------------------

  private Panel cpegPanel() {
    LocalDate founded = LocalDate.of(2009, 4, 1);
    List<PanelMember> cpegMembers =
        new ArrayList<>(members(founded, 0,
            roster(5, MemberCategory.RESIDENT, MemberCategory.COUNCILLOR,
                MemberCategory.AGENCY_REPRESENTATIVE, MemberCategory.AGENCY_REPRESENTATIVE,
                MemberCategory.VOLUNTARY_SECTOR, MemberCategory.FAITH,
                MemberCategory.BUSINESS)));
    cpegMembers.add(
        PanelMember.builder()
            .member(ParticipantId.of(next("P")))
            .category(MemberCategory.RESIDENT)
            .joined(founded)
            .left(LocalDate.of(2012, 12, 31))
            .build());
    Panel cpeg =
        panel(CPEG, PanelKind.CPEG, "Lambeth Community Police Engagement Group", LAMBETH,
            founded, Openness.OPEN)
            .addAllMembers(cpegMembers)
            .build();
    data.addPanels(cpeg);
    data.addPriorities(
        priority(CPEG, new Concern("ROBBERY", "Moped-enabled phone robbery across the borough"),
            PrioritySource.BOROUGH, LocalDate.of(2012, 6, 12))
            .action("Borough robbery squad patrols on the worst-affected routes")
            .actionDate(LocalDate.of(2012, 7, 2))
            .build());
    return cpeg;
  }

  private Panel iagPanel() {
    Panel iag =
        panel(IAG, PanelKind.IAG, "Lambeth Independent Advisory Group", LAMBETH,
            LocalDate.of(2005, 6, 1), Openness.CLOSED)
            .addAllMembers(members(LocalDate.of(2011, 1, 10), 4,
                roster(5, MemberCategory.FORMAL_ADVISOR, MemberCategory.INFORMAL_ADVISOR,
                    MemberCategory.INFORMAL_ADVISOR, MemberCategory.INFORMAL_ADVISOR)))
            .addLinks(CPEG)
            .build();
    data.addPanels(iag);
    data.addPanels(
        panel(PanelId.of("TMG-E09000022"), PanelKind.TENSION_MONITORING_GROUP,
            "Lambeth community tension monitoring group", LAMBETH,
            LocalDate.of(2011, 9, 1), Openness.CLOSED)
            .addAllMembers(members(LocalDate.of(2011, 9, 1), 0,
                roster(3, MemberCategory.AGENCY_REPRESENTATIVE, MemberCategory.FORMAL_ADVISOR)))
            .build());
    return iag;
  }

  private static Panel.Builder panel(PanelId id, PanelKind kind, String name, AreaId area,
      LocalDate from, Openness openness) {
    return Panel.builder().id(id).kind(kind).name(name).area(area).activeFrom(from)
        .openness(openness);
  }

  /** Members by category, all joined on one day; the first {@code inducted} were inducted. */
  private List<PanelMember> members(LocalDate joined, int inducted,
      List<MemberCategory> categories) {
    List<PanelMember> out = new ArrayList<>();
    for (MemberCategory category : categories) {
      PanelMember.Builder m =
          PanelMember.builder()
              .member(ParticipantId.of(next("P")))
              .category(category)
              .joined(joined);
      if (out.size() < inducted) {
        m.induction(joined.plusDays(30));
      }
      out.add(m.build());
    }
    return out;
  }

  private static Priority.Builder priority(PanelId panel, Concern concern, PrioritySource source,
      LocalDate set) {
    return Priority.builder()
        .id(PriorityId.of("PRI-" + panel + "-" + source))
        .panel(panel)
        .issue(concern.summary())
        .category(concern.issue())
        .source(source)
        .setDate(set);
  }

  // --- one ward's year ------------------------------------------------------------------

  private void ward(Ward w, int offsetDays) {
    Practice p = w.practice();
    Panel panel = wardPanel(w);
    int raised = 0;
    for (int m = 0; m < p.meetings; m++) {
      LocalDate date = QUARTERLY_MEETINGS.get(m).plusDays(offsetDays);
      EngagementActivity meeting = wardMeeting(w, panel, date, m);
      List<CommunityInput> inputs = new ArrayList<>();
      List<Treatment> treatments = new ArrayList<>();
      for (int k = 0; k < 2; k++) {
        Concern concern = w.concerns().get((m + k) % w.concerns().size());
        inputs.add(input(meeting, concern, 3 + (7 * m + 5 * k + offsetDays) % 11));
        treatments.add(p.treatments.get(raised++ % p.treatments.size()));
      }
      Optional<String> minutes =
          p == Practice.GOOD ? Optional.of("Tasking minutes, " + DAY.format(date.plusDays(14)))
              : Optional.empty();
      decide(w.name() + " Safer Neighbourhoods tasking meeting", w.id(), date.plusDays(14),
          inputs, treatments, minutes)
          .ifPresent(decision -> allocate(w, decision, inputs, treatments));
      reply(w, meeting, inputs, treatments, m);
    }
    wardPriorities(w, QUARTERLY_MEETINGS.get(0).plusDays(offsetDays));
  }

  private Panel wardPanel(Ward w) {
    Practice p = w.practice();
    List<MemberCategory> categories = new ArrayList<>(p.members);
    if (w.businessPresence()) {
      categories.add(MemberCategory.BUSINESS);
    }
    List<PanelMember> members =
        members(LocalDate.of(2010, 9, 1), categories.size() * p.monitoredPercent / 100,
            categories);
    Panel.Builder panel =
        panel(w.panel(), PanelKind.SAFER_NEIGHBOURHOODS_PANEL,
            w.name() + " Safer Neighbourhoods panel", w.id(), LocalDate.of(2008, 4, 1),
            Openness.OPEN)
            .addAllMembers(members);
    if (p.monitoredPercent > 0) {
      panel.membershipDemographics(demographics(w, members.size(), 100));
    }
    if (p != Practice.POOR) {
      // A lapsed panel has lost its link to the borough's CPEG.
      panel.addLinks(CPEG);
    }
    Panel built = panel.build();
    data.addPanels(built);
    return built;
  }

  private EngagementActivity wardMeeting(Ward w, Panel panel, LocalDate date, int m) {
    Practice p = w.practice();
    long attendance = p.attendance + (m % 2 == 0 ? 3 : -2);
    EngagementActivity.Builder meeting =
        panelMeeting(panel, EngagementMethod.WARD_PANEL_MEETING, InvolvementLevel.CONSULT,
            BoroughTier.LOCAL_COMMUNITIES, date, attendance)
            .organisingUnit(w.name() + " Safer Neighbourhoods team")
            .addIssueCategories(w.concerns().get(m % w.concerns().size()).issue())
            .inForwardSchedule(p.noticeDays >= 14)
            .cost(new BigDecimal("85.00"));
    if (p.noticeDays > 0) {
      meeting.announcedDate(date.minusDays(p.noticeDays));
    }
    if (p.monitoredPercent > 0) {
      meeting.demographics(demographics(w, attendance, p.monitoredPercent));
      panel.members().stream()
          .limit(attendance / 4)
          .forEach(member -> meeting.addParticipants(member.member()));
    }
    return add(meeting);
  }

  private void allocate(Ward w, DecisionRecord decision, List<CommunityInput> inputs,
      List<Treatment> treatments) {
    List<CommunityInput> acted = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      if (treatments.get(i).actedOn()) {
        acted.add(inputs.get(i));
      }
    }
    if (acted.isEmpty()) {
      return;
    }
    int support = acted.stream().mapToInt(CommunityInput::support).sum();
    ResourceAllocation.Builder allocation =
        allocation(decision.date().plusDays(7), w.id(), ResourceType.HUMAN, 10L * support,
            "officer hours", acted.get(0).issueCategory())
            .description("Extra patrols on what the ward panel raised");
    if (w.practice() == Practice.GOOD) {
      allocation.decision(decision.id());
    } else {
      allocation.addAllRespondsTo(acted.stream().map(CommunityInput::id).toList());
    }
    data.addAllocations(allocation.build());
  }

  private void reply(Ward w, EngagementActivity meeting, List<CommunityInput> inputs,
      List<Treatment> treatments, int m) {
    Reply reply = w.practice().reply;
    if (reply == Reply.NONE || (reply == Reply.DIGEST && m % 2 == 1)) {
      return;
    }
    String weDid = told(treatments);
    if (reply == Reply.DIGEST) {
      data.addFeedback(
          feedback(meeting.date().plusDays(45), "ward noticeboard", FeedbackFormat.EDITED_DIGEST,
              meeting.id())
              .weDid(weDid)
              .build());
      return;
    }
    data.addFeedback(
        feedback(meeting.date().plusDays(21), "ward newsletter", FeedbackFormat.SUMMARY,
            meeting.id())
            .weAsked("What should the " + w.name() + " team focus on next?")
            .youSaid(inputs.stream().map(CommunityInput::summary)
                .collect(Collectors.joining("; ")))
            .weDid(weDid)
            .addAllResponses(responses(inputs, treatments))
            .build());
  }

  private void wardPriorities(Ward w, LocalDate firstMeeting) {
    List<Priority.Builder> priorities =
        List.of(
            priority(w.panel(), w.concerns().get(0), PrioritySource.LOCAL, firstMeeting),
            priority(w.panel(), BOROUGH_BURGLARY, PrioritySource.BOROUGH,
                LocalDate.of(2012, 4, 20)));
    for (int i = 0; i < priorities.size(); i++) {
      Priority.Builder priority = priorities.get(i);
      if (i < w.practice().actions) {
        priority
            .action(i == 0 ? "Weekly targeted patrols and a dispersal order"
                : "Crime prevention visits to every burgled street")
            .actionDate(firstMeeting.plusDays(35L + 20L * i));
      }
      data.addPriorities(priority.build());
    }
  }

  // --- borough activities ---------------------------------------------------------------

  private void cpegMeetings(Panel cpeg) {
    cpegInputs.addAll(
        series(
            List.of(LocalDate.of(2012, 6, 12), LocalDate.of(2012, 10, 9),
                LocalDate.of(2013, 2, 12)),
            List.of(
                new Concern("ROBBERY", "Moped-enabled phone robbery across the borough"),
                new Concern("VIOLENCE", "Knife crime affecting young people"),
                new Concern("ASB", "Street drinking in the town centres")),
            12,
            date -> panelMeeting(cpeg, EngagementMethod.PUBLIC_MEETING, InvolvementLevel.INVOLVE,
                BoroughTier.NEIGHBOURHOOD_MANAGEMENT, date, 36)
                .organisingUnit("Lambeth Borough Command, partnership team")
                .inForwardSchedule(true)
                .announcedDate(date.minusDays(28))
                .sltAttended(true)));
    for (CommunityInput input : cpegInputs) {
      data.addFeedback(
          feedback(input.date().plusDays(30), "Lambeth police website", FeedbackFormat.FULL_TEXT,
              input.activity())
              .build());
    }
  }

  private void iagMeetings(Panel iag) {
    List<LocalDate> iagDates =
        List.of(LocalDate.of(2012, 4, 24), LocalDate.of(2012, 7, 17), LocalDate.of(2012, 10, 16),
            LocalDate.of(2013, 1, 22));
    for (int i = 0; i < iagDates.size(); i++) {
      EngagementActivity.Builder meeting =
          panelMeeting(iag, EngagementMethod.ADVISORY_GROUP_MEETING, InvolvementLevel.INVOLVE,
              BoroughTier.STRATEGIC_STAKEHOLDERS, iagDates.get(i), 7L + i % 3)
              .organisingUnit("Lambeth Borough Command, SLT office");
      if (i < 3) {
        // The last meeting's minutes do not say whether an SLT member came.
        meeting.sltAttended(i < 2);
      }
      EngagementActivity held = add(meeting);
      if (i < 2) {
        data.addPublications(
            publication(PublicationKind.MINUTES, "Minutes of the " + iag.name() + ", "
                + DAY.format(held.date()), held.date().plusDays(21), LAMBETH)
                .panel(IAG)
                .build());
      }
    }
  }

  private void youthPanel() {
    Ward windrush = named("Brixton Windrush");
    Panel youth =
        panel(PanelId.of("YP-" + windrush.code()), PanelKind.YOUTH_PANEL, "Brixton Youth KIN",
            windrush.id(), LocalDate.of(2012, 9, 1), Openness.CLOSED)
            .addAllMembers(members(LocalDate.of(2012, 9, 1), 9, roster(9, MemberCategory.YOUTH)))
            .addLinks(CPEG)
            .build();
    data.addPanels(youth);
    youthInputs.addAll(
        series(
            List.of(LocalDate.of(2012, 9, 20), LocalDate.of(2012, 12, 6),
                LocalDate.of(2013, 3, 7)),
            List.of(
                new Concern("YOUTH", "Stop and search is not explained to those stopped"),
                new Concern("VIOLENCE", "Young people feel unsafe on buses after school"),
                new Concern("YOUTH", "Youth clubs should open later on Fridays")),
            9,
            date -> panelMeeting(youth, EngagementMethod.YOUTH_PANEL_MEETING,
                InvolvementLevel.COLLABORATE, BoroughTier.LOCAL_COMMUNITIES, date, 13)
                .organisingUnit("Lambeth youth engagement team")));
    for (CommunityInput input : youthInputs) {
      data.addAnalyses(
          analysis(input.activity(), input.date().plusDays(10), Weighting.NOT_APPLICABLE)
              .qualitative(true)
              .build());
    }
    data.addFeedback(
        feedback(LocalDate.of(2013, 3, 20), "Youth KIN social media page",
            FeedbackFormat.SUMMARY,
            youthInputs.stream().map(CommunityInput::activity).toArray(ActivityId[]::new))
            .weAsked("What would make young people in Brixton feel safer?")
            .youSaid(youthInputs.stream().map(CommunityInput::summary)
                .collect(Collectors.joining("; ")))
            .weDid("Officers now hand out a stop-and-search leaflet; bus patrols after school")
            .build());
  }

  private void onlineConsultation() {
    EngagementActivity consultation =
        add(activity("Lambeth policing priorities 2013/14: online consultation",
            LocalDate.of(2012, 11, 1), LAMBETH, EngagementMethod.ONLINE_CONSULTATION,
            InvolvementLevel.CONSULT, Openness.OPEN)
            .mode(ActivityMode.CONTINUOUS)
            .endDate(LocalDate.of(2013, 1, 31))
            .boroughTier(BoroughTier.LOCAL_COMMUNITIES)
            .organisingUnit("Lambeth Borough Command, partnership team")
            .addPartners("Lambeth Council")
            .addIssueCategories("ASB", "BURGLARY", "DRUGS", "TRAFFIC", "VIOLENCE")
            .attendance(412)
            .inForwardSchedule(true)
            .announcedDate(LocalDate.of(2012, 10, 15))
            .cost(new BigDecimal("2400.00")));
    List<CommunityInput> inputs =
        List.of(
            input(consultation, BOROUGH_BURGLARY, 146),
            input(consultation, new Concern("DRUGS", "Close the crack houses on the estates"),
                98),
            input(consultation,
                new Concern("TRAFFIC", "Enforce the 20 mph limit on residential roads"), 77),
            input(consultation, new Concern("VIOLENCE", "Weapon sweeps around schools"), 51),
            input(consultation,
                new Concern("ASB", "Noisy parties in short-let flats"), 40));
    List<Treatment> treatments =
        List.of(Treatment.ACCEPTED, Treatment.PARTLY_ACCEPTED, Treatment.REJECTED,
            Treatment.DEFERRED, Treatment.NOT_PRESENTED);
    data.addAnalyses(
        analysis(consultation.id(), LocalDate.of(2013, 2, 8), Weighting.NO)
            .quantitative(true)
            .qualitative(true)
            .independent(true)
            .build());
    data.addFeedback(
        feedback(LocalDate.of(2012, 12, 14), "Lambeth police website",
            FeedbackFormat.EDITED_DIGEST, consultation.id())
            .stage(FeedbackStage.INTERIM)
            .weAsked("What should Lambeth police prioritise in 2013/14?")
            .youSaid("Burglary and drugs lead so far, after six weeks and 300 responses")
            .build());
    DecisionRecord slt =
        decide("Lambeth Borough senior leadership team", LAMBETH, LocalDate.of(2013, 2, 20),
            inputs, treatments, Optional.of("SLT paper 2013/07, annex B"))
            .orElseThrow();
    data.addFeedback(
        feedback(LocalDate.of(2013, 3, 8), "Lambeth police website",
            FeedbackFormat.CONSOLIDATED_RESPONSE, consultation.id())
            .weAsked("What should Lambeth police prioritise in 2013/14?")
            .youSaid("412 people answered; burglary, drugs and speeding came first")
            .weDid(told(treatments))
            .addAllResponses(responses(inputs, treatments))
            .build());
    data.addAllocations(
        allocation(LocalDate.of(2013, 3, 1), LAMBETH, ResourceType.HUMAN, 640, "officer hours",
            "BURGLARY")
            .decision(slt.id())
            .description("Dark-evenings burglary patrols for 2013/14")
            .build(),
        allocation(LocalDate.of(2013, 3, 11), LAMBETH, ResourceType.FINANCIAL, 15_000, "GBP",
            "DRUGS")
            .decision(slt.id())
            .description("Closure orders and door entry repairs on two estates")
            .build());
    data.addTargets(
        LocalPerformanceTarget.builder()
            .id(TargetId.of(next("TGT")))
            .area(LAMBETH)
            .setDate(LocalDate.of(2013, 3, 14))
            .period(Period.financialYear(2013))
            .metric("Residential burglary offences")
            .value(new BigDecimal("1450"))
            .addInformedBy(inputs.get(0).id())
            .build());
  }

  private void oneOffActivities() {
    Ward windrush = named("Brixton Windrush");
    Ward waterloo = named("Waterloo & South Bank");
    add(activity("Safer Lambeth Partnership board", LocalDate.of(2012, 7, 5), LAMBETH,
        EngagementMethod.PARTNERSHIP_MEETING, InvolvementLevel.COLLABORATE, Openness.CLOSED)
        .boroughTier(BoroughTier.STRATEGIC_STAKEHOLDERS)
        .addPartners("Lambeth Council", "London Fire Brigade", "NHS Lambeth",
            "London Probation Trust")
        .attendance(18)
        .sltAttended(true));
    add(activity("Brixton police station open day", LocalDate.of(2012, 7, 14), windrush.id(),
        EngagementMethod.PUBLIC_EVENT, InvolvementLevel.INFORM, Openness.OPEN)
        .boroughTier(BoroughTier.LOCAL_COMMUNITIES)
        .attendance(260)
        .inForwardSchedule(true)
        .announcedDate(LocalDate.of(2012, 6, 15))
        .cost(new BigDecimal("1200.00"))
        .addInitiatives(SAFER_BRIXTON));
    add(activity("Lambeth IAG annual advisors' event", LocalDate.of(2012, 11, 24), LAMBETH,
        EngagementMethod.ADVISOR_EVENT, InvolvementLevel.INVOLVE, Openness.CLOSED)
        .boroughTier(BoroughTier.STRATEGIC_STAKEHOLDERS)
        .attendance(21));
    add(activity("Street surgery at Vauxhall bus station", LocalDate.of(2012, 10, 3),
        named("Vauxhall").id(), EngagementMethod.STREET_SURGERY, InvolvementLevel.INFORM,
        Openness.OPEN)
        .attendance(15));
    EngagementActivity forum =
        add(activity("Waterloo business crime forum", LocalDate.of(2012, 11, 21),
            waterloo.id(), EngagementMethod.BUSINESS_FORUM, InvolvementLevel.CONSULT,
            Openness.OPEN)
            .boroughTier(BoroughTier.LOCAL_COMMUNITIES)
            .organisingUnit("Lambeth business crime team")
            .addIssueCategories("BUSINESS_CRIME", "ROBBERY")
            .attendance(23)
            .inForwardSchedule(true)
            .announcedDate(LocalDate.of(2012, 10, 31))
            .addInitiatives(BRIGHT_NIGHTS));
    CommunityInput theft =
        input(forum, new Concern("BUSINESS_CRIME", "Organised shop theft before Christmas"), 15);
    input(forum, new Concern("ROBBERY", "Staff robbed walking to the station after late shifts"),
        8);
    data.addAnalyses(
        analysis(forum.id(), LocalDate.of(2012, 11, 28), Weighting.NOT_APPLICABLE)
            .qualitative(true)
            .build());
    data.addFeedback(
        feedback(LocalDate.of(2012, 12, 10), "Waterloo traders' email bulletin",
            FeedbackFormat.SUMMARY, forum.id())
            .weDid("Two mobile CCTV units on Lower Marsh until January")
            .addResponses(InputResponse.of(theft.id(), true, "Two mobile CCTV units deployed"))
            .build());
    data.addAllocations(
        allocation(LocalDate.of(2012, 12, 3), waterloo.id(), ResourceType.PHYSICAL, 2,
            "mobile CCTV units", "BUSINESS_CRIME")
            .addRespondsTo(theft.id())
            .build(),
        allocation(LocalDate.of(2012, 10, 15), LAMBETH, ResourceType.HUMAN, 300,
            "officer hours", "BURGLARY")
            .description("Operation Doorstep: burglary squad surge")
            .build());
  }

  private void boroughDecisions() {
    List<CommunityInput> inputs =
        List.of(cpegInputs.get(0), cpegInputs.get(1), youthInputs.get(0));
    DecisionRecord tasking =
        decide("Lambeth tasking and co-ordination group", LAMBETH, LocalDate.of(2012, 10, 30),
            inputs, List.of(Treatment.ACCEPTED, Treatment.DEFERRED, Treatment.PARTLY_ACCEPTED),
            Optional.of("TCG minutes, 30 October 2012"))
            .orElseThrow();
    data.addAllocations(
        allocation(LocalDate.of(2012, 11, 5), LAMBETH, ResourceType.HUMAN, 200, "officer hours",
            "ROBBERY")
            .decision(tasking.id())
            .build());
  }

  private void targets() {
    data.addTargets(
        LocalPerformanceTarget.builder()
            .id(TargetId.of(next("TGT")))
            .area(LAMBETH)
            .setDate(LocalDate.of(2012, 4, 20))
            .period(YEAR)
            .metric("Robbery of personal property")
            .value(new BigDecimal("1900"))
            .build());
  }

  private void initiatives() {
    data.addInitiatives(
        Initiative.builder()
            .id(SAFER_BRIXTON).kind(InitiativeKind.INITIATIVE).name("Safer Brixton")
            .businessUnit("Lambeth Safer Neighbourhoods").area(named("Brixton Windrush").id())
            .start(LocalDate.of(2012, 7, 1)).end(LocalDate.of(2013, 3, 31))
            .addActivities(youthInputs.get(0).activity())
            .build(),
        Initiative.builder()
            .id(BRIGHT_NIGHTS).kind(InitiativeKind.OPERATION).name("Operation Bright Nights")
            .businessUnit("Lambeth town centres team").area(LAMBETH)
            .start(LocalDate.of(2012, 10, 1)).end(LocalDate.of(2013, 3, 31))
            .addActivities(cpegInputs.get(1).activity())
            .build(),
        Initiative.builder()
            .id(DOORSTEP).kind(InitiativeKind.OPERATION).name("Operation Doorstep")
            .businessUnit("Lambeth burglary squad").area(LAMBETH)
            .start(LocalDate.of(2012, 10, 15)).end(LocalDate.of(2012, 12, 31))
            .build());
  }

  // --- shared record helpers --------------------------------------------------------------

  private EngagementActivity add(EngagementActivity.Builder activity) {
    EngagementActivity built = activity.build();
    data.addActivities(built);
    return built;
  }

  private EngagementActivity.Builder activity(String title, LocalDate date, AreaId area,
      EngagementMethod method, InvolvementLevel involvement, Openness openness) {
    EngagementLevel level =
        area.equals(LONDON) ? EngagementLevel.STRATEGIC
            : area.equals(LAMBETH) ? EngagementLevel.OPERATIONAL : EngagementLevel.COMMUNITY;
    return EngagementActivity.builder()
        .id(ActivityId.of(next("ACT")))
        .title(title)
        .date(date)
        .area(area)
        .engagementLevel(level)
        .involvement(involvement)
        .method(method)
        .openness(openness);
  }

  private EngagementActivity.Builder panelMeeting(Panel panel, EngagementMethod method,
      InvolvementLevel involvement, BoroughTier tier, LocalDate date, long attendance) {
    return activity(panel.name() + " meeting, " + DAY.format(date), date, panel.area(), method,
        involvement, panel.openness())
        .panel(panel.id())
        .boroughTier(tier)
        .attendance(attendance);
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
          add(meeting.apply(dates.get(i)).addIssueCategories(concern.issue()));
      inputs.add(input(held, concern, support + 3 * i));
    }
    return inputs;
  }

  private CommunityInput input(EngagementActivity at, Concern concern, int support) {
    CommunityInput input =
        CommunityInput.builder()
            .id(InputId.of(next("IN")))
            .activity(at.id())
            .area(at.area())
            .date(at.date())
            .issueCategory(concern.issue())
            .summary(concern.summary())
            .support(support)
            .build();
    data.addInputs(input);
    return input;
  }

  /** Records a decision on the presented inputs; none when no input was presented. */
  private Optional<DecisionRecord> decide(String body, AreaId area, LocalDate date,
      List<CommunityInput> inputs, List<Treatment> treatments, Optional<String> evidence) {
    DecisionRecord.Builder decision = DecisionRecord.builder().body(body).area(area).date(date);
    int presented = 0;
    for (int i = 0; i < inputs.size(); i++) {
      Treatment treatment = treatments.get(i);
      if (treatment.presented()) {
        InputId input = inputs.get(i).id();
        decision.addPresentedInputs(input)
            .addConsiderations(treatment.consideration(input, evidence));
        presented++;
      }
    }
    if (presented == 0) {
      return Optional.empty();
    }
    DecisionRecord built =
        decision.id(DecisionId.of(next("DEC")))
            .summary(presented + " community inputs weighed")
            .build();
    data.addDecisions(built);
    return Optional.of(built);
  }

  private ResourceAllocation.Builder allocation(LocalDate date, AreaId area, ResourceType type,
      long quantity, String unit, String issue) {
    return ResourceAllocation.builder()
        .id(AllocationId.of(next("ALLOC")))
        .date(date)
        .area(area)
        .resourceType(type)
        .quantity(BigDecimal.valueOf(quantity))
        .unit(unit)
        .issueCategory(issue);
  }

  private AnalysisRecord.Builder analysis(ActivityId activity, LocalDate date,
      Weighting weighted) {
    return AnalysisRecord.builder()
        .id(AnalysisId.of(next("AN")))
        .activity(activity)
        .date(date)
        .quantitative(false)
        .qualitative(false)
        .weighted(weighted)
        .independent(false);
  }

  private Feedback.Builder feedback(LocalDate published, String channel, FeedbackFormat format,
      ActivityId... answers) {
    return Feedback.builder()
        .id(FeedbackId.of(next("FB")))
        .published(published)
        .channel(channel)
        .format(format)
        .addAnswers(answers);
  }

  private static List<InputResponse> responses(List<CommunityInput> inputs,
      List<Treatment> treatments) {
    List<InputResponse> out = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Treatment t = treatments.get(i);
      out.add(InputResponse.of(inputs.get(i).id(), t.actedOn(), t.told()));
    }
    return out;
  }

  private static String told(List<Treatment> treatments) {
    return treatments.stream().map(Treatment::told).distinct()
        .collect(Collectors.joining("; "));
  }

  private static Publication.Builder publication(PublicationKind kind, String title,
      LocalDate date, AreaId area) {
    return Publication.builder()
        .id(PublicationId.of("PUB-" + date + "-" + kind))
        .kind(kind)
        .title(title)
        .date(date)
        .area(area);
  }

  // --- surveys --------------------------------------------------------------------------

  private void surveys() {
    data.addSurveys(
        Survey.builder()
            .id(PARTICIPANT_SURVEY).name("Lambeth engagement participant survey")
            .wave("2012/13").population(SurveyPopulation.PARTICIPANTS)
            .addQuestions(
                question("PS1", "Did you hear back about what was done with your views?",
                    StandardRole.FEEDBACK_RECEIVED),
                question("PS2", "Can you name something that changed because of what local"
                    + " people said?", StandardRole.CAN_CITE_CHANGE),
                question("PS3", "Taking part was worthwhile",
                    StandardRole.CONTRIBUTION_WORTHWHILE),
                Question.builder().id(QuestionId.of("PS4"))
                    .text("How did you hear about the meeting?")
                    .type(QuestionType.CATEGORICAL)
                    .addCategories("NEWSLETTER", "SOCIAL_MEDIA", "POSTER", "WORD_OF_MOUTH")
                    .build())
            .build(),
        Survey.builder()
            .id(PUBLIC_SURVEY).name("Public Attitude Survey, Lambeth sample")
            .wave("2012/13").population(SurveyPopulation.PUBLIC)
            .addQuestions(
                question("Q1", "The police listen to the concerns of local people",
                    StandardRole.POLICE_LISTEN),
                question("Q2", "Do you know how to get involved in local policing?",
                    StandardRole.AWARE_OF_ENGAGEMENT_METHODS),
                question("Q3", "Have you been involved in local policing in the past year?",
                    StandardRole.INVOLVED_IN_POLICING),
                question("Q4", "The police do a good job in this area",
                    StandardRole.CONFIDENCE),
                question("Q5", "The police keep people in this area well informed",
                    StandardRole.WELL_INFORMED),
                question("Q6", "The police treat everyone fairly", StandardRole.TREAT_FAIRLY),
                question("Q7", "The police can be relied upon when needed",
                    StandardRole.RELIED_UPON),
                question("Q8", "The police deal with the things that matter to this community",
                    StandardRole.DEAL_WITH_WHAT_MATTERS))
            .build());
    for (Ward w : WARDS) {
      participantResponses(w);
    }
    for (Ward w : WARDS) {
      publicResponses(w);
    }
  }

  private static Question question(String id, String text, StandardRole role) {
    return Question.builder().id(QuestionId.of(id)).text(text).type(role.expectedType())
        .role(role).build();
  }

  /** About half of a ward's typical attendance answer, in February and March 2013. */
  private void participantResponses(Ward w) {
    int yes = w.practice().satisfaction;
    List<String> channels = List.of("NEWSLETTER", "SOCIAL_MEDIA", "POSTER", "WORD_OF_MOUTH");
    for (int i = 0; i < w.practice().attendance / 2; i++) {
      SurveyResponse.Builder r =
          response(PARTICIPANT_SURVEY, w, LocalDate.of(2013, 2, 18).plusDays(random.nextInt(35)),
              1.0, w::attendees)
              .putAnswers(QuestionId.of("PS1"), binary(yes))
              .putAnswers(QuestionId.of("PS3"), likert(yes))
              .putAnswers(QuestionId.of("PS4"),
                  Answer.category(channels.get(random.nextInt(channels.size()))));
      if (random.nextInt(10) > 0) {
        r.putAnswers(QuestionId.of("PS2"), binary(yes - 15));
      }
      data.addResponses(r.build());
    }
  }

  /** Forty residents per ward, interviewed through the year, with design weights. */
  private void publicResponses(Ward w) {
    int agree = 45 + w.practice().satisfaction / 4;
    List<String> likertQuestions = List.of("Q1", "Q4", "Q5", "Q6", "Q7", "Q8");
    for (int i = 0; i < 40; i++) {
      SurveyResponse.Builder r =
          response(PUBLIC_SURVEY, w, YEAR.from().plusDays(random.nextInt(365)),
              (50 + random.nextInt(151)) / 100.0,
              dimension -> dimension.equals(AGE) ? weighted(w.age(), ADULT_AGE_SKEW)
                  : w.census(dimension))
              .putAnswers(QuestionId.of("Q2"), binary(agree - 20))
              .putAnswers(QuestionId.of("Q3"), binary(w.practice().satisfaction / 8));
      for (String q : likertQuestions) {
        r.putAnswers(QuestionId.of(q), likert(agree));
      }
      data.addResponses(r.build());
    }
  }

  private SurveyResponse.Builder response(SurveyId survey, Ward w, LocalDate date,
      double weight, Function<String, int[]> profile) {
    SurveyResponse.Builder r =
        SurveyResponse.builder()
            .id(ResponseId.of(next("R")))
            .survey(survey)
            .date(date)
            .area(w.id())
            .weight(weight);
    for (String dimension : DIMENSIONS) {
      r.putDemographics(dimension,
          random.nextInt(20) == 0 ? DemographicScheme.NOT_STATED
              : pick(codes(dimension), profile.apply(dimension)));
    }
    return r;
  }

  private Answer binary(int percentYes) {
    if (random.nextInt(25) == 0) {
      return Answer.dontKnow();
    }
    return random.nextInt(100) < percentYes ? Answer.yes() : Answer.no();
  }

  private Answer likert(int percentAgree) {
    if (random.nextInt(25) == 0) {
      return Answer.dontKnow();
    }
    return random.nextInt(100) < percentAgree
        ? Answer.likert(4 + random.nextInt(2))
        : Answer.likert(1 + random.nextInt(3));
  }

  private String pick(List<String> codes, int[] weights) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int draw = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      draw -= weights[i];
      if (draw < 0) {
        return codes.get(i);
      }
    }
    throw new IllegalStateException("weights must add up to more than 0");
  }

  /**
   * The Public Attitude Survey's 2011/12 wave, asking the three engagement questions: forty
   * residents per ward, with fewer saying the police listen than in 2012/13, so that the two
   * waves have a change to test. Made last, from a generator of its own, so that it leaves every
   * other record of the sample as it was.
   */
  private void previousPublicWave() {
    data.addSurveys(
        Survey.builder()
            .id(PREVIOUS_PUBLIC_SURVEY).name("Public Attitude Survey, Lambeth sample")
            .wave("2011/12").population(SurveyPopulation.PUBLIC)
            .addQuestions(
                question("Q1", "The police listen to the concerns of local people",
                    StandardRole.POLICE_LISTEN),
                question("Q2", "Do you know how to get involved in local policing?",
                    StandardRole.AWARE_OF_ENGAGEMENT_METHODS),
                question("Q3", "Have you been involved in local policing in the past year?",
                    StandardRole.INVOLVED_IN_POLICING))
            .build());
    random.setSeed(SEED + 2011);
    LocalDate from = Period.financialYear(2011).from();
    for (Ward w : WARDS) {
      int agree = 27 + w.practice().satisfaction / 4;
      for (int i = 0; i < 40; i++) {
        data.addResponses(
            response(PREVIOUS_PUBLIC_SURVEY, w, from.plusDays(random.nextInt(366)),
                (50 + random.nextInt(151)) / 100.0,
                dimension -> dimension.equals(AGE) ? weighted(w.age(), ADULT_AGE_SKEW)
                    : w.census(dimension))
                .putAnswers(QuestionId.of("Q1"), likert(agree))
                .putAnswers(QuestionId.of("Q2"), binary(agree - 18))
                .putAnswers(QuestionId.of("Q3"), binary(w.practice().satisfaction / 8))
                .build());
      }
    }
  }

  // --- standards evidence -----------------------------------------------------------------

  private void standardsEvidence() {
    data.addRoles(
        role(RoleKind.YOUTH_ENGAGEMENT_COORDINATOR, LocalDate.of(2012, 9, 1)).build(),
        role(RoleKind.BUSINESS_SPOC, LocalDate.of(2012, 4, 1))
            .to(LocalDate.of(2012, 12, 31)).build(),
        role(RoleKind.COMMUNITY_TENSION_LEAD, LocalDate.of(2011, 6, 1)).build(),
        role(RoleKind.IAG_CHAIR, LocalDate.of(2011, 4, 1)).build());
    data.addKeyMessages(
        message(LocalDate.of(2012, 7, 18), LAMBETH,
            "Lambeth Country Show weekend: road closures and safety advice",
            "Twitter", "ward newsletters")
            .accessible(true).consistent(true).timely(true).widestAudience(true)
            .build(),
        message(LocalDate.of(2012, 10, 26), LAMBETH,
            "Bonfire night: fireworks safety and anti-social behaviour", "Twitter", "local press")
            .accessible(true).consistent(true).timely(false).widestAudience(true)
            .build(),
        message(LocalDate.of(2013, 1, 14), named("Vauxhall").id(),
            "Robberies near the bus station: keeping your phone safe", "posters")
            .accessible(true)
            .build());
    data.addCommitments(
        Commitment.builder()
            .id(CommitmentId.of("YE-2-CADETS")).area(LONDON)
            .description("Volunteer Police Cadets across London").standard("YE-2")
            .target(new BigDecimal("4000")).unit("cadets").deadline(LocalDate.of(2014, 3, 31))
            .addMeasurements(
                Measurement.of(LocalDate.of(2012, 4, 1), new BigDecimal("1920")),
                Measurement.of(LocalDate.of(2012, 9, 30), new BigDecimal("2650")),
                Measurement.of(LocalDate.of(2013, 3, 31), new BigDecimal("3120")))
            .build(),
        Commitment.builder()
            .id(CommitmentId.of("YE-3-YOUTH-SURVEY")).area(LONDON)
            .description("Online survey of younger teenagers across London").standard("YE-3")
            .target(new BigDecimal("35000")).unit("responses").deadline(LocalDate.of(2013, 3, 31))
            .addMeasurements(
                Measurement.of(LocalDate.of(2012, 12, 31), new BigDecimal("21400")),
                Measurement.of(LocalDate.of(2013, 3, 15), new BigDecimal("28700")))
            .build());
    data.addPublications(
        publication(PublicationKind.ENGAGEMENT_PLAN, "Lambeth engagement plan 2012/13",
            LocalDate.of(2012, 4, 30), LAMBETH).build(),
        publication(PublicationKind.HOW_TO_GET_INVOLVED, "Get involved in policing Lambeth",
            LocalDate.of(2012, 5, 1), LAMBETH).build(),
        publication(PublicationKind.NEWSLETTER, "Brixton Windrush ward newsletter, autumn 2012",
            LocalDate.of(2012, 10, 1), named("Brixton Windrush").id()).build());
    // Three quarterly tension assessments: the fourth quarter's was never issued.
    List<LocalDate> quarters =
        List.of(LocalDate.of(2012, 6, 29), LocalDate.of(2012, 9, 28), LocalDate.of(2012, 12, 21));
    for (int q = 0; q < quarters.size(); q++) {
      data.addPublications(
          publication(PublicationKind.TENSION_ASSESSMENT,
              "Lambeth community tension assessment, Q" + (q + 1) + " 2012/13",
              quarters.get(q), LAMBETH).build());
    }
  }

  private RoleAssignment.Builder role(RoleKind kind, LocalDate from) {
    return RoleAssignment.builder()
        .id(RoleId.of(next("ROLE")))
        .role(kind)
        .area(LAMBETH)
        .from(from)
        .holder(ParticipantId.of(next("P")));
  }

  private KeyMessage.Builder message(LocalDate date, AreaId area, String text,
      String... channels) {
    return KeyMessage.builder()
        .id(MessageId.of(next("MSG")))
        .date(date)
        .area(area)
        .message(text)
        .addChannels(channels);
  }
}
