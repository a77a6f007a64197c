package org.engagement.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of a {@link Panel}, by pseudonymous id (never a name): what the member represents,
 * when they joined and left, and when they were inducted.
 *
 * <pre>{@code
 * PanelMember m = PanelMember.builder()
 *     .member(ParticipantId.of("P-7f3a9c")).category(MemberCategory.RESIDENT)
 *     .joined(LocalDate.of(2011, 5, 1))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PanelMember {

  PanelMember() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The member's pseudonymous id.
   *
   * @return the id, never null
   */
  public abstract ParticipantId member();

  /**
   * What the member represents.
   *
   * @return the category, never null
   */
  public abstract MemberCategory category();

  /** {@return the date the member joined, never null} */
  public abstract LocalDate joined();

  /** {@return the date the member left, empty while a member} */
  public abstract Optional<LocalDate> left();

  /** {@return the date of the member's induction, empty when not inducted} */
  public abstract Optional<LocalDate> induction();

  /** Builds a {@link PanelMember}. */
  public static final class Builder extends ImmutablePanelMember.Builder {
    Builder() {}
  }
}
