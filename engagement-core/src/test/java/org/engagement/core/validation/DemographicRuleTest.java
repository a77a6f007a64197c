package org.engagement.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.testkit.SampleDataset.LAMBETH;
import static org.engagement.testkit.SampleDataset.PANEL_MEETING;
import static org.engagement.core.validation.Reports.assertClean;
import static org.engagement.core.validation.Reports.sample;
import static org.engagement.core.validation.Reports.single;
import static org.engagement.core.validation.Reports.validate;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.engagement.core.ActivityId;
import org.engagement.core.CountBasis;
import org.engagement.core.DemographicCategory;
import org.engagement.core.DemographicCounts;
import org.engagement.core.DemographicDimension;
import org.engagement.core.DemographicScheme;
import org.engagement.core.DimensionCounts;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Openness;
import org.engagement.core.Panel;
import org.engagement.core.PanelId;
import org.engagement.core.PanelKind;
import org.engagement.core.PopulationId;
import org.engagement.core.RecordType;
import org.engagement.core.ReferencePopulation;
import org.engagement.core.ResponseId;
import org.engagement.core.SurveyResponse;
import org.engagement.testkit.SampleDataset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Demographics fit the scheme and the attendance: {@link DemographicRule}. */
class DemographicRuleTest {

  private static final EngagementDataset SAMPLE = SampleDataset.lambeth();

  private static EngagementActivity activity(long attendance, DemographicCounts counts) {
    return EngagementActivity.builder().from(SAMPLE.activity(PANEL_MEETING).orElseThrow())
        .id(ActivityId.of("ACT-0003")).attendance(attendance).demographics(counts).build();
  }

  private static DemographicCounts counts(CountBasis basis, DimensionCounts... dimensions) {
    return DemographicCounts.builder().basis(basis).addDimensions(dimensions).build();
  }

  private static DimensionCounts gender(long female, long male, long notStated) {
    return DimensionCounts.builder().dimension("GENDER").putCounts("FEMALE", female)
        .putCounts("MALE", male).notStated(notStated).build();
  }

  private static ReferencePopulation.Builder population(String dimension) {
    return ReferencePopulation.builder().id(PopulationId.of("POP-2")).area(LAMBETH).year(2021)
        .dimension(dimension);
  }

  private static SurveyResponse response(String dimension, String category) {
    return SurveyResponse.builder().from(SAMPLE.responses().get(0)).id(ResponseId.of("R-000002"))
        .demographics(Map.of(dimension, category)).build();
  }

  private static Panel panel(DemographicCounts membership) {
    return Panel.builder().id(PanelId.of("IAG-0001")).kind(PanelKind.IAG).name("Lambeth IAG")
        .area(LAMBETH).activeFrom(LocalDate.of(2010, 1, 1)).openness(Openness.CLOSED)
        .membershipDemographics(membership).build();
  }

  private static DimensionCounts dimension(String code) {
    return DimensionCounts.builder().dimension(code).putCounts("WELSH", 3L).build();
  }

  @Nested
  class UnknownDimension {

    @Test
    void unknownDimension_extraDimensionDeclaredInTheScheme_noIssue() {
      DemographicScheme withLanguage = DemographicScheme.builder()
          .from(DemographicScheme.defaultScheme())
          .addDimensions(DemographicDimension.builder().code("LANGUAGE").label("Main language")
              .addCategories(DemographicCategory.of("WELSH", "Welsh")).build())
          .build();

      assertClean(validate(sample().scheme(withLanguage)
          .addActivities(activity(35, counts(CountBasis.RESPONDENTS, dimension("LANGUAGE"))))
          .addReferencePopulations(population("LANGUAGE").putCounts("WELSH", 40L).build())
          .addResponses(response("LANGUAGE", "WELSH"))
          .addPanels(panel(counts(CountBasis.RESPONDENTS, dimension("LANGUAGE"))))
          .build()));
    }

    @Test
    void unknownDimension_activityCounts_reported() {
      EngagementDataset data = sample()
          .addActivities(activity(35, counts(CountBasis.RESPONDENTS, dimension("LANGUAGE"))))
          .build();

      ValidationIssue issue = single(validate(data), ValidationCode.UNKNOWN_DIMENSION);

      assertThat(issue.path()).isEqualTo(IssuePath.of(RecordType.ACTIVITY, 2, "ACT-0003",
          "demographics", "dimensions", "0", "dimension"));
      assertThat(issue.message()).isEqualTo("unknown demographic dimension: LANGUAGE");
    }

    @Test
    void unknownDimension_panelMembership_reported() {
      EngagementDataset data =
          sample().addPanels(panel(counts(CountBasis.RESPONDENTS, dimension("LANGUAGE")))).build();

      ValidationIssue issue = single(validate(data), ValidationCode.UNKNOWN_DIMENSION);

      assertThat(issue.path()).isEqualTo(IssuePath.of(RecordType.PANEL, 2, "IAG-0001",
          "membershipDemographics", "dimensions", "0", "dimension"));
      assertThat(issue.message()).isEqualTo("unknown demographic dimension: LANGUAGE");
    }

