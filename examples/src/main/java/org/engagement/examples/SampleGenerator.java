package org.engagement.examples;

import static org.engagement.examples.SampleData.LAMBETH;
import static org.engagement.examples.SampleData.LONDON;
import static org.engagement.examples.SampleWards.AGE;
import static org.engagement.examples.SampleWards.BOROUGH_BURGLARY;
import static org.engagement.examples.SampleWards.DIMENSIONS;
import static org.engagement.examples.SampleWards.codes;
import static org.engagement.examples.SampleWards.demographics;
import static org.engagement.examples.SampleWards.distribute;
import static org.engagement.examples.SampleWards.roster;
import static org.engagement.examples.SampleSurveys.CHANNELS;
import static org.engagement.examples.SampleSurveys.PUBLIC_LIKERT;
import static org.engagement.examples.SampleSurveys.binary;
import static org.engagement.examples.SampleSurveys.likert;
import static org.engagement.examples.SampleSurveys.participantSurvey;
import static org.engagement.examples.SampleSurveys.pick;
import static org.engagement.examples.SampleSurveys.postStratify;
import static org.engagement.examples.SampleSurveys.publicSurvey;
import static org.engagement.examples.SampleWards.weighted;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
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
import org.engagement.core.QuestionId;
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
import org.engagement.core.Survey;
import org.engagement.core.SurveyId;
import org.engagement.core.SurveyResponse;
import org.engagement.core.TargetId;
import org.engagement.core.Weighting;
import org.engagement.examples.SampleWards.Concern;
import org.engagement.examples.SampleWards.Practice;
import org.engagement.examples.SampleWards.Reply;
import org.engagement.examples.SampleWards.Treatment;
import org.engagement.examples.SampleWards.Ward;

/**
 * A seeded, reproducible generator of the sample dataset: a synthetic London borough, Lambeth,
 * over the financial years 2011/12 and 2012/13, with as many wards as asked for.
 *
 * <pre>{@code
 * EngagementDataset lambeth = SampleGenerator.builder().build().generate(); // SampleData.lambeth()
 * EngagementDataset bigger = SampleGenerator.builder().seed(7).wards(60).build().generate();
 * }</pre>
 *
 * <p>The area tree is London ({@code E12000007}) → Lambeth ({@code E09000022}) → its wards: by
 * default the 21 wards Lambeth had from 2002 to 2022, Bishop's to Vassall, coded
 * {@code E05000416}…{@code E05000436} in alphabetical order. Those codes follow the ONS series
 * but were not checked against the ONS register here. With more than 21 wards the generator adds
 * synthetic ones, named {@code Synthetic ward 22}, {@code Synthetic ward 23}, … and coded
 * {@code SYN-W0022}, …, which repeat the profiles of the real wards in turn; with fewer it keeps
 * the first ones in alphabetical order (records the borough holds for a named ward that is left
 * out go to the first ward instead).
 *
 * <p>Each ward has a synthetic census profile, four concerns of its own and a way of engaging in
 * each year: five wards engage well both years, nine fairly, four poorly, and three (Coldharbour,
 * Oval and Stockwell) improve to good practice in 2012/13, after the 2012 quality standards. Ward
 * panels meet on weekday evenings, four or five times a year where they engage well, three or four
 * times where fairly, two or three where poorly, and take a few community inputs at each meeting,
 * each weighed as drawn from the practice's mix of treatments; young residents and Black residents
 * are under-represented at the meetings of wards that engage fairly or poorly; Portuguese-speaking
 * residents around Stockwell and Larkhall are a hard-to-hear group with a stakeholder. The borough
 * holds its CPEG, independent advisory group, tension monitoring group, youth panels, an online
 * consultation, one-off events, decisions, targets, initiatives, roles, key messages, commitments
 * and publications for both years; a participant survey ({@code PS-2011}, {@code PS-2012}) and a
 * weighted Public Attitude Survey ({@code PAS-2011}, {@code PAS-2012}) run each year.
 *
 * <p>Everything is synthetic and people appear only as pseudonymous ids. The structure (areas,
 * panels, surveys, the borough's own activities) depends only on the number of wards; the seed
 * draws how often each ward meets, its inputs and how they are treated, its operations,
 * attendance, support, the demographics of survey respondents, their answers and dates. The
 * same seed and options give an equal dataset. Each family of a ward's records of a year
 * (meetings, operations, each survey) comes from a stream of its own, seeded from the seed, the
 * ward's place, the year and the family, and a ward's ids carry its code ({@code
 * IN-E05000416-0001}), so the first wards' records are the same whatever the ward count; the
 * borough's own records are made in a fixed order from one {@link Random}.
 *
 * <p>This class is immutable and thread-safe; each {@link #generate()} works on its own state.
 */
public final class SampleGenerator {

  /** The default seed, the first day of the sample's latest year as a number. */
  public static final long DEFAULT_SEED = 20120401L;

  /** The default number of wards: every ward Lambeth had from 2002 to 2022. */
  public static final int DEFAULT_WARDS = 21;

  private final long seed;
  private final int wards;

  private SampleGenerator(Builder builder) {
    this.seed = builder.seed;
    this.wards = builder.wards;
  }

  /**
   * Returns a builder with the default seed and ward count.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The seed the generator draws from.
   *
   * @return the seed, any value
   */
  public long seed() {
    return seed;
  }

  /**
   * The number of wards the generated borough has.
   *
   * @return the ward count, at least 1
   */
  public int wards() {
    return wards;
  }

  /**
   * Generates the dataset. Two calls, on this generator or on one with the same seed and ward
   * count, return equal datasets.
   *
   * @return a new dataset of the borough over the two financial years, valid without any issue;
   *     never null
   */
  public EngagementDataset generate() {
    return new Assembly(seed, SampleWards.first(wards)).build();
  }

  @Override
  public String toString() {
    return "SampleGenerator{seed=" + seed + ", wards=" + wards + "}";
  }

  /** Builds a {@link SampleGenerator}; not thread-safe. */
  public static final class Builder {

    private long seed = DEFAULT_SEED;
    private int wards = DEFAULT_WARDS;

    private Builder() {}

