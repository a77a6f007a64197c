package org.engagement.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a decision-making body treated one community input presented to it (2006 outcome 1, "due
 * consideration"): considered or not, the outcome, the recorded reason and where the evidence
 * is.
 *
 * <pre>{@code
 * Consideration c = Consideration.builder()
 *     .input(InputId.of("IN-0001")).considered(true)
 *     .outcome(ConsiderationOutcome.ACCEPTED)
 *     .reason("Dispersal patrols added on Friday nights")
 *     .evidenceRef("Minutes of 12 Nov 2012, item 4")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Consideration {

  Consideration() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The input considered; must be one presented in the same decision record.
   *
   * @return the id
   */
  public abstract InputId input();

  /** {@return true when the decision-makers considered it} */
  public abstract boolean considered();

  /**
   * What they decided.
   *
   * @return the outcome, empty when none was recorded
   */
  public abstract Optional<ConsiderationOutcome> outcome();

  /** {@return the reason recorded for the outcome, empty when none was recorded} */
  public abstract Optional<String> reason();

  /**
   * Where the evidence is: minutes, a paper.
   *
   * @return the reference, empty when none
   */
  public abstract Optional<String> evidenceRef();

  /** Builds a {@link Consideration}. */
  public static final class Builder extends ImmutableConsideration.Builder {
    Builder() {}
  }
}
