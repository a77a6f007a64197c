package org.engagement.core;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A question of a {@link Survey}: its type, and optionally the {@link StandardRole} that
 * measures read it by.
 *
 * <pre>{@code
 * Question listen = Question.builder()
 *     .id(QuestionId.of("Q7")).text("The police listen to the concerns of local people")
 *     .type(QuestionType.LIKERT_5).role(StandardRole.POLICE_LISTEN)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Question {

  Question() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, unique within its survey, never null} */
  public abstract QuestionId id();

  /**
   * The question as asked.
   *
   * @return the text, not blank
   */
  @NotBlank
  public abstract String text();

  /**
   * The answer format.
   *
   * @return the type, never null
   */
  public abstract QuestionType type();

  /**
   * The standard role measures read it by.
   *
   * @return the role, empty when none
   */
  public abstract Optional<StandardRole> role();

  /**
   * The category codes of a CATEGORICAL question.
   *
   * @return the codes, empty for other types
   */
  public abstract List<String> categories();

  /** Builds a {@link Question}. */
  public static final class Builder extends ImmutableQuestion.Builder {
    Builder() {}
  }
}
