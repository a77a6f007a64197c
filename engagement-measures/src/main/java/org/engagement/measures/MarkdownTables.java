package org.engagement.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Markdown tables of scorecards and measure results, for reports and issue trackers, with
 * disclosure control applied ({@link DisclosureControl#standard()} unless told otherwise).
 *
 * <pre>{@code
 * String md = MarkdownTables.of(scorecard);
 * // ### Scorecard: E09000022 Lambeth, 2012-04-01/2013-03-31, as of 2013-03-31
 * //
 * // | Area | Name | M1 Due consideration | ... |
 * // |---|---|---|---|
 * // | **E09000022** | **Lambeth** | 0.6250 (15/24) ADEQUATE | ... |
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class MarkdownTables {

  private MarkdownTables() {}

  /**
   * A scorecard with the default disclosure control.
   *
   * @param card the scorecard, not null
   * @return the Markdown, ending with a newline, never null
   */
  public static String of(Scorecard card) {
    return of(card, DisclosureControl.standard());
  }

  /**
   * A scorecard: a heading, one table row per area (the total first) and one column per
   * measure, then notes stating what was suppressed and that ratings are conventions.
   *
   * @param card the scorecard, not null
   * @param control the disclosure control, not null
   * @return the Markdown, ending with a newline, never null
   */
  public static String of(Scorecard card, DisclosureControl control) {
    Suppression[][] suppression = Published.suppression(card, control);
    List<ScorecardRow> rows = Published.rows(card);
    StringBuilder out = new StringBuilder();
    out.append("### Scorecard: ").append(card.total().area()).append(' ')
        .append(escape(card.total().name())).append(", ").append(card.scope().period())
        .append(", as of ").append(card.scope().asOf()).append("\n\n");
    List<String> header = new ArrayList<>(List.of("Area", "Name"));
    card.total().results().forEach(r -> header.add(r.measure() + " " + r.title()));
    out.append(line(header));
    out.append(line(header.stream().map(h -> "---").toList()));
    for (int r = 0; r < rows.size(); r++) {
      ScorecardRow row = rows.get(r);
      List<String> cells = new ArrayList<>();
      cells.add(r == 0 ? "**" + row.area() + "**" : row.area().toString());
      cells.add(r == 0 ? "**" + row.name() + "**" : row.name());
      for (int c = 0; c < row.results().size(); c++) {
        cells.add(Published.cell(row.results().get(c), suppression[r][c]));
      }
      out.append(line(cells));
    }
    out.append('\n');
    for (String note : Published.notes(card, suppression, control)) {
      out.append(escape(note)).append("\n\n");
    }
    return out.toString().stripTrailing() + "\n";
  }

  /**
   * A measure result with the default disclosure control.
   *
   * @param result the result, not null
   * @return the Markdown, ending with a newline, never null
   */
  public static String of(MeasureResult result) {
    return of(result, DisclosureControl.standard());
  }

  /**
   * A measure result: heading, score and rating, a table of its indicators, its evidence and
   * its gaps (the first ten of each, then how many more; the JSON form carries them all).
   *
   * @param result the result, not null
   * @param control the disclosure control, not null
   * @return the Markdown, ending with a newline, never null
   */
  public static String of(MeasureResult result, DisclosureControl control) {
    StringBuilder out = new StringBuilder();
    out.append("### ").append(result.measure()).append(' ').append(escape(result.title()))
        .append(": ").append(result.scope().area()).append(", ").append(result.scope().period())
        .append(", as of ").append(result.scope().asOf()).append("\n\n");
    Suppression suppression = Published.suppression(result, control);
    if (suppression != Suppression.NONE) {
      out.append("**Score:** ").append(Published.cell(result, suppression)).append("\n\n");
    } else if (result.isScored()) {
      out.append("**Score:** ").append(Published.cell(result, Suppression.NONE))
          .append(" (base ").append(result.base()).append(")\n\n");
      result.ratingNote().ifPresent(
          n -> out.append("**Rating:** ").append(escape(n)).append("\n\n"));
    } else {
      out.append("**Not assessable:** ").append(escape(result.reason().orElse(""))).append("\n\n");
    }
    out.append(line(List.of("Indicator", "Value")));
    out.append(line(List.of("---", "---")));
    for (Indicator indicator : result.indicators()) {
      out.append(line(List.of(escape(indicator.label()), Published.indicator(indicator, control))));
    }
    out.append("\n**Evidence (").append(result.evidence().size()).append("):** ")
        .append(result.evidence().isEmpty() ? "none" : escape(MeasureResult.first(result.evidence())))
        .append("\n\n**Gaps (").append(result.gaps().size()).append("):** ")
        .append(result.gaps().isEmpty() ? "none" : escape(MeasureResult.first(result.gaps())))
        .append("\n\n").append(Published.CONVENTIONS).append('\n');
    return out.toString();
  }

  /**
   * A Markdown table of any figures: the header, its separator and one line per row, every
   * cell escaped. Other renderers (such as the survey tables) use it so that every published
   * table reads alike.
   *
   * @param header the column names, not null
   * @param rows the rows, each with as many cells as the header, not null
   * @return the table, each line ending with a newline, never null
   */
  public static String table(List<String> header, List<List<String>> rows) {
    StringBuilder out = new StringBuilder(line(header));
    out.append(line(header.stream().map(h -> "---").toList()));
    rows.forEach(row -> out.append(line(row)));
    return out.toString();
  }

  /**
   * Escapes text for a Markdown table cell or paragraph: {@code |} and line breaks.
   *
   * @param text the text, not null
   * @return the escaped text, never null
   */
  public static String escape(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static String line(List<String> cells) {
    StringJoiner out = new StringJoiner(" | ", "| ", " |\n");
    cells.forEach(c -> out.add(escape(c)));
    return out.toString();
  }

}
