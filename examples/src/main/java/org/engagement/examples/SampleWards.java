package org.engagement.examples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * their residents raise, and the {@link Practice} that decides how often their panel meets, who
 * comes, how inputs are weighed and what feedback follows; with the demographic arithmetic that
 * turns a profile into counts.
 *
 * <p>Census figures are per thousand residents, in the order of the default scheme's categories.
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

  /**
   * Who comes to panel meetings, per age band, as a weight on the census share: no children, fewer
   * young adults, more older residents.
   */
  static final int[] MEETING_AGE_SKEW = {0, 40, 70, 100, 150, 170};

  /** Public-survey respondents per age band, as a weight on the census share: adults only. */
  static final int[] ADULT_AGE_SKEW = {0, 100, 100, 100, 100, 100};

  /** The borough's burglary priority, which every ward panel adopts and the consultation tops. */
  static final Concern BOROUGH_BURGLARY =
      new Concern("BURGLARY", "Residential burglary during the dark evenings");

  /** The five wards, those that engage well first. */
  static final List<Ward> WARDS =
      List.of(
          new Ward("E05014088", "Brixton Windrush", false, Practice.GOOD, 14_200,
              new int[] {55, 360, 110, 420, 55},
              new int[] {170, 110, 260, 230, 150, 80},
              List.of(
                  new Concern("DRUGS", "Street dealing where Coldharbour Lane meets Atlantic Road"),
                  new Concern("ASB", "Groups gathering late at night by the market"),
                  new Concern("VIOLENCE", "Parents fear knife crime on the way home from school"),
                  new Concern("YOUTH", "Nothing for teenagers to do in the evenings"))),
          new Ward("E05014107", "Waterloo & South Bank", true, Practice.GOOD, 12_600,
              new int[] {140, 120, 70, 590, 80},
              new int[] {100, 160, 360, 200, 120, 60},
              List.of(
                  new Concern("ROBBERY", "Phone snatches by moped riders on the riverside walk"),
                  new Concern("BUSINESS_CRIME", "Shoplifting from the shops in the station"),
                  new Concern("ASB", "Aggressive begging under the railway arches"),
                  new Concern("TRAFFIC", "Cycling on the pavement along Lower Marsh"))),
          new Ward("E05014085", "Brixton Acre Lane", false, Practice.FAIR, 13_100,
              new int[] {60, 250, 95, 540, 55},
              new int[] {130, 100, 330, 240, 130, 70},
              List.of(
                  new Concern("BURGLARY", "Burglaries of flats in converted houses"),
                  new Concern("TRAFFIC", "Speeding on Acre Lane at night"),
                  new Concern("ASB", "Late-night noise from licensed premises"),
                  new Concern("DRUGS", "Cannabis smoking in the park"))),
          new Ward("E05014099", "Stockwell East", false, Practice.FAIR, 12_900,
              new int[] {90, 280, 90, 470, 70},
              new int[] {160, 120, 270, 220, 150, 80},
              List.of(
                  new Concern("VIOLENCE", "Fights outside the takeaways on the high street"),
                  new Concern("BURGLARY", "Sheds and bicycles stolen from gardens"),
                  new Concern("YOUTH", "Teenagers riding motorbikes on the estate walkways"),
                  new Concern("ASB", "Fly-tipping and graffiti on the estate"))),
          new Ward("E05014106", "Vauxhall", false, Practice.POOR, 15_300,
              new int[] {110, 230, 80, 500, 80},
              new int[] {150, 120, 300, 220, 140, 70},
              List.of(
                  new Concern("DRUGS", "Drug use in the stairwells of the estate"),
                  new Concern("ROBBERY", "Robberies near the bus station at night"),
                  new Concern("ASB", "Street drinking by the gyratory"),
                  new Concern("TRAFFIC", "Dangerous driving round the gyratory"))));

  private SampleWards() {}

  /** The ward of the sample with this name. */
  static Ward named(String name) {
    return WARDS.stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
  }

  /** How well a ward's team engages; each constant is one ward's whole way of working. */
  enum Practice {
    /**
     * Four meetings announced three weeks ahead and in the forward schedule, 90% of attendees
     * monitored, inputs weighed with reasons and minutes, three-part feedback, decisions cited by
     * allocations, both priorities acted on, a panel with every kind of member.
     */
    GOOD(4, 38, 21, 90, 90, Reply.THREE_PARTS, 2, 80,
        List.of(Treatment.ACCEPTED, Treatment.PARTLY_ACCEPTED, Treatment.ACCEPTED,
            Treatment.REJECTED),
        roster(6, MemberCategory.RESIDENT, MemberCategory.COUNCILLOR,
            MemberCategory.AGENCY_REPRESENTATIVE, MemberCategory.YOUTH, MemberCategory.FAITH)),
    /**
     * Four meetings announced a week ahead, 60% monitored, attendance skewed to white and older
     * residents, some inputs deferred or accepted without a recorded reason, digest feedback on
     * every other meeting, allocations that cite inputs directly, one priority acted on.
     */
    FAIR(4, 22, 7, 60, 45, Reply.DIGEST, 1, 55,
        List.of(Treatment.ACCEPTED, Treatment.DEFERRED, Treatment.ACCEPTED_WITHOUT_REASON,
            Treatment.NOT_PRESENTED),
        roster(5, MemberCategory.RESIDENT, MemberCategory.COUNCILLOR,
            MemberCategory.AGENCY_REPRESENTATIVE)),
    /**
     * Two meetings, never announced nor monitored, inputs never presented (or presented and not
     * considered), no feedback, no action on priorities, residents only, no link to the CPEG.
     */
    POOR(2, 11, 0, 0, 45, Reply.NONE, 0, 30,
        List.of(Treatment.NOT_PRESENTED, Treatment.NOT_PRESENTED, Treatment.NOT_CONSIDERED),
        roster(4, MemberCategory.RESIDENT));

    /** Ward panel meetings in the year. */
    final int meetings;
    /** Typical attendance of a meeting. */
    final int attendance;
    /** Days between the announcement and the meeting; 0: never announced. */
    final int noticeDays;
    /** Percentage of attendees (and inducted panel members) whose demographics are recorded. */
    final int monitoredPercent;
    /** Weight on the census share of every ethnic group but White, in percent: outreach. */
    final int reach;
    /** The feedback the team publishes after a meeting. */
    final Reply reply;
    /** How many of the panel's two priorities were acted on. */
    final int actions;
    /** Percentage of participants who hear back, and find taking part worthwhile. */
    final int satisfaction;
    /** How the tasking meeting treats the ward's inputs, in turn. */
    final List<Treatment> treatments;
    /** The ward panel's members by category. */
    final List<MemberCategory> members;

    Practice(int meetings, int attendance, int noticeDays, int monitoredPercent, int reach,
        Reply reply, int actions, int satisfaction, List<Treatment> treatments,
        List<MemberCategory> members) {
      this.meetings = meetings;
      this.attendance = attendance;
      this.noticeDays = noticeDays;
      this.monitoredPercent = monitoredPercent;
      this.reach = reach;
      this.reply = reply;
      this.actions = actions;
      this.satisfaction = satisfaction;
      this.treatments = treatments;
      this.members = members;
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

  /** A ward of the sample, with its census profile (per thousand, in scheme order). */
  record Ward(
      String code,
      String name,
      boolean businessPresence,
      Practice practice,
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

    int[] census(String dimension) {
      if (dimension.equals(ETHNICITY)) {
        return ethnicity;
      }
      return dimension.equals(AGE) ? age : GENDER_SHARES;
    }

    /** The census shares weighted by who comes to meetings here. */
    int[] attendees(String dimension) {
      if (dimension.equals(AGE)) {
        return weighted(age, MEETING_AGE_SKEW);
      }
      return dimension.equals(ETHNICITY) ? weighted(ethnicity, ethnicReach()) : census(dimension);
    }

    private int[] ethnicReach() {
      List<String> codes = codes(ETHNICITY);
      int[] reach = new int[codes.size()];
      for (int i = 0; i < reach.length; i++) {
        reach[i] = codes.get(i).equals("WHITE") ? 100 : practice.reach;
      }
      return reach;
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

  /** Aggregate counts of people of a ward: {@code percentStated} of them state each dimension. */
  static DemographicCounts demographics(Ward w, long people, int percentStated) {
    long stated = people * percentStated / 100;
    DemographicCounts.Builder counts = DemographicCounts.builder().basis(CountBasis.RESPONDENTS);
    for (String dimension : DIMENSIONS) {
      counts.addDimensions(
          DimensionCounts.builder()
              .dimension(dimension)
              .putAllCounts(distribute(stated, dimension, w.attendees(dimension)))
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
