package org.engagement.measures.internal;

import java.util.HashMap;
import java.util.Map;
import org.engagement.core.CommunityInput;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.DecisionRecord;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.Scope;

/**
 * M1's RECORDED step and M2's "responds to" rule for one input (docs/spec/measures.md §2), for
 * the analyses that reuse them (§8, §9).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InputSteps {

  private InputSteps() {}

  /**
   * Whether a consideration reaches M1's RECORDED step: considered, with a decided outcome and a
   * reason that is not blank.
   *
   * @param c the consideration, or null
   * @return true when RECORDED
   */
  public static boolean isRecorded(Consideration c) {
    return c != null
        && c.considered()
        && c.outcome().map(ConsiderationOutcome::isDecided).orElse(false)
        && c.reason().map(r -> !r.isBlank()).orElse(false);
  }

  /**
   * Whether an input reaches RECORDED (M1): some decision presenting it, dated on or after the
   * input and not after as-of, records its consideration.
   *
   * @param index the dataset's indexes, not null
   * @param scope the scope (for as-of), not null
   * @param input the input, not null
   * @return true when RECORDED
   */
  public static boolean recorded(DatasetIndex index, Scope scope, CommunityInput input) {
    Map<DecisionRecord, Consideration> considerations = new HashMap<>();
    for (DatasetIndex.DecisionConsideration dc : index.considerationsOf(input.id())) {
      considerations.putIfAbsent(dc.decision(), dc.consideration());
    }
    for (DecisionRecord decision : index.decisionsPresenting(input.id())) {
      if (!decision.date().isBefore(input.date())
          && InScope.notAfterAsOf(scope, decision.date())
          && isRecorded(considerations.get(decision))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an allocation responds to an input (M2): it cites the input, or cites a decision
   * dated not after as-of whose consideration of the input is considered and ACCEPTED or
   * PARTLY_ACCEPTED; and it is dated on or after the input and not after as-of.
   *
   * @param index the dataset's indexes, not null
   * @param scope the scope (for as-of), not null
   * @param input the input, not null
   * @return true when at least one allocation responds
   */
  public static boolean respondedTo(DatasetIndex index, Scope scope, CommunityInput input) {
    for (ResourceAllocation allocation : index.allocationsCiting(input.id())) {
      if (datedToRespond(scope, input, allocation)) {
        return true;
      }
    }
    for (DatasetIndex.DecisionConsideration dc : index.considerationsOf(input.id())) {
      Consideration c = dc.consideration();
      if (InScope.notAfterAsOf(scope, dc.decision().date()) && DatasetIndex.accepts(c)) {
        for (ResourceAllocation allocation : index.allocationsImplementing(dc.decision().id())) {
          if (datedToRespond(scope, input, allocation)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean datedToRespond(
      Scope scope, CommunityInput input, ResourceAllocation allocation) {
    return !allocation.date().isBefore(input.date()) && InScope.notAfterAsOf(scope, allocation.date());
  }
}