    /**
     * Sets the seed; the default is {@value SampleGenerator#DEFAULT_SEED}.
     *
     * @param seed any value
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets the number of wards; the default is {@value SampleGenerator#DEFAULT_WARDS}, the real
     * wards. Beyond 21 the generator adds synthetic wards.
     *
     * @param wards the ward count, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code wards} is less than 1
     */
    public Builder wards(int wards) {
      if (wards < 1) {
        throw new IllegalArgumentException("wards must be at least 1: " + wards);
      }
      this.wards = wards;
      return this;
    }

    /**
     * Builds the generator.
     *
     * @return a new generator, never null
     */
    public SampleGenerator build() {
      return new SampleGenerator(this);
    }
  }

  /**
   * One financial year of the sample, index 0 for 2011/12 and 1 for 2012/13, with the figures
   * that differ between the years.
   *
   * @param index 0 or 1
   * @param period the financial year
   * @param publicAgree the percentage of residents who agree with the Public Attitude Survey's
   *     statements, before the ward's practice and the respondent's group move it
   * @param cpegSupport the support of the first input raised at a CPEG meeting
   * @param consultationAnswers how many answered the online consultation
   * @param burglaryTarget the borough's target of residential burglaries for the next year
   * @param robberyTarget the borough's target of robberies for the year
   * @param surgeryWard the ward of the year's street surgery
   * @param tensionAssessments the quarterly tension assessments issued (2011/12 lacks Q4's)
   */
  private record Year(int index, Period period, int publicAgree, int cpegSupport,
      int consultationAnswers, String burglaryTarget, String robberyTarget, String surgeryWard,
      int tensionAssessments) {

    static final List<Year> BOTH =
        List.of(
            new Year(0, SampleData.PREVIOUS_YEAR, 33, 12, 318, "1520", "2050", "Vassall", 3),
            new Year(1, SampleData.YEAR, 42, 16, 412, "1450", "1900", "Prince's", 4));

    /** Ward panels meet over the 300 days from May to February. */
    private static final int WARD_YEAR_DAYS = 300;

    int start() {
      return period.from().getYear();
    }

    /** The day of the year with this month and day: April–December, then January–March. */
    LocalDate on(int month, int day) {
      return LocalDate.of(month >= 4 ? start() : start() + 1, month, day);
    }

    /** The year as {@code 2012/13}. */
    String label() {
      return start() + "/" + String.format(Locale.ROOT, "%02d", (start() + 1) % 100);
    }

    /** The next year as {@code 2013/14}. */
    String nextLabel() {
      return (start() + 1) + "/" + String.format(Locale.ROOT, "%02d", (start() + 2) % 100);
    }

    /**
     * The dates of a ward panel's {@code count} meetings: spread evenly over May to February
     * from the ward's first meeting, {@code offset} days after 1 May, each moved on to the next
     * Tuesday, Wednesday or Thursday, the evenings panels meet.
     */
    List<LocalDate> wardMeetings(int count, int offset) {
      List<LocalDate> out = new ArrayList<>();
      for (int m = 0; m < count; m++) {
        LocalDate date = on(5, 1).plusDays(offset + (long) m * WARD_YEAR_DAYS / count);
        while (date.getDayOfWeek().getValue() < DayOfWeek.TUESDAY.getValue()
            || date.getDayOfWeek().getValue() > DayOfWeek.THURSDAY.getValue()) {
          date = date.plusDays(1);
        }
        out.add(date);
      }
      return List.copyOf(out);
    }

    SurveyId participantSurvey() {
      return SurveyId.of("PS-" + start());
    }

    SurveyId publicSurvey() {
      return SurveyId.of("PAS-" + start());
    }

    InitiativeId saferBrixton() {
      return InitiativeId.of("INIT-SAFER-BRIXTON-" + start());
    }

    InitiativeId brightNights() {
      return InitiativeId.of("OP-BRIGHT-NIGHTS-" + start());
    }
  }

  /**
   * Builds one dataset, one record family at a time: places and groups, panels, each ward's year of
   * meetings, inputs, decisions, allocations, feedback and operations, the borough's own activities
   * of each year, surveys, and the evidence the 2012 standards ask for. Ids are numbered in the
   * order records are made, a ward's records per ward. An instance builds one dataset and is not
   * thread-safe.
   */
  private static final class Assembly {

    /** Dates in titles: {@code 15 May 2012}. */
    private static final DateTimeFormatter DAY =
        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final PanelId CPEG = PanelId.of("CPEG-E09000022");
    private static final PanelId IAG = PanelId.of("IAG-E09000022");
    private static final GroupId YOUNG_PEOPLE = GroupId.of("HTH-YOUTH");
    private static final GroupId LGBT = GroupId.of("HTH-LGBT");
    private static final GroupId DISABLED = GroupId.of("HTH-DISABLED");
    private static final GroupId PORTUGUESE = GroupId.of("HTH-PORTUGUESE");
    private static final GroupId TIME_POOR = GroupId.of("HTH-TIMEPOOR");

    /** The issue categories, by code, with their labels. */
    private static final Map<String, String> CATEGORIES = categories();
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
    private static final Concern MOPED_ROBBERY =
        new Concern("ROBBERY", "Moped-enabled phone robbery across the borough");
    /** The first day a member of today's ward panels joined. */
    private static final LocalDate PANEL_MEMBERS_FROM = LocalDate.of(2008, 4, 1);
    /** Ward panel members joined over about three years from {@link #PANEL_MEMBERS_FROM}. */
    private static final int PANEL_JOIN_DAYS = 1000;
    /** A ward's first meeting falls up to this many days after 1 May. */
    private static final int MEETING_OFFSET_DAYS = 21;

    private static Map<String, String> categories() {
      Map<String, String> out = new LinkedHashMap<>();
      out.put("ASB", "Anti-social behaviour");
      out.put("BURGLARY", "Burglary");
      out.put("BUSINESS_CRIME", "Crime against businesses");
      out.put("DRUGS", "Drugs");
      out.put("ROBBERY", "Robbery");
      out.put("TRAFFIC", "Roads and traffic");
      out.put("VIOLENCE", "Violence and weapons");
      out.put("YOUTH", "Young people");
      return Collections.unmodifiableMap(out);
    }

