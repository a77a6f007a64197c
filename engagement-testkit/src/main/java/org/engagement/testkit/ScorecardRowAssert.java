package org.engagement.testkit;

import org.assertj.core.api.AbstractAssert;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.ScorecardRow;

/**
 * Assertions on one {@link ScorecardRow}, in the AssertJ style; get one from
 * {@link ScorecardAssert#row(String)}.
 */
public final class ScorecardRowAssert extends AbstractAssert<ScorecardRowAssert, ScorecardRow> {

  ScorecardRowAssert(ScorecardRow actual) {
    super(actual, ScorecardRowAssert.class);
  }

  /**
   * Verifies that the row has a result for a measure and gives it.
   *
   * @param measure the measure id, e.g. {@code "M1"}, not null
   * @return an assertion on the result
   * @throws AssertionError if the row has none; the message lists the measures it has
   */
  public MeasureResultAssert result(String measure) {
    isNotNull();
    MeasureResult result = actual.result(measure).orElse(null);
    if (result == null) {
      failWithMessage("%s", "Expected a result for " + measure + " in the row of "
          + actual.area() + " but it has "
          + actual.results().stream().map(MeasureResult::measure).toList());
    }
    return new MeasureResultAssert(result);
  }
}
