package org.engagement.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Panel;
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
 * weighted Public Attitude Survey ({@code PAS-2011}, {@code PAS-2012}) run each year. Most ward
 * meetings keep an attendance sheet whose residents come back more often where the ward engages
 * well, and five live social-media question-and-answer sessions a year reach young residents whom
 * the ward meetings miss.
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
 * <p>A national dataset composes many such boroughs: {@link Builder#forces(int)} force areas
 * share {@link Builder#boroughs(int)} boroughs, which share the wards; {@link #national(int)}
 * shapes a country like England and Wales (43 forces, about 26 wards a borough) to a ward
 * count. Each borough is the one-borough sample of its own seed (the generator's seed mixed with
 * the borough's place) under synthetic codes, with ids unique across the country.
 *
 * <p>This class is immutable and thread-safe; each {@link #generate()} works on its own state.
 */
public final class SampleGenerator {

  /** The default seed, the first day of the sample's latest year as a number. */
  public static final long DEFAULT_SEED = 20120401L;

  /** The default number of wards: every ward Lambeth had from 2002 to 2022. */
  public static final int DEFAULT_WARDS = 21;

  /** The police forces of England and Wales: {@link #national(int)} makes no more. */
  public static final int NATIONAL_FORCES = 43;

  /** About how many wards a borough (local authority) has in {@link #national(int)}. */
  public static final int NATIONAL_WARDS_PER_BOROUGH = 26;

  /** About how many boroughs a force has in {@link #national(int)}. */
  public static final int NATIONAL_BOROUGHS_PER_FORCE = 8;

  private final long seed;
  private final int wards;
  private final int boroughs;
  private final int forces;

  private SampleGenerator(Builder builder) {
    this.seed = builder.seed;
    this.wards = builder.wards;
    this.boroughs = builder.boroughs;
    this.forces = builder.forces;
    if (boroughs > wards || forces > boroughs) {
      throw new IllegalArgumentException("need at least as many wards as boroughs and boroughs"
          + " as forces: " + this);
    }
  }

  /**
   * A generator of a country shaped like England and Wales, scaled to {@code wards} wards in
   * all: about {@value #NATIONAL_WARDS_PER_BOROUGH} wards a borough and {@value
   * #NATIONAL_BOROUGHS_PER_FORCE} boroughs a force, at most {@value #NATIONAL_FORCES} forces.
   * {@code national(21)} is the one-borough sample, {@code national(9000)} 43 forces, 346
   * boroughs and 9,000 wards, about two million records.
   *
   * @param wards the ward count, at least 1
   * @return a generator with the default seed, never null
   * @throws IllegalArgumentException if {@code wards} is less than 1
   */
  public static SampleGenerator national(int wards) {
    if (wards < 1) {
      throw new IllegalArgumentException("wards must be at least 1: " + wards);
    }
    int boroughs = (int) Math.max(1, Math.round(wards / (double) NATIONAL_WARDS_PER_BOROUGH));
    int forces = (int) Math.min(NATIONAL_FORCES,
        Math.max(1, Math.round(boroughs / (double) NATIONAL_BOROUGHS_PER_FORCE)));
    return builder().forces(forces).boroughs(boroughs).wards(wards).build();
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
   * The number of wards the generated borough has, or all boroughs together.
   *
   * @return the ward count, at least 1
   */
  public int wards() {
    return wards;
  }

  /**
   * The number of boroughs; 1 for the one-borough sample.
   *
   * @return the borough count, at least 1
   */
  public int boroughs() {
    return boroughs;
  }

  /**
   * The number of force areas; 1 for the one-borough sample.
   *
   * @return the force count, at least 1
   */
  public int forces() {
    return forces;
  }

  /**
   * Generates the dataset. Two calls, on this generator or on one with the same seed and ward
   * count, return equal datasets.
   *
   * @return a new dataset of the borough over the two financial years, valid without any issue;
   *     never null
   */
  public EngagementDataset generate() {
    if (forces == 1 && boroughs == 1) {
      SampleRecords records = new SampleRecords(seed, SampleWards.first(wards));
      assemble(records);
      // the sign-in sheets, youth panels' costs and social media sessions of the one borough
      // (a national dataset leaves them out: they are drawn for the sample's own borough)
      return new SampleParticipation(records).apply(records.data().build());
    }
    EngagementDataset.Builder data = EngagementDataset.builder();
    int borough = 0;
    for (int f = 0; f < forces; f++) {
      AreaId force = AreaId.of(String.format(Locale.ROOT, "F%02d", f + 1));
      int inForce = share(boroughs, forces, f);
      for (int b = 0; b < inForce; b++, borough++) {
        String code = String.format(Locale.ROOT, "B%04d", borough + 1);
        List<Ward> wardsHere = new ArrayList<>();
        List<Ward> models = SampleWards.first(share(wards, boroughs, borough));
        for (int w = 0; w < models.size(); w++) {
          Ward m = models.get(w);
          wardsHere.add(new Ward(String.format(Locale.ROOT, "%s-W%03d", code, w + 1), m.name(),
              m.businessPresence(), m.before(), m.after(), m.population(), m.ethnicity(),
              m.age(), m.concerns()));
        }
        SampleBoroughContext place = new SampleBoroughContext(force, "Force " + (f + 1),
            AreaId.of(code), "Borough " + (borough + 1), code, borough == 0, b == 0);
        assemble(new SampleRecords(data, boroughSeed(seed, borough), wardsHere, place));
      }
    }
    return data.build();
  }

  /**
   * The seed of the borough at {@code index} (from 0) of a national dataset: its records are
   * those {@code builder().seed(boroughSeed(seed, index)).wards(n)} makes for a borough of its
   * n wards, under other area codes and ids.
   */
  static long boroughSeed(long seed, int index) {
    return SampleRecords.mix(seed, index);
  }

  /** The share of {@code total} things of part {@code index} of {@code parts}, as even as can be. */
  static int share(int total, int parts, int index) {
    return total / parts + (index < total % parts ? 1 : 0);
  }

  @Override
  public String toString() {
    String areas = forces == 1 && boroughs == 1 ? ""
        : ", forces=" + forces + ", boroughs=" + boroughs;
    return "SampleGenerator{seed=" + seed + areas + ", wards=" + wards + "}";
  }

  /** Builds a {@link SampleGenerator}; not thread-safe. */
  public static final class Builder {

    private long seed = DEFAULT_SEED;
    private int wards = DEFAULT_WARDS;
    private int boroughs = 1;
    private int forces = 1;

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
     * Sets the number of boroughs the wards are shared among, as evenly as can be; the default
     * is 1, the one-borough sample (London → Lambeth). With more, every area is synthetic: force
     * areas {@code F01}, … named {@code Force 1}, …, boroughs {@code B0001}, … named {@code
     * Borough 1}, …, numbered across the country, and wards {@code B0001-W001}, … named as the
     * sample's wards in turn; each borough's own ids end in its code ({@code ACT-B0001-0007}),
     * a ward's carry the ward's code, so every id is unique across the country. Titles, names
     * and descriptions keep the sample's wording (a borough's CPEG is still "Lambeth Community
     * Police Engagement Group"): only codes and ids tell the boroughs apart.
     *
     * @param boroughs the borough count, at least 1 and at most the ward count
     * @return this builder
     * @throws IllegalArgumentException if {@code boroughs} is less than 1
     */
    public Builder boroughs(int boroughs) {
      if (boroughs < 1) {
        throw new IllegalArgumentException("boroughs must be at least 1: " + boroughs);
      }
      this.boroughs = boroughs;
      return this;
    }

    /**
     * Sets the number of force areas the boroughs are shared among, as evenly as can be; the
     * default is 1. More than one force makes the areas synthetic, as {@link #boroughs(int)}
     * says.
     *
     * @param forces the force count, at least 1 and at most the borough count
     * @return this builder
     * @throws IllegalArgumentException if {@code forces} is less than 1
     */
    public Builder forces(int forces) {
      if (forces < 1) {
        throw new IllegalArgumentException("forces must be at least 1: " + forces);
      }
      this.forces = forces;
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
   * Builds one dataset, one record family at a time: places and groups ({@link SamplePlaces}),
   * panels ({@link SamplePanels}), each ward's year of meetings, inputs, decisions, allocations,
   * feedback and operations ({@link SampleWardYear}), the borough's own activities of each year
   * ({@link SampleBorough}), survey responses ({@link SampleResponses}), and the evidence the 2012
   * standards ask for ({@link SampleEvidence}), and last the sign-in sheets of ward meetings and
   * the youth panels' costs and counts ({@link SampleParticipation}). Ids are numbered in the
   * order records are made ({@link SampleRecords}), a ward's records per ward.
   */
  private static void assemble(SampleRecords records) {
    new SamplePlaces(records).build();
    SamplePanels panels = new SamplePanels(records);
    Panel cpeg = panels.cpegPanel();
    Panel iag = panels.otherBoroughPanels();
    List<Panel> wardPanels = new ArrayList<>();
    records.eachWard((w, index) -> wardPanels.add(panels.wardPanel(w, index)));
    Panel coldharbourYouth = panels.youthPanel(records.place("Coldharbour"),
        "Brixton Youth KIN", LocalDate.of(2011, 10, 1));
    Panel stockwellYouth = panels.youthPanel(records.place("Stockwell"),
        "Stockwell Youth KIN", LocalDate.of(2012, 9, 1));
    SampleWardYear wardYear = new SampleWardYear(records);
    SampleBorough borough =
        new SampleBorough(records, cpeg, iag, coldharbourYouth, stockwellYouth);
    for (SampleYear y : SampleYear.BOTH) {
      records.eachWard((w, index) -> wardYear.build(w, index, y, wardPanels.get(index)));
      borough.year(y);
    }
    new SampleResponses(records).build();
    new SampleEvidence(records).build();
  }
}
