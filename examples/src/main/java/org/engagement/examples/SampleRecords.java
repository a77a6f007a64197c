package org.engagement.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.ObjIntConsumer;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.engagement.core.ActivityId;
import org.engagement.core.AllocationId;
import org.engagement.core.AnalysisId;
import org.engagement.core.AnalysisRecord;
import org.engagement.core.AreaId;
import org.engagement.core.BoroughTier;
import org.engagement.core.Commitment;
import org.engagement.core.CommitmentId;
import org.engagement.core.CommunityInput;
import org.engagement.core.DecisionId;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementLevel;
import org.engagement.core.EngagementMethod;
import org.engagement.core.Feedback;
import org.engagement.core.FeedbackFormat;
import org.engagement.core.FeedbackId;
import org.engagement.core.InitiativeId;
import org.engagement.core.InputId;
import org.engagement.core.InputResponse;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.Openness;
import org.engagement.core.Panel;
import org.engagement.core.PanelId;
import org.engagement.core.Priority;
import org.engagement.core.PriorityId;
import org.engagement.core.PrioritySource;
import org.engagement.core.Publication;
import org.engagement.core.PublicationId;
import org.engagement.core.PublicationKind;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.ResourceType;
import org.engagement.core.SurveyId;
import org.engagement.core.Weighting;
import org.engagement.examples.SampleWards.Concern;
import org.engagement.examples.SampleWards.Treatment;
import org.engagement.examples.SampleWards.Ward;

/**
 * The shared state and record builders of one generated dataset: the dataset being built, the
 * id counters, the ward whose records are being made, the seeded stream of each ward's record
 * family, and builders of the records every part of the borough makes (activities, panel
 * meetings, community inputs, decisions, allocations, analyses, feedback, priorities and
 * publications), each numbered as it is made. {@link SampleGenerator} makes one per dataset and
 * hands it to the classes that build each record family; an instance is not thread-safe.
 */
final class SampleRecords {

  /** Dates in titles: {@code 15 May 2012}. */
  static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** The families of a ward's records, each drawn from its own stream. */
  enum Family {
    STAKEHOLDERS,
    MEETINGS,
    OPERATIONS,
    PARTICIPANT_SURVEY,
    PUBLIC_SURVEY,
    PANEL,
    ATTENDANCE,
    SCHEDULE,
    VENUE,
    /** Residents who sign a ward meeting's attendance sheet: appended, so earlier streams keep their draws. */
    SIGN_IN
  }

  private final EngagementDataset.Builder data;
  private final long seed;
  private final List<Ward> wards;
  private final SampleBoroughContext place;
  private final Map<String, Integer> counters = new HashMap<>();
  /** The code of the ward whose records are being made, or empty for the borough's. */
  private String wardScope = "";

  SampleRecords(long seed, List<Ward> wards) {
    this(EngagementDataset.builder(), seed, wards, SampleBoroughContext.LAMBETH);
  }

  /** Records of one borough of a larger dataset, added to {@code data}. */
  SampleRecords(EngagementDataset.Builder data, long seed, List<Ward> wards,
      SampleBoroughContext place) {
    this.data = data;
    this.seed = seed;
    this.wards = wards;
    this.place = place;
  }

  /** Where the borough lies and how its borough-wide ids are told apart from other boroughs'. */
  SampleBoroughContext place() {
    return place;
  }

  /** The borough's force area. */
  AreaId force() {
    return place.force();
  }

  /** The borough. */
  AreaId borough() {
    return place.borough();
  }

  /**
   * A borough-wide id made unique across boroughs: {@code base} itself for the one-borough
   * sample, {@code base-<borough code>} in a national dataset.
   */
  String id(String base) {
    return place.namespace().isEmpty() ? base : base + "-" + place.namespace();
  }

  /** The dataset being built. */
  EngagementDataset.Builder data() {
    return data;
  }

  /** The generator's seed. */
  long seed() {
    return seed;
  }

  /** The borough's wards, in order. */
  List<Ward> wards() {
    return wards;
  }

  /**
   * An independent stream of draws for one family of one ward's records in one year, seeded
   * from the generator's seed, the ward's place, the year and the family: a ward's records do
   * not depend on how many wards come before or after it.
   */
  RandomGenerator stream(int wardIndex, SampleYear y, Family family) {
    return new SplittableRandom(mix(seed, wardIndex, y.index(), family.ordinal()));
  }

  /** Mixes the parts into one well-spread seed with SplitMix64's finaliser. */
  static long mix(long... parts) {
    long h = 0;
    for (long part : parts) {
      h += part + 0x9E3779B97F4A7C15L;
      h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
      h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
      h ^= h >>> 31;
    }
    return h;
  }

