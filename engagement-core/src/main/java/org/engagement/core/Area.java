package org.engagement.core;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A geographic unit with a parent and a level: force area → borough → ward.
 *
 * <pre>{@code
 * Area lambeth = Area.builder()
 *     .id(AreaId.of("E09000022")).name("Lambeth").level(AreaLevel.BOROUGH)
 *     .parent(AreaId.of("E12000007"))
 *     .build();
 * }</pre>
 *
 * <p>Areas form a tree through {@link #parent()}; a scope on a borough includes its wards. A ward
 * may declare a significant business presence (an industrial estate, a high street), which the
 * 2011 panels report says its panel should reflect.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Area implements Identified {

  Area() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, preferably the ONS code, never null} */
  public abstract AreaId id();

  /**
   * The area's name, for people.
   *
   * @return the name, not blank
   */
  @NotBlank
  public abstract String name();

  /** {@return the level in the area tree, never null} */
  public abstract AreaLevel level();

  /**
   * The parent area; empty for the root (usually the force area).
   *
   * @return the parent id
   */
  public abstract Optional<AreaId> parent();

  /**
   * Whether the area declares a significant business presence (2011 panels report).
   *
   * @return true when it does; false by default
   */
  @Value.Default
  public boolean businessPresence() {
    return false;
  }

  @Value.Check
  void check() {
    if (parent().isPresent() && parent().get().equals(id())) {
      throw new RecordInvariantException(
          "AREA_CYCLE", "parent", "area must not be its own parent: " + id());
    }
  }

  /** Builds an {@link Area}. */
  public static final class Builder extends ImmutableArea.Builder {
    Builder() {}
  }
}
