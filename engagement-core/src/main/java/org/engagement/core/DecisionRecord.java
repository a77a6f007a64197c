package org.engagement.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision by a named decision-making body, with the community inputs presented to it and,
 * per presented input, a {@link Consideration} (2006 outcome 1).
 *
 * <pre>{@code
 * DecisionRecord decision = DecisionRecord.builder()
 *     .id(DecisionId.of("DEC-0001")).body("Lambeth SLT tasking meeting")
 *     .area(AreaId.of("E09000022")).date(LocalDate.of(2012, 11, 12))
 *     .addPresentedInputs(InputId.of("IN-0001"))
 *     .addConsiderations(Consideration.builder().input(InputId.of("IN-0001"))
 *         .considered(true).outcome(ConsiderationOutcome.ACCEPTED)
 *         .reason("Dispersal patrols added").build())
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DecisionRecord implements Identified {

  DecisionRecord() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, never null} */
  public abstract DecisionId id();

  /**
   * The decision-making body.
   *
   * @return its name, not blank
   */
  @NotBlank
  public abstract String body();

  /**
   * The area the decision is for.
   *
   * @return the area id, never null
   */
  public abstract AreaId area();

  /** {@return the date of the decision, never null} */
  public abstract LocalDate date();

  /**
   * What was decided, in brief.
   *
   * @return the summary, empty when not recorded
   */
  public abstract Optional<String> summary();

  /**
   * The inputs presented to the decision-makers.
   *
   * @return the input ids, never null
   */
  public abstract List<InputId> presentedInputs();

  /**
   * How each presented input was treated.
   *
   * @return the considerations, never null
   */
  public abstract List<@Valid Consideration> considerations();

  /**
   * Finds the consideration of one input.
   *
   * @param input the input id, not null
   * @return the first consideration naming {@code input}, or empty
   */
  public Optional<Consideration> considerationOf(InputId input) {
    return considerations().stream().filter(c -> c.input().equals(input)).findFirst();
  }

  /** Builds a {@link DecisionRecord}. */
  public static final class Builder extends ImmutableDecisionRecord.Builder {
    Builder() {}
  }
}
