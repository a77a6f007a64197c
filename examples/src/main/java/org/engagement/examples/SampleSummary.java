package org.engagement.examples;

import java.io.PrintStream;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.ValidationReport;
import org.engagement.measures.Scorecard;
import org.engagement.measures.outcome.OutcomeMeasures;

/**
 * The program the executable jar runs, the README's main job: builds the bundled sample dataset,
 * validates it, prints the scorecard of the five outcome measures for the borough and each of its
 * wards, then how many records of each type each area holds and the validation report.
 *
 * <pre>{@code
 * $ java -jar examples/target/engagement-examples.jar
 * Sample dataset: Lambeth, financial year 2012/13 (2012-04-01/2013-03-31), synthetic
 *
 * | area | M1 | M2 | M3 | M4 | M5 |
 * ...
 * area                                stakeholders  hardToHearGroups  ...
 * London (E12000007)                             0                 0  ...
 * ...
 * ValidationReport: valid, 0 errors, 0 warnings
 * }</pre>
 *
 * <p>The scorecard is printed as a published table: survey figures on too small a base are
 * suppressed (MEASURES.md §1 disclosure control). It prints counts and figures only, never the
 * content of a record. The exit status is 0 when the dataset
 * is valid and 1 when the report has errors. Command-line arguments are ignored.
 */
public final class SampleSummary {

  private SampleSummary() {}

  /**
   * Prints the summary of the sample dataset to standard output and exits with 0 when it is
   * valid, 1 when it is not.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.exit(run(System.out));
  }

  /**
   * Prints the summary of the sample dataset and its validation report.
   *
   * @param out where to print, not null
   * @return the exit status: 0 when the dataset is valid, 1 when the report has errors
   */
  static int run(PrintStream out) {
    out.println("Sample dataset: Lambeth, financial year 2012/13 (" + SampleData.YEAR
        + "), synthetic");
    out.println();
    EngagementDataset data = SampleData.lambeth();
    Scorecard card = OutcomeMeasures.standard()
        .scorecard(data, Scope.of(SampleData.LAMBETH, SampleData.YEAR), AreaLevel.WARD);
    out.println(card.toMarkdown());
    return summarise(data, out);
  }

  /**
   * Prints the per-area counts of a dataset and its validation report.
   *
   * @param dataset the dataset, not null; it need not be valid
   * @param out where to print, not null
   * @return the exit status: 0 when the dataset is valid, 1 when the report has errors
   */
  static int summarise(EngagementDataset dataset, PrintStream out) {
    ValidationReport report = DatasetValidator.standard().validate(dataset);
    out.print(DatasetSummary.of(dataset).render());
    out.println();
    out.println(report);
    out.flush();
    return report.isValid() ? 0 : 1;
  }
}
