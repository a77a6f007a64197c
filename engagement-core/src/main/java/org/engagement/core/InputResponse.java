package org.engagement.core;

import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * What feedback says about one community input: whether it was acted on, and what was done or
 * why not.
 *
 * <pre>{@code
 * InputResponse r = InputResponse.of(InputId.of("IN-0001"), true,
 *     "Friday-night dispersal patrols since November");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class InputResponse {

  InputResponse() {}

  /**
   * Returns a response.
   *
   * @param input the input answered, not null
   * @param actedOn whether it was acted on
   * @param explanation what was done, or why not, not blank
   * @return the response, never null
   */
  public static InputResponse of(InputId input, boolean actedOn, String explanation) {
    return ImmutableInputResponse.of(input, actedOn, explanation);
  }

  /**
   * The input answered.
   *
   * @return the input id, never null
   */
  @Value.Parameter
  public abstract InputId input();

  /** {@return true when it was acted on} */
  @Value.Parameter
  public abstract boolean actedOn();

  /**
   * What was done, or why not.
   *
   * @return the explanation, not blank
   */
  @Value.Parameter
  @NotBlank
  public abstract String explanation();
}
