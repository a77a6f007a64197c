package org.engagement.measures.outcome;

import java.util.Comparator;
import org.engagement.core.ResourceType;
import org.immutables.value.Value;

/**
 * A resource type with its unit: the key under which M2 adds quantities (quantities of
 * different units are never added).
 *
 * <pre>{@code
 * ResourceUnit.of(ResourceType.HUMAN, "officer hours");   // HUMAN/officer hours
 * }</pre>
 *
 * <p>Sorted by resource type, then unit in ordinal string order. This class is immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class ResourceUnit implements Comparable<ResourceUnit> {

  private static final Comparator<ResourceUnit> ORDER =
      Comparator.comparing(ResourceUnit::type).thenComparing(ResourceUnit::unit);

  ResourceUnit() {}

  /**
   * Returns the key.
   *
   * @param type the resource type, not null
   * @param unit the unit, not blank
   * @return the key, never null
   */
  public static ResourceUnit of(ResourceType type, String unit) {
    return ImmutableResourceUnit.of(type, unit);
  }

  /**
   * The resource type.
   *
   * @return the type, never null
   */
  @Value.Parameter
  public abstract ResourceType type();

  /** {@return the unit, never blank} */
  @Value.Parameter
  public abstract String unit();

  @Override
  public int compareTo(ResourceUnit other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns the type and unit.
   *
   * @return e.g. {@code HUMAN/officer hours}
   */
  @Override
  public String toString() {
    return type() + "/" + unit();
  }
}
