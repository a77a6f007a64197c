package org.engagement.measures.methods;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.engagement.measures.DisclosureControl;
import org.engagement.measures.MarkdownTables;

/**
 * The published rendering of a {@link MethodReport} (docs/spec/measures.md §8): Markdown tables
 * of use, voice, influence and cost per method and per mode × openness, and the methods that best
 * reach each under-represented community. Groups with few activities are marked "few
 * activities" and listed last; a representation ratio resting on a demographic count from 1 to
 * 4 is withheld (§1 disclosure control).
 *
 * <pre>{@code
 * String md = MethodTables.markdown(MethodAnalysis.standard().evaluate(data, scope),
 *     DisclosureControl.standard());
 * }</pre>
 */
public final class MethodTables {

  private MethodTables() {}

  /**
   * The report as Markdown.
   *
   * @param report the report, not null
   * @param control the disclosure control, not null
   * @return the Markdown, ending with a newline, never null
   */
  public static String markdown(MethodReport report, DisclosureControl control) {
    StringBuilder out = new StringBuilder();
    out.append("By method:\n\n").append(groups(report.methods()));
    out.append("\nBy mode × openness:\n\n").append(groups(report.modeOpenness()));
    out.append("\nMethods that best reach each under-represented community (r = representation "
        + "ratio among the method's participants, basis ")
        .append(report.basis().map(Enum::name).orElse("none"))
        .append("; ranked from ΣO ≥ ").append(report.minimumReachBase()).append("):\n\n");
    List<List<String>> rows = new ArrayList<>();
    for (BestReach best : report.bestReach()) {
      List<String> ranked = new ArrayList<>();
      for (RankedGroup g : best.ranking()) {
        String ratio = control.suppressesCount(g.observed())
            ? "r withheld, count <" + control.demographicMinimumCount()
            : "r " + String.format(Locale.ROOT, "%.2f", g.ratio());
        ranked.add(g.method() + (g.fewActivities() ? " (few activities)" : "") + " (" + ratio
            + ", ΣO " + g.observedTotal() + ")");
      }
      rows.add(List.of(best.dimension() + "/" + best.category(),
          ranked.isEmpty() ? "no method with ΣO ≥ " + report.minimumReachBase()
              : String.join("; ", ranked)));
    }
    if (rows.isEmpty()) {
      out.append("No community is under-represented in the scope's M3.\n");
    } else {
      out.append(MarkdownTables.table(List.of("Community", "Methods, best first"), rows));
    }
    out.append("\nA group with fewer than ").append(report.fewActivities())
        .append(" activities is marked \"few activities\" and listed last. Costs in pounds.\n");
    return out.toString();
  }

  private static String groups(List<MethodGroup> groups) {
    List<MethodGroup> ordered = new ArrayList<>(groups);
    ordered.sort(Comparator.comparing(MethodGroup::fewActivities));
    List<List<String>> rows = new ArrayList<>();
    for (MethodGroup g : ordered) {
      rows.add(List.of(
          g.key() + (g.fewActivities() ? " (few activities)" : ""),
          Long.toString(g.activities()),
          Long.toString(g.attendance()),
          number(g.inputsPer100Attendees(), "%.1f"),
          Long.toString(g.inputs()),
          g.recorded() + " (" + number(g.recordedShare(), "%.2f") + ")",
          g.responded() + " (" + number(g.respondedShare(), "%.2f") + ")",
          pounds(Optional.of(g.cost())),
          pounds(g.costPerAttendee()),
          pounds(g.costPerInput()),
          pounds(g.costPerRecordedInput())));
    }
    return MarkdownTables.table(
        List.of("Group", "Activities", "Attendance", "Inputs per 100", "Inputs", "Recorded",
            "Responded", "Cost", "Per attendee", "Per input", "Per recorded input"),
        rows);
  }

  private static String number(OptionalDouble value, String format) {
    return value.isPresent() ? String.format(Locale.ROOT, format, value.getAsDouble()) : "n/a";
  }

  private static String pounds(Optional<BigDecimal> amount) {
    return amount.map(a -> a.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString())
        .orElse("n/a");
  }
}
