package org.engagement.testkit;

import org.engagement.core.EngagementDataset;
import org.engagement.core.validation.ValidationReport;
import org.engagement.json.ReadResult;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.Scorecard;
import org.engagement.measures.ScorecardRow;
import org.engagement.measures.standards.RuleResult;

/**
 * The entry point of the test kit's assertions, in the AssertJ style. Import it statically next to
 * (or instead of) AssertJ's {@code Assertions}: the overloads do not clash.
 *
 * <pre>{@code
 * import static org.engagement.testkit.EngagementAssertions.assertThat;
 *
 * assertThat(report).hasErrorCount(1).hasError(ValidationCode.UNKNOWN_REFERENCE)
 *     .at("/inputs/1/activity");
 * assertThat(result).hasScore(0.58, within(1e-9)).isRated(Rating.GOOD);
 * }</pre>
 */
public final class EngagementAssertions {

  private EngagementAssertions() {}

  /**
   * Starts assertions on a validation report.
   *
   * @param actual the report
   * @return the assertion, never null
   */
  public static ValidationReportAssert assertThat(ValidationReport actual) {
    return new ValidationReportAssert(actual);
  }

  /**
   * Starts assertions on what reading a JSON document gave.
   *
   * @param actual the read result
   * @return the assertion, never null
   */
  public static ReadResultAssert assertThat(ReadResult actual) {
    return new ReadResultAssert(actual);
  }

  /**
   * Starts assertions on a dataset.
   *
   * @param actual the dataset
   * @return the assertion, never null
   */
  public static DatasetAssert assertThat(EngagementDataset actual) {
    return new DatasetAssert(actual);
  }

  /**
   * Starts assertions on a measure result.
   *
   * @param actual the result
   * @return the assertion, never null
   */
  public static MeasureResultAssert assertThat(MeasureResult actual) {
    return new MeasureResultAssert(actual);
  }

  /**
   * Starts assertions on a scorecard.
   *
   * @param actual the scorecard
   * @return the assertion, never null
   */
  public static ScorecardAssert assertThat(Scorecard actual) {
    return new ScorecardAssert(actual);
  }

  /**
   * Starts assertions on one row of a scorecard.
   *
   * @param actual the row
   * @return the assertion, never null
   */
  public static ScorecardRowAssert assertThat(ScorecardRow actual) {
    return new ScorecardRowAssert(actual);
  }

  /**
   * Starts assertions on the result of one standards rule.
   *
   * @param actual the rule result
   * @return the assertion, never null
   */
  public static RuleResultAssert assertThat(RuleResult actual) {
    return new RuleResultAssert(actual);
  }
}
