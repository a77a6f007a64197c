package org.engagement.measures;

/**
 * How a {@link Scorecard} evaluates the parts of its scope. Both give the same scorecard, to the
 * last bit: partials hold exact counts and sums, and merge in a fixed order.
 */
public enum Evaluation {
  /** One part after another, on the calling thread. */
  SEQUENTIAL,
  /** The parts in parallel, on the common fork-join pool. */
  PARALLEL
}
