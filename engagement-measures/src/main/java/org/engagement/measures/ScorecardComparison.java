package org.engagement.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.engagement.core.AreaId;
import org.immutables.value.Value;

/**
 * Every row of a {@link Scorecard} against the rest of the scorecard's scope area, per ratio
 * measure (docs/spec/measures.md §11): a borough sees at a glance which wards differ
 * significantly from the rest of the borough.
 *
 * <pre>{@code
 * Scorecard card = OutcomeMeasures.standard().scorecard(data, scope, AreaLevel.WARD);
 * ScorecardComparison vs = ScorecardComparison.of(card);
 * vs.comparison(wardA, "M1");   // Optional[M1: the ward against the rest of the borough]
 * vs.significant();            // the comparisons whose verdict is ABOVE or BELOW
 * }</pre>
 *
 * <p>By the merge law the rest's numerator and denominator are the total's minus the row's,
 * which equals the measure's partial over the rest's areas. Measures without a numerator and
 * denominator (M3, M5, survey figures) have no comparison.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScorecardComparison {

  /** The marks of the published table: B above the rest, below it. */
  static final String ABOVE = "▲";

  static final String BELOW = "▼";

  ScorecardComparison() {}

  /**
   * Compares each row of a scorecard with the rest of its scope area.
   *
   * @param card the scorecard, not null
   * @return the comparisons, rows in order and measures in column order, never null
   */
  public static ScorecardComparison of(Scorecard card) {
    ImmutableScorecardComparison.Builder out = ImmutableScorecardComparison.builder().scorecard(card);
    for (ScorecardRow row : card.rows()) {
      for (int c = 0; c < card.measures().size(); c++) {
        MeasureResult total = card.total().results().get(c);
        MeasureResult own = row.results().get(c);
        if (total.denominator().isEmpty() || own.denominator().isEmpty()) {
          continue;
        }
        ComparisonSide area = Comparison.side(Comparison.label(own.scope()), own);
        ComparisonSide rest =
            ComparisonSide.of(
                Comparison.restLabel(card.scope().area(), own.scope()),
                card.scope(),
                total.numerator().getAsLong() - area.numerator(),
                total.denominator().getAsLong() - area.denominator());
        out.addComparisons(Comparison.of(own.measure(), own.title(), rest, area));
      }
    }
    return out.build();
  }

  /** {@return the scorecard compared, never null} */
  public abstract Scorecard scorecard();

  /** {@return every row's comparison per ratio measure, rows in order, never null} */
  public abstract List<Comparison> comparisons();

  /**
   * The comparison of one row and measure.
   *
   * @param area the row's area, not null
   * @param measure the measure's code, not null
   * @return the comparison, empty when there is no such row or the measure is not a ratio one
   */
  public Optional<Comparison> comparison(AreaId area, String measure) {
    return comparisons().stream()
        .filter(c -> c.b().scope().area().equals(area) && c.measure().equals(measure))
        .findFirst();
  }

  /** {@return the comparisons whose verdict is ABOVE or BELOW, in order, never null} */
  public List<Comparison> significant() {
    return comparisons().stream().filter(Comparison::isSignificant).toList();
  }

  /**
   * The published Markdown with the default disclosure control.
   *
   * @return the Markdown, ending with a newline, never null
   */
  public String markdown() {
    return markdown(DisclosureControl.standard());
  }

  /**
   * The published Markdown: the scorecard's table, then a table of each row against the rest of
   * the scope area — per ratio measure the difference B − A with its 95% Newcombe interval,
   * marked ▲ when significantly above the rest and ▼ when below; a
   * row that differs on any measure is set in bold.
   *
   * @param control the disclosure control of the scorecard's table, not null
   * @return the Markdown, ending with a newline, never null
   */
  public String markdown(DisclosureControl control) {
    Scorecard card = scorecard();
    StringBuilder out = new StringBuilder(MarkdownTables.of(card, control));
    List<String> measures = new ArrayList<>();
    for (MeasureResult r : card.total().results()) {
      if (r.denominator().isPresent()) {
        measures.add(r.measure());
      }
    }
    out.append("\n### Each ").append(card.level().map(l -> l.name().toLowerCase(Locale.ROOT))
            .orElse("area"))
        .append(" against the rest of ").append(card.total().area()).append("\n\n");
    if (measures.isEmpty() || card.rows().isEmpty()) {
      return out.append("No ratio measure or no rows to compare.\n").toString();
    }
    List<String> header = new ArrayList<>(List.of("Area", "Name"));
    measures.forEach(m -> header.add(m + " B − A [95% interval]"));
    List<List<String>> rows = new ArrayList<>();
    for (ScorecardRow row : card.rows()) {
      List<String> cells = new ArrayList<>();
      boolean differs = false;
      for (String m : measures) {
        Optional<Comparison> c = comparison(row.area(), m);
        differs |= c.map(Comparison::isSignificant).orElse(false);
        cells.add(c.map(ScorecardComparison::cell).orElse("n/a"));
      }
      cells.add(0, differs ? "**" + row.name() + "**" : row.name());
      cells.add(0, differs ? "**" + row.area() + "**" : row.area().toString());
      rows.add(cells);
    }
    out.append(MarkdownTables.table(header, rows)).append('\n')
        .append("B is the row's area, A the rest of ").append(card.total().area())
        .append(" (its records outside the row's area), same period; ")
        .append(ABOVE).append(" significantly above the rest, ").append(BELOW)
        .append(" below it (95% Newcombe interval excluding 0, docs/spec/measures.md §11);"
            + " n/a: no records on one side.\n");
    return out.toString();
  }

  private static String cell(Comparison c) {
    if (c.change().isEmpty()) {
      return "n/a";
    }
    String mark = switch (c.verdict()) {
      case ABOVE -> ABOVE + " ";
      case BELOW -> BELOW + " ";
      default -> "";
    };
    var change = c.change().get();
    return mark + String.format(Locale.ROOT, "%+.2f [%.2f, %.2f]", unsignedZero(
        change.difference()), unsignedZero(change.interval().lower()),
        unsignedZero(change.interval().upper()));
  }

  /** A figure that rounds to 0.00 is written +0.00, never -0.00. */
  private static double unsignedZero(double x) {
    return Math.abs(x) < 0.005 ? 0.0 : x;
  }

  /**
   * Returns one line per comparison, without disclosure control.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("each row against the rest of ")
        .append(scorecard().total().area());
    for (Comparison c : comparisons()) {
      out.append("\n  ").append(c.b().scope().area()).append(' ').append(c.measure()).append(' ')
          .append(c.change().map(ch -> String.format(Locale.ROOT, "%+.4f %s", ch.difference(),
              ch.interval())).orElse("")).append(' ').append(c.verdict());
    }
    return out.toString();
  }
}
