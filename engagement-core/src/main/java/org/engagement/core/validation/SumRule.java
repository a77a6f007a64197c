package org.engagement.core.validation;

import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.core.internal.SumRangeCheck;

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
 * first does. The totals are {@link SumRangeCheck}, which a validator that reads a file record by
 * record adds to as it reads.
 */
final class SumRule implements DatasetRule {

  @Override
  public String name() {
    return "sums";
  }

  @Override
  public void check(EngagementDataset d, Issues out, RecordPass pass) {
    SumRangeCheck totals = SumRangeCheck.reportingTo(out::add);
    pass.indexed(d.activities(), RecordType.ACTIVITY, totals::addActivity);
    pass.indexed(d.panels(), RecordType.PANEL, totals::addPanel);
    pass.indexed(d.referencePopulations(), RecordType.REFERENCE_POPULATION,
        totals::addReferencePopulation);
  }
}
