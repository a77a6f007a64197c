package org.engagement.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named post held for an area over a period (2012 standards YE-1, BE-2, CT-1, CT-4).
 *
 * <pre>{@code
 * RoleAssignment coordinator = RoleAssignment.builder()
 *     .id(RoleId.of("ROLE-0001")).role(RoleKind.YOUTH_ENGAGEMENT_COORDINATOR)
 *     .area(AreaId.of("E09000022")).from(LocalDate.of(2012, 9, 1))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RoleAssignment implements Identified {

  RoleAssignment() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, never null} */
  public abstract RoleId id();

  /**
   * The post.
   *
   * @return the role, never null
   */
  public abstract RoleKind role();

  /**
   * The post's title, needed for {@link RoleKind#OTHER}.
   *
   * @return the title, empty when none
   */
  public abstract Optional<String> title();

  /**
   * The area the post is held for.
   *
   * @return the area id, never null
   */
  public abstract AreaId area();

  /**
   * The first day the post was held.
   *
   * @return the date, never null
   */
  public abstract LocalDate from();

  /**
   * The last day the post was held.
   *
   * @return the date, empty while held
   */
  public abstract Optional<LocalDate> to();

  /**
   * The holder's pseudonymous id.
   *
   * @return the id, empty when not recorded
   */
  public abstract Optional<ParticipantId> holder();

  /** Builds a {@link RoleAssignment}. */
  public static final class Builder extends ImmutableRoleAssignment.Builder {
    Builder() {}
  }
}