    /** The streams a ward's meetings of a year draw from, one per kind of draw. */
    private record MeetingDraws(RandomGenerator meetings, RandomGenerator attendance,
        RandomGenerator schedule, RandomGenerator venues) {}

    /** A meeting place and the cost of an evening's hire, in pounds. */
    private record Venue(String name, BigDecimal hire) {}

    /** The families of a ward's records, each drawn from its own stream. */
    private enum Family {
      STAKEHOLDERS,
      MEETINGS,
      OPERATIONS,
      PARTICIPANT_SURVEY,
      PUBLIC_SURVEY,
      PANEL,
      ATTENDANCE,
      SCHEDULE,
      VENUE
    }

    private final EngagementDataset.Builder data = EngagementDataset.builder();
    private final long seed;
    private final Random random;
    private final List<Ward> wards;
    private final Map<String, Integer> counters = new HashMap<>();
    private final Map<PanelId, Panel> wardPanels = new HashMap<>();
    /** The code of the ward whose records are being made, or empty for the borough's. */
    private String wardScope = "";
    private Panel cpeg;

    Assembly(long seed, List<Ward> wards) {
      this.seed = seed;
      this.random = new Random(seed);
      this.wards = wards;
    }

    EngagementDataset build() {
      taxonomy();
      areas();
      groupsAndStakeholders();
      referencePopulations();
      cpeg = cpegPanel();
      Panel iag = otherBoroughPanels();
      for (Ward w : wards) {
        int index = wards.indexOf(w);
        inWard(w, () -> wardPanels.put(w.panel(), wardPanel(w, index)));
      }
      Panel coldharbourYouth =
          youthPanel(place("Coldharbour"), "Brixton Youth KIN", LocalDate.of(2011, 10, 1));
      Panel stockwellYouth =
          youthPanel(place("Stockwell"), "Stockwell Youth KIN", LocalDate.of(2012, 9, 1));
      for (Year y : Year.BOTH) {
        for (int i = 0; i < wards.size(); i++) {
          Ward w = wards.get(i);
          int index = i;
          inWard(w, () -> wardYear(w, index, y));
        }
        List<CommunityInput> cpegInputs = cpegMeetings(y);
        iagMeetings(iag, y);
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
      surveys();
      standardsEvidence();
      return data.build();
    }

    /**
     * An independent stream of draws for one family of one ward's records in one year, seeded
     * from the generator's seed, the ward's place, the year and the family: a ward's records do
     * not depend on how many wards come before or after it.
     */
    private RandomGenerator stream(int wardIndex, Year y, Family family) {
      return new SplittableRandom(mix(seed, wardIndex, y.index(), family.ordinal()));
    }

    /** Mixes the parts into one well-spread seed with SplitMix64's finaliser. */
    private static long mix(long... parts) {
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
    private String next(String prefix) {
      String scoped = wardScope.isEmpty() ? prefix : prefix + "-" + wardScope;
      int n = counters.merge(scoped, 1, Integer::sum);
      return String.format(Locale.ROOT, "%s-%04d", scoped, n);
    }

    /** Makes a ward's records: their ids carry the ward's code. */
    private void inWard(Ward w, Runnable records) {
      wardScope = w.code();
      try {
        records.run();
      } finally {
        wardScope = "";
      }
    }

    /** The ward of this name, or the first ward when the generated borough lacks it. */
    private Ward place(String name) {
      return wards.stream().filter(w -> w.name().equals(name)).findFirst().orElse(wards.get(0));
    }

    // --- places, groups and populations ------------------------------------------------

    private void taxonomy() {
      CATEGORIES.forEach((code, label) -> data.addIssueCategories(IssueCategory.of(code, label)));
    }

    private void areas() {
      data.addAreas(area(LONDON, "London", AreaLevel.FORCE).build());
      data.addAreas(area(LAMBETH, "Lambeth", AreaLevel.BOROUGH).parent(LONDON).build());
      for (Ward w : wards) {
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
      Ward stockwell = place("Stockwell");
      data.addHardToHearGroups(
          HardToHearGroup.of(YOUNG_PEOPLE, "Young people aged 16 to 24", LAMBETH),
          HardToHearGroup.of(LGBT, "Lesbian, gay, bisexual and trans residents", LAMBETH),
          HardToHearGroup.of(DISABLED, "Disabled residents", LAMBETH),
          HardToHearGroup.builder()
              .id(PORTUGUESE).name("Portuguese-speaking residents")
              .area(stockwell.id())
              .description("A large community around Stockwell and Larkhall, rarely at ward"
                  + " panels")
              .build(),
          HardToHearGroup.builder()
              .id(TIME_POOR).name("'Time poor' commuters and shift workers").area(LAMBETH)
              .description("Out of the borough when meetings happen; no stakeholder yet")
              .build());
      Ward coldharbour = place("Coldharbour");
      stakeholder("Loughborough Estate Tenants' Association", StakeholderKind.COMMUNITY_GROUP,
          coldharbour.id(), LocalDate.of(2012, 6, 1));
      // The same association entered twice, years apart: the register's duplicate to find.
      stakeholder("Loughborough Estate Tenants Association", StakeholderKind.COMMUNITY_GROUP,
          coldharbour.id(), LocalDate.of(2010, 3, 1));
      stakeholder("Brixton Youth Forum", StakeholderKind.YOUTH, coldharbour.id(),
          LocalDate.of(2012, 9, 15), YOUNG_PEOPLE);
      stakeholder("Waterloo Traders' Association", StakeholderKind.BUSINESS,
          place("Bishop's").id(), LocalDate.of(2012, 7, 1));
      stakeholder("Streatham High Road traders", StakeholderKind.BUSINESS,
          place("St Leonard's").id(), LocalDate.of(2011, 10, 1));
      stakeholder("Churches Together in Brixton", StakeholderKind.FAITH_GROUP,
          place("Brixton Hill").id(), LocalDate.of(2011, 9, 1));
      stakeholder("Stockwell Portuguese Community Centre", StakeholderKind.VOLUNTARY_SECTOR,
          stockwell.id(), LocalDate.of(2011, 11, 1), PORTUGUESE);
      stakeholder("Larkhall Portuguese families' network", StakeholderKind.COMMUNITY_GROUP,
          place("Larkhall").id(), LocalDate.of(2012, 5, 20), PORTUGUESE);
      stakeholder("Councillor for Prince's ward", StakeholderKind.ELECTED_MEMBER,
          place("Prince's").id(), LocalDate.of(2012, 5, 10));
      stakeholder("Lambeth LGBT Forum", StakeholderKind.VOLUNTARY_SECTOR, LAMBETH,
          LocalDate.of(2012, 2, 10), LGBT);
      stakeholder("Lambeth Disability Network", StakeholderKind.VOLUNTARY_SECTOR, LAMBETH,
          LocalDate.of(2009, 5, 1), DISABLED, YOUNG_PEOPLE);
      stakeholder("Independent advisors' network", StakeholderKind.INDEPENDENT_ADVISOR, LAMBETH,
          LocalDate.of(2012, 3, 1));
      for (int i = 0; i < wards.size(); i++) {
        Ward w = wards.get(i);
        RandomGenerator g = stream(i, Year.BOTH.get(0), Family.STAKEHOLDERS);
        // Panels that have lapsed have not updated their contacts for years.
        inWard(w, () -> stakeholder(w.name() + " residents' association",
            StakeholderKind.COMMUNITY_GROUP, w.id(), w.after() == Practice.POOR
                ? LocalDate.of(2010, 6, 1) : LocalDate.of(2012, 4, 1).plusDays(g.nextInt(300))));
      }
      data.addStakeholders(
          Stakeholder.builder()
              .id(StakeholderId.of(next("SH")))
              .name("Lambeth Council, community safety team")
              .kind(StakeholderKind.STATUTORY_PARTNER)
              .homeArea(LAMBETH)
              .addAllAreasServed(wards.stream().map(Ward::id).toList())
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
      for (Ward w : wards) {
        for (String dimension : DIMENSIONS) {
          data.addReferencePopulations(
              ReferencePopulation.builder()
                  .id(PopulationId.of("POP-" + w.code() + "-" + dimension))
                  .area(w.id())
                  .year(2011)
                  .dimension(dimension)
                  .putAllCounts(distribute(w.population(), dimension, w.census(dimension)))
                  .source("Census 2011, in the scheme's high-level groups (synthetic ward"
                      + " figures)")
                  .build());
        }
      }
    }

    // --- panels -------------------------------------------------------------------------

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
      Panel built =
          panel(CPEG, PanelKind.CPEG, "Lambeth Community Police Engagement Group", LAMBETH,
              founded, Openness.OPEN)
              .addAllMembers(cpegMembers)
              .build();
      data.addPanels(built);
      return built;
    }

    private Panel otherBoroughPanels() {
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
                  roster(3, MemberCategory.AGENCY_REPRESENTATIVE,
                      MemberCategory.FORMAL_ADVISOR)))
              .build());
      return iag;
    }

