package org.engagement.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.testkit.SampleDataset.LAMBETH;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.engagement.core.ActivityId;
import org.engagement.core.AllocationId;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.Commitment;
import org.engagement.core.CommitmentId;
import org.engagement.core.CommunityInput;
import org.engagement.core.CountBasis;
import org.engagement.core.DemographicCounts;
import org.engagement.core.DimensionCounts;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementLevel;
import org.engagement.core.EngagementMethod;
import org.engagement.core.Feedback;
import org.engagement.core.FeedbackFormat;
import org.engagement.core.FeedbackId;
import org.engagement.core.InputId;
import org.engagement.core.InputResponse;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.Openness;
import org.engagement.core.Panel;
import org.engagement.core.PanelId;
import org.engagement.core.PanelKind;
import org.engagement.core.PopulationId;
import org.engagement.core.Question;
import org.engagement.core.QuestionId;
import org.engagement.core.QuestionType;
import org.engagement.core.ReferencePopulation;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.ResourceType;
import org.engagement.core.ResponseId;
import org.engagement.core.Survey;
import org.engagement.core.SurveyId;
import org.engagement.core.SurveyPopulation;
import org.engagement.core.SurveyResponse;
import org.engagement.testkit.SampleDataset;
import org.junit.jupiter.api.Test;

/**
 * Each kind of Jakarta constraint in the model fires: one record is validated with
 * {@link BeanValidation#validator()} directly. (Hibernate Validator ignores record-style accessors
 * unless told otherwise, so a constraint that silently does nothing is the failure to catch.)
 */
class BeanValidationTest {

  private static <T> ConstraintViolation<T> single(T record) {
    Set<ConstraintViolation<T>> violations = BeanValidation.validator().validate(record);
    assertThat(violations).as("violations of %s", record).hasSize(1);
    return violations.iterator().next();
  }

  private static void assertViolation(ConstraintViolation<?> violation, String path,
      Class<? extends Annotation> kind, Object invalidValue) {
    assertThat(violation.getPropertyPath()).hasToString(path);
    assertThat(violation.getConstraintDescriptor().getAnnotation().annotationType())
        .isEqualTo(kind);
    assertThat(violation.getInvalidValue()).isEqualTo(invalidValue);
  }

  private static EngagementActivity.Builder activity() {
    return EngagementActivity.builder().id(ActivityId.of("ACT-0001")).title("Street surgery")
        .date(LocalDate.of(2012, 10, 4)).area(LAMBETH).engagementLevel(EngagementLevel.COMMUNITY)
        .involvement(InvolvementLevel.INFORM).method(EngagementMethod.STREET_SURGERY)
        .openness(Openness.OPEN);
  }

  private static DemographicCounts notStated(long notStated) {
    return DemographicCounts.builder().basis(CountBasis.RESPONDENTS)
        .addDimensions(DimensionCounts.builder().dimension("AGE").notStated(notStated).build())
        .build();
  }

  @Test
  void validator_isShared() {
    assertThat(BeanValidation.validator()).isSameAs(BeanValidation.validator());
  }

  @Test
  void validate_everyRecordOfTheSample_noViolation() {
    assertThat(BeanValidation.validator().validate(SampleDataset.lambeth())).isEmpty();
  }

  @Test
  void notBlank_onAnAccessor_fires() {
    Area blank = Area.builder().id(AreaId.of("E09000022")).name("  ").level(AreaLevel.BOROUGH)
        .build();

    assertViolation(single(blank), "name", NotBlank.class, "  ");
  }

  @Test
  void positiveOrZero_onAScalar_fires() {
    DimensionCounts counts = DimensionCounts.builder().dimension("AGE").notStated(-1).build();

    assertViolation(single(counts), "notStated", PositiveOrZero.class, -1L);
  }

  @Test
  void positiveOrZero_onABigDecimal_fires() {
    ResourceAllocation allocation = ResourceAllocation.builder().id(AllocationId.of("A-1"))
        .date(LocalDate.of(2012, 1, 1)).area(LAMBETH).resourceType(ResourceType.FINANCIAL)
        .quantity(new BigDecimal("-1")).unit("GBP").issueCategory("ASB").build();

    assertViolation(single(allocation), "quantity", PositiveOrZero.class, new BigDecimal("-1"));
  }

  @Test
  void positiveOrZero_onAnOptionalLongElement_fires() {
    assertViolation(single(activity().attendance(-5L).build()), "attendance",
        PositiveOrZero.class, -5L);
  }

