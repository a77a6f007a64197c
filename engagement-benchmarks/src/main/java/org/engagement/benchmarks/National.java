package org.engagement.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.core.RecordType;
import org.engagement.core.Scope;
import org.engagement.measures.Evaluation;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.Scorecard;
import org.engagement.measures.ScorecardRow;
import org.engagement.measures.outcome.OutcomeMeasures;

/**
 * The SDK's way to evaluate a whole country: the country has no area of its own (the area levels
 * are force, borough and ward), so a national figure is one scorecard per force area.
 */
public final class National {

  /** The period every benchmark measures: the financial year 2012/13, as of its end. */
  public static final Period YEAR = Period.financialYear(2012);

  /** The standard measures. */
  public static final OutcomeMeasures MEASURES = OutcomeMeasures.standard();

  private National() {}

  /** The force areas, the roots of the area tree, in dataset order. */
  public static List<AreaId> forces(EngagementDataset data) {
    List<AreaId> out = new ArrayList<>();
    for (Area area : data.areas()) {
      if (area.level() == AreaLevel.FORCE) {
        out.add(area.id());
      }
    }
    return out;
  }

  /** The first area at a level, in dataset order. */
  public static AreaId first(EngagementDataset data, AreaLevel level) {
    for (Area area : data.areas()) {
      if (area.level() == level) {
        return area.id();
      }
    }
    throw new IllegalArgumentException("no area at level " + level);
  }

  /**
   * A context for the dataset with the indexes of the five standard measures already built (each
   * index is built on first use), as a program that evaluates many times holds one: what "warm"
   * measures.
   *
   * @param data the dataset
   * @return the context, its indexes built
   */
  public static EvaluationContext warmContext(EngagementDataset data) {
    EvaluationContext context = EvaluationContext.of(data);
    AreaId force = forces(data).get(0);
    Scope scope = Scope.of(force, YEAR);
    java.util.Set<AreaId> ward = java.util.Set.of(data.areasAtLevel(force, AreaLevel.WARD).get(0));
    for (Measure<?> measure : MEASURES.all()) {
      measure.partial(context, scope, ward);
    }
    return context;
  }

  /** How many records the dataset holds, of every type. */
  public static long records(EngagementDataset data) {
    long n = 0;
    for (RecordType type : RecordType.values()) {
      n += data.count(type);
    }
    return n;
  }

  /**
   * The country's scorecards at a level: one per force, its rows the areas at {@code level},
   * evaluated together ({@link Scorecard#evaluateAll}); the forces share the context's indexes,
   * built once.
   *
   * @param context the dataset and its indexes
   * @param level the level of the rows, BOROUGH or WARD
   * @param measures the columns
   * @param evaluation sequential or parallel
   * @return one scorecard per force
   */
  public static List<Scorecard> scorecards(EvaluationContext context, AreaLevel level,
      List<? extends Measure<?>> measures, Evaluation evaluation) {
    return Scorecard.evaluateAll(context, forceScopes(context.dataset()), level, measures,
        evaluation);
  }

  /** Each force's scope over {@link #YEAR}, in dataset order. */
  private static List<Scope> forceScopes(EngagementDataset data) {
    List<Scope> scopes = new ArrayList<>();
    for (AreaId force : forces(data)) {
      scopes.add(Scope.of(force, YEAR));
    }
    return scopes;
  }

  /**
   * The same scorecards as {@link #everyLevel} (every force by borough, then every force by
   * ward), in one call for both levels: {@link Scorecard#evaluateAll(EvaluationContext, List,
   * List, List, Evaluation)} computes each area's partials once and merges them for the borough
   * rows and the totals, where {@code everyLevel} reads the records once per level.
   *
   * @param context the dataset and its indexes
   * @param measures the columns
   * @param evaluation sequential or parallel
   * @return every force's scorecard by borough, then every force's by ward
   */
  public static List<Scorecard> levelsTogether(EvaluationContext context,
      List<? extends Measure<?>> measures, Evaluation evaluation) {
    return Scorecard.evaluateAll(context, forceScopes(context.dataset()),
        List.of(AreaLevel.BOROUGH, AreaLevel.WARD), measures, evaluation);
  }

  /**
   * The country at every level: each force's total row (the FORCE level) and its rows at
   * borough and at ward level, the five standard measures.
   */
  public static List<Scorecard> everyLevel(EvaluationContext context, Evaluation evaluation) {
    List<Scorecard> out = new ArrayList<>(scorecards(context, AreaLevel.BOROUGH, MEASURES.all(),
        evaluation));
    out.addAll(scorecards(context, AreaLevel.WARD, MEASURES.all(), evaluation));
    return out;
  }

  /** One measure's result for every ward of the country, by the SDK: ward rows per force. */
  public static Map<AreaId, MeasureResult> wards(EvaluationContext context, Measure<?> measure) {
    Map<AreaId, MeasureResult> out = new LinkedHashMap<>();
    for (Scorecard card : scorecards(context, AreaLevel.WARD, List.of(measure),
        Evaluation.SEQUENTIAL)) {
      for (ScorecardRow row : card.rows()) {
        out.put(row.area(), row.results().get(0));
      }
    }
    return out;
  }
}
