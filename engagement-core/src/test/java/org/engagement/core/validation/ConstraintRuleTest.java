package org.engagement.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.testkit.SampleDataset.ASB_INPUT;
import static org.engagement.testkit.SampleDataset.PANEL_MEETING;
import static org.engagement.core.validation.Reports.assertClean;
import static org.engagement.core.validation.Reports.sample;
import static org.engagement.core.validation.Reports.single;
import static org.engagement.core.validation.Reports.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.engagement.core.ActivityId;
import org.engagement.core.AllocationId;
import org.engagement.core.Commitment;
import org.engagement.core.CommitmentId;
import org.engagement.core.CommunityInput;
import org.engagement.core.CountBasis;
import org.engagement.core.DemographicCategory;
import org.engagement.core.DemographicCounts;
import org.engagement.core.DemographicDimension;
import org.engagement.core.DemographicScheme;
import org.engagement.core.DimensionCounts;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InputId;
import org.engagement.core.PopulationId;
import org.engagement.core.Question;
import org.engagement.core.QuestionId;
import org.engagement.core.QuestionType;
import org.engagement.core.RecordType;
import org.engagement.core.ReferencePopulation;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.ResponseId;
import org.engagement.core.Survey;
import org.engagement.core.SurveyId;
import org.engagement.core.SurveyPopulation;
import org.engagement.core.SurveyResponse;
import org.engagement.testkit.SampleDataset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The single-field constraints as the dataset validator reports them: {@link ConstraintRule}.
 * {@link BeanValidationTest} proves each constraint fires on a single record.
 */
class ConstraintRuleTest {

  private static final EngagementDataset SAMPLE = SampleDataset.lambeth();

  private static EngagementActivity.Builder activity() {
    return EngagementActivity.builder().from(SAMPLE.activity(PANEL_MEETING).orElseThrow())
        .id(ActivityId.of("ACT-0003"));
  }

  private static ResourceAllocation allocation(String quantity) {
    return ResourceAllocation.builder().from(SAMPLE.allocations().get(0))
        .id(AllocationId.of("ALLOC-0002")).quantity(new BigDecimal(quantity)).build();
  }

  private static SurveyResponse response(double weight) {
    return SurveyResponse.builder().from(SAMPLE.responses().get(0)).id(ResponseId.of("R-000002"))
        .weight(weight).build();
  }

  private static Commitment commitment(String target) {
    return Commitment.builder().id(CommitmentId.of("YE-3-SURVEY")).area(SampleDataset.LONDON)
        .description("Online youth survey").target(new BigDecimal(target))
        .deadline(LocalDate.of(2013, 3, 31)).build();
  }

  private static CommunityInput input(int support) {
    return CommunityInput.builder().from(SAMPLE.input(ASB_INPUT).orElseThrow())
        .id(InputId.of("IN-0003")).support(support).build();
  }

  @Nested
  class BlankText {

    @Test
    void blankText_titleWithText_noIssue() {
      assertClean(validate(sample().addActivities(activity().title("x").build()).build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void blankText_blankTitle_reported(String title) {
      ValidationReport report = validate(sample().addActivities(activity().title(title).build())
          .build());

      ValidationIssue issue = single(report, ValidationCode.BLANK_TEXT);
      assertThat(issue.path()).isEqualTo(IssuePath.of(RecordType.ACTIVITY, 2, "ACT-0003", "title"));
      assertThat(issue.message()).isEqualTo("title must not be blank: '" + title + "'");
      assertThat(report.issues()).containsExactly(issue);
    }

    @Test
    void blankText_questionTextInsideASurvey_reportedAtTheQuestion() {
      Survey survey = Survey.builder().id(SurveyId.of("YS-2012")).name("Youth survey").wave("2012")
          .population(SurveyPopulation.PARTICIPANTS)
          .addQuestions(Question.builder().id(QuestionId.of("Q1")).text(" ")
              .type(QuestionType.BINARY).build())
          .build();

      ValidationIssue issue =
          single(validate(sample().addSurveys(survey).build()), ValidationCode.BLANK_TEXT);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.SURVEY, 1, "YS-2012", "questions", "0", "text"));
      assertThat(issue.message()).isEqualTo("questions[0].text must not be blank: ' '");
    }

    @Test
    void blankText_labelInTheScheme_reportedAtTheDatasetItself() {
      DemographicScheme scheme = DemographicScheme.builder()
          .addDimensions(DemographicDimension.builder().code("LANGUAGE").label("Language")
              .addCategories(DemographicCategory.of("WELSH", " ")).build())
          .build();

      ValidationIssue issue = single(validate(EngagementDataset.builder().scheme(scheme).build()),
          ValidationCode.BLANK_TEXT);

      assertThat(issue.path()).isEqualTo(IssuePath.builder()
          .addField("scheme", "dimensions", "0", "categories", "0", "label").build());
      assertThat(issue.path()).hasToString("dataset.scheme.dimensions[0].categories[0].label");
      assertThat(issue.message())
          .isEqualTo("scheme.dimensions[0].categories[0].label must not be blank: ' '");
    }
  }

  @Nested
  class NegativeValue {

    @Test
    void negativeValue_zeroQuantityAttendanceAndCounts_noIssue() {
      DemographicCounts zeros = DemographicCounts.builder().basis(CountBasis.RESPONDENTS)
          .addDimensions(DimensionCounts.builder().dimension("GENDER").putCounts("FEMALE", 0L)
              .notStated(0).build())
          .build();

      assertClean(validate(sample()
          .addAllocations(allocation("0"))
          .addActivities(activity().attendance(0L).cost(BigDecimal.ZERO).demographics(zeros)
              .build())
          .build()));
    }

