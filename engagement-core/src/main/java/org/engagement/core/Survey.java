package org.engagement.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One wave of a survey instrument, with its population and questions: a participant survey (2006
 * outcome 5) or a public survey like MOPAC's Public Attitude Survey (2005 additional measures).
 *
 * <pre>{@code
 * Survey pas = Survey.builder()
 *     .id(SurveyId.of("PAS-2012")).name("Public Attitude Survey").wave("2012/13")
 *     .population(SurveyPopulation.PUBLIC)
 *     .addQuestions(Question.builder().id(QuestionId.of("Q7"))
 *         .text("The police listen to the concerns of local people")
 *         .type(QuestionType.LIKERT_5).role(StandardRole.POLICE_LISTEN).build())
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Survey implements Identified {

  Survey() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id of this wave, never null} */
  public abstract SurveyId id();

  /**
   * The instrument's name.
   *
   * @return the name, not blank
   */
  @NotBlank
  public abstract String name();

  /**
   * The wave, e.g. {@code "2012/13"} or {@code "Q3 2012"}.
   *
   * @return the wave, not blank
   */
  @NotBlank
  public abstract String wave();

  /**
   * Whom it asks.
   *
   * @return the population, never null
   */
  public abstract SurveyPopulation population();

  /**
   * The area surveyed.
   *
   * @return the area id, empty when not recorded
   */
  public abstract Optional<AreaId> area();

  /** {@return the questions, in order, never null} */
  public abstract List<@Valid Question> questions();

  /**
   * Finds a question by id.
   *
   * @param id the question id, not null
   * @return the first question with that id, or empty
   */
  public Optional<Question> question(QuestionId id) {
    // A loop, not a stream: validation looks up every answer of every response.
    for (Question q : questions()) {
      if (q.id().equals(id)) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the question with a standard role.
   *
   * @param role the role, not null
   * @return the first question with that role, or empty
   */
  public Optional<Question> question(StandardRole role) {
    return questions().stream().filter(q -> q.role().equals(Optional.of(role))).findFirst();
  }

  /** Builds a {@link Survey}. */
  public static final class Builder extends ImmutableSurvey.Builder {
    Builder() {}
  }
}
