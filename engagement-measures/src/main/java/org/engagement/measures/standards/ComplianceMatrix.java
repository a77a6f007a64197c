package org.engagement.measures.standards;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.measures.CsvTables;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.MarkdownTables;

/**
 * A catalogue's results for people: areas as rows, rules as columns. The first row is the scope
 * area with each rule's overall status; then come, in the area tree's order, the areas of the
 * scope's subtree that a rule reports on (boroughs for per-borough rules, wards for per-ward
 * rules). A cell is {@code MET}, {@code PARTLY 0.50}, {@code NOT_MET}, {@code n/a} (not
 * assessable; the reasons are listed) or {@code —} (the rule does not report that area).
 *
 * <pre>{@code
 * ComplianceMatrix m = ComplianceMatrix.of(QualityStandards2012.catalogue(), data, scope);
 * System.out.println(m);                 // a text grid
 * String md = m.toMarkdown();            // a Markdown table with the reasons below it
 * String csv = m.toCsv();                // one line per area and rule
 * }</pre>
 *
 * <p>The matrix shows statuses and attainments, not counts of people, so disclosure control has
 * nothing to withhold. This class is immutable and thread-safe.
 */
public final class ComplianceMatrix {

  private final String catalogue;
  private final Scope scope;
  private final List<RuleResult> results;
  private final List<Area> rows;

  private ComplianceMatrix(String catalogue, Scope scope, List<RuleResult> results, List<Area> rows) {
    this.catalogue = catalogue;
    this.scope = scope;
    this.results = results;
    this.rows = rows;
  }

  /**
   * Evaluates a catalogue for a scope, every rule with the one {@code context}.
   *
   * @param catalogue the catalogue, not null
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @return the matrix, never null
   */
  public static ComplianceMatrix of(Catalogue catalogue, EvaluationContext context, Scope scope) {
    return of(catalogue.name(), context.dataset(), scope, catalogue.evaluate(context, scope));
  }

  /**
   * Evaluates a catalogue for a scope, with a new {@link EvaluationContext} of {@code data}: this
   * call indexes the whole dataset. For more than one call, build the context once and use
   * {@link #of(Catalogue, EvaluationContext, Scope)}.
   *
   * @param catalogue the catalogue, not null
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @return the matrix, never null
   */
  public static ComplianceMatrix of(Catalogue catalogue, EngagementDataset data, Scope scope) {
    return of(catalogue, EvaluationContext.of(data), scope);
  }

  /**
   * Lays out results already evaluated for one scope.
   *
   * @param name the catalogue's name, not blank
   * @param data the dataset the results were evaluated on, not null
   * @param scope the scope, not null
   * @param results the results in column order, each for {@code scope}, not null
   * @return the matrix, never null
   * @throws IllegalArgumentException if a result is for another scope
   */
  public static ComplianceMatrix of(
      String name, EngagementDataset data, Scope scope, List<RuleResult> results) {
    Set<AreaId> reported = new HashSet<>();
    for (RuleResult r : results) {
      if (!r.scope().equals(scope)) {
        throw new IllegalArgumentException(
            "result scope must be the matrix scope " + scope.area() + ": " + r.rule());
      }
      r.areas().forEach(a -> reported.add(a.area()));
    }
    List<Area> rows = new ArrayList<>();
    rows.add(areaOf(data, scope.area()));
    Deque<AreaId> stack = new ArrayDeque<>();
    Set<AreaId> seen = new HashSet<>();
    seen.add(scope.area());
    List<AreaId> first = new ArrayList<>(data.children(scope.area()));
    Collections.sort(first, Collections.reverseOrder());
    first.forEach(stack::push);
    while (!stack.isEmpty()) {
      AreaId next = stack.pop();
      if (!seen.add(next)) {
        continue;
      }
      if (reported.contains(next)) {
        rows.add(areaOf(data, next));
      }
      List<AreaId> children = new ArrayList<>(data.children(next));
      Collections.sort(children, Collections.reverseOrder());
      children.forEach(stack::push);
    }
    return new ComplianceMatrix(name, scope, List.copyOf(results), List.copyOf(rows));
  }

  private static Area areaOf(EngagementDataset data, AreaId id) {
    return data.area(id)
        .orElseGet(() -> Area.builder().id(id).name(id.value())
            .level(org.engagement.core.AreaLevel.FORCE).build());
  }

  /**
   * The catalogue's name.
   *
   * @return the name, never blank
   */
  public String catalogue() {
    return catalogue;
  }

  /** {@return the scope evaluated, never null} */
  public Scope scope() {
    return scope;
  }

  /** {@return the results, one per column, never null} */
  public List<RuleResult> results() {
    return results;
  }

