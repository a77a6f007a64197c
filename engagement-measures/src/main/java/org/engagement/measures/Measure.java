package org.engagement.measures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.core.Scope;

/**
 * A measure of engagement: {@code evaluate(context, scope) → result}, with a partial/merge path
 * for roll-up and parallel evaluation.
 *
 * <pre>{@code
 * Measure<?> m1 = DueConsiderationMeasure.standard();
 * MeasureResult r = m1.evaluate(data, Scope.of(AreaId.of("E09000022"), Period.financialYear(2012)));
 * r.score();    // OptionalDouble[0.625]
 * r.rating();   // ADEQUATE
 * }</pre>
 *
 * <p>Each method takes the records as an {@link EvaluationContext}, which indexes the dataset
 * once for every measure, scope and part evaluated with it; the overloads that take an
 * {@link EngagementDataset} build a new context per call, which suits a single evaluation.
 *
 * <p>The population of a scope is split into parts by area: {@link #partial} reads the records
 * in scope whose area lies in a given set, while evidence (decisions, allocations, feedback,
 * linked activities) is looked up across the whole dataset, up to the scope's as-of date. The
 * result of a scope equals the {@link #result} of the merged partials over any partition of
 * its areas.
 *
 * <p>Counts are added exactly. Data whose counts add up past the range of a {@code long} is
 * invalid ({@code SUM_OUT_OF_RANGE} in the dataset validator's report): evaluating it throws
 * {@link ArithmeticException} rather than giving a figure made of wrapped sums, so validate data
 * of unknown origin first (the command line refuses invalid data before it evaluates anything).
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <P> the measure's partial result
 */
public interface Measure<P extends MeasurePartial<P>> {

  /**
   * The short code.
   *
   * @return e.g. {@code "M1"}, never blank
   */
  String code();

  /**
   * The title, for people.
   *
   * @return e.g. {@code "Due consideration"}, never blank
   */
  String title();

  /**
   * How this measure's scores are rated.
   *
   * @return the scale, never null
   */
  RatingScale ratingScale();

  /**
   * The record types this measure's figures depend on: evaluated over a dataset that holds only
   * the records of these types (and the same demographic scheme), the measure gives the same
   * result for every scope as over the whole dataset. A reader can bind just these types ({@code
   * EngagementJson.withRecordTypes} in the JSON module) to answer a question in less time and
   * memory; the types of several measures are the union of theirs.
   *
   * <pre>{@code
   * OutcomeMeasures.standard().dueConsideration().recordTypes(); // [AREA, INPUT, DECISION]
   * }</pre>
   *
   * <p>The default is every type, which is always true; a measure names fewer only when its
   * figures are known not to depend on the others.
   *
   * @return the types, unmodifiable, never null or empty
   */
  default Set<RecordType> recordTypes() {
    return Collections.unmodifiableSet(EnumSet.allOf(RecordType.class));
  }

  /**
   * The partial result over the records in scope whose area lies in {@code areas}.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope: period, as-of date and surveys; records must also lie in the subtree
   *     of its area
   * @param areas the part's areas, not null; areas outside the scope's subtree add nothing
   * @return the partial, never null
   */
  P partial(EvaluationContext context, Scope scope, Set<AreaId> areas);

  /**
   * The partial of no records: the identity of {@link MeasurePartial#merge}.
   *
   * @return the empty partial, never null
   */
  P emptyPartial();

  /**
   * The result of a scope from the partial over its whole population.
   *
   * @param context the dataset and its indexes, not null (M3 reads the scope area's reference
   *     population from it)
   * @param scope the scope the partial covers, not null
   * @param partial the merged partial of the scope's population, not null
   * @return the result, never null
   */
  MeasureResult result(EvaluationContext context, Scope scope, P partial);

  /**
   * The partial over the scope's whole population.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @return the partial, never null
   */
  default P partial(EvaluationContext context, Scope scope) {
    return partial(context, scope, context.dataset().subtree(scope.area()));
  }

  /**
   * Evaluates the measure for a scope.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @return the result, never null
   */
  default MeasureResult evaluate(EvaluationContext context, Scope scope) {
    return result(context, scope, partial(context, scope));
  }

  /**
   * Evaluates the measure for a scope by merging the partials of its parts; equal to
   * {@link #evaluate(EvaluationContext, Scope)} when the parts partition the scope's subtree.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @param parts disjoint sets of areas, not null
   * @return the result, never null
   */
  default MeasureResult evaluate(
      EvaluationContext context, Scope scope, Collection<? extends Set<AreaId>> parts) {
    List<P> partials = new ArrayList<>(parts.size());
    for (Set<AreaId> part : parts) {
      partials.add(partial(context, scope, part));
    }
    return result(context, scope, emptyPartial().mergeAll(partials));
  }

  /**
   * The partial result over the records in scope whose area lies in {@code areas}, with a new
   * {@link EvaluationContext} of {@code data}: this call indexes the whole dataset. For more than
   * one call, build the context once and use {@link #partial(EvaluationContext, Scope, Set)}.
   *
   * @param data the dataset, not null
   * @param scope the scope: period, as-of date and surveys; records must also lie in the subtree
   *     of its area
   * @param areas the part's areas, not null; areas outside the scope's subtree add nothing
   * @return the partial, never null
   */
  default P partial(EngagementDataset data, Scope scope, Set<AreaId> areas) {
    return partial(EvaluationContext.of(data), scope, areas);
  }

  /**
   * The result of a scope from the partial over its whole population, with a new
   * {@link EvaluationContext} of {@code data}: this call indexes the whole dataset. For more than
   * one call, build the context once and use
   * {@link #result(EvaluationContext, Scope, MeasurePartial)}.
   *
   * @param data the dataset, not null (M3 reads the scope area's reference population from it)
   * @param scope the scope the partial covers, not null
   * @param partial the merged partial of the scope's population, not null
   * @return the result, never null
   */
  default MeasureResult result(EngagementDataset data, Scope scope, P partial) {
    return result(EvaluationContext.of(data), scope, partial);
  }

  /**
   * The partial over the scope's whole population, with a new {@link EvaluationContext} of
   * {@code data}: this call indexes the whole dataset. For more than one call, build the context
   * once and use {@link #partial(EvaluationContext, Scope)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @return the partial, never null
   */
  default P partial(EngagementDataset data, Scope scope) {
    return partial(EvaluationContext.of(data), scope);
  }

  /**
   * Evaluates the measure for a scope, with a new {@link EvaluationContext} of {@code data}: this
   * call indexes the whole dataset. To evaluate more than once (other scopes, other measures),
   * build the context once and use {@link #evaluate(EvaluationContext, Scope)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @return the result, never null
   */
  default MeasureResult evaluate(EngagementDataset data, Scope scope) {
    return evaluate(EvaluationContext.of(data), scope);
  }

  /**
   * Evaluates the measure for a scope by merging the partials of its parts, with one new
   * {@link EvaluationContext} of {@code data} shared by the parts: this call indexes the whole
   * dataset. For more than one call, build the context once and use
   * {@link #evaluate(EvaluationContext, Scope, Collection)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @param parts disjoint sets of areas, not null
   * @return the result, never null
   */
  default MeasureResult evaluate(
      EngagementDataset data, Scope scope, Collection<? extends Set<AreaId>> parts) {
    return evaluate(EvaluationContext.of(data), scope, parts);
  }
}
