package org.engagement.measures.survey;

import java.util.Optional;
import org.engagement.core.Question;
import org.engagement.core.QuestionId;
import org.engagement.core.QuestionType;
import org.engagement.core.StandardRole;
import org.engagement.core.Survey;
import org.engagement.core.SurveyPopulation;
import org.immutables.value.Value;

/**
 * Which question of a survey to read: the question with a standard role, or a BINARY or
 * LIKERT_5 question by id, optionally only in surveys of one population.
 *
 * <pre>{@code
 * SurveyQuestion.of(StandardRole.POLICE_LISTEN).in(SurveyPopulation.PUBLIC);   // A3
 * SurveyQuestion.of(QuestionId.of("Q7"));                                       // any survey
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SurveyQuestion {

  SurveyQuestion() {}

  /**
   * The question with a standard role, in surveys of any population.
   *
   * @param role the role, not null
   * @return the selector, never null
   */
  public static SurveyQuestion of(StandardRole role) {
    return ImmutableSurveyQuestion.builder().role(role).build();
  }

  /**
   * The question with this id, in surveys of any population; only BINARY and LIKERT_5 questions
   * have a proportion, so a CATEGORICAL question with this id is not read.
   *
   * @param id the question id, not null
   * @return the selector, never null
   */
  public static SurveyQuestion of(QuestionId id) {
    return ImmutableSurveyQuestion.builder().questionId(id).build();
  }

  /**
   * The standard role.
   *
   * @return present exactly when {@link #questionId()} is empty
   */
  public abstract Optional<StandardRole> role();

  /**
   * The question id.
   *
   * @return present exactly when {@link #role()} is empty
   */
  public abstract Optional<QuestionId> questionId();

  /**
   * The population of the surveys read.
   *
   * @return empty for surveys of any population
   */
  public abstract Optional<SurveyPopulation> population();

  /**
   * Returns this selector restricted to surveys of one population.
   *
   * @param population the population, not null
   * @return a new selector; this one is unaffected
   */
  public SurveyQuestion in(SurveyPopulation population) {
    return ImmutableSurveyQuestion.builder().from(this).population(population).build();
  }

  /**
   * The question this selector reads in a survey.
   *
   * @param survey the survey, not null
   * @return the BINARY or LIKERT_5 question, or empty when the survey has none or is of another
   *     population
   */
  public Optional<Question> find(Survey survey) {
    if (population().isPresent() && population().get() != survey.population()) {
      return Optional.empty();
    }
    Optional<Question> question =
        role().isPresent() ? survey.question(role().get()) : survey.question(questionId().orElseThrow());
    return question.filter(q -> q.type() == QuestionType.BINARY || q.type() == QuestionType.LIKERT_5);
  }

  @Value.Check
  void check() {
    if (role().isPresent() == questionId().isPresent()) {
      throw new IllegalArgumentException(
          "survey question needs exactly one of role and question id: " + role() + ", " + questionId());
    }
  }

  /**
   * Returns the role or id and the population.
   *
   * @return e.g. {@code POLICE_LISTEN (PUBLIC)} or {@code question Q7}
   */
  @Override
  public String toString() {
    String what = role().map(StandardRole::name).orElseGet(() -> "question " + questionId().orElseThrow());
    return what + population().map(p -> " (" + p + ")").orElse("");
  }
}
