package org.engagement.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resource allocation (2006 outcome 2, "influence on police management"): people, money or
 * things moved to an issue, with the decision it implements and the community inputs it responds
 * to.
 *
 * <pre>{@code
 * ResourceAllocation patrols = ResourceAllocation.builder()
 *     .id(AllocationId.of("ALLOC-0001")).date(LocalDate.of(2012, 11, 20))
 *     .area(AreaId.of("E05014105")).resourceType(ResourceType.HUMAN)
 *     .quantity(new BigDecimal("120")).unit("officer hours").issueCategory("ASB")
 *     .decision(DecisionId.of("DEC-0001")).addRespondsTo(InputId.of("IN-0001"))
 *     .build();
 * }</pre>
 *
 * <p>Quantities of different units are never added.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ResourceAllocation implements Identified {

  ResourceAllocation() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, never null} */
  public abstract AllocationId id();

  /** {@return the date of the allocation, never null} */
  public abstract LocalDate date();

  /**
   * The area that receives the resource.
   *
   * @return the area id, never null
   */
  public abstract AreaId area();

  /**
   * The kind of resource.
   *
   * @return the type, never null
   */
  public abstract ResourceType resourceType();

  /**
   * How much, in {@link #unit()}.
   *
   * @return the quantity, zero or more
   */
  @PositiveOrZero
  public abstract BigDecimal quantity();

  /**
   * The unit: officer hours, posts, GBP, vehicles.
   *
   * @return the unit, not blank
   */
  @NotBlank
  public abstract String unit();

  /**
   * The issue category, a code of the dataset's taxonomy.
   *
   * @return the code, not blank
   */
  @NotBlank
  public abstract String issueCategory();

  /**
   * The decision this allocation implements.
   *
   * @return the decision id, empty when none
   */
  public abstract Optional<DecisionId> decision();

  /**
   * The community inputs it responds to directly.
   *
   * @return the input ids, never null
   */
  public abstract List<InputId> respondsTo();

  /**
   * What was allocated, in brief.
   *
   * @return the description, empty when not recorded
   */
  public abstract Optional<String> description();

  /** Builds a {@link ResourceAllocation}. */
  public static final class Builder extends ImmutableResourceAllocation.Builder {
    Builder() {}
  }
}
