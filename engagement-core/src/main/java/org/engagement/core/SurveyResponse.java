package org.engagement.core;

import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One respondent's answers to a survey wave, with a design weight and the respondent's
 * demographics as one category (or {@code NOT_STATED}) per dimension; never identity.
 *
 * <pre>{@code
 * SurveyResponse r = SurveyResponse.builder()
 *     .id(ResponseId.of("R-000001")).survey(SurveyId.of("PAS-2012"))
 *     .date(LocalDate.of(2012, 6, 3)).area(AreaId.of("E05014105")).weight(1.27)
 *     .putDemographics("ETHNICITY", "BLACK").putDemographics("AGE", "AGE_25_34")
 *     .putAnswers(QuestionId.of("Q7"), Answer.likert(4))
 *     .build();
 * }</pre>
 *
 * <p>A skipped question is simply absent from {@link #answers()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SurveyResponse implements Identified {

  SurveyResponse() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, never null} */
  public abstract ResponseId id();

  /**
   * The survey wave answered.
   *
   * @return the survey id, never null
   */
  public abstract SurveyId survey();

  /** {@return the date of the interview or submission, never null} */
  public abstract LocalDate date();

  /**
   * The respondent's area.
   *
   * @return the area id, never null
   */
  public abstract AreaId area();

  /**
   * The design weight.
   *
   * @return the weight, greater than 0; 1 by default
   */
  @Value.Default
  @Positive
  public double weight() {
    return 1.0;
  }

  /**
   * The respondent's category per dimension code, or {@code NOT_STATED}.
   *
   * @return dimension code → category code, never null
   */
  public abstract Map<String, String> demographics();

  /**
   * The answers by question.
   *
   * @return question id → answer, never null
   */
  public abstract Map<QuestionId, Answer> answers();

  @Value.Check
  void check() {
    if (!Double.isFinite(weight())) {
      throw new RecordInvariantException(
          "CONSTRAINT_VIOLATED", "weight", "weight must be a finite number: " + weight());
    }
  }

  /** Builds a {@link SurveyResponse}. */
  public static final class Builder extends ImmutableSurveyResponse.Builder {
    Builder() {}
  }
}
