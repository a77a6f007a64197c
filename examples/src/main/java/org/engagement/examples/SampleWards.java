package org.engagement.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.engagement.core.AreaId;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.CountBasis;
import org.engagement.core.DemographicCategory;
import org.engagement.core.DemographicCounts;
import org.engagement.core.DemographicScheme;
import org.engagement.core.DimensionCounts;
import org.engagement.core.InputId;
import org.engagement.core.MemberCategory;
import org.engagement.core.PanelId;
import org.engagement.core.PrimaryDimension;

/**
 * The wards of the sample dataset and how well each engages: their census profiles, the concerns
 * their residents raise, and the {@link Practice} of each year that decides how often their panel
 * meets, who comes, how inputs are weighed and what feedback follows; with the demographic
 * arithmetic that turns a profile into counts.
 *
 * <p>The 21 wards are Lambeth's wards of 2002–2022 in alphabetical order, with the ONS codes
 * {@code E05000416}…{@code E05000436} in that order; the codes follow the ONS series but were not
 * checked against the ONS register here. Their census profiles, concerns and practices are
 * synthetic. Census figures are per thousand residents, in the order of the default scheme's
 * categories.
 */
final class SampleWards {

  /** The code of the ethnicity dimension in the default scheme. */
  static final String ETHNICITY = PrimaryDimension.ETHNICITY.code();

  /** The code of the age dimension in the default scheme. */
  static final String AGE = PrimaryDimension.AGE.code();

  /** The code of the gender dimension in the default scheme. */
  static final String GENDER = PrimaryDimension.GENDER.code();

  /** The dimensions the sample counts, with reference populations for each. */
  static final List<String> DIMENSIONS = List.of(ETHNICITY, AGE, GENDER);

  /** Female and male shares per thousand, in scheme order (the census has no third category). */
  static final int[] GENDER_SHARES = {508, 492, 0};

  /** Public-survey respondents per age band, as a weight on the census share: adults only. */
  static final int[] ADULT_AGE_SKEW = {0, 100, 100, 100, 100, 100};

  /** The borough's burglary priority, which every ward panel adopts and the consultation tops. */
  static final Concern BOROUGH_BURGLARY =
      new Concern("BURGLARY", "Residential burglary during the dark evenings");

  private static final Practice GOOD = Practice.GOOD;
  private static final Practice FAIR = Practice.FAIR;
  private static final Practice POOR = Practice.POOR;

