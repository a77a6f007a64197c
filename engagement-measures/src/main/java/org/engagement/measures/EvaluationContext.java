package org.engagement.measures;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.engagement.core.EngagementDataset;

/**
 * One dataset prepared for evaluation: the dataset, and the structures derived from it (the
 * secondary indexes the measures and rules look records up in), each built at most once. Build
 * a context once and hand it to every measure, scorecard and rule that reads the same dataset;
 * the {@code EngagementDataset} overloads build a new context, and so index the whole dataset,
 * on every call.
 *
 * <pre>{@code
 * EvaluationContext context = EvaluationContext.of(data);   // indexes data once, on first use
 * MeasureResult m1 = DueConsiderationMeasure.standard().evaluate(context, scope);
 * Scorecard card = OutcomeMeasures.standard().scorecard(context, scope, AreaLevel.WARD);
 * }</pre>
 *
 * <p>A context is immutable as far as its callers can observe: the dataset never changes, and a
 * derived structure, once built, is the one every later call returns. It is safe to share between
 * threads; a parallel {@link Scorecard} shares one context between its parts.
 */
public final class EvaluationContext {

  private final EngagementDataset dataset;
  private final ConcurrentMap<Class<?>, Object> derived = new ConcurrentHashMap<>();

  private EvaluationContext(EngagementDataset dataset) {
    this.dataset = dataset;
  }

  /**
   * A context for a dataset, with nothing derived yet; structures are built on first use.
   *
   * @param dataset the dataset, not null
   * @return a new context, never null
   * @throws NullPointerException if {@code dataset} is null
   */
  public static EvaluationContext of(EngagementDataset dataset) {
    return new EvaluationContext(Objects.requireNonNull(dataset, "dataset"));
  }

  /** {@return the dataset every measure and rule evaluated with this context reads, never null} */
  public EngagementDataset dataset() {
    return dataset;
  }

  /**
   * A structure derived from the dataset, built by {@code build} on the first call with
   * {@code key} and returned as is by every later call, from any thread: {@code build} runs at
   * most once per key and context, and concurrent callers with the same key wait for it.
   *
   * <p>This is the place for a measure written outside the SDK to keep its own index of the
   * dataset: use a class of its own (for instance the index's class) as the key, so that no
   * other code shares it. The structure should be immutable, since every caller shares it.
   * {@code build} must not call {@code derived} on the same context (the memo is locked while it
   * runs); a structure that needs another one gets it before, or builds it itself.
   *
   * @param key the key and type of the structure, not null
   * @param build builds the structure from the dataset; must return non-null and must not call
   *     {@code derived} on this context
   * @param <T> the type of the structure
   * @return the structure, the same instance on every call with {@code key}, never null
   * @throws NullPointerException if {@code key} or {@code build} is null, or if {@code build}
   *     returns null
   * @throws ClassCastException if {@code build} returns an object that is not a {@code T}
   */
  public <T> T derived(Class<T> key, Function<? super EngagementDataset, ? extends T> build) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(build, "build");
    Object value = derived.get(key);
    if (value == null) {
      value =
          derived.computeIfAbsent(
              key,
              k -> Objects.requireNonNull(key.cast(build.apply(dataset)), "derived structure"));
    }
    return key.cast(value);
  }

  /**
   * Returns the record counts of the dataset and the number of derived structures built so far;
   * never the contents of any record.
   *
   * @return e.g. {@code EvaluationContext{EngagementDataset{areas=4, inputs=12}, derived=1}}
   */
  @Override
  public String toString() {
    return "EvaluationContext{" + dataset + ", derived=" + derived.size() + "}";
  }
}
