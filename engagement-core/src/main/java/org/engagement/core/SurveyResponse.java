package org.engagement.core;

import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
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
// The SDK's style (EngagementStyle), except that the two maps are plain attributes: this type
// stores them compactly (CompactMap), as survey responses are most of a national dataset's
// records, and its hand-written Builder collects them. Immutables would copy each map into a
// LinkedHashMap, about five times the memory. No nested type has the inner-builder name, so
// Immutables generates its own builder for the hand-written one to use, instead of extending it.
@Value.Style(
    typeInnerBuilder = "GeneratedBuilder",
    builder = "generatedBuilder",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    get = {},
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(prehash = false),
    allParameters = false,
    builtinContainerAttributes = false)
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

  /**
   * Builds a {@link SurveyResponse}. The id, survey, date and area are required; the weight is
   * 1 unless set, and the maps are empty unless entries are put. Putting a key again replaces
   * its value and keeps its place in the map's order.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder {

    private final ImmutableSurveyResponse.Builder values = ImmutableSurveyResponse.generatedBuilder();
    private final CompactMap.Builder<String, String> demographics =
        new CompactMap.Builder<>("demographics");
    private final CompactMap.Builder<QuestionId, Answer> answers =
        new CompactMap.Builder<>("answers");

    Builder() {}

    /**
     * Sets every attribute from a response; entries of its maps are added to those put so far.
     *
     * @param instance the response to copy
     * @return this builder
     * @throws NullPointerException if the response is null
     */
    public Builder from(SurveyResponse instance) {
      Objects.requireNonNull(instance, "instance");
      values.id(instance.id()).survey(instance.survey()).date(instance.date())
          .area(instance.area()).weight(instance.weight());
      demographics.putAll(instance.demographics());
      answers.putAll(instance.answers());
      return this;
    }

    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     * @throws NullPointerException if the id is null
     */
    public Builder id(ResponseId id) {
      values.id(id);
      return this;
    }

    /**
     * Sets the survey wave answered.
     *
     * @param survey the survey id
     * @return this builder
     * @throws NullPointerException if the id is null
     */
    public Builder survey(SurveyId survey) {
      values.survey(survey);
      return this;
    }

    /**
     * Sets the date of the interview or submission.
     *
     * @param date the date
     * @return this builder
     * @throws NullPointerException if the date is null
     */
    public Builder date(LocalDate date) {
      values.date(date);
      return this;
    }

    /**
     * Sets the respondent's area.
     *
     * @param area the area id
     * @return this builder
     * @throws NullPointerException if the id is null
     */
    public Builder area(AreaId area) {
      values.area(area);
      return this;
    }

    /**
     * Sets the design weight. {@link #build()} rejects a weight that is not finite; validation
     * reports one that is not greater than 0.
     *
     * @param weight the weight
     * @return this builder
     */
    public Builder weight(double weight) {
      values.weight(weight);
      return this;
    }

    /**
     * Puts the respondent's category of one dimension.
     *
     * @param dimension the dimension code
     * @param category the category code, or {@code NOT_STATED}
     * @return this builder
     * @throws NullPointerException if either is null
     */
    public Builder putDemographics(String dimension, String category) {
      demographics.put(dimension, category);
      return this;
    }

    /**
     * Puts the respondent's category of one dimension.
     *
     * @param entry dimension code → category code
     * @return this builder
     * @throws NullPointerException if the entry, its key or its value is null
     */
    public Builder putDemographics(Map.Entry<String, ? extends String> entry) {
      demographics.put(entry.getKey(), entry.getValue());
      return this;
    }

    /**
     * Puts every entry of a map of demographics, in its iteration order.
     *
     * @param entries dimension code → category code
     * @return this builder
     * @throws NullPointerException if the map, or any of its keys or values, is null
     */
    public Builder putAllDemographics(Map<String, ? extends String> entries) {
      demographics.putAll(entries);
      return this;
    }

    /**
     * Replaces the demographics put so far with the entries of a map, in its iteration order.
     *
     * @param entries dimension code → category code
     * @return this builder
     * @throws NullPointerException if the map, or any of its keys or values, is null
     */
    public Builder demographics(Map<String, ? extends String> entries) {
      demographics.clear();
      demographics.putAll(entries);
      return this;
    }

    /**
     * Puts the answer to one question.
     *
     * @param question the question id
     * @param answer the answer
     * @return this builder
     * @throws NullPointerException if either is null
     */
    public Builder putAnswers(QuestionId question, Answer answer) {
      answers.put(question, answer);
      return this;
    }

    /**
     * Puts the answer to one question.
     *
     * @param entry question id → answer
     * @return this builder
     * @throws NullPointerException if the entry, its key or its value is null
     */
    public Builder putAnswers(Map.Entry<? extends QuestionId, ? extends Answer> entry) {
      answers.put(entry.getKey(), entry.getValue());
      return this;
    }

    /**
     * Puts every entry of a map of answers, in its iteration order.
     *
     * @param entries question id → answer
     * @return this builder
     * @throws NullPointerException if the map, or any of its keys or values, is null
     */
    public Builder putAllAnswers(Map<? extends QuestionId, ? extends Answer> entries) {
      answers.putAll(entries);
      return this;
    }

    /**
     * Replaces the answers put so far with the entries of a map, in its iteration order.
     *
     * @param entries question id → answer
     * @return this builder
     * @throws NullPointerException if the map, or any of its keys or values, is null
     */
    public Builder answers(Map<? extends QuestionId, ? extends Answer> entries) {
      answers.clear();
      answers.putAll(entries);
      return this;
    }

    /**
     * Builds the response. The builder can go on being used; later changes do not affect the
     * response built.
     *
     * @return the response, never null
     * @throws IllegalStateException if the id, survey, date or area is not set
     * @throws RecordInvariantException if the weight is not a finite number
     */
    public SurveyResponse build() {
      return values.demographics(demographics.build()).answers(answers.build()).build();
    }
  }
}
