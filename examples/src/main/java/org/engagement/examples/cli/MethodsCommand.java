package org.engagement.examples.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagement.core.Scope;
import org.engagement.json.EngagementJson;
import org.engagement.measures.CsvTables;
import org.engagement.measures.DisclosureControl;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.methods.BestReach;
import org.engagement.measures.methods.MethodAnalysis;
import org.engagement.measures.methods.MethodGroup;
import org.engagement.measures.methods.MethodReport;
import org.engagement.measures.methods.MethodTables;
import org.engagement.measures.methods.RankedGroup;
import picocli.CommandLine.Command;

/** {@code engagement methods FILE}: what works where, by engagement method. */
@Command(name = "methods", mixinStandardHelpOptions = true,
    description = {"Prints the method analysis for an area and period (docs/spec/measures.md"
        + " §8): per method and per mode × openness, the activities, attendance, inputs, how many"
        + " were recorded and responded to, and costs; then the methods that best reach each"
        + " under-represented community.",
        "By default (md) and with csv the output is a published table: a representation ratio on"
        + " a small count is withheld. text is the analyst's console view; json is the method"
        + " report document at full precision. Neither suppresses anything."})
final class MethodsCommand extends AnalysisCommand {

  @Override
  String analyse(EvaluationContext context, Scope scope) {
    MethodAnalysis analysis = MethodAnalysis.standard();
    MethodReport report = analysis.result(context, scope,
        analysis.partial(context, scope, context.dataset().subtree(scope.area())));
    DisclosureControl control = DisclosureControl.standard();
    return switch (format.format) {
      case TEXT -> report.toString();
      case MD -> MethodTables.markdown(report, control);
      case CSV -> csv(report, control);
      case JSON -> EngagementJson.standard().writeString(report);
    };
  }

  /**
   * The report as CSV: a line per group (table "method" or "mode_openness"), then a line per
   * ranked method of each under-represented community (table "reach").
   */
  static String csv(MethodReport report, DisclosureControl control) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(List.of("table", "group", "activities", "attendance", "inputs", "recorded",
        "responded", "cost", "cost_per_attendee", "cost_per_input",
        "cost_per_recorded_input", "few_activities", "community", "rank", "ratio",
        "observed_total", "suppressed"));
    groups(lines, "method", report.methods());
    groups(lines, "mode_openness", report.modeOpenness());
    for (BestReach best : report.bestReach()) {
      int rank = 0;
      for (RankedGroup g : best.ranking()) {
        boolean withheld = control.suppressesCount(g.observed());
        lines.add(List.of("reach", g.method(), "", "", "", "", "", "", "", "", "",
            Boolean.toString(g.fewActivities()), best.dimension() + "/" + best.category(),
            Integer.toString(++rank), withheld ? "" : Double.toString(g.ratio()),
            Long.toString(g.observedTotal()), withheld ? "PRIMARY" : "NONE"));
      }
    }
    return CsvTables.lines(lines);
  }

  private static void groups(List<List<String>> lines, String table, List<MethodGroup> groups) {
    for (MethodGroup g : groups) {
      lines.add(List.of(table, g.key(), Long.toString(g.activities()),
          Long.toString(g.attendance()), Long.toString(g.inputs()), Long.toString(g.recorded()),
          Long.toString(g.responded()), g.cost().toPlainString(), pounds(g.costPerAttendee()),
          pounds(g.costPerInput()), pounds(g.costPerRecordedInput()),
          Boolean.toString(g.fewActivities()), "", "", "", "", "NONE"));
    }
  }

  private static String pounds(Optional<BigDecimal> amount) {
    return amount.map(BigDecimal::toPlainString).orElse("");
  }
}