    private static Panel.Builder panel(PanelId id, PanelKind kind, String name, AreaId area,
        LocalDate from, Openness openness) {
      return Panel.builder().id(id).kind(kind).name(name).area(area).activeFrom(from)
          .openness(openness);
    }

    /** A member who joined on that day, inducted a month later if at all. */
    private PanelMember member(MemberCategory category, LocalDate joined, boolean inducted) {
      PanelMember.Builder member =
          PanelMember.builder()
              .member(ParticipantId.of(next("P")))
              .category(category)
              .joined(joined);
      if (inducted) {
        member.induction(joined.plusDays(30));
      }
      return member.build();
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

    private static Priority.Builder priority(PanelId panel, Year y, Concern concern,
        PrioritySource source, LocalDate set) {
      return Priority.builder()
          .id(PriorityId.of("PRI-" + panel + "-" + y.start() + "-" + source))
          .panel(panel)
          .issue(concern.summary())
          .category(concern.issue())
          .source(source)
          .setDate(set);
    }

    /**
     * A ward's panel. Its members of 2011/12 are those of the ward's practice that year, each
     * joined on a day of its own between 2008 and 2010; where practice changed in 2012/13, the
     * members the new practice adds join between April and September 2012, inducted as it
     * inducts. A panel record is not kept per year, so its link to the CPEG and its membership
     * profile are those of the latest practice.
     */
    private Panel wardPanel(Ward w, int index) {
      Practice p = w.after();
      RandomGenerator g = stream(index, Year.BOTH.get(0), Family.PANEL);
      List<MemberCategory> categories = new ArrayList<>(w.before().members);
      if (w.businessPresence()) {
        categories.add(MemberCategory.BUSINESS);
      }
      List<PanelMember> members = new ArrayList<>();
      int inducted = categories.size() * w.before().monitoredPercent / 100;
      for (MemberCategory category : categories) {
        members.add(member(category, PANEL_MEMBERS_FROM.plusDays(g.nextInt(PANEL_JOIN_DAYS)),
            members.size() < inducted));
      }
      List<MemberCategory> added = new ArrayList<>(p.members);
      w.before().members.forEach(added::remove);
      for (int i = 0; i < added.size(); i++) {
        members.add(member(added.get(i), Year.BOTH.get(1).on(4, 1).plusDays(g.nextInt(183)),
            i < added.size() * p.monitoredPercent / 100));
      }
      Panel.Builder panel =
          panel(w.panel(), PanelKind.SAFER_NEIGHBOURHOODS_PANEL,
              w.name() + " Safer Neighbourhoods panel", w.id(), LocalDate.of(2008, 4, 1),
              Openness.OPEN)
              .addAllMembers(members)
              .membershipDemographics(demographics(w, p, members.size(), 100));
      if (p != Practice.POOR) {
        // A lapsed panel has lost its link to the borough's CPEG.
        panel.addLinks(CPEG);
      }
      Panel built = panel.build();
      data.addPanels(built);
      return built;
    }

    private Panel youthPanel(Ward w, String name, LocalDate founded) {
      Panel youth =
          panel(PanelId.of("YP-" + w.code() + "-" + founded.getYear()), PanelKind.YOUTH_PANEL,
              name, w.id(), founded, Openness.CLOSED)
              .addAllMembers(members(founded, 9, roster(9, MemberCategory.YOUTH)))
              .addLinks(CPEG)
              .build();
      data.addPanels(youth);
      return youth;
    }

    // --- one ward's year ----------------------------------------------------------------

    /**
     * A ward's year of meetings: as many as its practice holds, or one more; each takes one input
     * fewer to one more than the practice's typical number, and the tasking meeting treats each
     * input as drawn from the practice's mix, so wards of one practice differ as real ones do.
     */
    private void wardYear(Ward w, int index, Year y) {
      Practice p = w.practice(y.index());
      Panel panel = wardPanels.get(w.panel());
      RandomGenerator r = stream(index, y, Family.MEETINGS);
      MeetingDraws draws =
          new MeetingDraws(r, stream(index, y, Family.ATTENDANCE),
              stream(index, y, Family.SCHEDULE), stream(index, y, Family.VENUE));
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
              analysis(meeting.id(), date.plusDays(7), Weighting.NOT_APPLICABLE)
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
          inputs.add(input(meeting, concern, 2 + r.nextInt(12)));
          first = first == null ? inputs.get(0) : first;
          treatments.add(p.treatments.get(r.nextInt(p.treatments.size())));
        }
        Optional<String> minutes =
            p == Practice.GOOD ? Optional.of("Tasking minutes, " + DAY.format(date.plusDays(14)))
                : Optional.empty();
        decide(w.name() + " Safer Neighbourhoods tasking meeting", w.id(), date.plusDays(14),
            inputs, treatments, minutes)
            .ifPresent(decision -> allocate(w, p, decision, inputs, treatments));
        reply(w, p, meeting, inputs, treatments, m);
      }
      wardTarget(w, p, y, index, first);
      wardPriorities(w, p, y, meetings.get(0).date());
      wardOperations(w, p, y, meetings, stream(index, y, Family.OPERATIONS));
    }

