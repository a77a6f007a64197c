package org.engagement.examples;

import static org.engagement.examples.SamplePlaces.CATEGORIES;
import static org.engagement.examples.SampleRecords.DAY;
import static org.engagement.examples.SampleRecords.priority;
import static org.engagement.examples.SampleRecords.responses;
import static org.engagement.examples.SampleRecords.told;
import static org.engagement.examples.SampleWards.BOROUGH_BURGLARY;
import static org.engagement.examples.SampleWards.demographics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.engagement.core.BoroughTier;
import org.engagement.core.CommunityInput;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementMethod;
import org.engagement.core.FeedbackFormat;
import org.engagement.core.Initiative;
import org.engagement.core.InitiativeId;
import org.engagement.core.InitiativeKind;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.LocalPerformanceTarget;
import org.engagement.core.Panel;
import org.engagement.core.PanelMember;
import org.engagement.core.ParticipantId;
import org.engagement.core.Priority;
import org.engagement.core.PrioritySource;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.ResourceType;
import org.engagement.core.TargetId;
import org.engagement.core.Weighting;
import org.engagement.examples.SampleRecords.Family;
import org.engagement.examples.SampleWards.Concern;
import org.engagement.examples.SampleWards.Practice;
import org.engagement.examples.SampleWards.Reply;
import org.engagement.examples.SampleWards.Treatment;
import org.engagement.examples.SampleWards.Ward;

/**
 * One ward's records of one year: its panel's meetings, the community inputs raised at each,
 * the tasking meeting's decisions on them, the resources allocated, the feedback to residents,
 * the ward's target, its priorities, and the ward team's operations and problem-solving plans.
 * Each family of draws comes from the ward's own stream of that year, so a ward's records do not
 * depend on the other wards.
 */
final class SampleWardYear extends SamplePart {

  /** What a ward team might call an operation on each kind of issue. */
  private static final Map<String, List<String>> OPERATION_NAMES =
      Map.of(
          "ASB", List.of("Quiet streets patrols", "Dispersal zone patrols",
              "Park and estate walkabouts"),
          "BURGLARY", List.of("Dark evenings burglary patrols", "Cocoon watch after burglaries",
              "Property marking week"),
          "BUSINESS_CRIME", List.of("Shop theft partnership patrols", "Business watch visits"),
          "DRUGS", List.of("Drug dealing disruption", "Closure order evidence gathering"),
          "ROBBERY", List.of("Robbery hotspot patrols", "Phone safety week"),
          "TRAFFIC", List.of("Community Roadwatch speed checks", "Safer cycling checks"),
          "VIOLENCE", List.of("Weapon sweeps", "Night-time economy patrols"),
          "YOUTH", List.of("Summer diversionary activities", "School gates patrols"));
  /** What a ward team does about a priority of each kind of issue. */
  private static final Map<String, String> ACTIONS =
      Map.of(
          "ASB", "Weekly targeted patrols and a dispersal order",
          "BURGLARY", "Crime prevention visits to every burgled street",
          "BUSINESS_CRIME", "Joint patrols with store security and a shop-watch radio link",
          "DRUGS", "Intelligence-led warrants and a closure order on the worst address",
          "ROBBERY", "Plain-clothes patrols at the hotspot and phone-marking stalls",
          "TRAFFIC", "Speed checks with the safer transport team and Community Roadwatch",
          "VIOLENCE", "Weapon sweeps and high-visibility patrols at closing time",
          "YOUTH", "Outreach sessions with the council's youth service");
  /** Where ward panels meet, and what an evening's hire costs. */
  private static final List<Venue> VENUES =
      List.of(
          new Venue("library meeting room", new BigDecimal("45.00")),
          new Venue("community centre", new BigDecimal("60.00")),
          new Venue("church hall", new BigDecimal("85.00")),
          new Venue("school hall", new BigDecimal("120.00")));
  /** The chance, in percent, that a ward team's initiative is a problem-solving plan. */
  private static final int PLAN_PERCENT = 30;
  /** A ward's first meeting falls up to this many days after 1 May. */
  private static final int MEETING_OFFSET_DAYS = 21;

  /** The streams a ward's meetings of a year draw from, one per kind of draw. */
  private record MeetingDraws(RandomGenerator meetings, RandomGenerator attendance,
      RandomGenerator schedule, RandomGenerator venues) {}

  /** A meeting place and the cost of an evening's hire, in pounds. */
  private record Venue(String name, BigDecimal hire) {}

  SampleWardYear(SampleRecords records) {
    super(records);
  }