    @Test
    void negativeValue_allocationQuantity_reported() {
      ValidationIssue issue = single(validate(sample().addAllocations(allocation("-0.5")).build()),
          ValidationCode.NEGATIVE_VALUE);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.ALLOCATION, 1, "ALLOC-0002", "quantity"));
      assertThat(issue.message()).isEqualTo("quantity must not be negative: -0.5");
    }

    @Test
    void negativeValue_attendance_reported() {
      EngagementActivity negative =
          activity().attendance(-1L).demographics(Optional.empty()).build();

      ValidationIssue issue = single(validate(sample().addActivities(negative).build()),
          ValidationCode.NEGATIVE_VALUE);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.ACTIVITY, 2, "ACT-0003", "attendance"));
      assertThat(issue.message()).isEqualTo("attendance must not be negative: -1");
    }

    @Test
    void negativeValue_cost_reported() {
      ValidationIssue issue = single(validate(sample()
          .addActivities(activity().cost(new BigDecimal("-12.50")).build()).build()),
          ValidationCode.NEGATIVE_VALUE);

      assertThat(issue.path()).isEqualTo(IssuePath.of(RecordType.ACTIVITY, 2, "ACT-0003", "cost"));
      assertThat(issue.message()).isEqualTo("cost must not be negative: -12.50");
    }

    @Test
    void negativeValue_countOfACategory_reportedAtTheMapKey() {
      DemographicCounts counts = DemographicCounts.builder().basis(CountBasis.RESPONDENTS)
          .addDimensions(DimensionCounts.builder().dimension("GENDER").putCounts("MALE", -3L)
              .build())
          .build();

      ValidationIssue issue = single(validate(sample()
          .addActivities(activity().demographics(counts).build()).build()),
          ValidationCode.NEGATIVE_VALUE);

      assertThat(issue.path()).isEqualTo(IssuePath.of(RecordType.ACTIVITY, 2, "ACT-0003",
          "demographics", "dimensions", "0", "counts", "MALE"));
      assertThat(issue.message())
          .isEqualTo("demographics.dimensions[0].counts.MALE must not be negative: -3");
    }

    @Test
    void negativeValue_notStated_reported() {
      DemographicCounts counts = DemographicCounts.builder().basis(CountBasis.RESPONSES)
          .addDimensions(DimensionCounts.builder().dimension("GENDER").notStated(-2).build())
          .build();

      ValidationIssue issue = single(validate(sample()
          .addActivities(activity().demographics(counts).build()).build()),
          ValidationCode.NEGATIVE_VALUE);

      assertThat(issue.path()).isEqualTo(IssuePath.of(RecordType.ACTIVITY, 2, "ACT-0003",
          "demographics", "dimensions", "0", "notStated"));
      assertThat(issue.message())
          .isEqualTo("demographics.dimensions[0].notStated must not be negative: -2");
    }

    @Test
    void negativeValue_referencePopulationCount_reported() {
      ReferencePopulation negative = ReferencePopulation.builder()
          .id(PopulationId.of("POP-2")).area(SampleDataset.LAMBETH).year(2011)
          .dimension("ETHNICITY").putCounts("ASIAN", -40L).build();

      ValidationIssue issue = single(validate(sample().addReferencePopulations(negative).build()),
          ValidationCode.NEGATIVE_VALUE);

      assertThat(issue.path()).isEqualTo(
          IssuePath.of(RecordType.REFERENCE_POPULATION, 1, "POP-2", "counts", "ASIAN"));
      assertThat(issue.message()).isEqualTo("counts.ASIAN must not be negative: -40");
    }
  }

  @Nested
  class NotPositive {

    @ParameterizedTest
    @ValueSource(doubles = {Double.MIN_VALUE, 0.01, 1.0, 250.0})
    void notPositive_positiveWeight_noIssue(double weight) {
      assertClean(validate(sample().addResponses(response(weight)).build()));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.5})
    void notPositive_surveyResponseWeight_reported(double weight) {
      ValidationIssue issue = single(validate(sample().addResponses(response(weight)).build()),
          ValidationCode.NOT_POSITIVE);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.RESPONSE, 1, "R-000002", "weight"));
      assertThat(issue.message()).isEqualTo("weight must be greater than 0: " + weight);
    }

    @Test
    void notPositive_positiveCommitmentTarget_noIssue() {
      assertClean(validate(sample().addCommitments(commitment("0.001")).build()));
    }

    @Test
    void notPositive_commitmentTargetZero_reported() {
      ValidationIssue issue = single(validate(sample().addCommitments(commitment("0")).build()),
          ValidationCode.NOT_POSITIVE);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.COMMITMENT, 1, "YE-3-SURVEY", "target"));
      assertThat(issue.message()).isEqualTo("target must be greater than 0: 0");
    }
  }

  @Nested
  class BelowMinimum {

    @Test
    void belowMinimum_supportOne_noIssue() {
      assertClean(validate(sample().addInputs(input(1)).build()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -4})
    void belowMinimum_inputSupportBelowOne_reported(int support) {
      ValidationIssue issue = single(validate(sample().addInputs(input(support)).build()),
          ValidationCode.BELOW_MINIMUM);

      assertThat(issue.path()).isEqualTo(IssuePath.of(RecordType.INPUT, 2, "IN-0003", "support"));
      assertThat(issue.message()).isEqualTo("support must be at least 1: " + support);
    }
  }
}
