package org.engagement.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.engagement.core.DemographicCounts;
import org.engagement.core.DimensionCounts;
import org.engagement.core.EngagementActivity;
import org.engagement.core.Panel;
import org.engagement.core.RecordType;
import org.engagement.core.ReferencePopulation;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.ValidationCode;
import org.engagement.core.validation.ValidationIssue;

/**
 * The dataset-wide totals of the sum rule ({@link ValidationCode#SUM_OUT_OF_RANGE}), added
 * record by record, and the check that each stays within the range of a {@code long}: the attendance of all activities, per dimension the demographic counts
 * (stated and not stated) of all activities and of all panels' memberships, and per dimension
 * the counts of all reference populations. {@link DatasetValidator} adds every record of a
 * dataset in its order; a validator that reads a file record by record adds each as it comes,
 * and both report the same issues.
 *
 * <p>Each total keeps its non-negative values apart from its negative ones (which are errors of
 * their own). When both fit in a {@code long}, the exact value of every sum over a subset of them
 * lies between the two and so fits too; and since {@code long} addition is exact modulo
 * 2<sup>64</sup>, a plain {@code long} sum over any subset, in any order, is then the exact
 * figure. A total that passes the range is reported once, at the record and field where it first
 * does.
 *
 * <pre>{@code
 * import org.engagement.core.internal.SumRangeCheck;
 *
 * List<ValidationIssue> issues = new ArrayList<>();
 * SumRangeCheck totals = SumRangeCheck.reportingTo(issues::add);
 * for (int i = 0; i < data.activities().size(); i++) {
 *   totals.addActivity(data.activities().get(i), i);
 * }
 * }</pre>
 *
 * <p>Internal: exported only to the SDK's own modules. Not thread-safe: one per validation.
 */
public final class SumRangeCheck {

  private final Consumer<ValidationIssue> out;
  private final Total attendance = new Total("the attendance of all activities");
  private final Map<String, Total> demographics = new HashMap<>();
  private final Map<String, Total> membership = new HashMap<>();
  private final Map<String, Total> populations = new HashMap<>();

  private SumRangeCheck(Consumer<ValidationIssue> out) {
    this.out = out;
  }

  /**
   * Returns empty totals that report each total passing the range of a {@code long} to
   * {@code out}.
   *
   * @param out receives the issues, not null
   * @return new totals
   * @throws NullPointerException if {@code out} is null
   */
  public static SumRangeCheck reportingTo(Consumer<ValidationIssue> out) {
    return new SumRangeCheck(Objects.requireNonNull(out, "out"));
  }

  /**
   * Adds an activity's attendance and demographic counts.
   *
   * @param activity the activity, not null
   * @param index its position among the activities, 0 or more, for the issue's path
   */
  public void addActivity(EngagementActivity activity, int index) {
    RecordPlace at = RecordPlace.of(RecordType.ACTIVITY, index, activity.id());
    activity.attendance().ifPresent(n -> attendance.add(n, at, "attendance"));
    activity.demographics().ifPresent(counts ->
        counts(counts, "activities", demographics, at, "demographics"));
  }

  /**
   * Adds a panel's membership counts.
   *
   * @param panel the panel, not null
   * @param index its position among the panels, 0 or more, for the issue's path
   */
  public void addPanel(Panel panel, int index) {
    RecordPlace at = RecordPlace.of(RecordType.PANEL, index, panel.id());
    panel.membershipDemographics().ifPresent(counts ->
        counts(counts, "panel memberships", membership, at, "membershipDemographics"));
  }

  /**
   * Adds a reference population's counts.
   *
   * @param population the population, not null
   * @param index its position among the reference populations, 0 or more, for the issue's path
   */
  public void addReferencePopulation(ReferencePopulation population, int index) {
    RecordPlace at = RecordPlace.of(RecordType.REFERENCE_POPULATION, index, population.id());
    Total total = populations.computeIfAbsent(population.dimension(),
        k -> new Total("the population counts of " + k + " of all reference populations"));
    population.counts().forEach((category, n) -> total.add(n, at, "counts", category));
  }

  private void counts(DemographicCounts counts, String records, Map<String, Total> totals,
      RecordPlace at,
      String field) {
    List<DimensionCounts> dims = counts.dimensions();
    for (int i = 0; i < dims.size(); i++) {
      DimensionCounts dim = dims.get(i);
      Total total = totals.computeIfAbsent(dim.dimension(),
          k -> new Total("the counts of " + k + " of all " + records));
      int index = i;
      dim.counts().forEach((category, n) ->
          total.add(n, at, field, "dimensions", index, "counts", category));
      total.add(dim.notStated(), at, field, "dimensions", index, "notStated");
    }
  }

  /** A running total of one kind, reported at most once. */
  private final class Total {
    private final String what;
    private long positive;
    private long negative;
    private boolean reported;

    Total(String what) {
      this.what = what;
    }

    void add(Long value, RecordPlace at, Object... field) {
      if (reported || value == null) {
        return;
      }
      try {
        if (value >= 0) {
          positive = Math.addExact(positive, value);
        } else {
          negative = Math.addExact(negative, value);
        }
      } catch (ArithmeticException e) {
        reported = true;
        out.accept(ValidationIssue.of(ValidationCode.SUM_OUT_OF_RANGE, at.path(field),
            what + " pass " + Long.MAX_VALUE + ", the largest total a long holds, at this count"
                + " of " + value + ": no total over areas could be represented"));
      }
    }
  }
}