  /**
   * Makes a ward's records of a year. Its panel meets as often as the practice holds, or once
   * more; each meeting takes one input fewer to one more than the practice's typical number, and
   * the tasking meeting treats each input as drawn from the practice's mix, so wards of one
   * practice differ as real ones do.
   *
   * @param w the ward
   * @param index the ward's place in the borough, from 0
   * @param y the year
   * @param panel the ward's panel
   */
  void build(Ward w, int index, SampleYear y, Panel panel) {
    Practice p = w.practice(y.index());
    RandomGenerator r = records.stream(index, y, Family.MEETINGS);
    MeetingDraws draws =
        new MeetingDraws(r, records.stream(index, y, Family.ATTENDANCE),
            records.stream(index, y, Family.SCHEDULE), records.stream(index, y, Family.VENUE));
    List<EngagementActivity> meetings = new ArrayList<>();
    List<LocalDate> dates =
        y.wardMeetings(p.meetings + r.nextInt(2), r.nextInt(MEETING_OFFSET_DAYS));
    CommunityInput first = null;
    for (int m = 0; m < dates.size(); m++) {
      LocalDate date = dates.get(m);
      EngagementActivity meeting = wardMeeting(w, p, panel, date, m, draws);
      if (p == Practice.GOOD) {
        // The team writes up what each meeting raised before the tasking meeting.
        data.addAnalyses(
            records.analysis(meeting.id(), date.plusDays(7), Weighting.NOT_APPLICABLE)
                .qualitative(true)
                .build());
      }
      meetings.add(meeting);
      List<CommunityInput> inputs = new ArrayList<>();
      List<Treatment> treatments = new ArrayList<>();
      int raised = p.inputsPerMeeting - 1 + r.nextInt(3);
      for (int k = 0; k < raised; k++) {
        Concern concern = w.concerns().get((m + k) % w.concerns().size());
        // Between 2 and 13 of those present back an input.
        inputs.add(records.input(meeting, concern, 2 + r.nextInt(12)));
        first = first == null ? inputs.get(0) : first;
        treatments.add(p.treatments.get(r.nextInt(p.treatments.size())));
      }
      Optional<String> minutes =
          p == Practice.GOOD ? Optional.of("Tasking minutes, " + DAY.format(date.plusDays(14)))
              : Optional.empty();
      records.decide(w.name() + " Safer Neighbourhoods tasking meeting", w.id(), date.plusDays(14),
          inputs, treatments, minutes)
          .ifPresent(decision -> allocate(w, p, decision, inputs, treatments));
      reply(w, p, meeting, inputs, treatments, m);
    }
    wardTarget(w, p, y, index, first);
    wardPriorities(w, p, y, meetings.get(0).date());
    wardOperations(w, p, y, meetings, records.stream(index, y, Family.OPERATIONS));
  }

  private EngagementActivity wardMeeting(Ward w, Practice p, Panel panel, LocalDate date,
      int m, MeetingDraws draws) {
    // Attendance varies by up to three either side of the practice's typical figure.
    long attendance = p.attendance - 3 + draws.meetings().nextInt(7);
    boolean scheduled = draws.schedule().nextInt(100) < p.scheduledPercent;
    Venue venue = VENUES.get(draws.venues().nextInt(VENUES.size()));
    EngagementActivity.Builder meeting =
        records.panelMeeting(panel, EngagementMethod.WARD_PANEL_MEETING, InvolvementLevel.CONSULT,
            BoroughTier.LOCAL_COMMUNITIES, date, attendance)
            .organisingUnit(w.name() + " Safer Neighbourhoods team")
            .addIssueCategories(w.concerns().get(m % w.concerns().size()).issue())
            .inForwardSchedule(scheduled)
            .title(panel.name() + " meeting at the " + venue.name() + ", " + DAY.format(date))
            .cost(venue.hire());
    if (p.noticeDays > 0) {
      meeting.announcedDate(date.minusDays(p.noticeDays));
    }
    meeting.demographics(demographics(w, p, attendance, p.monitoredPercent));
    // About a quarter of those who come are panel members, drawn from those then on it.
    List<ParticipantId> present = new ArrayList<>(panel.members().stream()
        .filter(member -> !member.joined().isAfter(date))
        .filter(member -> member.left().map(left -> left.isAfter(date)).orElse(true))
        .map(PanelMember::member)
        .toList());
    while (present.size() > attendance / 4) {
      present.remove(draws.attendance().nextInt(present.size()));
    }
    present.forEach(meeting::addParticipants);
    return records.add(meeting);
  }

  private void allocate(Ward w, Practice p, DecisionRecord decision,
      List<CommunityInput> inputs, List<Treatment> treatments) {
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
        records.allocation(decision.date().plusDays(7), w.id(), ResourceType.HUMAN, 10L * support,
            "officer hours", acted.get(0).issueCategory())
            .description("Extra patrols on what the ward panel raised");
    if (p == Practice.GOOD) {
      allocation.decision(decision.id());
    } else {
      allocation.addAllRespondsTo(acted.stream().map(CommunityInput::id).toList());
    }
    data.addAllocations(allocation.build());
  }

