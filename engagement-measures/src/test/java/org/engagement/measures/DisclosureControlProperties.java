package org.engagement.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Secondary suppression (docs/spec/measures.md §1): beside a published total, a breakdown never
 * withholds exactly one cell, so no withheld value can be recovered by subtraction.
 */
class DisclosureControlProperties {

  @Property(tries = 500)
  void suppress_besideAShownTotal_neverWithholdsExactlyOneCell(
      @ForAll @Size(max = 10) List<@LongRange(min = 0, max = 80) Long> bases,
      @ForAll @IntRange(min = 0, max = 50) int surveyBase,
      @ForAll @IntRange(min = 0, max = 10) int count) {
    DisclosureControl control = DisclosureControl.of(surveyBase, count);
    long total = bases.stream().mapToLong(Long::longValue).sum();
    assertNeverOne(bases, control.suppress(bases, !control.suppresses(total)), control.suppresses(total));
    assertNeverOne(bases, control.suppressCounts(bases, !control.suppressesCount(total)),
        control.suppressesCount(total));
  }

  private static void assertNeverOne(List<Long> bases, List<Suppression> out, boolean totalWithheld) {
    assertThat(out).hasSameSizeAs(bases);
    long withheld = 0;
    for (int i = 0; i < bases.size(); i++) {
      // A cell without a figure is never withheld.
      if (bases.get(i) == 0) {
        assertThat(out.get(i)).isEqualTo(Suppression.NONE);
      }
      withheld += out.get(i) == Suppression.NONE ? 0 : 1;
    }
    if (!totalWithheld) {
      assertThat(withheld).isNotEqualTo(1);
    }
  }

  @Property(tries = 200)
  void suppress_withoutATotal_withholdsOnlyThePrimaryCells(
      @ForAll @Size(max = 10) List<@LongRange(min = 0, max = 80) Long> bases) {
    DisclosureControl control = DisclosureControl.standard();
    List<Suppression> out = control.suppress(bases, false);
    for (int i = 0; i < bases.size(); i++) {
      assertThat(out.get(i) == Suppression.PRIMARY).isEqualTo(control.suppresses(bases.get(i)));
      assertThat(out.get(i)).isNotEqualTo(Suppression.SECONDARY);
    }
  }
}
