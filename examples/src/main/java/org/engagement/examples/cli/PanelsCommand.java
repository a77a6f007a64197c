package org.engagement.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.engagement.core.Scope;
import org.engagement.measures.CsvTables;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.MarkdownTables;
import org.engagement.measures.standards.PanelHealth;
import org.engagement.measures.standards.PanelHealthAssessment;
import org.engagement.measures.stats.Representativeness;
import picocli.CommandLine.Command;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code engagement panels FILE}: panel health per panel, then pooled per borough. */
@Command(name = "panels", mixinStandardHelpOptions = true,
    description = {"Prints the health of each panel of an area and period, then of the panels"
        + " of each borough pooled: active members and councillors, comprehensiveness (required"
        + " member categories present), open meetings, the share of LOCAL priorities,"
        + " follow-through (priorities actioned by --as-of), median days to action, linkage of"
        + " ward panels to the borough's CPEG, and representativeness per dimension.",
        "md and csv (the default is md) print the figures without the representativeness, which"
        + " rests on members' demographic counts: text (the analyst's console view) and json"
        + " (full precision, for programs) have it, nothing suppressed."})
final class PanelsCommand extends AnalysisCommand {

  private static final List<String> HEADER = List.of("Subject", "Area", "Panels",
      "Active members", "Councillors", "Comprehensiveness", "Open", "Local priorities",
      "Follow-through", "Median days to action", "Linkage");

  @Override
  String analyse(EvaluationContext context, Scope scope) {
    PanelHealthAssessment assessment = PanelHealthAssessment.standard();
    List<PanelHealth> panels = assessment.perPanel(context, scope);
    List<PanelHealth> boroughs = assessment.perBorough(context, scope);
    return switch (format.format) {
      case TEXT -> text(panels, boroughs);
      case MD -> "### Panel health: " + scope.area() + ", " + scope.period() + ", as of "
          + scope.asOf() + "\n\nPer panel:\n\n" + MarkdownTables.table(HEADER, rows(panels))
          + "\nPooled per borough:\n\n" + MarkdownTables.table(HEADER, rows(boroughs))
          + "\nShares: n/a when nothing to share. Representativeness: see --format text or"
          + " json.\n";
      case CSV -> csv(panels, boroughs);
      case JSON -> json(scope, panels, boroughs);
    };
  }

  private static String text(List<PanelHealth> panels, List<PanelHealth> boroughs) {
    StringBuilder out = new StringBuilder("Per panel:");
    panels.forEach(p -> out.append("\n  ").append(p));
    out.append(panels.isEmpty() ? " none" : "").append("\nPooled per borough:");
    boroughs.forEach(p -> out.append("\n  ").append(p));
    return out.append(boroughs.isEmpty() ? " none\n" : "\n").toString();
  }

  private static List<List<String>> rows(List<PanelHealth> health) {
    List<List<String>> rows = new ArrayList<>();
    for (PanelHealth h : health) {
      rows.add(List.of(MarkdownTables.escape(h.subject()), h.area().toString(),
          Long.toString(h.panels()), Long.toString(h.activeMembers()),
          Long.toString(h.councillors()), share(h.comprehensiveness(), "%.4f"),
          h.open() + "/" + (h.open() + h.closed()), share(h.localShare(), "%.4f"),
          share(h.followThrough(), "%.4f"), share(h.medianDaysToAction(), "%.1f"),
          share(h.linkage(), "%.4f")));
    }
    return rows;
  }

  private static String share(OptionalDouble value, String format) {
    return value.isPresent() ? String.format(Locale.ROOT, format, value.getAsDouble()) : "n/a";
  }

  private static String csv(List<PanelHealth> panels, List<PanelHealth> boroughs) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(List.of("kind", "subject", "area", "panels", "active_members", "councillors",
        "comprehensiveness", "open", "closed", "local_priorities", "follow_through",
        "median_days_to_action", "linkage"));
    for (String kind : List.of("panel", "borough")) {
      for (PanelHealth h : kind.equals("panel") ? panels : boroughs) {
        lines.add(List.of(kind, h.subject(), h.area().toString(), Long.toString(h.panels()),
            Long.toString(h.activeMembers()), Long.toString(h.councillors()),
            full(h.comprehensiveness()), Long.toString(h.open()), Long.toString(h.closed()),
            full(h.localShare()), full(h.followThrough()), full(h.medianDaysToAction()),
            full(h.linkage())));
      }
    }
    return CsvTables.lines(lines);
  }

  private static String full(OptionalDouble value) {
    return value.isPresent() ? Double.toString(value.getAsDouble()) : "";
  }

  private static String json(Scope scope, List<PanelHealth> panels, List<PanelHealth> boroughs) {
    JsonMapper mapper = FormatOption.mapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("area", scope.area().toString());
    root.put("period", scope.period().toString());
    root.put("asOf", scope.asOf().toString());
    health(root.putArray("panels"), panels);
    health(root.putArray("boroughs"), boroughs);
    return mapper.writeValueAsString(root);
  }

  private static void health(ArrayNode array, List<PanelHealth> health) {
    for (PanelHealth h : health) {
      ObjectNode node = array.addObject();
      node.put("subject", h.subject());
      node.put("area", h.area().toString());
      node.put("panels", h.panels());
      node.put("activeMembers", h.activeMembers());
      node.put("councillors", h.councillors());
      node.put("requiredCategories", h.requiredCategories());
      node.put("presentCategories", h.presentCategories());
      node.put("open", h.open());
      node.put("closed", h.closed());
      node.put("priorities", h.priorities());
      node.put("localPriorities", h.localPriorities());
      node.put("actioned", h.actioned());
      ArrayNode days = node.putArray("daysToAction");
      h.daysToAction().forEach(days::add);
      node.put("wardPanels", h.wardPanels());
      node.put("linkedWardPanels", h.linkedWardPanels());
      number(node, "comprehensiveness", h.comprehensiveness());
      number(node, "localShare", h.localShare());
      number(node, "followThrough", h.followThrough());
      number(node, "medianDaysToAction", h.medianDaysToAction());
      number(node, "linkage", h.linkage());
      ObjectNode membership = node.putObject("membership");
      h.membership().forEach((dimension, counts) -> {
        ObjectNode d = membership.putObject(dimension);
        counts.forEach(d::put);
      });
      ObjectNode representativeness = node.putObject("representativeness");
      h.representativeness().forEach((dimension, r) -> representativeness.put(dimension,
          representativeness(r)));
    }
  }

  private static double representativeness(Representativeness r) {
    return r.representativeness();
  }

  private static void number(ObjectNode node, String name, OptionalDouble value) {
    if (value.isPresent()) {
      node.put(name, value.getAsDouble());
    } else {
      node.putNull(name);
    }
  }
}
