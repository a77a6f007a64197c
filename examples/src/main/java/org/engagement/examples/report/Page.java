package org.engagement.examples.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the report's template shows: everything already in its published form (disclosure control
 * applied), as text, with the charts as SVG elements.
 *
 * @param title the page's title
 * @param area the area's id
 * @param areaName the area's name
 * @param period the period
 * @param asOf the as-of date
 * @param version the program's version line
 * @param scorecardHeader the measures' headings, e.g. {@code M1 Due consideration}
 * @param scorecard the scorecard's rows, the area's own first
 * @param scorecardNotes the notes under the scorecard: what was suppressed, the conventions
 * @param sections the sections after the scorecard, in order
 */
record Page(String title, String area, String areaName, String period, String asOf,
    String version, List<String> scorecardHeader, List<ScoreRow> scorecard,
    List<String> scorecardNotes, List<Section> sections) {

  /**
   * One row of the scorecard.
   *
   * @param area the area's id
   * @param name the area's name
   * @param total whether this is the area of the report itself
   * @param cells one cell per measure
   */
  record ScoreRow(String area, String name, boolean total, List<ScoreCell> cells) {}

  /**
   * One published cell of the scorecard.
   *
   * @param measure the measure's code
   * @param score the score to four decimals, or empty when withheld or not assessable
   * @param note what the score rests on, or empty
   * @param counts the numerator and denominator, e.g. {@code 179/308}, or empty
   * @param rating the rating, or empty when withheld
   * @param suppressed NONE, PRIMARY or SECONDARY
   * @param text the cell's words when it has no score: {@code SUPPRESSED (base 19)}, {@code n/a}
   */
  record ScoreCell(String measure, String score, String note, String counts, String rating,
      String suppressed, String text) {

    /** {@return the CSS class of the rating, e.g. {@code r-good}} */
    String ratingClass() {
      return rating.isEmpty() ? "r-none" : "r-" + rating.toLowerCase(java.util.Locale.ROOT)
          .replace('_', '-');
    }

    /** {@return the rating for people: {@code REQUIRES IMPROVEMENT}} */
    String ratingText() {
      return rating.replace('_', ' ');
    }
  }

  /**
   * A section of the report.
   *
   * @param id the anchor
   * @param heading the heading
   * @param lead what the section shows, one paragraph
   * @param figures the charts, each with its table
   * @param blocks further published text and tables
   */
  record Section(String id, String heading, String lead, List<Figure> figures,
      List<Block> blocks) {}

  /**
   * A chart with its caption and its table alternative.
   *
   * @param id the chart's id, also its {@code data-chart}
   * @param heading the chart's heading
   * @param svg the SVG element
   * @param width the chart's width in CSS pixels
   * @param height the chart's height in CSS pixels
   * @param caption what the chart shows and what it rests on
   * @param table the same figures as a table
   */
  record Figure(String id, String heading, String svg, int width, int height, String caption,
      Table table) {}

  /**
   * A table.
   *
   * @param header the column headings
   * @param rows the rows
   */
  record Table(List<String> header, List<List<Cell>> rows) {

    /** {@return whether a column holds figures: its first row's cell does} */
    boolean numeric(int column) {
      return !rows.isEmpty() && rows.get(0).size() > column && rows.get(0).get(column).numeric();
    }
  }

  /**
   * A table cell.
   *
   * @param text the published text
   * @param key what the figure is, for programs reading the page ({@code data-key}), or null
   * @param numeric whether the cell holds a figure (set right-aligned)
   */
  record Cell(String text, @Nullable String key, boolean numeric) {

    static Cell text(String text) {
      return new Cell(text, null, false);
    }

    static Cell figure(String text, @Nullable String key) {
      return new Cell(text, key, true);
    }

    /** {@return the CSS class of a standard's status, or empty for other text} */
    String css() {
      if (text.equals("MET")) {
        return "s-met";
      }
      if (text.equals("NOT_MET")) {
        return "s-not";
      }
      if (text.startsWith("PARTLY")) {
        return "s-partly";
      }
      if (text.equals("NOT_ASSESSABLE") || text.equals("n/a")) {
        return "s-na";
      }
      return text.equals("—") ? "s-none" : "";
    }
  }

  /**
   * A block of published text: a heading, a paragraph, a list or a table.
   *
   * @param kind {@code h}, {@code p}, {@code ul} or {@code table}
   * @param text the heading's or paragraph's text
   * @param items the list's items
   * @param table the table, or null
   */
  record Block(String kind, String text, List<String> items, @Nullable Table table) {}
}
