package org.engagement.measures.survey;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A survey figure broken down by the categories of one demographic dimension: one row per
 * category in scheme order, NOT_STATED last.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DimensionBreakdown {

  DimensionBreakdown() {}

  static ImmutableDimensionBreakdown.Builder builder() {
    return ImmutableDimensionBreakdown.builder();
  }

  /**
   * Returns a dimension's rows.
   *
   * <pre>{@code
   * DimensionBreakdown d = DimensionBreakdown.of("SEX", "Sex", List.of());
   * d.groups();   // []
   * }</pre>
   *
   * @param dimension the dimension code, not null
   * @param label the dimension's label, not null
   * @param groups one row per category in scheme order, NOT_STATED last, not null
   * @return the breakdown, never null
   */
  public static DimensionBreakdown of(String dimension, String label, List<GroupEstimate> groups) {
    return builder().dimension(dimension).label(label).groups(groups).build();
  }

  /**
   * The dimension code, e.g. ETHNICITY.
   *
   * @return the code, never null
   */
  public abstract String dimension();

  /**
   * The dimension's label.
   *
   * @return the label, never null
   */
  public abstract String label();

  /**
   * The rows: categories in scheme order, NOT_STATED last.
   *
   * @return never null
   */
  public abstract List<GroupEstimate> groups();

  /**
   * The row of one category.
   *
   * @param category the category code or NOT_STATED, not null
   * @return the row, or empty when the dimension has no such category
   */
  public Optional<GroupEstimate> group(String category) {
    return groups().stream().filter(g -> g.category().equals(category)).findFirst();
  }
}
