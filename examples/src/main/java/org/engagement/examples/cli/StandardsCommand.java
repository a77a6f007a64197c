package org.engagement.examples.cli;

import java.util.concurrent.Callable;
import org.engagement.core.EngagementDataset;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.standards.ComplianceMatrix;
import org.engagement.measures.standards.QualityStandards2012;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code engagement standards FILE}: the compliance matrix of an area against the 2012 MPS
 * Quality Standards for Engagement ({@link QualityStandards2012#catalogue()}).
 */
@Command(name = "standards", mixinStandardHelpOptions = true,
    description = {"Prints the compliance matrix of an area against the "
        + QualityStandards2012.NAME + ": the area as a whole, then each borough or ward a rule"
        + " reports on, one column per rule.",
        "Cells are MET, PARTLY with the attainment, NOT_MET, n/a (not assessable; the reasons"
        + " follow the table) or a dash (the rule does not report that area). The exit code is 0"
        + " whatever the statuses.",
        "The matrix shows statuses and attainments, not counts of people, so the md and csv"
        + " formats have nothing to suppress."})
final class StandardsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "The dataset JSON, or - for standard input.")
  String file = "-";

  @Mixin ScopeOptions scope = new ScopeOptions();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, md or csv: a text grid, a Markdown table, or CSV with one line per"
          + " area and rule (default: ${DEFAULT-VALUE}).")
  TableFormat format = TableFormat.TEXT;

  @Override
  public Integer call() {
    EngagementDataset data = Inputs.readValid(file, EngagementCommand.stdin(spec));
    ComplianceMatrix matrix = ComplianceMatrix.of(
        QualityStandards2012.catalogue(), EvaluationContext.of(data), scope.scope(data));
    String text = switch (format) {
      case TEXT -> matrix.toString();
      case MD -> matrix.toMarkdown();
      case CSV -> matrix.toCsv();
    };
    EngagementCommand.print(spec, text);
    return EngagementCommand.OK;
  }
}