  @Test
  void positiveOrZero_onAnOptionalBigDecimalElement_fires() {
    assertViolation(single(activity().cost(new BigDecimal("-0.01")).build()), "cost",
        PositiveOrZero.class, new BigDecimal("-0.01"));
  }

  @Test
  void positiveOrZero_onMapValues_fires() {
    DimensionCounts counts = DimensionCounts.builder().dimension("ETHNICITY")
        .putCounts("WHITE", 3L).putCounts("BLACK", -2L).build();

    assertViolation(single(counts), "counts[BLACK].<map value>", PositiveOrZero.class, -2L);
  }

  @Test
  void positiveOrZero_onReferencePopulationCounts_fires() {
    ReferencePopulation population = ReferencePopulation.builder().id(PopulationId.of("P"))
        .area(LAMBETH).year(2021).dimension("AGE").putCounts("AGE_0_15", -7L).build();

    assertViolation(single(population), "counts[AGE_0_15].<map value>", PositiveOrZero.class,
        -7L);
  }

  @Test
  void positive_onADouble_fires() {
    SurveyResponse response = SurveyResponse.builder().id(ResponseId.of("R-1"))
        .survey(SurveyId.of("S")).date(LocalDate.of(2012, 1, 1)).area(LAMBETH).weight(0.0)
        .build();

    assertViolation(single(response), "weight", Positive.class, 0.0);
  }

  @Test
  void positive_onABigDecimal_fires() {
    Commitment commitment = Commitment.builder().id(CommitmentId.of("C")).area(LAMBETH)
        .description("Cadets").target(new BigDecimal("-4000")).deadline(LocalDate.of(2014, 1, 1))
        .build();

    assertViolation(single(commitment), "target", Positive.class, new BigDecimal("-4000"));
  }

  @Test
  void min_onAnInt_fires() {
    CommunityInput input = CommunityInput.builder().id(InputId.of("IN-1"))
        .activity(ActivityId.of("ACT-1")).area(LAMBETH).date(LocalDate.of(2012, 1, 1))
        .issueCategory("ASB").summary("Noise").support(0).build();

    assertViolation(single(input), "support", Min.class, 0);
  }

  @Test
  void valid_cascadesIntoAList() {
    Survey survey = Survey.builder().id(SurveyId.of("S")).name("Survey").wave("1")
        .population(SurveyPopulation.PUBLIC)
        .addQuestions(Question.builder().id(QuestionId.of("Q1")).text("Fine?")
            .type(QuestionType.BINARY).build())
        .addQuestions(Question.builder().id(QuestionId.of("Q2")).text("")
            .type(QuestionType.BINARY).build())
        .build();

    assertViolation(single(survey), "questions[1].text", NotBlank.class, "");
  }

  @Test
  void valid_cascadesIntoAListOfValuesWithoutBuilder() {
    Feedback feedback = Feedback.builder().id(FeedbackId.of("FB")).published(LocalDate.of(2012, 1, 1))
        .channel("website").format(FeedbackFormat.SUMMARY)
        .addResponses(InputResponse.of(InputId.of("IN-1"), false, " "))
        .build();

    assertViolation(single(feedback), "responses[0].explanation", NotBlank.class, " ");
  }

  @Test
  void valid_cascadesIntoTheDatasetsCollections() {
    EngagementDataset data = EngagementDataset.builder()
        .addActivities(activity().build(), activity().title("").build())
        .build();

    assertViolation(single(data), "activities[1].title", NotBlank.class, "");
  }

  @Test
  void valid_cascadesIntoAnOptional() {
    assertViolation(single(activity().demographics(notStated(-1)).build()),
        "demographics.dimensions[0].notStated", PositiveOrZero.class, -1L);
  }

  @Test
  void valid_cascadesIntoAnOptionalOfAPanel() {
    Panel panel = Panel.builder().id(PanelId.of("IAG")).kind(PanelKind.IAG).name("IAG")
        .area(LAMBETH).activeFrom(LocalDate.of(2010, 1, 1)).openness(Openness.CLOSED)
        .membershipDemographics(notStated(-9)).build();

    assertViolation(single(panel), "membershipDemographics.dimensions[0].notStated",
        PositiveOrZero.class, -9L);
  }

  @Test
  void notBlank_onIssueCategoryElements_fires() {
    assertViolation(single(activity().addIssueCategories("ASB", " ").build()),
        "issueCategories[1].<list element>", NotBlank.class, " ");
  }
}
