package org.engagement.measures.survey;

import java.util.Optional;
import java.util.OptionalDouble;
import org.engagement.measures.stats.ChangeVerdict;
import org.engagement.measures.stats.ProportionChange;
import org.engagement.measures.stats.WeightedProportion;
import org.immutables.value.Value;

/**
 * One row of a comparative breakdown (docs/spec/measures.md §4): a demographic category's weighted
 * proportion, its gap to the overall figure, and its comparison with the rest of the sample.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GroupEstimate {

  GroupEstimate() {}

  static ImmutableGroupEstimate.Builder builder() {
    return ImmutableGroupEstimate.builder();
  }

  /**
   * The category code, or NOT_STATED.
   *
   * @return the code, never null
   */
  public abstract String category();

  /**
   * The category's label ("Not stated" for NOT_STATED).
   *
   * @return the label, never null
   */
  public abstract String label();

  /**
   * The group's weighted proportion.
   *
   * @return the proportion, empty when no valid answer
   */
  public abstract WeightedProportion proportion();

  /**
   * The unweighted base.
   *
   * @return zero or more
   */
  public long base() {
    return proportion().n();
  }

  /**
   * {@code group − overall}.
   *
   * @return empty when the group has no valid answer
   */
  public abstract OptionalDouble gap();

  /**
   * The change test of §1 with the rest of the sample (every other respondent with a valid
   * answer, NOT_STATED included) as A and the group as B.
   *
   * @return empty when the group or the rest has no valid answer
   */
  public abstract Optional<ProportionChange> versusRest();

  /**
   * Whether the group differs significantly from the rest of the sample.
   *
   * @return true when the comparison's verdict is not NO_SIGNIFICANT_CHANGE
   */
  public boolean differs() {
    return versusRest().map(c -> c.verdict() != ChangeVerdict.NO_SIGNIFICANT_CHANGE).orElse(false);
  }
}
