package org.engagement.testkit;

import org.assertj.core.api.AbstractAssert;
import org.engagement.core.AreaId;
import org.engagement.measures.Scorecard;
import org.engagement.measures.ScorecardRow;

/**
 * Assertions on a {@link Scorecard}, in the AssertJ style.
 *
 * <pre>{@code
 * assertThat(scorecard).row("E05014105").result("M1").isRated(Rating.GOOD);
 * }</pre>
 */
public final class ScorecardAssert extends AbstractAssert<ScorecardAssert, Scorecard> {

  ScorecardAssert(Scorecard actual) {
    super(actual, ScorecardAssert.class);
  }

  /**
   * Verifies that the scorecard has a row for an area (the total or a child) and gives it.
   *
   * @param area the area id, not null
   * @return an assertion on the row
   * @throws AssertionError if there is no such row; the message lists the rows
   */
  public ScorecardRowAssert row(String area) {
    isNotNull();
    ScorecardRow row = actual.row(AreaId.of(area)).orElse(null);
    if (row == null) {
      failWithMessage("%s", "Expected a row for area " + area + " but the rows are "
          + actual.total().area() + " (total) and "
          + actual.rows().stream().map(r -> r.area().toString()).toList());
    }
    return new ScorecardRowAssert(row);
  }

  /**
   * Gives the total row.
   *
   * @return an assertion on the total row
   */
  public ScorecardRowAssert total() {
    isNotNull();
    return new ScorecardRowAssert(actual.total());
  }

  /**
   * Verifies the number of child rows (the total not counted).
   *
   * @param expected the number of rows
   * @return this assertion, for chaining
   * @throws AssertionError if there are more or fewer
   */
  public ScorecardAssert hasRowCount(int expected) {
    isNotNull();
    if (actual.rows().size() != expected) {
      failWithMessage("%s", "Expected " + expected + " rows but the scorecard has "
          + actual.rows().size() + ": " + actual.rows().stream().map(r -> r.area().toString())
              .toList());
    }
    return myself;
  }
}
