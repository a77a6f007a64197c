package org.engagement.core;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A neighbourhood priority set by a panel, in the shape of police.uk's neighbourhood priorities
 * (issue, issue date, action, action date), with who set it (2011 panels report).
 *
 * <pre>{@code
 * Priority p = Priority.builder()
 *     .id(PriorityId.of("PRI-0001")).panel(PanelId.of("SNP-E05014105"))
 *     .issue("Drug dealing on the estate").category("DRUGS").source(PrioritySource.LOCAL)
 *     .setDate(LocalDate.of(2012, 10, 4))
 *     .action("Weekly plain-clothes patrols; two warrants executed")
 *     .actionDate(LocalDate.of(2012, 12, 10))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Priority implements Identified {

  Priority() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, never null} */
  public abstract PriorityId id();

  /**
   * The panel that set it; the priority's area is the panel's.
   *
   * @return the panel id
   */
  public abstract PanelId panel();

  /** {@return the issue, not blank} */
  @NotBlank
  public abstract String issue();

  /**
   * The issue category, a code of the dataset's taxonomy.
   *
   * @return the code, empty when none
   */
  public abstract Optional<String> category();

  /**
   * Who set it.
   *
   * @return the source, never null
   */
  public abstract PrioritySource source();

  /** {@return the date it was set (police.uk's issue date), never null} */
  public abstract LocalDate setDate();

  /** {@return the action taken, empty when none is recorded} */
  public abstract Optional<String> action();

  /** {@return the date of the action, empty when none is recorded} */
  public abstract Optional<LocalDate> actionDate();

  /** Builds a {@link Priority}. */
  public static final class Builder extends ImmutablePriority.Builder {
    Builder() {}
  }
}
