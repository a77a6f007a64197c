package org.engagement.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.ValidationReport;
import org.engagement.measures.Comparison;
import org.engagement.measures.DisclosureControl;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.Scorecard;
import org.engagement.measures.ScorecardComparison;
import org.engagement.measures.loop.ClosingTheLoopMeasure;
import org.engagement.measures.loop.RepeatParticipationMeasure;
import org.engagement.measures.outcome.OutcomeMeasures;

/**
 * The program the executable jar runs, the README's main job: builds the bundled sample dataset,
 * validates it, prints the scorecard of the five outcome measures for the borough and each of its
 * wards in the latest year, then the previous year's, then how the borough's scores changed,
 * then how many records of each type each area holds and the validation report.
 *
 * <pre class="language-shell">{@code
 * $ java -jar examples/target/engagement-examples.jar
 * Sample dataset: Lambeth and its 21 wards, financial years 2011/12 and 2012/13 (2011-04-01/2013-03-31), synthetic
 *
 * ### Scorecard: E09000022 Lambeth, 2012-04-01/2013-03-31, as of 2013-03-31
 * | Area | Name | M1 Due consideration | ...
 * ...
 * ### Scorecard: E09000022 Lambeth, 2011-04-01/2012-03-31, as of 2012-03-31
 * ...
 * Change in the borough's scores, 2011/12 to 2012/13:
 * M1 Due consideration: 0.5200 to 0.5812 (+0.0612)
 * ...
 * area                                stakeholders  hardToHearGroups  ...
 * London (E12000007)                             0                 0  ...
 * ...
 * ValidationReport: valid, 0 errors, 0 warnings
 * }</pre>
 *
 * <p>The scorecards are printed as published tables: survey figures on too small a base are
 * suppressed (docs/spec/measures.md §1 disclosure control), and so is the change of a borough score
 * that a scorecard suppresses. It prints counts and figures only, never the content of a record.
 * The exit status is 0 when the dataset is valid and 1 when the report has errors. Command-line
 * arguments are ignored.
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
    EngagementDataset data = SampleData.lambeth();
    out.println("Sample dataset: Lambeth and its "
        + data.areasAtLevel(SampleData.LAMBETH, AreaLevel.WARD).size()
        + " wards, financial years 2011/12 and 2012/13 (" + SampleData.YEARS + "), synthetic");
    out.println();
    EvaluationContext context = EvaluationContext.of(data);
    Scorecard latest = scorecard(context, SampleData.YEAR);
    Scorecard previous = scorecard(context, SampleData.PREVIOUS_YEAR);
    out.println(latest.toMarkdown());
    out.println(previous.toMarkdown());
    out.println("Change in the borough's scores, 2011/12 to 2012/13:");
    for (MeasureResult after : latest.total().results()) {
      out.println(change(previous.total().result(after.measure()).orElseThrow(), after));
    }
    out.println();
    questions(context, latest, out);
    out.println();
    return summarise(data, out);
  }

  /**
   * The analyst's questions of 2012/13 in a few lines: closing the loop, repeat participation,
   * and the wards whose ratio measures differ significantly from the rest of the borough.
   */
  private static void questions(EvaluationContext context, Scorecard latest, PrintStream out) {
    Scope year = Scope.of(SampleData.LAMBETH, SampleData.YEAR);
    out.println("The analyst's questions, 2012/13 (docs/closing-the-loop.md,"
        + " docs/repeat-participation.md, docs/comparisons-and-trends.md):");
    for (MeasureResult r : List.of(ClosingTheLoopMeasure.standard().evaluate(context, year),
        RepeatParticipationMeasure.standard().evaluate(context, year))) {
      out.println(r.measure() + " " + r.title() + ": " + (published(r) ? r.headline() : figure(r)));
    }
    Map<String, List<String>> differing = new TreeMap<>();
    for (Comparison c : ScorecardComparison.of(latest).significant()) {
      differing.computeIfAbsent(c.measure() + " " + c.verdict(), k -> new ArrayList<>())
          .add(latest.row(c.b().scope().area()).map(row -> row.name())
              .orElse(c.b().scope().area().value()));
    }
    differing.forEach((key, areas) -> out.println(
        "Wards " + key.substring(key.indexOf(' ') + 1).toLowerCase(Locale.ROOT)
            + " the rest of Lambeth on " + key.substring(0, key.indexOf(' ')) + ": "
            + String.join(", ", areas)));
  }

  private static Scorecard scorecard(EvaluationContext context, Period year) {
    return OutcomeMeasures.standard()
        .scorecard(context, Scope.of(SampleData.LAMBETH, year), AreaLevel.WARD);
  }

  /**
   * One line: {@code M1 Due consideration: 0.5200 to 0.5812 (+0.0612)}; "suppressed" for a side
   * below its minimum base, "n/a" for one that is not assessable.
   */
  private static String change(MeasureResult before, MeasureResult after) {
    String line = after.measure() + " " + after.title() + ": " + figure(before) + " to "
        + figure(after);
    if (published(before) && published(after)) {
      line += String.format(Locale.ROOT, " (%+.4f)",
          after.score().getAsDouble() - before.score().getAsDouble());
    }
    return line;
  }

  private static boolean published(MeasureResult result) {
    return result.score().isPresent() && !DisclosureControl.standard().withholds(result);
  }

  private static String figure(MeasureResult result) {
    if (result.score().isEmpty()) {
      return "n/a";
    }
    return published(result)
        ? result.formattedScore()
        : "suppressed";
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
