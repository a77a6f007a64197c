package org.engagement.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A numeric public promise for an area, with a target, a deadline, measurements of progress and
 * the 2012 standard it evidences (YE-2: 4,000 volunteer police cadets by 2014; YE-3: an online
 * youth survey of 35,000 teenagers).
 *
 * <pre>{@code
 * Commitment cadets = Commitment.builder()
 *     .id(CommitmentId.of("YE-2-CADETS")).area(AreaId.of("E12000007"))
 *     .description("Volunteer Police Cadets").standard("YE-2")
 *     .target(new BigDecimal("4000")).unit("cadets").deadline(LocalDate.of(2014, 3, 31))
 *     .addMeasurements(Measurement.of(LocalDate.of(2013, 3, 31), new BigDecimal("3120")))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Commitment implements Identified {

  Commitment() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, never null} */
  public abstract CommitmentId id();

  /**
   * The area the promise is made for.
   *
   * @return the area id, never null
   */
  public abstract AreaId area();

  /**
   * What was promised.
   *
   * @return the description, not blank
   */
  @NotBlank
  public abstract String description();

  /**
   * The standard it evidences, e.g. {@code "YE-2"}.
   *
   * @return the standard's id, empty when none
   */
  public abstract Optional<String> standard();

  /** {@return the target value, greater than 0} */
  @Positive
  public abstract BigDecimal target();

  /** {@return the unit of target and measurements, empty when not recorded} */
  public abstract Optional<String> unit();

  /**
   * The deadline.
   *
   * @return the date, never null
   */
  public abstract LocalDate deadline();

  /**
   * Measurements of progress.
   *
   * @return the measurements, never null
   */
  public abstract List<@Valid Measurement> measurements();

  /** Builds a {@link Commitment}. */
  public static final class Builder extends ImmutableCommitment.Builder {
    Builder() {}
  }
}