    @Test
    void unknownDimension_referencePopulation_reportedWithoutCheckingItsCategories() {
      EngagementDataset data = sample()
          .addReferencePopulations(population("LANGUAGE").putCounts("WELSH", 40L).build())
          .build();

      ValidationReport report = validate(data);
      ValidationIssue issue = single(report, ValidationCode.UNKNOWN_DIMENSION);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.REFERENCE_POPULATION, 1, "POP-2", "dimension"));
      assertThat(issue.message()).isEqualTo("unknown demographic dimension: LANGUAGE");
      assertThat(report.issues()).containsExactly(issue);
    }

    @Test
    void unknownDimension_responseDemographics_reported() {
      ValidationIssue issue = single(validate(sample()
          .addResponses(response("LANGUAGE", "WELSH")).build()), ValidationCode.UNKNOWN_DIMENSION);

      assertThat(issue.path()).isEqualTo(
          IssuePath.of(RecordType.RESPONSE, 1, "R-000002", "demographics", "LANGUAGE"));
      assertThat(issue.message()).isEqualTo("unknown demographic dimension: LANGUAGE");
    }
  }

  @Nested
  class UnknownCategory {

    @Test
    void unknownCategory_categoriesOfTheSchemeAndNotStatedInResponses_noIssue() {
      assertClean(validate(sample()
          .addActivities(activity(35, counts(CountBasis.RESPONDENTS, gender(10, 10, 15))))
          .addReferencePopulations(population("GENDER").putCounts("OTHER", 900L).build())
          .addResponses(response("GENDER", DemographicScheme.NOT_STATED))
          .build()));
    }

    @Test
    void unknownCategory_activityCounts_reported() {
      DimensionCounts nonBinary = DimensionCounts.builder().dimension("GENDER")
          .putCounts("FEMALE", 3L).putCounts("NON_BINARY", 1L).build();

      ValidationIssue issue = single(validate(sample()
          .addActivities(activity(35, counts(CountBasis.RESPONDENTS, nonBinary))).build()),
          ValidationCode.UNKNOWN_CATEGORY);

      assertThat(issue.path()).isEqualTo(IssuePath.of(RecordType.ACTIVITY, 2, "ACT-0003",
          "demographics", "dimensions", "0", "counts", "NON_BINARY"));
      assertThat(issue.message()).isEqualTo("unknown category of GENDER: NON_BINARY");
    }

    @Test
    void unknownCategory_notStatedCountedAsACategory_reportedWithAHint() {
      DimensionCounts notStated = DimensionCounts.builder().dimension("GENDER")
          .putCounts(DemographicScheme.NOT_STATED, 4L).build();

      ValidationIssue issue = single(validate(sample()
          .addActivities(activity(35, counts(CountBasis.RESPONDENTS, notStated))).build()),
          ValidationCode.UNKNOWN_CATEGORY);

      assertThat(issue.message())
          .isEqualTo("NOT_STATED is not a category of GENDER: count it as notStated");
    }

    @Test
    void unknownCategory_referencePopulation_reported() {
      ValidationIssue issue = single(validate(sample()
          .addReferencePopulations(population("ETHNICITY").putCounts("ROMA", 900L).build())
          .build()), ValidationCode.UNKNOWN_CATEGORY);

      assertThat(issue.path()).isEqualTo(
          IssuePath.of(RecordType.REFERENCE_POPULATION, 1, "POP-2", "counts", "ROMA"));
      assertThat(issue.message()).isEqualTo("unknown category of ETHNICITY: ROMA");
    }

    @Test
    void unknownCategory_responseDemographics_reported() {
      ValidationIssue issue = single(validate(sample()
          .addResponses(response("AGE", "AGE_16_17")).build()), ValidationCode.UNKNOWN_CATEGORY);

      assertThat(issue.path())
          .isEqualTo(IssuePath.of(RecordType.RESPONSE, 1, "R-000002", "demographics", "AGE"));
      assertThat(issue.message()).isEqualTo("unknown category of AGE: AGE_16_17");
    }

    @Test
    void unknownCategory_categoryOfAnotherDimension_reported() {
      // FEMALE is a category of GENDER, not of ETHNICITY
      assertThat(single(validate(sample().addResponses(response("ETHNICITY", "FEMALE")).build()),
          ValidationCode.UNKNOWN_CATEGORY).message())
          .isEqualTo("unknown category of ETHNICITY: FEMALE");
    }
  }

  @Nested
  class CountExceedsAttendance {

    @Test
    void countExceedsAttendance_countsEqualToAttendance_noIssue() {
      assertClean(validate(sample()
          .addActivities(activity(35, counts(CountBasis.RESPONDENTS, gender(18, 15, 2)))).build()));
    }

    @Test
    void countExceedsAttendance_responsesMayExceedAttendance_noIssue() {
      assertClean(validate(sample()
          .addActivities(activity(35, counts(CountBasis.RESPONSES, gender(30, 30, 30)))).build()));
    }

    @Test
    void countExceedsAttendance_attendanceNotRecorded_noIssue() {
      EngagementActivity unknownAttendance = EngagementActivity.builder()
          .from(activity(0, counts(CountBasis.RESPONDENTS, gender(30, 30, 30))))
          .attendance(Optional.empty()).build();

      assertClean(validate(sample().addActivities(unknownAttendance).build()));
    }

    @Test
    void countExceedsAttendance_oneMoreThanAttendance_reported() {
      EngagementDataset data = sample().addActivities(activity(35, counts(CountBasis.RESPONDENTS,
          DimensionCounts.builder().dimension("AGE").putCounts("AGE_16_24", 5L).build(),
          gender(18, 15, 3)))).build();

      ValidationIssue issue = single(validate(data), ValidationCode.COUNT_EXCEEDS_ATTENDANCE);

      assertThat(issue.path()).isEqualTo(IssuePath.of(RecordType.ACTIVITY, 2, "ACT-0003",
          "demographics", "dimensions", "1"));
      assertThat(issue.message())
          .isEqualTo("counts of GENDER add up to 36, more than the attendance of 35");
    }
  }
}
