package org.engagement.examples.cli;

import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.json.CatalogueJson;
import org.engagement.json.JsonProblem;
import org.engagement.json.JsonReadException;
import org.engagement.measures.CsvTables;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Gap;
import org.engagement.measures.MarkdownTables;
import org.engagement.measures.standards.AreaAttainment;
import org.engagement.measures.standards.Catalogue;
import org.engagement.measures.standards.ComplianceMatrix;
import org.engagement.measures.standards.QualityStandards2012;
import org.engagement.measures.standards.Rule;
import org.engagement.measures.standards.RuleResult;
import org.engagement.measures.standards.RuleStatus;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code engagement standards FILE}: the compliance matrix of an area against the 2012 MPS
 * Quality Standards for Engagement ({@link QualityStandards2012#catalogue()}) or a catalogue of
 * the user's own ({@code --catalogue}, read by {@link CatalogueJson}), then each promise
 * explained.
 */
@Command(name = "standards", mixinStandardHelpOptions = true,
    description = {"Prints the compliance matrix of an area against the "
        + QualityStandards2012.NAME + ", or against your own catalogue with --catalogue: the"
        + " area as a whole, then each borough or ward a rule"
        + " reports on, one column per rule; then each promise explained: its id, title, status,"
        + " attainment, the counts behind it (areas met of those reported, evidence records,"
        + " gaps), the reason when it is not met or not assessable, and its first gaps.",
        "Cells are MET, PARTLY with the attainment, NOT_MET, n/a (not assessable; the reasons"
        + " follow the table) or a dash (the rule does not report that area). The exit code is 0"
        + " whatever the statuses.",
        "The output shows statuses, attainments and counts of records, not counts of people, so"
        + " the md and csv formats have nothing to suppress. csv has one line per area and rule;"
        + " json has every promise with all its areas, evidence and gaps at full precision.",
        "A catalogue is a JSON document of declarative rules (share, count, commitment,"
        + " narrative, allOf; docs/standards.md): a catalogue that cannot be read exits with"
        + " code 2 and names the place (JSON Pointer, line:column) and the rule."})
final class StandardsCommand implements Callable<Integer> {

  /** How many gaps the text, md and csv formats show per promise. */
  static final int FIRST_GAPS = 3;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "The dataset JSON, or - for standard input.")
  String file = "-";

  @Mixin ScopeOptions scope = new ScopeOptions();

  @Option(names = "--catalogue", paramLabel = "CATALOGUE",
      description = "A JSON catalogue of your own rules, e.g."
          + " examples/catalogues/scottish-national-standards.json (default: the 2012 MPS"
          + " Quality Standards).")
  @Nullable String catalogue;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, md, csv or json: a text grid, a Markdown table, CSV with one line"
          + " per area and rule, or a JSON document (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.TEXT;

  @Override
  public Integer call() {
    Catalogue rules = catalogue == null ? QualityStandards2012.catalogue() : catalogue(catalogue);
    EngagementDataset data = Inputs.readValid(spec, file);
    Scope s = scope.scope(data);
    EvaluationContext context = EvaluationContext.of(data);
    Progress progress = EngagementCommand.progress(spec);
    List<RuleResult> results = new ArrayList<>();
    for (Rule rule : rules.rules()) {
      results.add(rule.evaluate(context, s));
      progress.evaluated("rules", results.size(), rules.rules().size());
    }
    ComplianceMatrix matrix = ComplianceMatrix.of(rules.name(), data, s, results);
    String text = switch (format) {
      case TEXT -> matrix + "\n\n" + promisesText(matrix);
      case MD -> matrix.toMarkdown() + "\n" + promisesMarkdown(matrix);
      case CSV -> csv(matrix, data);
      case JSON -> json(matrix);
    };
    EngagementCommand.print(spec, text);
    return EngagementCommand.OK;
  }

  /** Reads a catalogue file; one that cannot be read is exit code 2, with the place and rule. */
  private static Catalogue catalogue(String file) {
    try {
      return CatalogueJson.read(Path.of(file));
    } catch (JsonReadException e) {
      JsonProblem p = e.problem();
      throw new CommandFailure(EngagementCommand.UNREADABLE, "cannot read catalogue " + file
          + ": " + p.code() + " at " + (p.pointer().isEmpty() ? "the document" : p.pointer())
          + ", line " + p.line() + ", column " + p.column() + ": " + p.message());
    } catch (UncheckedIOException e) {
      throw new CommandFailure(EngagementCommand.UNREADABLE, "cannot read catalogue " + file
          + ": " + Inputs.why(e.getCause()));
    } catch (InvalidPathException e) {
      throw new CommandFailure(EngagementCommand.UNREADABLE, "cannot read catalogue " + file
          + ": not a file name");
    }
  }

  /** The areas a result reports, met of reported, e.g. {@code 3/16}; empty when none. */
  private static String areas(RuleResult r) {
    if (r.areas().isEmpty()) {
      return "";
    }
    long met = r.areas().stream().filter(a -> a.status() == RuleStatus.MET).count();
    return met + "/" + r.areas().size();
  }

  private static String attainment(RuleResult r) {
    return r.attainment().isPresent()
        ? String.format(Locale.ROOT, "%.4f", r.attainment().getAsDouble()) : "n/a";
  }

  /** Why a promise is not met: the reason when not assessable, else the requirement. */
  private static String why(RuleResult r) {
    if (r.status() == RuleStatus.MET) {
      return "";
    }
    return r.reason().orElseGet(() -> r.requirement().map(q -> "requirement: " + q).orElse(""));
  }

  private static String firstGaps(RuleResult r) {
    String shown = r.gaps().stream().limit(FIRST_GAPS).map(Gap::toString)
        .collect(Collectors.joining("; "));
    return r.gaps().size() > FIRST_GAPS
        ? shown + "; … and " + (r.gaps().size() - FIRST_GAPS) + " more" : shown;
  }

  /** Each promise on a few lines. */
  static String promisesText(ComplianceMatrix matrix) {
    StringBuilder out = new StringBuilder("Promises:");
    for (RuleResult r : matrix.results()) {
      out.append("\n").append(r.rule()).append("  ").append(r.title()).append("\n  ")
          .append(r.status()).append(", attainment ").append(attainment(r));
      if (!r.areas().isEmpty()) {
        out.append(", areas met ").append(areas(r));
      }
      out.append(", evidence ").append(r.evidence().size()).append(", gaps ")
          .append(r.gaps().size());
      String why = why(r);
      if (!why.isEmpty()) {
        out.append("\n  ").append(why);
      }
      if (!r.gaps().isEmpty()) {
        out.append("\n  first gaps: ").append(firstGaps(r));
      }
    }
    return out.append('\n').toString();
  }

  /** Each promise as a row of a Markdown table. */
  static String promisesMarkdown(ComplianceMatrix matrix) {
    List<List<String>> rows = new ArrayList<>();
    for (RuleResult r : matrix.results()) {
      rows.add(List.of(r.rule(), MarkdownTables.escape(r.title()), r.status().name(),
          attainment(r), areas(r), Integer.toString(r.evidence().size()),
          Integer.toString(r.gaps().size()), MarkdownTables.escape(why(r)),
          MarkdownTables.escape(firstGaps(r))));
    }
    return "#### Promises\n\n" + MarkdownTables.table(List.of("Promise", "Title", "Status",
        "Attainment", "Areas met", "Evidence", "Gaps", "Reason", "First gaps"), rows);
  }

  /** One line per area and rule: the scope as a whole first, with the promise's counts. */
  static String csv(ComplianceMatrix matrix, EngagementDataset data) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(List.of("area", "name", "rule", "title", "status", "attainment", "areas_met",
        "areas_reported", "evidence", "gaps", "reason", "first_gaps"));
    for (AreaId id : matrix.areas()) {
      String name = data.area(id).map(a -> a.name()).orElse("");
      boolean overall = id.equals(matrix.scope().area());
      for (RuleResult r : matrix.results()) {
        if (overall) {
          long met = r.areas().stream().filter(a -> a.status() == RuleStatus.MET).count();
          lines.add(List.of(id.value(), name, r.rule(), r.title(), r.status().name(),
              r.attainment().isPresent() ? Double.toString(r.attainment().getAsDouble()) : "",
              r.areas().isEmpty() ? "" : Long.toString(met),
              r.areas().isEmpty() ? "" : Integer.toString(r.areas().size()),
              Integer.toString(r.evidence().size()), Integer.toString(r.gaps().size()),
              why(r), firstGaps(r)));
        } else {
          r.area(id).ifPresent(a -> lines.add(List.of(id.value(), name, r.rule(), r.title(),
              a.status().name(), Double.toString(a.attainment()), "", "", "", "", "", "")));
        }
      }
    }
    return CsvTables.lines(lines);
  }

  /** Every promise with all its areas, evidence and gaps, at full precision. */
  static String json(ComplianceMatrix matrix) {
    JsonMapper mapper = FormatOption.mapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("catalogue", matrix.catalogue());
    root.put("area", matrix.scope().area().toString());
    root.put("period", matrix.scope().period().toString());
    root.put("asOf", matrix.scope().asOf().toString());
    ArrayNode promises = root.putArray("promises");
    for (RuleResult r : matrix.results()) {
      ObjectNode p = promises.addObject();
      p.put("id", r.rule());
      p.put("title", r.title());
      p.put("status", r.status().name());
      if (r.attainment().isPresent()) {
        p.put("attainment", r.attainment().getAsDouble());
      } else {
        p.putNull("attainment");
      }
      r.requirement().ifPresent(q -> p.put("requirement", q));
      r.reason().ifPresent(q -> p.put("reason", q));
      ArrayNode areas = p.putArray("areas");
      for (AreaAttainment a : r.areas()) {
        ObjectNode node = areas.addObject();
        node.put("area", a.area().toString());
        node.put("attainment", a.attainment());
        node.put("status", a.status().name());
      }
      ArrayNode evidence = p.putArray("evidence");
      r.evidence().forEach(evidence::add);
      ArrayNode gaps = p.putArray("gaps");
      for (Gap g : r.gaps()) {
        gaps.addObject().put("id", g.id()).put("lacks", g.lacks());
      }
    }
    return mapper.writeValueAsString(root);
  }
}
