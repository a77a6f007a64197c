package org.engagement.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An area's population counts on one demographic dimension for one year, usually from the
 * census: the baseline that participation is compared against (2006 outcome 3).
 *
 * <pre>{@code
 * ReferencePopulation lambethEthnicity = ReferencePopulation.builder()
 *     .id(PopulationId.of("CENSUS-2021-E09000022-ETHNICITY"))
 *     .area(AreaId.of("E09000022")).year(2021).dimension("ETHNICITY")
 *     .putCounts("WHITE", 172_000).putCounts("BLACK", 77_000)
 *     .source("Census 2021, TS021")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReferencePopulation implements Identified {

  ReferencePopulation() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, never null} */
  public abstract PopulationId id();

  /**
   * The area counted.
   *
   * @return the area id, never null
   */
  public abstract AreaId area();

  /** {@return the year of the count, e.g. a census year} */
  public abstract int year();

  /**
   * The dimension's code in the scheme.
   *
   * @return the code, not blank
   */
  @NotBlank
  public abstract String dimension();

  /**
   * The population per category code.
   *
   * @return the counts, each zero or more, never null
   */
  public abstract Map<String, @PositiveOrZero Long> counts();

  /**
   * Where the figures come from, e.g. {@code "Census 2021, TS021"}.
   *
   * @return the source
   */
  public abstract Optional<String> source();

  /**
   * The total over all categories.
   *
   * @return the sum of {@link #counts()}
   */
  public long total() {
    long sum = 0;
    for (long count : counts().values()) {
      sum += count;
    }
    return sum;
  }

  @Value.Check
  void check() {
    Counts.checkSum(counts().values(), 0, "population counts of " + dimension());
  }

  /** Builds a {@link ReferencePopulation}. */
  public static final class Builder extends ImmutableReferencePopulation.Builder {
    Builder() {}
  }
}