  /**
   * The 21 real wards, alphabetically: five engage well both years, nine fairly, four poorly, and
   * three (Coldharbour, Oval, Stockwell) improve to good practice in 2012/13, after the 2012
   * standards.
   */
  static final List<Ward> REAL =
      List.of(
          ward(416, "Bishop's", true, GOOD, GOOD, 13_600, ethnicity(150, 110, 60, 600, 80),
              ages(110, 150, 330, 220, 120, 70),
              concern("ROBBERY", "Phone snatches by moped riders on the riverside walk"),
              concern("BUSINESS_CRIME", "Shoplifting from the shops in Waterloo station"),
              concern("ASB", "Aggressive begging under the railway arches"),
              concern("TRAFFIC", "Cycling on the pavement along Lower Marsh")),
          ward(417, "Brixton Hill", false, FAIR, FAIR, 14_900, ethnicity(60, 300, 90, 500, 50),
              ages(160, 110, 290, 240, 130, 70),
              concern("BURGLARY", "Burglaries of flats in converted houses off Brixton Hill"),
              concern("DRUGS", "Dealing in the stairwells of the Blenheim Gardens estate"),
              concern("ASB", "Noise from cars parked up late on Brixton Hill"),
              concern("TRAFFIC", "Speeding down Brixton Hill towards the town centre")),
          ward(418, "Clapham Common", false, GOOD, GOOD, 13_200, ethnicity(60, 100, 60, 740, 40),
              ages(120, 140, 360, 220, 100, 60),
              concern("ASB", "Drinking and noise on the common on summer evenings"),
              concern("BURGLARY", "Burglaries of ground-floor flats near the common"),
              concern("ROBBERY", "Late-night robberies leaving the Northern line"),
              concern("TRAFFIC", "Rat-running through the residential streets")),
          ward(419, "Clapham Town", false, FAIR, FAIR, 14_100, ethnicity(70, 160, 70, 650, 50),
              ages(120, 150, 350, 210, 110, 60),
              concern("VIOLENCE", "Fights outside the bars on Clapham High Street"),
              concern("ROBBERY", "Phone thefts in the High Street's bars"),
              concern("ASB", "Late-night noise and urination in side streets"),
              concern("DRUGS", "Drug dealing outside the nightclubs")),
          ward(420, "Coldharbour", false, FAIR, GOOD, 15_600, ethnicity(50, 410, 110, 380, 50),
              ages(180, 130, 260, 220, 130, 80),
              concern("DRUGS", "Street dealing where Coldharbour Lane meets Atlantic Road"),
              concern("VIOLENCE", "Parents fear knife crime on the way home from school"),
              concern("ASB", "Groups gathering late at night by the market"),
              concern("YOUTH", "Nothing for teenagers to do in the evenings")),
          ward(421, "Ferndale", false, FAIR, FAIR, 14_400, ethnicity(60, 270, 100, 520, 50),
              ages(150, 110, 320, 230, 120, 70),
              concern("BURGLARY", "Sheds and bicycles stolen from back gardens"),
              concern("DRUGS", "Cannabis smoking in Slade Gardens"),
              concern("ASB", "Fly-tipping and graffiti along the railway"),
              concern("VIOLENCE", "Fights on Acre Lane after the clubs close")),
          ward(422, "Gipsy Hill", false, GOOD, GOOD, 13_800, ethnicity(60, 250, 80, 570, 40),
              ages(190, 110, 220, 240, 150, 90),
              concern("BURGLARY", "Burglaries of houses backing onto Norwood Park"),
              concern("ASB", "Motorbikes ridden through Norwood Park"),
              concern("YOUTH", "Young people gathering at the Gipsy Hill shops"),
              concern("TRAFFIC", "Speeding on Gipsy Hill")),
          ward(423, "Herne Hill", false, GOOD, GOOD, 14_000, ethnicity(50, 220, 90, 600, 40),
              ages(170, 100, 240, 250, 150, 90),
              concern("BURGLARY", "Burglaries of terraced houses off Railton Road"),
              concern("ROBBERY", "Robberies of school pupils near Brockwell Park"),
              concern("ASB", "Drinking in Brockwell Park after dark"),
              concern("TRAFFIC", "Dangerous driving on Norwood Road")),
          ward(424, "Knight's Hill", false, POOR, POOR, 14_700, ethnicity(70, 380, 90, 420, 40),
              ages(200, 120, 230, 230, 130, 90),
              concern("VIOLENCE", "Gang violence on the West Norwood estates"),
              concern("DRUGS", "Drug dealing near West Norwood station"),
              concern("ASB", "Youths on mopeds in the estate walkways"),
              concern("BURGLARY", "Burglaries of garages and sheds")),
          ward(425, "Larkhall", false, FAIR, FAIR, 15_200, ethnicity(90, 280, 90, 480, 60),
              ages(160, 120, 300, 230, 120, 70),
              concern("ROBBERY", "Robberies near Stockwell station at night"),
              concern("ASB", "Street drinking on Larkhall Park benches"),
              concern("DRUGS", "Dealing on the Larkhall estate"),
              concern("YOUTH", "Teenagers riding motorbikes on the estate walkways")),
          ward(426, "Oval", false, POOR, GOOD, 14_300, ethnicity(90, 240, 80, 520, 70),
              ages(140, 120, 320, 230, 120, 70),
              concern("DRUGS", "Drug use in the stairwells of the Ashmole estate"),
              concern("ROBBERY", "Robberies near the Oval on match days"),
              concern("ASB", "Street drinking by Kennington Park"),
              concern("TRAFFIC", "Dangerous driving round the Oval gyratory")),
          ward(427, "Prince's", false, FAIR, FAIR, 14_500, ethnicity(100, 220, 80, 540, 60),
              ages(140, 130, 320, 220, 120, 70),
              concern("ASB", "Rough sleeping and begging by Vauxhall bus station"),
              concern("ROBBERY", "Robberies near the bus station at night"),
              concern("DRUGS", "Drug dealing on the Vauxhall Gardens estate"),
              concern("VIOLENCE", "Fights outside the Vauxhall clubs at closing time")),
          ward(428, "St Leonard's", true, FAIR, FAIR, 14_800, ethnicity(90, 180, 80, 600, 50),
              ages(160, 100, 280, 240, 140, 80),
              concern("BUSINESS_CRIME", "Shop theft along Streatham High Road"),
              concern("ASB", "Street drinking on Streatham Common"),
              concern("BURGLARY", "Burglaries of houses off Streatham High Road"),
              concern("TRAFFIC", "Congestion and speeding on Streatham High Road")),
          ward(429, "Stockwell", false, FAIR, GOOD, 15_300, ethnicity(90, 280, 90, 470, 70),
              ages(160, 120, 270, 220, 150, 80),
              concern("VIOLENCE", "Fights outside the takeaways on South Lambeth Road"),
              concern("BURGLARY", "Sheds and bicycles stolen from gardens"),
              concern("YOUTH", "Young people feel unsafe around Stockwell Park"),
              concern("ASB", "Fly-tipping and graffiti on the estate")),
          ward(430, "Streatham Hill", false, FAIR, FAIR, 14_200, ethnicity(80, 230, 80, 560, 50),
              ages(150, 110, 310, 240, 120, 70),
              concern("ROBBERY", "Robberies at Streatham Hill station"),
              concern("BURGLARY", "Burglaries of mansion-block flats"),
              concern("ASB", "Noise from late-night bars on the High Road"),
              concern("TRAFFIC", "Speeding on the South Circular")),
          ward(431, "Streatham South", false, POOR, POOR, 14_600, ethnicity(140, 250, 80, 490, 40),
              ages(190, 110, 240, 230, 140, 90),
              concern("BURGLARY", "Burglaries of houses near Streatham Common station"),
              concern("ASB", "Young people gathering at the Greyhound Lane shops"),
              concern("VIOLENCE", "Domestic violence reported by neighbours"),
              concern("TRAFFIC", "Speeding on Greyhound Lane")),
          ward(432, "Streatham Wells", false, FAIR, FAIR, 14_000, ethnicity(80, 210, 80, 590, 40),
              ages(150, 100, 290, 250, 130, 80),
              concern("BURGLARY", "Burglaries of houses by Streatham Common"),
              concern("ASB", "Parties and litter on Streatham Common"),
              concern("ROBBERY", "Robberies by the Streatham bus garage"),
              concern("TRAFFIC", "Lorries in residential streets")),
          ward(433, "Thornton", false, FAIR, FAIR, 14_300, ethnicity(90, 240, 80, 550, 40),
              ages(170, 100, 280, 240, 130, 80),
              concern("BURGLARY", "Burglaries of houses near Clapham Park"),
              concern("DRUGS", "Dealing on the Clapham Park estate"),
              concern("ASB", "Nuisance motorbikes on Kings Avenue"),
              concern("YOUTH", "Teenagers with nowhere to go after school")),
          ward(434, "Thurlow Park", false, GOOD, GOOD, 13_500, ethnicity(60, 170, 80, 650, 40),
              ages(190, 90, 200, 260, 160, 100),
              concern("BURGLARY", "Burglaries of large houses in West Dulwich"),
              concern("ROBBERY", "Robberies of pupils walking home from school"),
              concern("TRAFFIC", "Speeding on the South Circular at Thurlow Park Road"),
              concern("ASB", "Vandalism at the Rosendale allotments")),
          ward(435, "Tulse Hill", false, POOR, POOR, 15_100, ethnicity(60, 390, 100, 410, 40),
              ages(200, 130, 240, 220, 130, 80),
              concern("VIOLENCE", "Knife crime among young people on the Tulse Hill estate"),
              concern("DRUGS", "Dealing in the alleyways off Tulse Hill"),
              concern("ASB", "Nuisance youths by the station"),
              concern("ROBBERY", "Robberies on the footpaths by Brockwell Park")),
          ward(436, "Vassall", false, POOR, POOR, 15_000, ethnicity(70, 370, 100, 410, 50),
              ages(180, 130, 280, 220, 120, 70),
              concern("VIOLENCE", "Stabbings on the Myatts Field estate"),
              concern("DRUGS", "Dealing around the Loughborough Junction arches"),
              concern("ASB", "Street drinking by the Brixton Road shops"),
              concern("YOUTH", "Youth club closed on the estate")));

