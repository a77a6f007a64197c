package org.engagement.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The counts of one demographic dimension: category code → count, plus the number who did not
 * state it.
 *
 * <pre>{@code
 * DimensionCounts ethnicity = DimensionCounts.builder()
 *     .dimension("ETHNICITY")
 *     .putCounts("WHITE", 21).putCounts("BLACK", 9).putCounts("ASIAN", 4)
 *     .notStated(3)
 *     .build();
 * ethnicity.stated();  // 34
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DimensionCounts {

  DimensionCounts() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The dimension's code in the scheme.
   *
   * @return the code, not blank
   */
  @NotBlank
  public abstract String dimension();

  /**
   * The count per category code; categories not listed count zero.
   *
   * @return the counts, each zero or more, never null
   */
  public abstract Map<String, @PositiveOrZero Long> counts();

  /**
   * The number who did not state this dimension.
   *
   * @return the count, zero or more; 0 by default
   */
  @Value.Default
  @PositiveOrZero
  public long notStated() {
    return 0;
  }

  /**
   * The sum of the stated counts.
   *
   * @return the sum over {@link #counts()}, excluding not-stated; never overflows, as building
   *     checks that all counts add up within a {@code long}
   */
  public long stated() {
    long sum = 0;
    for (long count : counts().values()) {
      sum += count;
    }
    return sum;
  }

  /**
   * The count of one category.
   *
   * @param category the category code, not null
   * @return the count, 0 when the category is not listed
   */
  public long count(String category) {
    return counts().getOrDefault(category, 0L);
  }

  @Value.Check
  void check() {
    Counts.checkSum(counts().values(), notStated(), "counts of " + dimension());
  }

  /** Builds a {@link DimensionCounts}. */
  public static final class Builder extends ImmutableDimensionCounts.Builder {
    Builder() {}
  }
}
