package org.engagement.core;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An initiative or operation (2006 outcome 4, "engagement mainstreamed"). Its engagement
 * components are links to engagement activities, recorded here in {@link #activities()} or on
 * the activity's side in {@link EngagementActivity#initiatives()}; both count.
 *
 * <pre>{@code
 * Initiative operation = Initiative.builder()
 *     .id(InitiativeId.of("OP-0001")).kind(InitiativeKind.OPERATION)
 *     .name("Operation Bright Nights").businessUnit("Lambeth Safer Neighbourhoods")
 *     .area(AreaId.of("E09000022")).start(LocalDate.of(2012, 10, 1))
 *     .end(LocalDate.of(2013, 3, 31))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Initiative implements Identified {

  Initiative() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, never null} */
  public abstract InitiativeId id();

  /**
   * Initiative or operation.
   *
   * @return the kind, never null
   */
  public abstract InitiativeKind kind();

  /** {@return the name, not blank} */
  @NotBlank
  public abstract String name();

  /**
   * The business unit that runs it.
   *
   * @return the unit's name, not blank
   */
  @NotBlank
  public abstract String businessUnit();

  /**
   * The area it covers.
   *
   * @return the area id, never null
   */
  public abstract AreaId area();

  /**
   * The first day.
   *
   * @return the date, never null
   */
  public abstract LocalDate start();

  /**
   * The last day; empty while ongoing.
   *
   * @return the date, not before {@link #start()}
   */
  public abstract Optional<LocalDate> end();

  /**
   * Its engagement components.
   *
   * @return the linked activity ids, never null
   */
  public abstract List<ActivityId> activities();

  /** Builds an {@link Initiative}. */
  public static final class Builder extends ImmutableInitiative.Builder {
    Builder() {}
  }
}
