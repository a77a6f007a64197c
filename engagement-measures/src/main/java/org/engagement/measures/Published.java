package org.engagement.measures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.engagement.core.AreaId;

/**
 * What the published renderings share: which cells disclosure control withholds, how a cell
 * reads, and the notes that state what was suppressed.
 */
final class Published {

  static final String CONVENTIONS =
      "Ratings follow each measure's rating scale; the default thresholds (OUTSTANDING 0.90, "
          + "GOOD 0.75, ADEQUATE 0.60, REQUIRES_IMPROVEMENT 0.40) and minimum bases (10 for "
          + "ratio measures, 30 for M3 and M5) are conventions of this SDK, not policy of any "
          + "police authority. n/a: not assessable. Chi-square p-values are descriptive: "
          + "attendances are not independent draws.";

  private Published() {}

  /** Every row of a scorecard, the total first. */
  static List<ScorecardRow> rows(Scorecard card) {
    List<ScorecardRow> all = new ArrayList<>();
    all.add(card.total());
    all.addAll(card.rows());
    return all;
  }

  /**
   * The suppression of each cell, [row][measure], rows as {@link #rows}: survey measures'
   * cells are suppressed on a small base, and the rows below the total secondarily.
   */
  static Suppression[][] suppression(Scorecard card, DisclosureControl control) {
    List<ScorecardRow> rows = rows(card);
    int columns = card.measures().size();
    Suppression[][] out = new Suppression[rows.size()][columns];
    for (int c = 0; c < columns; c++) {
      MeasureResult total = card.total().results().get(c);
      boolean survey = total.baseKind() == BaseKind.SURVEY_ANSWERS;
      boolean totalWithheld = control.withholds(total);
      out[0][c] = totalWithheld ? Suppression.PRIMARY : Suppression.NONE;
      if (!survey) {
        // counts of people (§10) are withheld one by one; other kinds are never withheld
        for (int r = 1; r < rows.size(); r++) {
          boolean withheld = control.withholds(rows.get(r).results().get(c));
          out[r][c] = withheld ? Suppression.PRIMARY : Suppression.NONE;
        }
        continue;
      }
      List<Long> bases = new ArrayList<>();
      for (int r = 1; r < rows.size(); r++) {
        MeasureResult result = rows.get(r).results().get(c);
        bases.add(survey && result.isScored() ? result.base() : 0L);
      }
      List<Suppression> below = control.suppress(bases, !totalWithheld);
      for (int r = 1; r < rows.size(); r++) {
        out[r][c] = below.get(r - 1);
      }
    }
    return out;
  }

  /** Whether a single result's headline is withheld. */
  static Suppression suppression(MeasureResult result, DisclosureControl control) {
    return control.withholds(result) ? Suppression.PRIMARY : Suppression.NONE;
  }

  /** A cell: score (numerator/denominator) rating, n/a, or the suppression with its base. */
  static String cell(MeasureResult r, Suppression suppression) {
    if (suppression != Suppression.NONE && r.baseKind() == BaseKind.PARTICIPANTS) {
      return "SUPPRESSED (few participants)";
    }
    switch (suppression) {
      case PRIMARY:
        return "SUPPRESSED (base " + r.base() + ")";
      case SECONDARY:
        return "SUPPRESSED (secondary, base " + r.base() + ")";
      default:
        break;
    }
    if (!r.isScored()) {
      return "n/a";
    }
    StringBuilder out = new StringBuilder(score(r));
    if (r.numerator().isPresent() && r.denominator().isPresent()) {
      out.append(" (").append(r.numerator().getAsLong()).append('/')
          .append(r.denominator().getAsLong()).append(')');
    }
    return out.append(' ').append(r.rating()).toString();
  }

  /** The score to four decimals, with what it rests on when that is less than all (M3). */
  static String score(MeasureResult r) {
    return r.formattedScore();
  }

  /** An indicator's published value: withheld when its survey base is small. */
  static String indicator(Indicator indicator, DisclosureControl control) {
    if (indicator.surveyBase().isPresent() && control.suppresses(indicator.surveyBase().getAsLong())) {
      return "SUPPRESSED (base " + indicator.surveyBase().getAsLong() + ")";
    }
    if (indicator.withheldBy(control)) {
      return "SUPPRESSED (count <" + control.demographicMinimumCount() + ")";
    }
    return indicator.formattedValue();
  }

  /**
   * Why a cell was withheld, in the words of the notes under a table.
   *
   * @return {@code base below 30}, {@code secondary suppression}, or empty for a cell shown
   */
  static String withheldReason(
      MeasureResult result, Suppression suppression, DisclosureControl control) {
    if (suppression == Suppression.PRIMARY && result.baseKind() == BaseKind.PARTICIPANTS) {
      return "a count of participants below " + control.demographicMinimumCount();
    }
    return withheldReason(suppression, control);
  }

  /** Why a cell of a record- or survey-based measure was withheld. */
  static String withheldReason(Suppression suppression, DisclosureControl control) {
    return switch (suppression) {
      case PRIMARY -> "base below " + control.surveyMinimumBase();
      case SECONDARY -> "secondary suppression";
      case NONE -> "";
    };
  }

  /** The notes under a scorecard: what was suppressed, and the conventions. */
  static List<String> notes(Scorecard card, Suppression[][] suppression, DisclosureControl control) {
    List<ScorecardRow> rows = rows(card);
    List<String> withheld = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < card.measures().size(); c++) {
        if (suppression[r][c] != Suppression.NONE) {
          withheld.add(card.measures().get(c) + " for " + rows.get(r).area() + " ("
              + withheldReason(rows.get(r).results().get(c), suppression[r][c], control) + ")");
        }
      }
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        withheld.isEmpty()
            ? "Suppressed: nothing (survey figures need an unweighted base of at least "
                + control.surveyMinimumBase() + ")."
            : "Suppressed: " + String.join("; ", withheld) + ".");
    notAssessable(card, rows).ifPresent(notes::add);
    notes.add(CONVENTIONS);
    return notes;
  }

  /** A measure and one reason it is not assessable: the key of the n/a note. */
  private record MeasureReason(String measure, String reason) {}

  /** How many areas a note names for one reason before it says how many more there are. */
  private static final int AREAS_NAMED = 6;

  /**
   * The note that says why the n/a cells are not assessable: per measure and reason, in table
   * order, the areas it applies to.
   */
  private static Optional<String> notAssessable(Scorecard card, List<ScorecardRow> rows) {
    Map<MeasureReason, List<AreaId>> byReason = new LinkedHashMap<>();
    for (int c = 0; c < card.measures().size(); c++) {
      for (ScorecardRow row : rows) {
        MeasureResult result = row.results().get(c);
        if (!result.isScored()) {
          MeasureReason key = new MeasureReason(card.measures().get(c),
              result.reason().orElse("no reason given"));
          byReason.computeIfAbsent(key, k -> new ArrayList<>()).add(row.area());
        }
      }
    }
    if (byReason.isEmpty()) {
      return Optional.empty();
    }
    List<String> items = new ArrayList<>();
    byReason.forEach((key, areas) -> {
      String named = areas.stream().limit(AREAS_NAMED).map(AreaId::toString)
          .collect(Collectors.joining(", "));
      if (areas.size() > AREAS_NAMED) {
        named += " and " + (areas.size() - AREAS_NAMED) + " more";
      }
      items.add(key.measure() + " for " + named + " (" + key.reason() + ")");
    });
    return Optional.of("Not assessable (n/a): " + String.join("; ", items) + ".");
  }
}
