package org.engagement.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * CSV tables (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, a
 * quote or a line break) of scorecards and measure results, one figure per line, with disclosure
 * control applied ({@link DisclosureControl#standard()} unless told otherwise).
 *
 * <pre>{@code
 * String csv = CsvTables.of(scorecard);
 * // area,name,level,measure,status,score,numerator,denominator,base,base_kind,rating,suppressed,reason,score_note,rating_note
 * // E09000022,Lambeth,BOROUGH,M1,SCORED,0.625,15,24,24,DENOMINATOR,ADEQUATE,NONE,
 * }</pre>
 *
 * <p>Scores are written in full precision ({@link Double#toString}); a suppressed figure has an
 * empty score and rating, its base kept, and PRIMARY or SECONDARY in {@code suppressed}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CsvTables {

  private static final String CRLF = "\r\n";

  private CsvTables() {}

  /**
   * A scorecard with the default disclosure control.
   *
   * @param card the scorecard, not null
   * @return the CSV with a header line, never null
   */
  public static String of(Scorecard card) {
    return of(card, DisclosureControl.standard());
  }

  /**
   * A scorecard: one line per area and measure, the total's lines first.
   *
   * @param card the scorecard, not null
   * @param control the disclosure control, not null
   * @return the CSV with a header line, never null
   */
  public static String of(Scorecard card, DisclosureControl control) {
    Suppression[][] suppression = Published.suppression(card, control);
    List<ScorecardRow> rows = Published.rows(card);
    StringBuilder out = new StringBuilder();
    out.append(
        line(List.of("area", "name", "level", "measure", "status", "score", "numerator",
            "denominator", "base", "base_kind", "rating", "suppressed", "reason", "score_note",
            "rating_note")));
    for (int r = 0; r < rows.size(); r++) {
      ScorecardRow row = rows.get(r);
      for (int c = 0; c < row.results().size(); c++) {
        MeasureResult result = row.results().get(c);
        boolean withheld = suppression[r][c] != Suppression.NONE;
        List<String> cells = new ArrayList<>();
        cells.add(row.area().toString());
        cells.add(row.name());
        cells.add(row.level().map(Enum::name).orElse(""));
        cells.add(result.measure());
        cells.add(result.status().name());
        cells.add(withheld || !result.isScored() ? "" : Double.toString(result.score().getAsDouble()));
        // a count of people (§10) is withheld with the figure: numerator, denominator and base
        boolean people = withheld && result.baseKind() == BaseKind.PARTICIPANTS;
        cells.add(people ? "" : number(result.numerator()));
        cells.add(people ? "" : number(result.denominator()));
        cells.add(people ? "" : Long.toString(result.base()));
        cells.add(result.baseKind().name());
        cells.add(withheld ? "" : result.rating().name());
        cells.add(suppression[r][c].name());
        cells.add(withheld ? Published.withheldReason(result, suppression[r][c], control)
            : result.reason().orElse(""));
        cells.add(withheld ? "" : result.scoreNote().orElse(""));
        cells.add(withheld ? "" : result.ratingNote().orElse(""));
        out.append(line(cells));
      }
    }
    return out.toString();
  }

  /** The rating, what the score rests on when it is less than all, and why it has no grade. */
  private static String scoreNoteOf(MeasureResult result) {
    return result.rating().name()
        + result.scoreNote().map(n -> " (" + n + ")").orElse("")
        + result.ratingNote().map(n -> "; " + n).orElse("");
  }

  /**
   * A measure result with the default disclosure control.
   *
   * @param result the result, not null
   * @return the CSV with a header line, never null
   */
  public static String of(MeasureResult result) {
    return of(result, DisclosureControl.standard());
  }

  /**
   * A measure result: one line per indicator, after a line for the score itself.
   *
   * @param result the result, not null
   * @param control the disclosure control, not null
   * @return the CSV with a header line, never null
   */
  public static String of(MeasureResult result, DisclosureControl control) {
    StringBuilder out = new StringBuilder();
    out.append(line(List.of("measure", "area", "period", "as_of", "name", "kind", "value",
        "survey_base", "suppressed", "note")));
    String area = result.scope().area().toString();
    String period = result.scope().period().toString();
    String asOf = result.scope().asOf().toString();
    Suppression headline = Published.suppression(result, control);
    out.append(line(List.of(result.measure(), area, period, asOf, "score", "SHARE",
        headline != Suppression.NONE || !result.isScored()
            ? "" : Double.toString(result.score().getAsDouble()),
        result.baseKind() == BaseKind.SURVEY_ANSWERS ? Long.toString(result.base()) : "",
        headline.name(),
        // a suppressed figure's rating band would disclose it: withhold it with the value
        headline != Suppression.NONE ? "" : result.reason().orElse(scoreNoteOf(result)))));
    for (Indicator indicator : result.indicators()) {
      boolean withheld = indicator.withheldBy(control);
      String value =
          withheld || indicator.value().isEmpty()
              ? ""
              : indicator.kind() == IndicatorKind.COUNT
                  ? Long.toString(Math.round(indicator.value().getAsDouble()))
                  : Double.toString(indicator.value().getAsDouble());
      out.append(line(List.of(result.measure(), area, period, asOf, indicator.label(),
          indicator.kind().name(), value, number(indicator.surveyBase()),
          (withheld ? Suppression.PRIMARY : Suppression.NONE).name(),
          indicator.note().orElse(""))));
    }
    return out.toString();
  }

  /**
   * CSV lines of any figures (RFC 4180, CRLF line ends, fields quoted as needed). Other
   * renderers (such as the survey tables) use it so that every published table reads alike.
   *
   * @param lines the lines, the header first, not null
   * @return the CSV, never null
   */
  public static String lines(List<List<String>> lines) {
    StringBuilder out = new StringBuilder();
    lines.forEach(l -> out.append(line(l)));
    return out.toString();
  }

  private static String number(OptionalLong value) {
    return value.isPresent() ? Long.toString(value.getAsLong()) : "";
  }

  private static String line(List<String> cells) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(cells.get(i)));
    }
    return out.append(CRLF).toString();
  }

  private static String quote(String field) {
    if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
      return '"' + field.replace("\"", "\"\"") + '"';
    }
    return field;
  }
}