  /**
   * The next id of a kind: {@code ACT-0007} for the borough's records, {@code
   * ACT-E05000416-0007} for a ward's, numbered per ward, so that a ward's ids do not depend on
   * how many wards the borough has.
   */
  String next(String prefix) {
    String scoped = wardScope.isEmpty() ? id(prefix) : prefix + "-" + wardScope;
    int n = counters.merge(scoped, 1, Integer::sum);
    return String.format(Locale.ROOT, "%s-%04d", scoped, n);
  }

  /** A borough-wide survey's id, unique across boroughs. */
  SurveyId survey(SurveyId id) {
    return SurveyId.of(id(id.value()));
  }

  /** A borough-wide initiative's id, unique across boroughs. */
  InitiativeId initiative(InitiativeId id) {
    return InitiativeId.of(id(id.value()));
  }

  /**
   * A commitment of the sample, with its id made unique across boroughs and its area moved
   * from London and Lambeth to the borough's force and the borough: itself for the sample.
   */
  Commitment relocate(Commitment commitment) {
    if (place.namespace().isEmpty()) {
      return commitment;
    }
    AreaId area = commitment.area().equals(SampleData.LONDON) ? force() : borough();
    return Commitment.builder().from(commitment)
        .id(CommitmentId.of(id(commitment.id().value())))
        .area(area)
        .build();
  }

  /** Makes a ward's records: their ids carry the ward's code. */
  void inWard(Ward w, Runnable records) {
    wardScope = w.code();
    try {
      records.run();
    } finally {
      wardScope = "";
    }
  }

  /**
   * Makes each ward's records in ward order, given the ward and its place: their ids carry the
   * ward's code.
   */
  void eachWard(ObjIntConsumer<Ward> records) {
    for (int i = 0; i < wards.size(); i++) {
      Ward w = wards.get(i);
      int index = i;
      inWard(w, () -> records.accept(w, index));
    }
  }

  /** The ward of this name, or the first ward when the generated borough lacks it. */
  Ward place(String name) {
    return wards.stream().filter(w -> w.name().equals(name)).findFirst().orElse(wards.get(0));
  }

  EngagementActivity add(EngagementActivity.Builder activity) {
    EngagementActivity built = activity.build();
    data.addActivities(built);
    return built;
  }

  EngagementActivity.Builder activity(String title, LocalDate date, AreaId area,
      EngagementMethod method, InvolvementLevel involvement, Openness openness) {
    EngagementLevel level =
        area.equals(force()) ? EngagementLevel.STRATEGIC
            : area.equals(borough()) ? EngagementLevel.OPERATIONAL : EngagementLevel.COMMUNITY;
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

  EngagementActivity.Builder panelMeeting(Panel panel, EngagementMethod method,
      InvolvementLevel involvement, BoroughTier tier, LocalDate date, long attendance) {
    return activity(panel.name() + " meeting, " + DAY.format(date), date, panel.area(),
        method, involvement, panel.openness())
        .panel(panel.id())
        .boroughTier(tier)
        .attendance(attendance);
  }

  CommunityInput input(EngagementActivity at, Concern concern, int support) {
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
  Optional<DecisionRecord> decide(String body, AreaId area, LocalDate date,
      List<CommunityInput> inputs, List<Treatment> treatments, Optional<String> evidence) {
    DecisionRecord.Builder decision =
        DecisionRecord.builder().body(body).area(area).date(date);
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
            .summary(presented + (presented == 1 ? " community input" : " community inputs")
                + " weighed")
            .build();
    data.addDecisions(built);
    return Optional.of(built);
  }

  ResourceAllocation.Builder allocation(LocalDate date, AreaId area, ResourceType type,
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

  AnalysisRecord.Builder analysis(ActivityId activity, LocalDate date,
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

  Feedback.Builder feedback(LocalDate published, String channel,
      FeedbackFormat format, ActivityId... answers) {
    return Feedback.builder()
        .id(FeedbackId.of(next("FB")))
        .published(published)
        .channel(channel)
        .format(format)
        .addAnswers(answers);
  }

  static Priority.Builder priority(PanelId panel, SampleYear y, Concern concern,
      PrioritySource source, LocalDate set) {
    return Priority.builder()
        .id(PriorityId.of("PRI-" + panel + "-" + y.start() + "-" + source))
        .panel(panel)
        .issue(concern.summary())
        .category(concern.issue())
        .source(source)
        .setDate(set);
  }

  static List<InputResponse> responses(List<CommunityInput> inputs,
      List<Treatment> treatments) {
    List<InputResponse> out = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      Treatment t = treatments.get(i);
      out.add(InputResponse.of(inputs.get(i).id(), t.actedOn(), t.told()));
    }
    return out;
  }

  static String told(List<Treatment> treatments) {
    return treatments.stream().map(Treatment::told).distinct()
        .collect(Collectors.joining("; "));
  }

  Publication.Builder publication(PublicationKind kind, String title,
      LocalDate date, AreaId area) {
    return Publication.builder()
        .id(PublicationId.of(id("PUB-" + date + "-" + kind)))
        .kind(kind)
        .title(title)
        .date(date)
        .area(area);
  }
}
