package org.engagement.measures.standards;

import java.util.EnumSet;
import java.util.Set;
import org.engagement.core.ActivityId;
import org.engagement.core.EngagementPrinciple;

/**
 * The engagement principles one activity meets (docs/spec/measures.md §6).
 *
 * <pre>{@code
 * import static org.engagement.core.EngagementPrinciple.*;
 *
 * new ActivityPrinciples(ActivityId.of("ACT-0001"), EnumSet.of(INFORMATION, INVOLVE, FEEDBACK));
 * // ACT-0001 3/6 [INFORMATION, INVOLVE, FEEDBACK]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param activity the activity, not null
 * @param met the principles it meets, not null
 */
public record ActivityPrinciples(ActivityId activity, Set<EngagementPrinciple> met) {

  /**
   * Copies the set.
   *
   * @param activity the activity, not null
   * @param met the principles it meets, not null
   */
  public ActivityPrinciples {
    met = met.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(met));
  }

  /**
   * Whether it meets a principle.
   *
   * @param principle the principle
   * @return true when met
   */
  public boolean meets(EngagementPrinciple principle) {
    return met.contains(principle);
  }

  /**
   * The share of the six principles met.
   *
   * @return in [0, 1]
   */
  public double share() {
    return (double) met.size() / EngagementPrinciple.values().length;
  }

  /**
   * Returns the activity, count and principles.
   *
   * @return e.g. {@code ACT-0001 3/6 [INFORMATION]}
   */
  @Override
  public String toString() {
    return activity + " " + met.size() + "/" + EngagementPrinciple.values().length + " "
        + (met.isEmpty() ? "[]" : EnumSet.copyOf(met));
  }
}
