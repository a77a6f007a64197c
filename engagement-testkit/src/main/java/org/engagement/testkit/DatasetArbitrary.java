package org.engagement.testkit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.engagement.core.EngagementDataset;
import org.engagement.core.validation.ValidationCode;

/**
 * Random datasets of a shape you choose: how many boroughs and wards, over how many years, how
 * many records per ward, and how many targeted defects. Start from
 * {@link EngagementArbitraries#datasets()}; every setter returns a new arbitrary, so one can be
 * tuned from another.
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<EngagementDataset> boroughs() {
 *   return EngagementArbitraries.datasets()
 *       .boroughs(1, 2)     // boroughs under the force area
 *       .wards(1, 30)       // wards in all, shared out among the boroughs
 *       .years(1, 2)        // records dated within one or two calendar years
 *       .density(5, 20);    // records of each kind of the engagement cycle per ward
 * }
 * }</pre>
 *
 * <p>Without {@link #defects(int, int) defects} every dataset is valid: the validator reports no
 * issue. It has one force area, its boroughs and their wards (ids {@code E23000001},
 * {@code E09000001}, {@code E05001001}, …), and at least one record of every type, with
 * references that resolve. The records of the engagement cycle (activities, inputs, analyses,
 * decisions, allocations, feedback and survey responses) number {@code density × wards} of each
 * kind (at least one) and lie in any area of the tree; the other records number one to three of
 * each type. Records are dated within the chosen years, or later where they follow records they
 * cite (a decision after the inputs it considered, feedback after the activity it answers).
 *
 * <p>Values are seeded by jqwik (a failing seed replays the same datasets) and shrink towards
 * fewer wards, fewer years, fewer records and simpler values.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DatasetArbitrary extends ArbitraryDecorator<EngagementDataset> {

  private static final int MAX_BOROUGHS = 99;
  private static final int MAX_WARDS = 999;
  private static final int MAX_YEARS = 50;
  private static final int MAX_DENSITY = 100;
  private static final int MAX_DEFECTS = 10;

  private final int minBoroughs;
  private final int maxBoroughs;
  private final int minWards;
  private final int maxWards;
  /** 0: the whole window of {@link EngagementArbitraries#FIRST_DAY} to {@code LAST_DAY}. */
  private final int minYears;
  private final int maxYears;
  /** -1: one to three records of every type, whatever the number of wards. */
  private final int minDensity;
  private final int maxDensity;
  private final int minDefects;
  private final int maxDefects;
  /** The codes whose defects may be applied. */
  private final Set<ValidationCode> defectCodes;

  private DatasetArbitrary(int[] shape, Set<ValidationCode> defectCodes) {
    this.defectCodes = defectCodes;
    this.minBoroughs = shape[0];
    this.maxBoroughs = shape[1];
    this.minWards = shape[2];
    this.maxWards = shape[3];
    this.minYears = shape[4];
    this.maxYears = shape[5];
    this.minDensity = shape[6];
    this.maxDensity = shape[7];
    this.minDefects = shape[8];
    this.maxDefects = shape[9];
  }

  /** One to three boroughs, one to twelve wards, dates over 2005 to 2014, 1–3 records a type. */
  static DatasetArbitrary defaults() {
    return new DatasetArbitrary(new int[] {1, 3, 1, 12, 0, 0, -1, -1, 0, 0}, Mutations.codes());
  }

  private int[] shape() {
    return new int[] {minBoroughs, maxBoroughs, minWards, maxWards, minYears, maxYears,
        minDensity, maxDensity, minDefects, maxDefects};
  }

  private DatasetArbitrary with(int at, int min, int max, int lowest, int highest, String what) {
    if (min < lowest || max > highest || min > max) {
      throw new IllegalArgumentException(what + " must lie from " + lowest + " to " + highest
          + " with min <= max: " + min + ".." + max);
    }
    int[] shape = shape();
    shape[at] = min;
    shape[at + 1] = max;
    return new DatasetArbitrary(shape, defectCodes);
  }

  /**
   * The number of boroughs under the force area (one to three by default).
   *
   * @param min the fewest, at least 1
   * @param max the most, at most 99
   * @return a new arbitrary with this range, never null
   * @throws IllegalArgumentException if the range is empty or out of those bounds
   */
  public DatasetArbitrary boroughs(int min, int max) {
    return with(0, min, max, 1, MAX_BOROUGHS, "boroughs");
  }

  /**
   * The number of wards in all, shared out among the boroughs in turn (one to twelve by
   * default). A borough may have no ward when there are fewer wards than boroughs.
   *
   * @param min the fewest, at least 1
   * @param max the most, at most 999
   * @return a new arbitrary with this range, never null
   * @throws IllegalArgumentException if the range is empty or out of those bounds
   */
  public DatasetArbitrary wards(int min, int max) {
    return with(2, min, max, 1, MAX_WARDS, "wards");
  }

  /**
   * The number of consecutive calendar years the records are dated in, the first of them from
   * 2005 to 2014 (by default records are dated anywhere from
   * {@link EngagementArbitraries#FIRST_DAY} to {@link EngagementArbitraries#LAST_DAY}).
   *
   * @param min the fewest, at least 1
   * @param max the most, at most 50
   * @return a new arbitrary with this range, never null
   * @throws IllegalArgumentException if the range is empty or out of those bounds
   */
  public DatasetArbitrary years(int min, int max) {
    return with(4, min, max, 1, MAX_YEARS, "years");
  }

  /**
   * The number of records of each kind of the engagement cycle (activities, inputs, analyses,
   * decisions, allocations, feedback and survey responses) per ward: a dataset with {@code w}
   * wards and density {@code d} has {@code d × w} of each, and at least one. By default there are
   * one to three of each, whatever the number of wards.
   *
   * @param min the lowest density, at least 0
   * @param max the highest, at most 100
   * @return a new arbitrary with this range, never null
   * @throws IllegalArgumentException if the range is empty or out of those bounds
   */
  public DatasetArbitrary density(int min, int max) {
    return with(6, min, max, 0, MAX_DENSITY, "density");
  }

  /**
   * The number of targeted defects ({@link Mutations#list()}) applied, one after another, to the
   * valid dataset: dangling references, duplicate ids, dates out of order, counts above
   * attendance, unknown codes, out-of-range answers and the rest. None by default. A dataset
   * with defects is no longer valid: use it to show that your code copes with the faults real
   * data has. (For one defect and the code it must give, use {@link Mutations#all()}.)
   *
   * @param min the fewest, at least 0
   * @param max the most, at most 10
   * @return a new arbitrary with this range, never null
   * @throws IllegalArgumentException if the range is empty or out of those bounds
   */
  public DatasetArbitrary defects(int min, int max) {
    return with(8, min, max, 0, MAX_DEFECTS, "defects");
  }

  /**
   * The number of targeted defects applied, as {@link #defects(int, int)}, drawn only from the
   * defects that give one of these codes: e.g. dangling references and dates out of order, but
   * no cycle in the area tree.
   *
   * @param min the fewest, at least 0
   * @param max the most, at most 10
   * @param codes the codes, not empty; {@link Mutations#codes()} lists those a defect gives
   * @return a new arbitrary with this range and these codes, never null
   * @throws IllegalArgumentException if the range is empty or out of those bounds, or if no
   *     defect gives one of the codes
   */
  public DatasetArbitrary defects(int min, int max, Set<ValidationCode> codes) {
    Set<ValidationCode> known = EnumSet.noneOf(ValidationCode.class);
    known.addAll(codes);
    known.retainAll(Mutations.codes());
    if (known.isEmpty()) {
      throw new IllegalArgumentException("no defect gives any of " + codes + "; these do: "
          + Mutations.codes());
    }
    DatasetArbitrary ranged = defects(min, max);
    return new DatasetArbitrary(ranged.shape(), Set.copyOf(known));
  }

  /**
   * Builds the arbitrary of this shape; jqwik calls it.
   *
   * @return the arbitrary, never null
   */
  @Override
  protected Arbitrary<EngagementDataset> arbitrary() {
    Arbitrary<Integer> boroughs = Arbitraries.integers().between(minBoroughs, maxBoroughs);
    Arbitrary<Integer> wards = Arbitraries.integers().between(minWards, maxWards);
    Arbitrary<Integer> years = minYears == 0 ? Arbitraries.just(0)
        : Arbitraries.integers().between(minYears, maxYears);
    Arbitrary<Integer> firstYear = Arbitraries.integers().between(0, 9);
    Arbitrary<List<Mutations.Mutation>> defects =
        Arbitraries.of(defects()).list().ofMinSize(minDefects).ofMaxSize(maxDefects);
    if (minDensity < 0) {
      // the number of records does not depend on the wards: no flatMap, which costs time
      return Combinators.combine(boroughs, wards, years, firstYear,
              EngagementArbitraries.wardFlags(), EngagementArbitraries.datasetPlans(-1), defects)
          .as(DatasetArbitrary::build);
    }
    return Combinators.combine(boroughs, wards, years, firstYear,
            Arbitraries.integers().between(minDensity, maxDensity))
        .flatAs((b, w, y, first, perWard) -> Combinators.combine(
                EngagementArbitraries.wardFlags(),
                EngagementArbitraries.datasetPlans(perWard * w), defects)
            .as((flags, plans, applied) -> build(b, w, y, first, flags, plans, applied)));
  }

  private static EngagementDataset build(int boroughs, int wards, int years, int firstYear,
      List<Integer> flags, List<List<List<Integer>>> plans, List<Mutations.Mutation> defects) {
    EngagementDataset valid = EngagementArbitraries.validDataset(
        EngagementArbitraries.tree(share(wards, boroughs), flags), plans, years, firstYear);
    return withDefects(valid, defects);
  }

  private List<Mutations.Mutation> defects() {
    return Mutations.list().stream().filter(m -> defectCodes.contains(m.code())).toList();
  }

  /** Wards shared out among boroughs in turn. */
  private static List<Integer> share(int wards, int boroughs) {
    List<Integer> perBorough = new ArrayList<>();
    for (int b = 0; b < boroughs; b++) {
      perBorough.add(wards / boroughs + (b < wards % boroughs ? 1 : 0));
    }
    return perBorough;
  }

  private static EngagementDataset withDefects(EngagementDataset valid,
      List<Mutations.Mutation> defects) {
    EngagementDataset out = valid;
    for (Mutations.Mutation defect : defects) {
      try {
        out = defect.apply(out).dataset();
      } catch (IllegalArgumentException earlierDefectRemovedWhatThisOneNeeds) {
        // the dataset keeps the defects applied so far
      }
    }
    return out;
  }

  /** Shows the shape, e.g. {@code datasets(boroughs 1..3, wards 1..12, ...)}. */
  @Override
  public String toString() {
    return "datasets(boroughs " + minBoroughs + ".." + maxBoroughs + ", wards " + minWards + ".."
        + maxWards + ", years " + (minYears == 0 ? "2005-2014" : minYears + ".." + maxYears)
        + ", density " + (minDensity < 0 ? "1-3 records a type" : minDensity + ".." + maxDensity)
        + ", defects " + minDefects + ".." + maxDefects
        + (defectCodes.equals(Mutations.codes()) ? "" : " of " + defectCodes) + ")";
  }
}