  private void reply(Ward w, Practice p, EngagementActivity meeting,
      List<CommunityInput> inputs, List<Treatment> treatments, int m) {
    Reply reply = p.reply;
    if (reply == Reply.NONE || (reply == Reply.DIGEST && m % 2 == 1)) {
      return;
    }
    String weDid = told(treatments);
    if (reply == Reply.DIGEST) {
      data.addFeedback(
          records.feedback(meeting.date().plusDays(45), "ward noticeboard",
              FeedbackFormat.EDITED_DIGEST, meeting.id())
              .weDid(weDid)
              .build());
      return;
    }
    data.addFeedback(
        records.feedback(meeting.date().plusDays(21), "ward newsletter", FeedbackFormat.SUMMARY,
            meeting.id())
            .weAsked("What should the " + w.name() + " team focus on next?")
            .youSaid(inputs.stream().map(CommunityInput::summary)
                .collect(Collectors.joining("; ")))
            .weDid(weDid)
            .addAllResponses(responses(inputs, treatments))
            .build());
  }

  /**
   * The ward's target for the year on its panel's first concern, set two weeks after the first
   * meeting; it cites that meeting's first input where the team sets targets with the panel
   * (good practice, and every other ward of fair practice).
   */
  private void wardTarget(Ward w, Practice p, SampleYear y, int index, CommunityInput first) {
    LocalPerformanceTarget.Builder target =
        LocalPerformanceTarget.builder()
            .id(TargetId.of(records.next("TGT")))
            .area(w.id())
            .setDate(first.date().plusDays(14))
            .period(y.period())
            .metric("Reported offences: " + first.summary())
            .value(BigDecimal.valueOf(40L + 5L * (index % 7)));
    if (p == Practice.GOOD || (p == Practice.FAIR && index % 2 == 0)) {
      target.addInformedBy(first.id());
    }
    data.addTargets(target.build());
  }

  private void wardPriorities(Ward w, Practice p, SampleYear y, LocalDate firstMeeting) {
    List<Priority.Builder> priorities =
        List.of(
            priority(w.panel(), y, w.concerns().get(y.index()), PrioritySource.LOCAL,
                firstMeeting),
            priority(w.panel(), y, BOROUGH_BURGLARY, PrioritySource.BOROUGH, y.on(4, 20)));
    for (int i = 0; i < priorities.size(); i++) {
      Priority.Builder priority = priorities.get(i);
      if (i < p.actions) {
        priority
            .action(ACTIONS.get(i == 0 ? w.concerns().get(y.index()).issue()
                : BOROUGH_BURGLARY.issue()))
            .actionDate(firstMeeting.plusDays(35L + 20L * i));
      }
      data.addPriorities(priority.build());
    }
  }

  /**
   * Two to four local operations and problem-solving plans of the ward team in the year, each
   * on one of the ward's concerns and running about two months around one of the panel's
   * meetings; each engages the public, and is linked to that meeting, with the practice's
   * chance. Operations take a name the team might give one on that kind of issue.
   */
  private void wardOperations(Ward w, Practice p, SampleYear y, List<EngagementActivity> meetings,
      RandomGenerator r) {
    int count = 2 + r.nextInt(3);
    for (int k = 0; k < count; k++) {
      EngagementActivity around = meetings.get(r.nextInt(meetings.size()));
      Concern concern = w.concerns().get(r.nextInt(w.concerns().size()));
      boolean plan = r.nextInt(100) < PLAN_PERCENT;
      LocalDate start = around.date().minusDays(7L + r.nextInt(21));
      LocalDate end = start.plusDays(42L + r.nextInt(42));
      List<String> names = OPERATION_NAMES.get(concern.issue());
      String name =
          plan ? "Problem-solving plan: " + CATEGORIES.get(concern.issue()).toLowerCase(Locale.UK)
              : names.get(r.nextInt(names.size()));
      Initiative.Builder operation =
          Initiative.builder()
              .id(InitiativeId.of(records.next(plan ? "INIT" : "OP")))
              .kind(plan ? InitiativeKind.INITIATIVE : InitiativeKind.OPERATION)
              .name(name + ", " + w.name() + ", " + season(start))
              .businessUnit(w.name() + " Safer Neighbourhoods team")
              .area(w.id())
              .start(start)
              .end(end.isAfter(y.period().to()) ? y.period().to() : end);
      if (r.nextInt(100) < p.engagedOperations) {
        operation.addActivities(around.id());
      }
      data.addInitiatives(operation.build());
    }
  }

  /** The season of a day: {@code spring 2012}, or {@code winter 2012/13} for Dec–Feb. */
  private static String season(LocalDate day) {
    int month = day.getMonthValue();
    if (month == 12 || month <= 2) {
      int first = month == 12 ? day.getYear() : day.getYear() - 1;
      return String.format(Locale.ROOT, "winter %d/%02d", first, (first + 1) % 100);
    }
    return (month <= 5 ? "spring " : month <= 8 ? "summer " : "autumn ") + day.getYear();
  }
}
