package org.engagement.core.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.engagement.core.DemographicCounts;
import org.engagement.core.DimensionCounts;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;

/**
 * Totals that measures form by adding records up stay within the range of a {@code long}:
 * the attendance of all activities, per dimension the demographic counts (stated and not stated)
 * of all activities and of all panels' memberships, and per dimension the counts of all reference
 * populations.
 *
 * <p>Each total is taken over the whole dataset, the non-negative values apart from the negative
 * ones (which are errors of their own). When both fit, the exact value of every sum over a
 * subset of them lies between the two and so fits too; and since {@code long} addition is exact
 * modulo 2<sup>64</sup>, a plain {@code long} sum over any subset, in any order, is then the exact
 * figure. A total that passes the range is reported once, at the record and field where it
 * first does.
 */
final class SumRule implements DatasetRule {

  @Override
  public String name() {
    return "sums";
  }

  @Override
  public void check(EngagementDataset d, Issues out) {
    Total attendance = new Total("the attendance of all activities");
    Map<String, Total> demographics = new HashMap<>();
    Issues.each(d.activities(), RecordType.ACTIVITY, a -> a.id(), (a, at) -> {
      a.attendance().ifPresent(n -> attendance.add(n, at, out, "attendance"));
      a.demographics().ifPresent(counts ->
          counts(counts, "activities", demographics, at, out, "demographics"));
    });
    Map<String, Total> membership = new HashMap<>();
    Issues.each(d.panels(), RecordType.PANEL, p -> p.id(), (p, at) ->
        p.membershipDemographics().ifPresent(counts ->
            counts(counts, "panel memberships", membership, at, out, "membershipDemographics")));
    Map<String, Total> populations = new HashMap<>();
    Issues.each(d.referencePopulations(), RecordType.REFERENCE_POPULATION, p -> p.id(),
        (p, at) -> {
          Total total = populations.computeIfAbsent(p.dimension(),
              k -> new Total("the population counts of " + k + " of all reference populations"));
          p.counts().forEach((category, n) -> total.add(n, at, out, "counts", category));
        });
  }

  private static void counts(DemographicCounts counts, String records, Map<String, Total> totals,
      Issues.At at, Issues out, String field) {
    List<DimensionCounts> dims = counts.dimensions();
    for (int i = 0; i < dims.size(); i++) {
      DimensionCounts dim = dims.get(i);
      Total total = totals.computeIfAbsent(dim.dimension(),
          k -> new Total("the counts of " + k + " of all " + records));
      int index = i;
      dim.counts().forEach((category, n) ->
          total.add(n, at, out, field, "dimensions", index, "counts", category));
      total.add(dim.notStated(), at, out, field, "dimensions", index, "notStated");
    }
  }

  /** A running total of one kind, reported at most once. */
  private static final class Total {
    private final String what;
    private long positive;
    private long negative;
    private boolean reported;

    Total(String what) {
      this.what = what;
    }

    void add(Long value, Issues.At at, Issues out, Object... field) {
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
        out.add(ValidationCode.SUM_OUT_OF_RANGE, at.path(field),
            what + " pass " + Long.MAX_VALUE + ", the largest total a long holds, at this count"
                + " of " + value + ": no total over areas could be represented");
      }
    }
  }
}
