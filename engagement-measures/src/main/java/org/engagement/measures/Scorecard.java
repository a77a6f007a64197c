package org.engagement.measures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.immutables.value.Value;

/**
 * Measures for a scope and for each of its areas at a chosen level — every ward of a borough,
 * every borough of the force — with the scope's own row computed from its records by exact
 * roll-up, never by averaging the rows below.
 *
 * <pre>{@code
 * Scorecard card = OutcomeMeasures.standard()
 *     .scorecard(data, Scope.of(AreaId.of("E09000022"), Period.financialYear(2012)), AreaLevel.WARD);
 * System.out.println(card);                 // a text table, one row per ward under the borough
 * card.total().result("M1");                // the borough's M1
 * }</pre>
 *
 * <p>The scope's subtree is split into parts: one per area at the level (its whole subtree) and
 * one for the rest (the scope's area itself and any areas between it and the level). Each part's
 * partial is computed once; a row's result comes from its own partial and the total's from the
 * merge of all of them (docs/spec/measures.md §0, the merge law), so the total equals the measure
 * evaluated on the scope directly. Evidence is looked up across the whole dataset for every row.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scorecard {

  Scorecard() {}

  /**
   * A scorecard of the scope alone, without rows below it.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @param measures the columns, in order, not null
   * @return the scorecard, never null
   */
  public static Scorecard evaluate(
      EvaluationContext context, Scope scope, List<? extends Measure<?>> measures) {
    Card alone = new Card(context.dataset(), scope, Optional.empty(), List.of());
    return build(context, List.of(alone), measures, Evaluation.SEQUENTIAL).get(0);
  }

  /**
   * A scorecard of the scope and of each area at {@code level} in its subtree. Every measure and
   * every part, in parallel too, reads the one {@code context}.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @param level the level of the rows, below the scope area's level
   * @param measures the columns, in order, not null
   * @param evaluation sequential or parallel evaluation of the parts, not null
   * @return the scorecard, never null
   * @throws IllegalArgumentException if {@code level} is not below the level of the scope's
   *     area
   */
  public static Scorecard evaluate(
      EvaluationContext context,
      Scope scope,
      AreaLevel level,
      List<? extends Measure<?>> measures,
      Evaluation evaluation) {
    return build(context, List.of(card(context, scope, level)), measures, evaluation).get(0);
  }

  /**
   * A scorecard of the scope alone, without rows below it, with a new {@link EvaluationContext}
   * of {@code data} shared by its measures: this call indexes the whole dataset. For more than
   * one call, build the context once and use {@link #evaluate(EvaluationContext, Scope, List)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @param measures the columns, in order, not null
   * @return the scorecard, never null
   */
  public static Scorecard evaluate(
      EngagementDataset data, Scope scope, List<? extends Measure<?>> measures) {
    return evaluate(EvaluationContext.of(data), scope, measures);
  }

  /**
   * A scorecard of the scope and of each area at {@code level} in its subtree, with a new
   * {@link EvaluationContext} of {@code data} shared by its measures and parts: this call indexes
   * the whole dataset. For more than one call, build the context once and use
   * {@link #evaluate(EvaluationContext, Scope, AreaLevel, List, Evaluation)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @param level the level of the rows, below the scope area's level
   * @param measures the columns, in order, not null
   * @param evaluation sequential or parallel evaluation of the parts, not null
   * @return the scorecard, never null
   * @throws IllegalArgumentException if {@code level} is not below the level of the scope's
   *     area
   */
  public static Scorecard evaluate(
      EngagementDataset data,
      Scope scope,
      AreaLevel level,
      List<? extends Measure<?>> measures,
      Evaluation evaluation) {
    return evaluate(EvaluationContext.of(data), scope, level, measures, evaluation);
  }

  /**
   * Scorecards of several scopes, each with a row for every area at {@code level} in its
   * subtree — every force of a country by ward, say. In parallel they are evaluated together:
   * the cores share one pool of tasks for all the scorecards and wait for each other twice in
   * all, not twice per scorecard; in sequence one after another. Each scorecard is the one
   * {@link #evaluate(EvaluationContext, Scope, AreaLevel, List, Evaluation)} gives for its scope,
   * to the last bit.
   *
   * @param context the dataset and its indexes, not null
   * @param scopes the scopes, not null; their areas need not be distinct
   * @param level the level of the rows, below the level of every scope's area
   * @param measures the columns, in order, not null
   * @param evaluation sequential or parallel evaluation of the parts, not null
   * @return one scorecard per scope, in the order of {@code scopes}, never null
   * @throws IllegalArgumentException if {@code level} is not below the level of a scope's area
   */
  public static List<Scorecard> evaluateAll(
      EvaluationContext context,
      List<Scope> scopes,
      AreaLevel level,
      List<? extends Measure<?>> measures,
      Evaluation evaluation) {
    List<Card> cards = new ArrayList<>(scopes.size());
    for (Scope scope : scopes) {
      cards.add(card(context, scope, level));
    }
    if (evaluation == Evaluation.PARALLEL) {
      return build(context, cards, measures, evaluation);
    }
    // In sequence, one scorecard after another: its partials are still in the processor's cache
    // when its results are made (all the country's partials first made M4 by ward 1.64 times
    // its hand-written baseline at national size, against 1.36 times scorecard by scorecard).
    List<Scorecard> out = new ArrayList<>(cards.size());
    for (Card card : cards) {
      out.add(build(context, List.of(card), measures, evaluation).get(0));
    }
    return out;
  }

  /**
   * Scorecards of several scopes at several levels at once — every force of a country by
   * borough and by ward, say: for each level in the order given, one scorecard per scope in the
   * order given, the same list as {@link #evaluateAll(EvaluationContext, List, AreaLevel, List,
   * Evaluation)} called once per level and the lists joined, to the last bit, for measures that
   * keep the merge law (docs/spec/measures.md §0), as every measure of the SDK does. Levels may
   * repeat and come in any order. The levels share the records' reading: each measure's partial
   * is computed once for each area of a scope's subtree, every row's partial is the merge of its
   * areas' partials, and a scope's total is computed once for all its levels, so each distinct
   * scope's records are read once however many levels there are, where one call per level reads
   * them once per level. (Where the dataset nests an area under another of the same level, which
   * validation reports as {@code AREA_LEVEL_ORDER}, a level's rows overlap and its total counts
   * the shared records twice, as one call per level does; that level computes its own total.)
   * Since it computes a partial for every area of the subtree, it pays when the levels reach
   * the areas that hold the records (the wards); for levels above them alone (a country by force
   * and by borough), one call per level computes fewer partials and may be quicker.
   *
   * <pre>{@code
   * EvaluationContext context = EvaluationContext.of(data);
   * List<Scope> forces = List.of(Scope.of(AreaId.of("E23000001"), Period.financialYear(2012)));
   * List<Scorecard> cards = Scorecard.evaluateAll(context, forces,
   *     List.of(AreaLevel.BOROUGH, AreaLevel.WARD), OutcomeMeasures.standard().all(),
   *     Evaluation.PARALLEL);   // every force by borough, then every force by ward
   * }</pre>
   *
   * @param context the dataset and its indexes, not null
   * @param scopes the scopes, not null; their areas need not be distinct
   * @param levels the levels of the rows, not null, each below the level of every scope's area
   * @param measures the columns, in order, not null
   * @param evaluation sequential or parallel evaluation of the parts, not null
   * @return {@code levels.size() × scopes.size()} scorecards, level by level, in an
   *     unmodifiable list, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a level is not below the level of a scope's area
   */
  public static List<Scorecard> evaluateAll(
      EvaluationContext context,
      List<Scope> scopes,
      List<AreaLevel> levels,
      List<? extends Measure<?>> measures,
      Evaluation evaluation) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(scopes, "scopes");
    Objects.requireNonNull(levels, "levels");
    Objects.requireNonNull(measures, "measures");
    Objects.requireNonNull(evaluation, "evaluation");
    if (levels.size() == 1) {
      return List.copyOf(evaluateAll(context, scopes, levels.get(0), measures, evaluation));
    }
    // The cards of each distinct scope, every level of it: those share the partials of its areas.
    Map<Scope, List<Integer>> byScope = new LinkedHashMap<>();
    List<Card> cards = new ArrayList<>(levels.size() * scopes.size());
    for (AreaLevel level : levels) {
      for (Scope scope : scopes) {
        byScope.computeIfAbsent(scope, s -> new ArrayList<>()).add(cards.size());
        cards.add(card(context, scope, level));
      }
    }
    List<List<Integer>> groups = new ArrayList<>(byScope.values());
    Scorecard[] out = new Scorecard[cards.size()];
    if (evaluation == Evaluation.PARALLEL) {
      place(out, groups, shared(context, cards, groups, measures, evaluation));
    } else {
      // In sequence, one scope after another, as evaluateAll goes scorecard by scorecard.
      for (List<Integer> group : groups) {
        place(out, List.of(group),
            shared(context, cards, List.of(group), measures, evaluation));
      }
    }
    return List.of(out);
  }

  /** Puts the scorecards of the groups' cards, in the groups' order, at the cards' positions. */
  private static void place(Scorecard[] out, List<List<Integer>> groups, List<Scorecard> cards) {
    int i = 0;
    for (List<Integer> group : groups) {
      for (int card : group) {
        out[card] = cards.get(i++);
      }
    }
  }

  /**
   * The scorecards of the groups' cards (each group: the cards of one scope), their parts'
   * partials merged from one partial per area of the scope's parts and measure.
   */
  private static List<Scorecard> shared(
      EvaluationContext context,
      List<Card> all,
      List<List<Integer>> groups,
      List<? extends Measure<?>> measures,
      Evaluation evaluation) {
    List<Card> cards = new ArrayList<>();
    // Each group's areas (every area of its cards' parts, in order) and where its partials start.
    List<List<AreaId>> areas = new ArrayList<>(groups.size());
    List<Map<AreaId, Integer>> positions = new ArrayList<>(groups.size());
    int[] start = new int[groups.size() + 1];
    int[] groupOf = new int[groups.stream().mapToInt(List::size).sum()];
    for (int g = 0; g < groups.size(); g++) {
      Map<AreaId, Integer> position = new LinkedHashMap<>();
      for (int c : groups.get(g)) {
        Card card = all.get(c);
        groupOf[cards.size()] = g;
        cards.add(card);
        for (Set<AreaId> part : card.parts) {
          for (AreaId area : part) {
            position.putIfAbsent(area, position.size());
          }
        }
      }
      areas.add(new ArrayList<>(position.keySet()));
      positions.add(position);
      start[g + 1] = start[g] + measures.size() * position.size();
    }
    // Partial k: group g's measure (k - start[g]) / n of its area (k - start[g]) % n.
    int[] groupOfPartial = new int[start[groups.size()]];
    for (int g = 0; g < groups.size(); g++) {
      Arrays.fill(groupOfPartial, start[g], start[g + 1], g);
    }
    List<Object> own = indexes(groupOfPartial.length, evaluation)
        .mapToObj(k -> {
          int g = groupOfPartial[k];
          int n = areas.get(g).size();
          Card card = all.get(groups.get(g).get(0));
          return (Object) measures.get((k - start[g]) / n)
              .partial(context, card.scope, Set.of(areas.get(g).get((k - start[g]) % n)));
        })
        .toList();
    // The cards of one scope whose parts do not overlap (their sizes add up to the scope's
    // areas) have one total (the merge law): the one of fewest parts makes it for them all. A
    // card whose parts overlap (an area nested under one of its own level) makes its own.
    int[] totalOf = new int[cards.size()];
    int[] fewest = new int[groups.size()];
    Arrays.fill(fewest, -1);
    boolean[] disjoint = new boolean[cards.size()];
    for (int c = 0; c < cards.size(); c++) {
      int g = groupOf[c];
      long areasOfParts = 0;
      for (Set<AreaId> part : cards.get(c).parts) {
        areasOfParts += part.size();
      }
      disjoint[c] = areasOfParts == areas.get(g).size();
      if (disjoint[c]
          && (fewest[g] < 0 || cards.get(c).width() < cards.get(fewest[g]).width())) {
        fewest[g] = c;
      }
    }
    for (int c = 0; c < cards.size(); c++) {
      totalOf[c] = disjoint[c] ? fewest[groupOf[c]] : c;
    }
    return build(context, cards, measures, evaluation, (c, measure, part) -> {
      int g = groupOf[c];
      Card card = cards.get(c);
      if (part == card.width() - 1 && totalOf[c] != c) {
        return null; // the rest's partial serves only the total, which another card makes
      }
      Set<AreaId> areasOfPart = card.parts.get(part);
      int base = start[g] + measure * areas.get(g).size();
      Map<AreaId, Integer> position = positions.get(g);
      return merged(measures.get(measure), context, card.scope, areasOfPart,
          a -> own.get(base + position.get(a)));
    }, totalOf);
  }

  /**
   * A part's partial as the merge of its areas' partials: the partial of its one area as it is,
   * of none computed (the empty part).
   */
  @SuppressWarnings("unchecked")
  private static <P extends MeasurePartial<P>> Object merged(Measure<P> measure,
      EvaluationContext context, Scope scope, Set<AreaId> part, Function<AreaId, Object> own) {
    if (part.isEmpty()) {
      return measure.partial(context, scope, part);
    }
    Iterator<AreaId> areas = part.iterator();
    P first = (P) own.apply(areas.next());
    if (!areas.hasNext()) {
      return first;
    }
    List<P> others = new ArrayList<>(part.size() - 1);
    areas.forEachRemaining(a -> others.add((P) own.apply(a)));
    return first.mergeAll(others);
  }

  /** The scorecard of the scope at the level: its rows' areas. */
  private static Card card(EvaluationContext context, Scope scope, AreaLevel level) {
    EngagementDataset data = context.dataset();
    Optional<AreaLevel> own = data.level(scope.area());
    if (own.isPresent() && level.compareTo(own.get()) <= 0) {
      throw new IllegalArgumentException(
          "level must lie below the scope area's level " + own.get() + ": " + level
              + " (scope " + scope.area() + ")");
    }
    List<AreaId> children = new ArrayList<>(data.areasAtLevel(scope.area(), level));
    children.remove(scope.area());
    return new Card(data, scope, Optional.of(level), children);
  }

  /**
   * One scorecard to be evaluated: its scope, rows and parts (one per row, then the rest: the
   * scope's area itself and any areas between it and the level), and the scope of each part's
   * result (the total's last).
   */
  private static final class Card {
    final Scope scope;
    final Optional<AreaLevel> level;
    final List<AreaId> children;
    final List<Set<AreaId>> parts = new ArrayList<>();
    final List<Scope> scopes = new ArrayList<>();

    Card(EngagementDataset data, Scope scope, Optional<AreaLevel> level, List<AreaId> children) {
      this.scope = scope;
      this.level = level;
      this.children = children;
      Set<AreaId> rest = new LinkedHashSet<>(data.subtree(scope.area()));
      for (AreaId child : children) {
        Set<AreaId> subtree = data.subtree(child);
        rest.removeAll(subtree);
        parts.add(subtree);
        scopes.add(Scope.builder().from(scope).area(child).build());
      }
      parts.add(rest);
      scopes.add(scope);
    }

    /** The parts, the rest included: the width of each measure's column of cells. */
    int width() {
      return parts.size();
    }
  }

  private static List<Scorecard> build(
      EvaluationContext context,
      List<Card> cards,
      List<? extends Measure<?>> measures,
      Evaluation evaluation) {
    int[] ownTotal = new int[cards.size()];
    Arrays.setAll(ownTotal, c -> c);
    return build(context, cards, measures, evaluation, (c, measure, part) -> {
      Card card = cards.get(c);
      return measures.get(measure).partial(context, card.scope, card.parts.get(part));
    }, ownTotal);
  }

  /** The partial of a card's part for a measure, by their positions. */
  @FunctionalInterface
  private interface PartPartial {
    Object of(int card, int measure, int part);
  }

  private static List<Scorecard> build(
      EvaluationContext context,
      List<Card> cards,
      List<? extends Measure<?>> measures,
      Evaluation evaluation,
      PartPartial partial,
      int[] totalOf) {
    // Every measure's partial of every part of every card (the rest last in each column), then
    // every row's result and each measure's total (the merge of its column's partials, and its
    // result): two passes over all the cells at once, so that in parallel the cores share one
    // pool of tasks and wait for each other twice in all, not twice per measure or per card.
    // Cell k of card c is cell k - first[c] of its measures-by-parts grid, column by column.
    int[] first = new int[cards.size() + 1];
    for (int c = 0; c < cards.size(); c++) {
      first[c + 1] = first[c] + measures.size() * cards.get(c).width();
    }
    int cells = first[cards.size()];
    int[] cardOf = new int[cells];
    for (int c = 0; c < cards.size(); c++) {
      Arrays.fill(cardOf, first[c], first[c + 1], c);
    }
    List<Object> partials = indexes(cells, evaluation)
        .mapToObj(k -> {
          Card card = cards.get(cardOf[k]);
          int cell = k - first[cardOf[k]];
          return partial.of(cardOf[k], cell / card.width(), cell % card.width());
        })
        .toList();
    // A card whose total another card of the same scope gives (totalOf) leaves it null here.
    List<MeasureResult> results = new ArrayList<>(indexes(cells, evaluation)
        .mapToObj(k -> {
          Card card = cards.get(cardOf[k]);
          int width = card.width();
          int cell = k - first[cardOf[k]];
          int column = k - cell % width;
          if (cell % width == width - 1 && totalOf[cardOf[k]] != cardOf[k]) {
            return null;
          }
          return result(measures.get(cell / width), context, card.scopes.get(cell % width),
              partials.subList(column, column + width), cell % width);
        })
        .toList());
    for (int c = 0; c < cards.size(); c++) {
      int from = totalOf[c];
      if (from != c) {
        int width = cards.get(c).width();
        int fromWidth = cards.get(from).width();
        for (int j = 0; j < measures.size(); j++) {
          results.set(first[c] + j * width + width - 1,
              results.get(first[from] + j * fromWidth + fromWidth - 1));
        }
      }
    }
    List<Scorecard> out = new ArrayList<>(cards.size());
    for (int c = 0; c < cards.size(); c++) {
      out.add(assemble(context.dataset(), cards.get(c), measures,
          results.subList(first[c], first[c + 1])));
    }
    return out;
  }

  /** A card's scorecard from its cells' results, column by column. */
  private static Scorecard assemble(EngagementDataset data, Card card,
      List<? extends Measure<?>> measures, List<MeasureResult> results) {
    int width = card.width();
    int n = width - 1;
    List<MeasureResult> totals = new ArrayList<>();
    List<List<MeasureResult>> rows = new ArrayList<>();
    card.children.forEach(c -> rows.add(new ArrayList<>()));
    for (int j = 0; j < measures.size(); j++) {
      totals.add(results.get(j * width + n));
      for (int i = 0; i < n; i++) {
        rows.get(i).add(results.get(j * width + i));
      }
    }
    ImmutableScorecard.Builder out =
        ImmutableScorecard.builder()
            .scope(card.scope)
            .level(card.level)
            .measures(measures.stream().map(Measure::code).toList())
            .total(row(data, card.scope.area(), totals));
    for (int i = 0; i < card.children.size(); i++) {
      out.addRows(row(data, card.children.get(i), rows.get(i)));
    }
    return out.build();
  }

  /**
   * The result of one cell of a measure's column: a part's row ({@code i < n}) or the total, the
   * merge of all the column's partials ({@code i == n}, the rest's partial last).
   */
  @SuppressWarnings("unchecked")
  private static <P extends MeasurePartial<P>> MeasureResult result(
      Measure<P> measure, EvaluationContext context, Scope scope, List<Object> column, int i) {
    List<P> partials = (List<P>) (List<?>) column;
    int n = partials.size() - 1;
    return i < n
        ? measure.result(context, scope, partials.get(i))
        : measure.result(context, scope, partials.get(n).mergeAll(partials.subList(0, n)));
  }

  private static IntStream indexes(int n, Evaluation evaluation) {
    IntStream indexes = IntStream.range(0, n);
    return evaluation == Evaluation.PARALLEL ? indexes.parallel() : indexes;
  }

  private static ScorecardRow row(EngagementDataset data, AreaId area, List<MeasureResult> results) {
    Optional<Area> known = data.area(area);
    return ScorecardRow.builder()
        .area(area)
        .name(known.map(Area::name).orElse(area.value()))
        .level(known.map(Area::level))
        .results(results)
        .build();
  }

  /** {@return the scope of the total row; the rows share its period, as-of date and surveys} */
  public abstract Scope scope();

  /** {@return the level of the rows, empty for a scorecard of the scope alone} */
  public abstract Optional<AreaLevel> level();

  /**
   * The measures' codes, in column order.
   *
   * @return the codes, never null
   */
  public abstract List<String> measures();

  /**
   * The scope's own row, rolled up exactly from its records.
   *
   * @return the row, never null
   */
  public abstract ScorecardRow total();

  /**
   * One row per area at the level, sorted by area id.
   *
   * @return the rows, never null
   */
  public abstract List<ScorecardRow> rows();

  /**
   * Finds the row of an area.
   *
   * @param area the area id, not null
   * @return the total row or a child row, or empty
   */
  public Optional<ScorecardRow> row(AreaId area) {
    if (total().area().equals(area)) {
      return Optional.of(total());
    }
    return rows().stream().filter(r -> r.area().equals(area)).findFirst();
  }

  /**
   * The scorecard as a published Markdown table, with the default disclosure control.
   *
   * @return the Markdown, never null
   * @see MarkdownTables#of(Scorecard, DisclosureControl)
   */
  public String toMarkdown() {
    return MarkdownTables.of(this);
  }

  /**
   * The scorecard as a published CSV table, with the default disclosure control.
   *
   * @return the CSV, never null
   * @see CsvTables#of(Scorecard, DisclosureControl)
   */
  public String toCsv() {
    return CsvTables.of(this);
  }

  /**
   * Returns a text table for the console: the scope, then one line per row with each measure's
   * score, numerator/denominator and rating ({@code n/a} when not assessable). Unlike the
   * published renderings, no figure is suppressed.
   *
   * @return the table, never null
   */
  @Override
  public String toString() {
    List<ScorecardRow> all = new ArrayList<>();
    all.add(total());
    all.addAll(rows());
    List<List<String>> cells = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("area");
    header.addAll(measures());
    cells.add(header);
    for (int i = 0; i < all.size(); i++) {
      ScorecardRow row = all.get(i);
      List<String> line = new ArrayList<>();
      line.add((i == 0 ? "" : "  ") + row.area() + " " + row.name());
      for (MeasureResult r : row.results()) {
        line.add(cell(r));
      }
      cells.add(line);
    }
    int[] widths = new int[header.size()];
    for (List<String> line : cells) {
      for (int c = 0; c < line.size(); c++) {
        widths[c] = Math.max(widths[c], line.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("Scorecard ").append(scope().area()).append(' ').append(scope().period())
        .append(" as of ").append(scope().asOf());
    level().ifPresent(l -> out.append(", rows by ").append(l));
    out.append('\n');
    for (List<String> line : cells) {
      StringBuilder text = new StringBuilder();
      for (int c = 0; c < line.size(); c++) {
        text.append(String.format(Locale.ROOT, "%-" + widths[c] + "s", line.get(c)));
        if (c < line.size() - 1) {
          text.append("  ");
        }
      }
      out.append(text.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  private static String cell(MeasureResult r) {
    if (!r.isScored()) {
      return "n/a";
    }
    StringBuilder out =
        new StringBuilder(String.format(Locale.ROOT, "%.3f", r.score().getAsDouble()));
    r.scoreNote().ifPresent(n -> out.append(" (").append(n).append(')'));
    if (r.numerator().isPresent() && r.denominator().isPresent()) {
      out.append(" (").append(r.numerator().getAsLong()).append('/')
          .append(r.denominator().getAsLong()).append(')');
    }
    return out.append(' ').append(r.rating()).toString();
  }
}
