package org.engagement.measures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;

/**
 * A measure of engagement: {@code evaluate(dataset, scope) → result}, with a partial/merge path
 * for roll-up and parallel evaluation.
 *
 * <pre>{@code
 * Measure<?> m1 = DueConsiderationMeasure.standard();
 * MeasureResult r = m1.evaluate(data, Scope.of(AreaId.of("E09000022"), Period.financialYear(2012)));
 * r.score();    // OptionalDouble[0.625]
 * r.rating();   // ADEQUATE
 * }</pre>
 *
 * <p>The population of a scope is split into parts by area: {@link #partial} reads the records
 * in scope whose area lies in a given set, while evidence (decisions, allocations, feedback,
 * linked activities) is looked up across the whole dataset, up to the scope's as-of date. The
 * result of a scope equals the {@link #result} of the merged partials over any partition of
 * its areas.
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
   * The partial result over the records in scope whose area lies in {@code areas}.
   *
   * @param data the dataset, not null
   * @param scope the scope: period, as-of date and surveys; records must also lie in the subtree
   *     of its area
   * @param areas the part's areas, not null; areas outside the scope's subtree add nothing
   * @return the partial, never null
   */
  P partial(EngagementDataset data, Scope scope, Set<AreaId> areas);

  /**
   * The partial of no records: the identity of {@link MeasurePartial#merge}.
   *
   * @return the empty partial, never null
   */
  P emptyPartial();

  /**
   * The result of a scope from the partial over its whole population.
   *
   * @param data the dataset, not null (M3 reads the scope area's reference population from it)
   * @param scope the scope the partial covers, not null
   * @param partial the merged partial of the scope's population, not null
   * @return the result, never null
   */
  MeasureResult result(EngagementDataset data, Scope scope, P partial);

  /**
   * The partial over the scope's whole population.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @return the partial, never null
   */
  default P partial(EngagementDataset data, Scope scope) {
    return partial(data, scope, data.subtree(scope.area()));
  }

  /**
   * Evaluates the measure for a scope.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @return the result, never null
   */
  default MeasureResult evaluate(EngagementDataset data, Scope scope) {
    return result(data, scope, partial(data, scope));
  }

  /**
   * Evaluates the measure for a scope by merging the partials of its parts; equal to
   * {@link #evaluate(EngagementDataset, Scope)} when the parts partition the scope's subtree.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @param parts disjoint sets of areas, not null
   * @return the result, never null
   */
  default MeasureResult evaluate(
      EngagementDataset data, Scope scope, Collection<? extends Set<AreaId>> parts) {
    List<P> partials = new ArrayList<>(parts.size());
    for (Set<AreaId> part : parts) {
      partials.add(partial(data, scope, part));
    }
    return result(data, scope, emptyPartial().mergeAll(partials));
  }
}
