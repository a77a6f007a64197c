package org.engagement.core;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * What the public said (2006 outcome 1): an issue, priority, concern or proposal raised at an
 * activity, with how many people raised or endorsed it.
 *
 * <pre>{@code
 * CommunityInput input = CommunityInput.builder()
 *     .id(InputId.of("IN-0001")).activity(ActivityId.of("ACT-0001"))
 *     .area(AreaId.of("E05014105")).date(LocalDate.of(2012, 10, 4))
 *     .issueCategory("ASB").summary("Groups gathering outside the station after 10pm")
 *     .support(12)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CommunityInput implements Identified {

  CommunityInput() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, never null} */
  public abstract InputId id();

  /**
   * The activity at which it was raised.
   *
   * @return the activity id, never null
   */
  public abstract ActivityId activity();

  /**
   * The area it concerns.
   *
   * @return the area id, never null
   */
  public abstract AreaId area();

  /** {@return the date it was raised, never null} */
  public abstract LocalDate date();

  /**
   * The issue category, a code of the dataset's taxonomy.
   *
   * @return the code, not blank
   */
  @NotBlank
  public abstract String issueCategory();

  /**
   * What was said, in brief.
   *
   * @return the summary, not blank
   */
  @NotBlank
  public abstract String summary();

  /**
   * How many people raised or endorsed it.
   *
   * @return one or more; 1 by default
   */
  @Value.Default
  @Min(1)
  public int support() {
    return 1;
  }

  /** Builds a {@link CommunityInput}. */
  public static final class Builder extends ImmutableCommunityInput.Builder {
    Builder() {}
  }
}
