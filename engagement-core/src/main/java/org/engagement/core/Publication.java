package org.engagement.core;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated document issued for an area, optionally for a panel (the minutes of an IAG): the
 * evidence several 2012 standards ask for.
 *
 * <pre>{@code
 * Publication howTo = Publication.builder()
 *     .id(PublicationId.of("PUB-0001")).kind(PublicationKind.HOW_TO_GET_INVOLVED)
 *     .title("Get involved in policing Lambeth").date(LocalDate.of(2012, 5, 1))
 *     .area(AreaId.of("E09000022"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Publication implements Identified {

  Publication() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, never null} */
  public abstract PublicationId id();

  /** {@return the kind of document, never null} */
  public abstract PublicationKind kind();

  /** {@return the title, not blank} */
  @NotBlank
  public abstract String title();

  /** {@return the date of issue, never null} */
  public abstract LocalDate date();

  /**
   * The area it was issued for.
   *
   * @return the area id, never null
   */
  public abstract AreaId area();

  /**
   * The panel it was issued for.
   *
   * @return the panel id, empty when none
   */
  public abstract Optional<PanelId> panel();

  /** Builds a {@link Publication}. */
  public static final class Builder extends ImmutablePublication.Builder {
    Builder() {}
  }
}
