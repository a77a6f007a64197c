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
   * Returns a group's row: its comparison with the rest of the sample is computed from the two
   * proportions, the rest as A and the group as B.
   *
   * <pre>{@code
   * GroupEstimate g = GroupEstimate.of("WHITE", "White", WeightedProportion.unweighted(30, 50),
   *     WeightedProportion.unweighted(20, 50), OptionalDouble.of(0.1));
   * g.versusRest().orElseThrow().difference();   // 0.2
   * }</pre>
   *
   * @param category the category code, or NOT_STATED, not null
   * @param label the category's label, not null
   * @param proportion the group's weighted proportion, not null
   * @param rest the weighted proportion of every other respondent with a valid answer, not null
   * @param gap {@code group − overall}; empty exactly when the group has no valid answer
   * @return the row, never null
   * @throws IllegalArgumentException if the gap is present for an empty group or absent for one
   *     with answers
   */
  public static GroupEstimate of(
      String category, String label, WeightedProportion proportion, WeightedProportion rest,
      OptionalDouble gap) {
    if (proportion.isEmpty() == gap.isPresent()) {
      throw new IllegalArgumentException("group " + category + ": the gap must be given exactly"
          + " when the group has valid answers");
    }
    return builder()
        .category(category)
        .label(label)
        .proportion(proportion)
        .rest(rest)
        .gap(gap)
        .versusRest(proportion.isEmpty() || rest.isEmpty()
            ? Optional.empty() : Optional.of(ProportionChange.between(rest, proportion)))
        .build();
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
   * The weighted proportion of the rest of the sample: every other respondent with a valid
   * answer, NOT_STATED included.
   *
   * @return the proportion, empty when no other respondent answered
   */
  public abstract WeightedProportion rest();

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