    private EngagementActivity wardMeeting(Ward w, Practice p, Panel panel, LocalDate date,
        int m, MeetingDraws draws) {
      // Attendance varies by up to three either side of the practice's typical figure.
      long attendance = p.attendance - 3 + draws.meetings().nextInt(7);
      boolean scheduled = draws.schedule().nextInt(100) < p.scheduledPercent;
      Venue venue = VENUES.get(draws.venues().nextInt(VENUES.size()));
      EngagementActivity.Builder meeting =
          panelMeeting(panel, EngagementMethod.WARD_PANEL_MEETING, InvolvementLevel.CONSULT,
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
      return add(meeting);
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
          allocation(decision.date().plusDays(7), w.id(), ResourceType.HUMAN, 10L * support,
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
            feedback(meeting.date().plusDays(45), "ward noticeboard",
                FeedbackFormat.EDITED_DIGEST, meeting.id())
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

    /**
     * The ward's target for the year on its panel's first concern, set two weeks after the first
     * meeting; it cites that meeting's first input where the team sets targets with the panel
     * (good practice, and every other ward of fair practice).
     */
    private void wardTarget(Ward w, Practice p, Year y, int index, CommunityInput first) {
      LocalPerformanceTarget.Builder target =
          LocalPerformanceTarget.builder()
              .id(TargetId.of(next("TGT")))
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

    private void wardPriorities(Ward w, Practice p, Year y, LocalDate firstMeeting) {
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
    private void wardOperations(Ward w, Practice p, Year y, List<EngagementActivity> meetings,
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
                .id(InitiativeId.of(next(plan ? "INIT" : "OP")))
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

    // --- the borough's year -------------------------------------------------------------

    private List<CommunityInput> cpegMeetings(Year y) {
      List<CommunityInput> inputs =
          series(
              List.of(y.on(6, 12), y.on(10, 9), y.on(2, 12)),
              List.of(
                  MOPED_ROBBERY,
                  new Concern("VIOLENCE", "Knife crime affecting young people"),
                  new Concern("ASB", "Street drinking in the town centres")),
              y.cpegSupport(),
              date -> panelMeeting(cpeg, EngagementMethod.PUBLIC_MEETING,
                  InvolvementLevel.INVOLVE, BoroughTier.NEIGHBOURHOOD_MANAGEMENT, date,
                  30L + random.nextInt(12))
                  .organisingUnit("Lambeth Borough Command, partnership team")
                  .inForwardSchedule(true)
                  .announcedDate(date.minusDays(28))
                  .sltAttended(true));
      for (CommunityInput input : inputs) {
        data.addFeedback(
            feedback(input.date().plusDays(30), "Lambeth police website",
                FeedbackFormat.FULL_TEXT, input.activity())
                .build());
      }
      data.addPriorities(
          priority(CPEG, y, MOPED_ROBBERY, PrioritySource.BOROUGH, y.on(6, 12))
              .action("Borough robbery squad patrols on the worst-affected routes")
              .actionDate(y.on(7, 2))
              .build());
      return inputs;
    }

    private void iagMeetings(Panel iag, Year y) {
      List<LocalDate> dates = List.of(y.on(4, 24), y.on(7, 17), y.on(10, 16), y.on(1, 22));
      for (int i = 0; i < dates.size(); i++) {
        EngagementActivity.Builder meeting =
            panelMeeting(iag, EngagementMethod.ADVISORY_GROUP_MEETING, InvolvementLevel.INVOLVE,
                BoroughTier.STRATEGIC_STAKEHOLDERS, dates.get(i), 7L + i % 3)
                .organisingUnit("Lambeth Borough Command, SLT office");
        if (y.index() == 0) {
          meeting.sltAttended(true);
        } else if (i < 3) {
          // In 2012/13 the last meeting's minutes do not say whether an SLT member came.
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

    private List<CommunityInput> youthMeetings(Panel youth, Year y, List<LocalDate> dates) {
      List<Concern> concerns =
          List.of(
              new Concern("YOUTH", "Stop and search is not explained to those stopped"),
              new Concern("VIOLENCE", "Young people feel unsafe on buses after school"),
              new Concern("YOUTH", "Youth clubs should open later on Fridays"),
              new Concern("ROBBERY", "Phones taken from pupils at the bus stops"));
      List<CommunityInput> inputs =
          series(dates, concerns.subList(0, dates.size()), 9,
              date -> panelMeeting(youth, EngagementMethod.YOUTH_PANEL_MEETING,
                  InvolvementLevel.COLLABORATE, BoroughTier.LOCAL_COMMUNITIES, date,
                  10L + random.nextInt(6))
                  .organisingUnit("Lambeth youth engagement team"));
      for (CommunityInput input : inputs) {
        data.addAnalyses(
            analysis(input.activity(), input.date().plusDays(10), Weighting.NOT_APPLICABLE)
                .qualitative(true)
                .build());
      }
      data.addFeedback(
          feedback(y.on(3, 20), youth.name() + " social media page", FeedbackFormat.SUMMARY,
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

    private void onlineConsultation(Year y) {
      int answered = y.consultationAnswers();
      EngagementActivity consultation =
          add(activity("Lambeth policing priorities " + y.nextLabel() + ": online consultation",
              y.on(11, 1), LAMBETH, EngagementMethod.ONLINE_CONSULTATION,
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
              input(consultation, BOROUGH_BURGLARY, answered * 35 / 100),
              input(consultation, new Concern("DRUGS", "Close the crack houses on the estates"),
                  answered * 24 / 100),
              input(consultation,
                  new Concern("TRAFFIC", "Enforce the 20 mph limit on residential roads"),
                  answered * 19 / 100),
              input(consultation, new Concern("VIOLENCE", "Weapon sweeps around schools"),
                  answered * 12 / 100),
              input(consultation,
                  new Concern("ASB", "Noisy parties in short-let flats"), answered / 10));
      List<Treatment> treatments =
          List.of(Treatment.ACCEPTED, Treatment.PARTLY_ACCEPTED, Treatment.REJECTED,
              Treatment.DEFERRED, Treatment.NOT_PRESENTED);
      data.addAnalyses(
          analysis(consultation.id(), y.on(2, 8), Weighting.NO)
              .quantitative(true)
              .qualitative(true)
              .independent(true)
              .build());
      data.addFeedback(
          feedback(y.on(12, 14), "Lambeth police website",
              FeedbackFormat.EDITED_DIGEST, consultation.id())
              .stage(FeedbackStage.INTERIM)
              .weAsked("What should Lambeth police prioritise in " + y.nextLabel() + "?")
              .youSaid("Burglary and drugs lead so far, after six weeks")
              .build());
      DecisionRecord slt =
          decide("Lambeth Borough senior leadership team", LAMBETH, y.on(2, 20),
              inputs, treatments, Optional.of("SLT paper " + (y.start() + 1) + "/07, annex B"))
              .orElseThrow();
      data.addFeedback(
          feedback(y.on(3, 8), "Lambeth police website",
              FeedbackFormat.CONSOLIDATED_RESPONSE, consultation.id())
              .weAsked("What should Lambeth police prioritise in " + y.nextLabel() + "?")
              .youSaid(answered + " people answered; burglary, drugs and speeding came first")
              .weDid(told(treatments))
              .addAllResponses(responses(inputs, treatments))
              .build());
      data.addAllocations(
          allocation(y.on(3, 1), LAMBETH, ResourceType.HUMAN, 640, "officer hours", "BURGLARY")
              .decision(slt.id())
              .description("Dark-evenings burglary patrols for " + y.nextLabel())
              .build(),
          allocation(y.on(3, 11), LAMBETH, ResourceType.FINANCIAL, 15_000, "GBP", "DRUGS")
              .decision(slt.id())
              .description("Closure orders and door entry repairs on two estates")
              .build());
      data.addTargets(
          LocalPerformanceTarget.builder()
              .id(TargetId.of(next("TGT")))
              .area(LAMBETH)
              .setDate(y.on(3, 14))
              .period(Period.financialYear(y.start() + 1))
              .metric("Residential burglary offences")
              .value(new BigDecimal(y.burglaryTarget()))
              .addInformedBy(inputs.get(0).id())
              .build(),
          LocalPerformanceTarget.builder()
              .id(TargetId.of(next("TGT")))
              .area(LAMBETH)
              .setDate(y.on(4, 20))
              .period(y.period())
              .metric("Robbery of personal property")
              .value(new BigDecimal(y.robberyTarget()))
              .build());
    }

    private void oneOffActivities(Year y) {
      Ward coldharbour = place("Coldharbour");
      Ward bishops = place("Bishop's");
      add(activity("Safer Lambeth Partnership board", y.on(7, 5), LAMBETH,
          EngagementMethod.PARTNERSHIP_MEETING, InvolvementLevel.COLLABORATE, Openness.CLOSED)
          .boroughTier(BoroughTier.STRATEGIC_STAKEHOLDERS)
          .addPartners("Lambeth Council", "London Fire Brigade", "NHS Lambeth",
              "London Probation Trust")
          .attendance(18)
          .sltAttended(true));
      add(activity("Brixton police station open day", y.on(7, 14), coldharbour.id(),
          EngagementMethod.PUBLIC_EVENT, InvolvementLevel.INFORM, Openness.OPEN)
          .boroughTier(BoroughTier.LOCAL_COMMUNITIES)
          .attendance(220L + random.nextInt(80))
          .inForwardSchedule(true)
          .announcedDate(y.on(6, 15))
          .cost(new BigDecimal("1200.00"))
          .addInitiatives(y.saferBrixton()));
      add(activity("Lambeth IAG annual advisors' event", y.on(11, 24), LAMBETH,
          EngagementMethod.ADVISOR_EVENT, InvolvementLevel.INVOLVE, Openness.CLOSED)
          .boroughTier(BoroughTier.STRATEGIC_STAKEHOLDERS)
          .attendance(21));
      Ward surgery = place(y.surgeryWard());
      add(activity("Street surgery in " + surgery.name(), y.on(10, 3), surgery.id(),
          EngagementMethod.STREET_SURGERY, InvolvementLevel.INFORM, Openness.OPEN)
          .attendance(15));
      EngagementActivity forum =
          add(activity("Waterloo business crime forum", y.on(11, 21), bishops.id(),
              EngagementMethod.BUSINESS_FORUM, InvolvementLevel.CONSULT, Openness.OPEN)
              .boroughTier(BoroughTier.LOCAL_COMMUNITIES)
              .organisingUnit("Lambeth business crime team")
              .addIssueCategories("BUSINESS_CRIME", "ROBBERY")
              .attendance(23)
              .inForwardSchedule(true)
              .announcedDate(y.on(10, 31))
              .addInitiatives(y.brightNights()));
      CommunityInput theft =
          input(forum, new Concern("BUSINESS_CRIME", "Organised shop theft before Christmas"),
              15);
      input(forum,
          new Concern("ROBBERY", "Staff robbed walking to the station after late shifts"), 8);
      data.addAnalyses(
          analysis(forum.id(), y.on(11, 28), Weighting.NOT_APPLICABLE)
              .qualitative(true)
              .build());
      data.addFeedback(
          feedback(y.on(12, 10), "Waterloo traders' email bulletin",
              FeedbackFormat.SUMMARY, forum.id())
              .weDid("Two mobile CCTV units on Lower Marsh until January")
              .addResponses(InputResponse.of(theft.id(), true, "Two mobile CCTV units deployed"))
              .build());
      data.addAllocations(
          allocation(y.on(12, 3), bishops.id(), ResourceType.PHYSICAL, 2,
              "mobile CCTV units", "BUSINESS_CRIME")
              .addRespondsTo(theft.id())
              .build(),
          allocation(y.on(10, 15), LAMBETH, ResourceType.HUMAN, 300,
              "officer hours", "BURGLARY")
              .description("Operation Doorstep: burglary squad surge")
              .build());
    }

    private void boroughDecision(Year y, List<CommunityInput> cpegInputs,
        CommunityInput youthInput) {
      List<CommunityInput> inputs = List.of(cpegInputs.get(0), cpegInputs.get(1), youthInput);
      DecisionRecord tasking =
          decide("Lambeth tasking and co-ordination group", LAMBETH, y.on(12, 11),
              inputs, List.of(Treatment.ACCEPTED, Treatment.DEFERRED, Treatment.PARTLY_ACCEPTED),
              Optional.of("TCG minutes, " + DAY.format(y.on(12, 11))))
              .orElseThrow();
      data.addAllocations(
          allocation(y.on(12, 17), LAMBETH, ResourceType.HUMAN, 200, "officer hours",
              "ROBBERY")
              .decision(tasking.id())
              .build());
    }

    private void boroughInitiatives(Year y, List<CommunityInput> cpegInputs,
        List<CommunityInput> youthInputs) {
      data.addInitiatives(
          Initiative.builder()
              .id(y.saferBrixton()).kind(InitiativeKind.INITIATIVE)
              .name("Safer Brixton " + y.label())
              .businessUnit("Lambeth Safer Neighbourhoods").area(place("Coldharbour").id())
              .start(y.on(7, 1)).end(y.on(3, 31))
              .addActivities(youthInputs.get(0).activity())
              .build(),
          Initiative.builder()
              .id(y.brightNights()).kind(InitiativeKind.OPERATION)
              .name("Operation Bright Nights " + y.label())
              .businessUnit("Lambeth town centres team").area(LAMBETH)
              .start(y.on(10, 1)).end(y.on(3, 31))
              .addActivities(cpegInputs.get(1).activity())
              .build(),
          Initiative.builder()
              .id(InitiativeId.of("OP-DOORSTEP-" + y.start())).kind(InitiativeKind.OPERATION)
              .name("Operation Doorstep " + y.label())
              .businessUnit("Lambeth burglary squad").area(LAMBETH)
              .start(y.on(10, 15)).end(y.on(12, 31))
              .build());
    }

    // --- surveys ------------------------------------------------------------------------

    private void surveys() {
      for (Year y : Year.BOTH) {
        data.addSurveys(participantSurvey(y.participantSurvey(), y.label()),
            publicSurvey(y.publicSurvey(), y.label()));
        for (int i = 0; i < wards.size(); i++) {
          Ward w = wards.get(i);
          int index = i;
          inWard(w, () -> participantResponses(w, index, y));
        }
        for (int i = 0; i < wards.size(); i++) {
          Ward w = wards.get(i);
          int index = i;
          inWard(w, () -> publicResponses(w, index, y));
        }
      }
    }

    /** Participants of a ward's meetings answer in February and March, as many as practised. */
    private void participantResponses(Ward w, int index, Year y) {
      Practice p = w.practice(y.index());
      RandomGenerator g = stream(index, y, Family.PARTICIPANT_SURVEY);
      int yes = p.satisfaction;
      for (int i = 0; i < p.surveyed; i++) {
        SurveyResponse.Builder r =
            response(y.participantSurvey(), w, y.on(2, 18).plusDays(g.nextInt(35)), 1.0,
                respondent(g, dimension -> w.attendees(dimension, p)))
                .putAnswers(QuestionId.of("PS1"), binary(g, yes))
                .putAnswers(QuestionId.of("PS3"), likert(g, yes))
                .putAnswers(QuestionId.of("PS4"),
                    Answer.category(CHANNELS.get(g.nextInt(CHANNELS.size()))));
        if (g.nextInt(20) > 0) {
          r.putAnswers(QuestionId.of("PS2"), binary(g, yes - 15));
        }
        data.addResponses(r.build());
      }
    }

    /**
     * The ward's residents interviewed through the year: 30 in a ward of 13,000 people or fewer,
     * one more for every further 150, at most 50. More say the police listen in 2012/13 across
     * the borough, and more still where practice improved; Black residents and young residents
     * are less likely to agree than others.
     *
     * <p>As in a real survey, some residents answer more readily than others: the achieved
     * sample over-represents older, female and White residents ({@link SampleSurveys#PAS_AGE_PROPENSITY},
     * {@link SampleSurveys#PAS_GENDER_PROPENSITY}, {@link SampleSurveys#PAS_ETHNIC_PROPENSITY}). Each response carries a
     * post-stratification weight by age band × gender: the cell's census share in the ward (age
     * share × gender share, adults only) over its share of the ward's achieved sample, then all
     * weights of the ward scaled to mean 1, rounded to four decimals. A respondent who did not
     * state age or gender is in no cell and has weight 1 before scaling. Ethnicity is not
     * weighted, so its skew remains, as it would after a weighting by age and gender only.
     */
    private void publicResponses(Ward w, int index, Year y) {
      Practice p = w.practice(y.index());
      RandomGenerator g = stream(index, y, Family.PUBLIC_SURVEY);
      int agree = y.publicAgree() + p.satisfaction / 4;
      int size = (int) Math.max(SampleSurveys.PAS_MIN_PER_WARD, Math.min(SampleSurveys.PAS_MAX_PER_WARD,
          SampleSurveys.PAS_MIN_PER_WARD + (w.population() - SampleSurveys.PAS_SMALL_WARD) / SampleSurveys.PAS_RESIDENTS_PER_EXTRA));
      List<Map<String, String>> sample = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        sample.add(respondent(g, dimension -> dimension.equals(AGE)
            ? weighted(w.age(), SampleSurveys.PAS_AGE_PROPENSITY)
            : dimension.equals(SampleWards.GENDER)
                ? weighted(w.census(dimension), SampleSurveys.PAS_GENDER_PROPENSITY)
                : weighted(w.census(dimension), SampleSurveys.PAS_ETHNIC_PROPENSITY)));
      }
      List<Double> weights = postStratify(w, sample);
      for (int i = 0; i < size; i++) {
        Map<String, String> demographics = sample.get(i);
        int agreeHere = agree
            - (demographics.get(SampleWards.ETHNICITY).equals("BLACK") ? 12 : 0)
            - (demographics.get(AGE).equals("AGE_16_24") ? 8 : 0);
        SurveyResponse.Builder r =
            response(y.publicSurvey(), w, y.period().from().plusDays(g.nextInt(365)),
                weights.get(i), demographics)
                .putAnswers(QuestionId.of("Q2"), binary(g, agreeHere - 20))
                .putAnswers(QuestionId.of("Q3"), binary(g, p.satisfaction / 8));
        for (String q : PUBLIC_LIKERT) {
          r.putAnswers(QuestionId.of(q), likert(g, agreeHere));
        }
        data.addResponses(r.build());
      }
    }

    /** A respondent's category of each dimension, drawn from a profile; one in 20 not stated. */
    private Map<String, String> respondent(RandomGenerator g, Function<String, int[]> profile) {
      Map<String, String> out = new LinkedHashMap<>();
      for (String dimension : DIMENSIONS) {
        out.put(dimension,
            g.nextInt(20) == 0 ? DemographicScheme.NOT_STATED
                : pick(g, codes(dimension), profile.apply(dimension)));
      }
      return out;
    }

    private SurveyResponse.Builder response(SurveyId survey, Ward w, LocalDate date,
        double weight, Map<String, String> demographics) {
      return SurveyResponse.builder()
          .id(ResponseId.of(next("R")))
          .survey(survey)
          .date(date)
          .area(w.id())
          .weight(weight)
          .putAllDemographics(demographics);
    }

    // --- standards evidence -------------------------------------------------------------

    private void standardsEvidence() {
      data.addRoles(
          role(RoleKind.YOUTH_ENGAGEMENT_COORDINATOR, LocalDate.of(2012, 9, 1)).build(),
          role(RoleKind.BUSINESS_SPOC, LocalDate.of(2011, 4, 1))
              .to(LocalDate.of(2012, 12, 31)).build(),
          role(RoleKind.COMMUNITY_TENSION_LEAD, LocalDate.of(2011, 6, 1)).build(),
          role(RoleKind.COMMUNITY_TENSIONS_SPECIALIST, LocalDate.of(2012, 10, 1)).build(),
          role(RoleKind.IAG_CHAIR, LocalDate.of(2011, 4, 1)).build());
      data.addKeyMessages(
          message(LocalDate.of(2011, 8, 9), LAMBETH,
              "After the disorder: reassurance, and how to report what you saw",
              "Twitter", "local press", "ward newsletters")
              .accessible(true).consistent(true).timely(true).widestAudience(true)
              .build(),
          message(LocalDate.of(2011, 12, 1), LAMBETH,
              "Christmas shopping: keep your phone and purse out of sight", "posters")
              .accessible(true).consistent(true)
              .build(),
          message(LocalDate.of(2012, 7, 18), LAMBETH,
              "Lambeth Country Show weekend: road closures and safety advice",
              "Twitter", "ward newsletters")
              .accessible(true).consistent(true).timely(true).widestAudience(true)
              .build(),
          message(LocalDate.of(2012, 10, 26), LAMBETH,
              "Bonfire night: fireworks safety and anti-social behaviour", "Twitter",
              "local press")
              .accessible(true).consistent(true).timely(false).widestAudience(true)
              .build(),
          message(LocalDate.of(2013, 1, 14), place("Prince's").id(),
              "Robberies near the bus station: keeping your phone safe", "posters")
              .accessible(true)
              .build());
      data.addAllCommitments(SampleCommitments.all());
      for (Year y : Year.BOTH) {
        data.addPublications(
            publication(PublicationKind.ENGAGEMENT_PLAN, "Lambeth engagement plan " + y.label(),
                y.on(4, 30), LAMBETH).build(),
            publication(PublicationKind.HOW_TO_GET_INVOLVED,
                "Get involved in policing Lambeth, " + y.label(), y.on(5, 2), LAMBETH).build(),
            publication(PublicationKind.NEWSLETTER,
                place("Herne Hill").name() + " ward newsletter, autumn " + y.start(),
                y.on(10, 1), place("Herne Hill").id()).build());
        // Quarterly tension assessments: in 2011/12 the fourth quarter's was never issued.
        List<LocalDate> quarters =
            List.of(y.on(6, 29), y.on(9, 28), y.on(12, 21), y.on(3, 22));
        for (int q = 0; q < y.tensionAssessments(); q++) {
          data.addPublications(
              publication(PublicationKind.TENSION_ASSESSMENT,
                  "Lambeth community tension assessment, Q" + (q + 1) + " " + y.label(),
                  quarters.get(q), LAMBETH).build());
        }
      }
      data.addPublications(
          publication(PublicationKind.TENSIONS_REPORT,
              "Lambeth area-focused tensions report, with narrative", LocalDate.of(2012, 11, 30),
              LAMBETH).build());
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

    // --- shared record helpers ----------------------------------------------------------

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
      return activity(panel.name() + " meeting, " + DAY.format(date), date, panel.area(),
          method, involvement, panel.openness())
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

    private Feedback.Builder feedback(LocalDate published, String channel,
        FeedbackFormat format, ActivityId... answers) {
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
  }
}
