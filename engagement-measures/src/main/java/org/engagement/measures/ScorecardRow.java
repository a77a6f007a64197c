package org.engagement.measures;

import java.util.List;
import java.util.Optional;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.immutables.value.Value;

/**
 * One row of a {@link Scorecard}: an area and the result of each measure for it.
 *
 * <pre>{@code
 * ScorecardRow row = scorecard.rows().get(0);
 * row.area();            // E05014105
 * row.result("M1");      // Optional[MeasureResult ...]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScorecardRow {

  ScorecardRow() {}

  static ImmutableScorecardRow.Builder builder() {
    return ImmutableScorecardRow.builder();
  }

  /** {@return the area id, never null} */
  public abstract AreaId area();

  /**
   * The area's name.
   *
   * @return the name, or the id when the dataset does not know the area
   */
  public abstract String name();

  /**
   * The area's level.
   *
   * @return the level, empty when the dataset does not know the area
   */
  public abstract Optional<AreaLevel> level();

  /** {@return the results, in the scorecard's measure order, never null} */
  public abstract List<MeasureResult> results();

  /**
   * Finds the result of one measure.
   *
   * @param measure the measure's code, e.g. {@code "M1"}, not null
   * @return the result, or empty when the scorecard has no such measure
   */
  public Optional<MeasureResult> result(String measure) {
    return results().stream().filter(r -> r.measure().equals(measure)).findFirst();
  }

  /**
   * Returns the area and each measure's headline.
   *
   * @return e.g. {@code W1 Brixton: M1 0.6250 (5/8) INSUFFICIENT_DATA; M2 ...}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(area().toString()).append(' ').append(name()).append(':');
    String separator = " ";
    for (MeasureResult r : results()) {
      out.append(separator).append(r.measure()).append(' ').append(r.headline());
      separator = "; ";
    }
    return out.toString();
  }
}
