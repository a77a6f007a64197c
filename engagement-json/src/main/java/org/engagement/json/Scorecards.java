package org.engagement.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.measures.Evaluation;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasurePartial;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.RatingScale;
import org.engagement.measures.Scorecard;
import org.engagement.measures.ScorecardRow;

/**
 * Rebuilds a {@link Scorecard} or a {@link ScorecardRow} that was read from JSON.
 *
 * <p>engagement-measures offers no public factory for either type: a scorecard is only ever made
 * by evaluating measures. So reading evaluates one: a dataset holding only the scorecard's areas
 * (its own area with its name and level, each row's area below it at the scorecard's level) and
 * one replaying measure per column, whose result for an area is the one read for it. The
 * scorecard so made is compared with what was read; when the two differ (rows out of order, a
 * row at another level, a row count that does not fit), the document is not a scorecard and the
 * read fails.
 */
final class Scorecards {

  private Scorecards() {}

  /** The period of the scope of a lone row without results; the row does not record it. */
  private static final Period ANY_PERIOD = Period.ofDay(LocalDate.of(2000, 1, 1));

  /**
   * Rebuilds a scorecard.
   *
   * @throws IllegalArgumentException if the parts are not those of a scorecard
   */
  static Scorecard scorecard(Scope scope, Optional<AreaLevel> level, List<String> measures,
      ScorecardRow total, List<ScorecardRow> rows) {
    if (!total.area().equals(scope.area())) {
      throw new IllegalArgumentException("total row must be the row of the scope's area "
          + scope.area() + ": " + total.area());
    }
    if (level.isEmpty() && !rows.isEmpty()) {
      throw new IllegalArgumentException("scorecard without a level must not have rows: "
          + rows.size());
    }
    Map<AreaId, List<MeasureResult>> results = new HashMap<>();
    List<ScorecardRow> all = new ArrayList<>();
    all.add(total);
    all.addAll(rows);
    EngagementDataset.Builder data = EngagementDataset.builder();
    for (ScorecardRow row : all) {
      if (row.results().size() != measures.size()) {
        throw new IllegalArgumentException("row " + row.area() + " must have one result per "
            + "measure " + measures + ": " + row.results().size());
      }
      if (results.put(row.area(), row.results()) != null) {
        throw new IllegalArgumentException("scorecard must have one row per area: "
            + row.area());
      }
      row.level().ifPresent(l -> data.addAreas(Area.builder().id(row.area()).name(row.name())
          .level(l).parent(row == total ? Optional.empty() : Optional.of(total.area()))
          .build()));
    }
    List<Replay> columns = new ArrayList<>();
    for (int i = 0; i < measures.size(); i++) {
      columns.add(new Replay(measures.get(i), i, results));
    }
    EngagementDataset dataset = data.build();
    Scorecard made = level.isPresent()
        ? Scorecard.evaluate(dataset, scope, level.get(), columns, Evaluation.SEQUENTIAL)
        : Scorecard.evaluate(dataset, scope, columns);
    if (!made.total().equals(total)) {
      throw new IllegalArgumentException("total row " + total.area()
          + " must have the area's name as name, or its id when it has no level: "
          + total.name());
    }
    if (!made.rows().equals(rows)) {
      throw new IllegalArgumentException("rows must be the areas at level " + level.orElse(null)
          + ", each with its level, sorted by area id: " + rows.stream()
          .map(r -> r.area() + "/" + r.level().map(Object::toString).orElse("-")).toList());
    }
    return made;
  }

  /**
   * Rebuilds a row on its own.
   *
   * @throws IllegalArgumentException if the name or level cannot be an area's
   */
  static ScorecardRow row(AreaId area, String name, Optional<AreaLevel> level,
      List<MeasureResult> results) {
    Period period = results.isEmpty() ? ANY_PERIOD : results.get(0).scope().period();
    EngagementDataset.Builder data = EngagementDataset.builder();
    level.ifPresent(l -> data.addAreas(Area.builder().id(area).name(name).level(l).build()));
    Map<AreaId, List<MeasureResult>> byArea = Map.of(area, results);
    List<Replay> columns = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      columns.add(new Replay(results.get(i).measure(), i, byArea));
    }
    ScorecardRow row = Scorecard.evaluate(data.build(), Scope.of(area, period), columns).total();
    if (!row.name().equals(name)) {
      throw new IllegalArgumentException("row of an area without a level must be named by its "
          + "id " + area + ": " + name);
    }
    return row;
  }

  /** A measure whose result for an area is the one read for it. */
  private static final class Replay implements Measure<Nothing> {
    private final String code;
    private final int column;
    private final Map<AreaId, List<MeasureResult>> results;

    Replay(String code, int column, Map<AreaId, List<MeasureResult>> results) {
      this.code = code;
      this.column = column;
      this.results = results;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String title() {
      return code;
    }

    @Override
    public RatingScale ratingScale() {
      return RatingScale.standard(RatingScale.RATIO_MINIMUM_BASE);
    }

    @Override
    public Nothing partial(EvaluationContext context, Scope scope, Set<AreaId> areas) {
      return Nothing.INSTANCE;
    }

    @Override
    public Nothing emptyPartial() {
      return Nothing.INSTANCE;
    }

    @Override
    public MeasureResult result(EvaluationContext context, Scope scope, Nothing partial) {
      List<MeasureResult> row = results.get(scope.area());
      if (row == null) {
        throw new IllegalArgumentException("scorecard must have a row for area " + scope.area());
      }
      return row.get(column);
    }
  }

  /** The partial of a replay: nothing to merge. */
  private enum Nothing implements MeasurePartial<Nothing> {
    INSTANCE;

    @Override
    public Nothing merge(Nothing other) {
      return this;
    }
  }
}
