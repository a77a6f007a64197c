package org.engagement.core;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A key message to communities (2012 standard CE-5), with the four-point quality standard as
 * assessed attributes: accessible, consistent, timely, aimed at the widest audience. An
 * attribute that was not assessed is empty, and criteria read it as not met.
 *
 * <pre>{@code
 * KeyMessage m = KeyMessage.builder()
 *     .id(MessageId.of("MSG-0001")).date(LocalDate.of(2012, 8, 6))
 *     .area(AreaId.of("E09000022")).message("Carnival weekend: road closures and safety advice")
 *     .addChannels("Twitter", "ward newsletters")
 *     .accessible(true).consistent(true).timely(true).widestAudience(false)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class KeyMessage implements Identified {

  KeyMessage() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, never null} */
  public abstract MessageId id();

  /** {@return the date it was issued, never null} */
  public abstract LocalDate date();

  /**
   * The area it was issued for.
   *
   * @return the area id, never null
   */
  public abstract AreaId area();

  /** {@return the message, not blank} */
  @NotBlank
  public abstract String message();

  /** {@return the channels used, never null} */
  public abstract List<String> channels();

  /**
   * Whether it was accessible.
   *
   * @return the assessment, empty when not assessed
   */
  public abstract Optional<Boolean> accessible();

  /**
   * Whether it was consistent.
   *
   * @return the assessment, empty when not assessed
   */
  public abstract Optional<Boolean> consistent();

  /**
   * Whether it was timely.
   *
   * @return the assessment, empty when not assessed
   */
  public abstract Optional<Boolean> timely();

  /**
   * Whether it was aimed at the widest audience.
   *
   * @return the assessment, empty when not assessed
   */
  public abstract Optional<Boolean> widestAudience();

  /**
   * Whether it meets all four points; an attribute not assessed is not met.
   *
   * @return true when all four attributes are assessed and true
   */
  public boolean meetsFourPointStandard() {
    return accessible().orElse(false)
        && consistent().orElse(false)
        && timely().orElse(false)
        && widestAudience().orElse(false);
  }

  /** Builds a {@link KeyMessage}. */
  public static final class Builder extends ImmutableKeyMessage.Builder {
    Builder() {}
  }
}