  private SampleWards() {}

  /**
   * The first {@code count} wards of the sample: the real wards in order, then synthetic ones,
   * named {@code Synthetic ward 22}, … and coded {@code SYN-W0022}, …, whose census profile,
   * concerns and practices repeat those of the real ward at the same place in the cycle.
   */
  static List<Ward> first(int count) {
    List<Ward> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      if (i < REAL.size()) {
        out.add(REAL.get(i));
      } else {
        Ward model = REAL.get(i % REAL.size());
        int number = i + 1;
        out.add(new Ward(String.format(Locale.ROOT, "SYN-W%04d", number),
            "Synthetic ward " + number, model.businessPresence(), model.before(), model.after(),
            model.population(), model.ethnicity(), model.age(), model.concerns()));
      }
    }
    return List.copyOf(out);
  }

  private static Ward ward(int code, String name, boolean business, Practice before,
      Practice after, long population, int[] ethnicity, int[] age, Concern... concerns) {
    return new Ward("E05000" + code, name, business, before, after, population, ethnicity, age,
        List.of(concerns));
  }

  /** An ethnicity profile per thousand, in scheme order. */
  private static int[] ethnicity(int asian, int black, int mixed, int white, int other) {
    return new int[] {asian, black, mixed, white, other};
  }

  /** An age profile per thousand, in scheme order: 0–15, 16–24, 25–34, 35–49, 50–64, 65+. */
  private static int[] ages(int... bands) {
    return bands;
  }

  private static Concern concern(String issue, String summary) {
    return new Concern(issue, summary);
  }

  /** How well a ward's team engages in a year; each constant is one whole way of working. */
  enum Practice {
    /**
     * Four or five meetings announced three weeks ahead, nearly all in the forward schedule and
     * each written up before tasking, 90% of attendees monitored, young and Black residents come
     * close to their census share, inputs weighed with reasons and minutes, three-part feedback,
     * decisions cited by allocations, both priorities acted on, most local operations engage, a
     * panel with every kind of member.
     */
    GOOD(
        new Spec().meetings(4).inputsPerMeeting(3).attendance(38).noticeDays(21)
            .scheduledPercent(90).monitoredPercent(90).reach(90).youthReach(70)
            .reply(Reply.THREE_PARTS).actions(2).satisfaction(80).surveyed(48)
            .engagedOperations(85)
            .treatments(List.of(Treatment.ACCEPTED, Treatment.PARTLY_ACCEPTED, Treatment.ACCEPTED,
                Treatment.REJECTED, Treatment.ACCEPTED, Treatment.ACCEPTED,
                Treatment.PARTLY_ACCEPTED, Treatment.ACCEPTED, Treatment.REJECTED,
                Treatment.ACCEPTED, Treatment.ACCEPTED, Treatment.DEFERRED))
            .members(roster(6, MemberCategory.RESIDENT, MemberCategory.COUNCILLOR,
                MemberCategory.AGENCY_REPRESENTATIVE, MemberCategory.YOUTH, MemberCategory.FAITH))),
    /**
     * Three or four meetings announced a week ahead, some in the forward schedule, 60%
     * monitored, attendance skewed to white and older residents (young and Black residents
     * under-represented), some inputs deferred, accepted without a recorded reason or never
     * presented, digest feedback on every other meeting, allocations that cite inputs directly,
     * one priority acted on, half the local operations engage.
     */
    FAIR(
        new Spec().meetings(3).inputsPerMeeting(4).attendance(24).noticeDays(7)
            .scheduledPercent(40).monitoredPercent(60).reach(50).youthReach(25).reply(Reply.DIGEST)
            .actions(1).satisfaction(55).surveyed(40).engagedOperations(50)
            .treatments(List.of(Treatment.ACCEPTED, Treatment.DEFERRED,
                Treatment.ACCEPTED_WITHOUT_REASON, Treatment.ACCEPTED_WITHOUT_REASON,
                Treatment.PARTLY_ACCEPTED, Treatment.NOT_PRESENTED, Treatment.ACCEPTED,
                Treatment.REJECTED, Treatment.NOT_PRESENTED, Treatment.DEFERRED,
                Treatment.PARTLY_ACCEPTED, Treatment.ACCEPTED))
            .members(roster(5, MemberCategory.RESIDENT, MemberCategory.COUNCILLOR,
                MemberCategory.AGENCY_REPRESENTATIVE))),
    /**
     * Two or three meetings, never announced, a quarter of attendees monitored, young and Black
     * residents rarely there, inputs mostly never presented (or presented and not considered), no
     * feedback, no action on priorities, few local operations engage, residents only, no link to
     * the CPEG.
     */
    POOR(
        new Spec().meetings(2).inputsPerMeeting(5).attendance(14).noticeDays(0).scheduledPercent(0)
            .monitoredPercent(25).reach(45).youthReach(15).reply(Reply.NONE).actions(0)
            .satisfaction(30).surveyed(20).engagedOperations(10)
            .treatments(List.of(Treatment.NOT_PRESENTED, Treatment.NOT_PRESENTED,
                Treatment.NOT_CONSIDERED, Treatment.NOT_PRESENTED,
                Treatment.ACCEPTED_WITHOUT_REASON, Treatment.NOT_PRESENTED, Treatment.NOT_PRESENTED,
                Treatment.NOT_CONSIDERED, Treatment.NOT_PRESENTED, Treatment.ACCEPTED,
                Treatment.NOT_PRESENTED, Treatment.NOT_PRESENTED))
            .members(roster(4, MemberCategory.RESIDENT)));

    /** The fewest ward panel meetings in a year; a ward holds this many or one more. */
    final int meetings;
    /** Community inputs raised at a typical meeting; a meeting takes one fewer to one more. */
    final int inputsPerMeeting;
    /** Typical attendance of a meeting. */
    final int attendance;
    /** Days between the announcement and the meeting; 0: never announced. */
    final int noticeDays;
    /**
     * The chance, in percent, that a meeting is in the borough's published forward schedule: a
     * good team's meeting may be moved after the schedule is out, a fair team's may make it in
     * though announced only a week ahead.
     */
    final int scheduledPercent;
    /** Percentage of attendees (and inducted panel members) whose demographics are recorded. */
    final int monitoredPercent;
    /** Weight on the census share of every ethnic group but White, in percent: outreach. */
    final int reach;
    /** Weight on the census share of residents aged 16 to 24, in percent: youth outreach. */
    final int youthReach;
    /** The feedback the team publishes after a meeting. */
    final Reply reply;
    /** How many of the panel's two priorities of the year were acted on. */
    final int actions;
    /** Percentage of participants who hear back, and find taking part worthwhile. */
    final int satisfaction;
    /** Participants who answer the year's participant survey. */
    final int surveyed;
    /** The chance, in percent, that one of the ward's local operations engages the public. */
    final int engagedOperations;
    /**
     * How the tasking meeting treats the ward's inputs: a mix from which each input's treatment
     * is drawn, each entry equally likely.
     */
    final List<Treatment> treatments;
    /** The ward panel's members by category. */
    final List<MemberCategory> members;

    Practice(Spec spec) {
      this.meetings = spec.meetings;
      this.inputsPerMeeting = spec.inputsPerMeeting;
      this.attendance = spec.attendance;
      this.noticeDays = spec.noticeDays;
      this.scheduledPercent = spec.scheduledPercent;
      this.monitoredPercent = spec.monitoredPercent;
      this.reach = spec.reach;
      this.youthReach = spec.youthReach;
      this.reply = spec.reply;
      this.actions = spec.actions;
      this.satisfaction = spec.satisfaction;
      this.surveyed = spec.surveyed;
      this.engagedOperations = spec.engagedOperations;
      this.treatments = List.copyOf(spec.treatments);
      this.members = List.copyOf(spec.members);
    }

    /** The values of a practice by name, so that a constant reads as what it sets. */
    private static final class Spec {
      private int meetings;
      private int inputsPerMeeting;
      private int attendance;
      private int noticeDays;
      private int scheduledPercent;
      private int monitoredPercent;
      private int reach;
      private int youthReach;
      private Reply reply;
      private int actions;
      private int satisfaction;
      private int surveyed;
      private int engagedOperations;
      private List<Treatment> treatments;
      private List<MemberCategory> members;

      Spec meetings(int value) {
        this.meetings = value;
        return this;
      }

      Spec inputsPerMeeting(int value) {
        this.inputsPerMeeting = value;
        return this;
      }

      Spec attendance(int value) {
        this.attendance = value;
        return this;
      }

      Spec noticeDays(int value) {
        this.noticeDays = value;
        return this;
      }

      Spec scheduledPercent(int value) {
        this.scheduledPercent = value;
        return this;
      }

      Spec monitoredPercent(int value) {
        this.monitoredPercent = value;
        return this;
      }

      Spec reach(int value) {
        this.reach = value;
        return this;
      }

      Spec youthReach(int value) {
        this.youthReach = value;
        return this;
      }

      Spec reply(Reply value) {
        this.reply = value;
        return this;
      }

      Spec actions(int value) {
        this.actions = value;
        return this;
      }

      Spec satisfaction(int value) {
        this.satisfaction = value;
        return this;
      }

      Spec surveyed(int value) {
        this.surveyed = value;
        return this;
      }

      Spec engagedOperations(int value) {
        this.engagedOperations = value;
        return this;
      }

      Spec treatments(List<Treatment> value) {
        this.treatments = value;
        return this;
      }

      Spec members(List<MemberCategory> value) {
        this.members = value;
        return this;
      }
    }

    /**
     * Who comes to meetings per age band, as a weight on the census share: no children, young
     * adults as far as outreach reaches them, more older residents.
     */
    int[] ageSkew() {
      return new int[] {0, youthReach, 70, 100, 150, 170};
    }
  }

  /** The feedback a ward team publishes after its meetings. */
  enum Reply {
    /** "We asked / You said / We did" in the ward newsletter three weeks later. */
    THREE_PARTS,
    /** A digest of what was done, on the noticeboard, after every other meeting. */
    DIGEST,
    /** Nothing. */
    NONE
  }

  /** How a decision-making body treats one community input. */
  enum Treatment {
    ACCEPTED(ConsiderationOutcome.ACCEPTED, "Added to the team's patrol plan for the quarter"),
    PARTLY_ACCEPTED(ConsiderationOutcome.PARTLY_ACCEPTED,
        "Partly met: weekend patrols within the team's existing hours"),
    REJECTED(ConsiderationOutcome.REJECTED,
        "Not a police matter: referred to the council's enforcement team"),
    DEFERRED(ConsiderationOutcome.DEFERRED, "Deferred to the next borough tasking meeting"),
    /** Accepted, but the minutes record no reason. */
    ACCEPTED_WITHOUT_REASON(ConsiderationOutcome.ACCEPTED, ""),
    /** Presented, but not discussed. */
    NOT_CONSIDERED,
    /** Never put before the decision-makers. */
    NOT_PRESENTED;

    private final Optional<ConsiderationOutcome> outcome;
    private final String reason;

    Treatment(ConsiderationOutcome outcome, String reason) {
      this.outcome = Optional.of(outcome);
      this.reason = reason;
    }

    Treatment() {
      this.outcome = Optional.empty();
      this.reason = "";
    }

    boolean presented() {
      return this != NOT_PRESENTED;
    }

    boolean actedOn() {
      return this == ACCEPTED || this == PARTLY_ACCEPTED || this == ACCEPTED_WITHOUT_REASON;
    }

    Consideration consideration(InputId input, Optional<String> evidence) {
      Consideration.Builder c =
          Consideration.builder()
              .input(input)
              .considered(this != NOT_CONSIDERED)
              .outcome(outcome)
              .evidenceRef(evidence);
      if (!reason.isEmpty()) {
        c.reason(reason);
      }
      return c.build();
    }

    /** What feedback tells the public about the input. */
    String told() {
      if (!reason.isEmpty()) {
        return reason;
      }
      return actedOn() ? "Taken on by the team" : "Not yet taken to a tasking meeting";
    }
  }

  /**
   * A ward of the sample, with its census profile (per thousand, in scheme order) and its
   * practice in 2011/12 ({@code before}) and 2012/13 ({@code after}).
   */
  record Ward(
      String code,
      String name,
      boolean businessPresence,
      Practice before,
      Practice after,
      long population,
      int[] ethnicity,
      int[] age,
      List<Concern> concerns) {

    AreaId id() {
      return AreaId.of(code);
    }

    PanelId panel() {
      return PanelId.of("SNP-" + code);
    }

    /** The practice of the year: 0 for 2011/12, 1 for 2012/13. */
    Practice practice(int year) {
      return year == 0 ? before : after;
    }

    int[] census(String dimension) {
      if (dimension.equals(ETHNICITY)) {
        return ethnicity.clone();
      }
      return dimension.equals(AGE) ? age.clone() : GENDER_SHARES.clone();
    }

    /** The census shares weighted by who comes to meetings here under a practice. */
    int[] attendees(String dimension, Practice practice) {
      if (dimension.equals(AGE)) {
        return weighted(age, practice.ageSkew());
      }
      return dimension.equals(ETHNICITY) ? weighted(ethnicity, ethnicReach(practice))
          : census(dimension);
    }

    private static int[] ethnicReach(Practice practice) {
      List<String> codes = codes(ETHNICITY);
      int[] reach = new int[codes.size()];
      for (int i = 0; i < reach.length; i++) {
        reach[i] = codes.get(i).equals("WHITE") ? 100 : practice.reach;
      }
      return reach;
    }

    /** Copies the profiles, so that a ward cannot be changed through the arrays it was given. */
    Ward {
      ethnicity = ethnicity.clone();
      age = age.clone();
      concerns = List.copyOf(concerns);
    }

    /** The ethnicity profile per thousand, in scheme order; a copy. */
    @Override
    public int[] ethnicity() {
      return ethnicity.clone();
    }

    /** The age profile per thousand, in scheme order; a copy. */
    @Override
    public int[] age() {
      return age.clone();
    }

    /** Equal when every component is, the profiles compared by content. */
    @Override
    public boolean equals(Object other) {
      return other instanceof Ward w && code.equals(w.code) && name.equals(w.name)
          && businessPresence == w.businessPresence && before == w.before && after == w.after
          && population == w.population && Arrays.equals(ethnicity, w.ethnicity)
          && Arrays.equals(age, w.age) && concerns.equals(w.concerns);
    }

    @Override
    public int hashCode() {
      return Objects.hash(code, name, businessPresence, before, after, population,
          Arrays.hashCode(ethnicity), Arrays.hashCode(age), concerns);
    }

    @Override
    public String toString() {
      return name + " (" + code + ", " + before + " then " + after + ")";
    }
  }

  /** Something residents raise, with its issue category. */
  record Concern(String issue, String summary) {}

  /** A panel's members by category: {@code count} of {@code first}, then one of each other. */
  static List<MemberCategory> roster(int count, MemberCategory first,
      MemberCategory... others) {
    List<MemberCategory> out = new ArrayList<>(Collections.nCopies(count, first));
    out.addAll(List.of(others));
    return List.copyOf(out);
  }

  // --- demographic arithmetic ---------------------------------------------------------------

  /** The category codes of a dimension of the default scheme, in scheme order. */
  static List<String> codes(String dimension) {
    return DemographicScheme.defaultScheme().dimension(dimension).orElseThrow().categories()
        .stream().map(DemographicCategory::code).toList();
  }

  /** The products {@code shares[i] * weights[i]}. */
  static int[] weighted(int[] shares, int[] weights) {
    int[] out = shares.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] *= weights[i];
    }
    return out;
  }

  /**
   * Aggregate counts of people of a ward who come under a practice: {@code percentStated} of them
   * state each dimension.
   */
  static DemographicCounts demographics(Ward w, Practice practice, long people,
      int percentStated) {
    long stated = people * percentStated / 100;
    DemographicCounts.Builder counts = DemographicCounts.builder().basis(CountBasis.RESPONDENTS);
    for (String dimension : DIMENSIONS) {
      counts.addDimensions(
          DimensionCounts.builder()
              .dimension(dimension)
              .putAllCounts(distribute(stated, dimension, w.attendees(dimension, practice)))
              .notStated(people - stated)
              .build());
    }
    return counts.build();
  }

  /**
   * Splits {@code total} over the categories of a dimension in proportion to {@code weights} by
   * the largest-remainder method, so that the counts add up exactly; categories of count 0 are
   * left out.
   */
  static Map<String, Long> distribute(long total, String dimension, int[] weights) {
    List<String> codes = codes(dimension);
    long sum = 0;
    for (int weight : weights) {
      sum += weight;
    }
    long[] counts = new long[weights.length];
    long[] remainders = new long[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      counts[i] = total * weights[i] / sum;
      remainders[i] = total * weights[i] % sum;
      given += counts[i];
    }
    for (; given < total; given++) {
      int largest = 0;
      for (int i = 1; i < remainders.length; i++) {
        if (remainders[i] > remainders[largest]) {
          largest = i;
        }
      }
      counts[largest]++;
      remainders[largest] = -1;
    }
    Map<String, Long> out = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        out.put(codes.get(i), counts[i]);
      }
    }
    return out;
  }
}
