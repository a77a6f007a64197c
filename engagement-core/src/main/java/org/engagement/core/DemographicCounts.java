package org.engagement.core;

import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Aggregate demographic counts of the people at an activity or on a panel: per dimension, the
 * count in each category and the number not stated, with the {@link CountBasis} that says what
 * was counted. Never names or identities: participants' demographics are special-category
 * personal data, held here only as counts.
 *
 * <pre>{@code
 * DemographicCounts attendance = DemographicCounts.builder()
 *     .basis(CountBasis.RESPONDENTS)
 *     .addDimensions(DimensionCounts.builder().dimension("GENDER")
 *         .putCounts("FEMALE", 18).putCounts("MALE", 15).notStated(2).build())
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DemographicCounts {

  DemographicCounts() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * What was counted: each respondent once per dimension, or each response.
   *
   * @return the basis
   */
  public abstract CountBasis basis();

  /** {@return the counts per dimension, at most one entry per dimension, never null} */
  public abstract List<@Valid DimensionCounts> dimensions();

  /**
   * The counts of one dimension.
   *
   * @param dimension the dimension code, not null
   * @return the counts, or empty when the dimension was not recorded
   */
  public Optional<DimensionCounts> dimension(String dimension) {
    return dimensions().stream().filter(d -> d.dimension().equals(dimension)).findFirst();
  }

  @Value.Check
  void check() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < dimensions().size(); i++) {
      DimensionCounts counts = dimensions().get(i);
      if (!seen.add(counts.dimension())) {
        throw new RecordInvariantException("DUPLICATE_ENTRY", "dimensions." + i + ".dimension",
            "demographic counts list dimension " + counts.dimension() + " twice");
      }
    }
  }

  /** Builds a {@link DemographicCounts}. */
  public static final class Builder extends ImmutableDemographicCounts.Builder {
    Builder() {}
  }
}