  /**
   * The rows' areas: the scope area, then the areas reported on in tree order.
   *
   * @return the ids
   */
  public List<AreaId> areas() {
    return rows.stream().map(Area::id).toList();
  }

  /**
   * One cell.
   *
   * @param area the row's area, not null
   * @param rule the column's rule id, not null
   * @return the cell text, e.g. {@code MET}; empty when the matrix has no such row or column
   */
  public Optional<String> cell(AreaId area, String rule) {
    if (!areas().contains(area)) {
      return Optional.empty();
    }
    return results.stream().filter(r -> r.rule().equals(rule)).findFirst()
        .map(r -> cell(r, area, area.equals(scope.area())));
  }

  private static String cell(RuleResult r, AreaId area, boolean overall) {
    if (overall) {
      if (r.attainment().isEmpty()) {
        return "n/a";
      }
      return text(r.status(), r.attainment().getAsDouble());
    }
    return r.area(area).map(a -> text(a.status(), a.attainment())).orElse("—");
  }

  private static String text(RuleStatus status, double attainment) {
    return status == RuleStatus.PARTLY_MET
        ? String.format(Locale.ROOT, "PARTLY %.2f", attainment)
        : status.name();
  }

  private List<List<String>> grid() {
    List<List<String>> out = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("Area", "Name"));
    results.forEach(r -> header.add(r.rule()));
    out.add(header);
    for (Area area : rows) {
      List<String> line = new ArrayList<>(List.of(area.id().value(), area.name()));
      for (RuleResult r : results) {
        line.add(cell(r, area.id(), area.id().equals(scope.area())));
      }
      out.add(line);
    }
    return out;
  }

  private List<String> reasons() {
    List<String> out = new ArrayList<>();
    for (RuleResult r : results) {
      r.reason().ifPresent(reason -> out.add(r.rule() + ": " + reason));
    }
    return out;
  }

  private String heading() {
    return catalogue + " — " + scope.area() + " " + scope.period() + " as of " + scope.asOf();
  }

  /**
   * A Markdown table with a heading, and the reasons of the rules not assessable below it.
   *
   * @return the Markdown, ending with a newline, never null
   */
  public String toMarkdown() {
    StringBuilder out = new StringBuilder("### ").append(MarkdownTables.escape(heading()))
        .append("\n\n");
    List<List<String>> grid = grid();
    out.append(MarkdownTables.table(grid.get(0), grid.subList(1, grid.size())));
    List<String> reasons = reasons();
    if (!reasons.isEmpty()) {
      out.append("\n**Not assessable:**\n\n");
      reasons.forEach(r -> out.append("- ").append(MarkdownTables.escape(r)).append('\n'));
    }
    out.append("\nCells: MET, PARTLY (attainment), NOT_MET, n/a (not assessable), — (not reported"
        + " for that area). The first row is the scope as a whole.\n");
    return out.toString();
  }

  /**
   * A CSV table (RFC 4180, CRLF line ends), one line per area and rule:
   * {@code area,name,rule,status,attainment,reason}; the attainment in full precision, empty
   * when not assessable or not reported.
   *
   * @return the CSV with a header line, never null
   */
  public String toCsv() {
    List<List<String>> lines = new ArrayList<>();
    lines.add(List.of("area", "name", "rule", "status", "attainment", "reason"));
    for (Area area : rows) {
      boolean overall = area.id().equals(scope.area());
      for (RuleResult r : results) {
        String status;
        String attainment;
        if (overall) {
          status = r.status().name();
          attainment = r.attainment().isPresent() ? Double.toString(r.attainment().getAsDouble()) : "";
        } else {
          Optional<AreaAttainment> a = r.area(area.id());
          if (a.isEmpty()) {
            continue;
          }
          status = a.get().status().name();
          attainment = Double.toString(a.get().attainment());
        }
        lines.add(List.of(area.id().value(), area.name(), r.rule(), status, attainment,
            overall ? r.reason().orElse("") : ""));
      }
    }
    return CsvTables.lines(lines);
  }

  /**
   * A text grid with aligned columns, and the reasons of the rules not assessable.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    List<List<String>> grid = grid();
    int[] width = new int[grid.get(0).size()];
    for (List<String> line : grid) {
      for (int i = 0; i < line.size(); i++) {
        width[i] = Math.max(width[i], line.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder(heading());
    for (List<String> line : grid) {
      StringJoiner joined = new StringJoiner("  ", "\n", "");
      for (int i = 0; i < line.size(); i++) {
        joined.add(String.format(Locale.ROOT, "%-" + width[i] + "s", line.get(i)));
      }
      out.append(joined.toString().stripTrailing());
    }
    List<String> reasons = reasons();
    if (!reasons.isEmpty()) {
      out.append("\nnot assessable:");
      reasons.forEach(r -> out.append("\n  ").append(r));
    }
    return out.toString();
  }
}
