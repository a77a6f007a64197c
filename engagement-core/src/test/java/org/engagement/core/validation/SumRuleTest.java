package org.engagement.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.testkit.SampleDataset.BRIXTON;
import static org.engagement.testkit.SampleDataset.PANEL_MEETING;
import static org.engagement.testkit.SampleDataset.STOCKWELL;
import static org.engagement.core.validation.Reports.assertClean;
import static org.engagement.core.validation.Reports.sample;
import static org.engagement.core.validation.Reports.single;
import static org.engagement.core.validation.Reports.validate;

import org.engagement.core.ActivityId;
import org.engagement.core.AreaId;
import org.engagement.core.CountBasis;
import org.engagement.core.DemographicCounts;
import org.engagement.core.DimensionCounts;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.PopulationId;
import org.engagement.core.RecordInvariantException;
import org.engagement.core.RecordType;
import org.engagement.core.ReferencePopulation;
import org.engagement.testkit.SampleDataset;
import org.junit.jupiter.api.Test;

/**
 * Totals over the dataset stay within a long: {@link SumRule}, code {@code SUM_OUT_OF_RANGE}.
 * Each record below is valid on its own; only the totals over records pass the range.
 */
class SumRuleTest {

  private static final long HALF = Long.MAX_VALUE / 2 + 1; // two of them pass the range

  private static EngagementActivity activity(String id, AreaId area, long attendance,
      DemographicCounts counts) {
    EngagementActivity.Builder b = EngagementActivity.builder()
        .from(SampleDataset.lambeth().activity(PANEL_MEETING).orElseThrow())
        .id(ActivityId.of(id)).area(area).attendance(attendance);
    b.demographics(counts);
    return b.build();
  }

  private static DemographicCounts ethnicity(long white, long notStated) {
    return DemographicCounts.builder().basis(CountBasis.RESPONSES)
        .addDimensions(DimensionCounts.builder().dimension("ETHNICITY")
            .putCounts("WHITE", white).notStated(notStated).build())
        .build();
  }

  private static ReferencePopulation population(String id, AreaId ward, long white) {
    return ReferencePopulation.builder().id(PopulationId.of(id)).area(ward).year(2021)
        .dimension("ETHNICITY").putCounts("WHITE", white).putCounts("BLACK", 1L).build();
  }

  @Test
  void sums_largeButRepresentableTotals_noIssue() {
    assertClean(validate(sample()
        .addActivities(activity("ACT-0003", BRIXTON, HALF - 100, ethnicity(HALF - 100, 0)))
        .addReferencePopulations(population("POP-W1", BRIXTON, HALF - 100))
        .build()));
  }

  @Test
  void sums_demographicCountsOfTwoWards_passTheRange_reportedAtTheSecond() {
    EngagementDataset data = sample()
        .addActivities(activity("ACT-0003", BRIXTON, HALF, ethnicity(HALF - 10, 10)),
            activity("ACT-0004", STOCKWELL, 35, ethnicity(HALF, 0)))
        .build();

    ValidationReport report = validate(data);
    ValidationIssue issue = report.issues(ValidationCode.SUM_OUT_OF_RANGE).stream()
        .filter(i -> i.message().contains("ETHNICITY")).findFirst().orElseThrow();

    assertThat(issue.path()).isEqualTo(IssuePath.of(RecordType.ACTIVITY, 3, "ACT-0004",
        "demographics", "dimensions", "0", "counts", "WHITE"));
    assertThat(issue.message()).startsWith(
        "the counts of ETHNICITY of all activities pass 9223372036854775807");
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void sums_attendanceOfAllActivities_passesTheRange_reportedOnce() {
    EngagementDataset data = sample()
        .addActivities(activity("ACT-0003", BRIXTON, HALF, ethnicity(1, 0)),
            activity("ACT-0004", STOCKWELL, HALF, ethnicity(1, 0)),
            activity("ACT-0005", STOCKWELL, HALF, ethnicity(1, 0)))
        .build();

    ValidationIssue issue = single(validate(data), ValidationCode.SUM_OUT_OF_RANGE);

    assertThat(issue.path())
        .isEqualTo(IssuePath.of(RecordType.ACTIVITY, 3, "ACT-0004", "attendance"));
    assertThat(issue.message()).startsWith("the attendance of all activities pass");
  }

  @Test
  void sums_populationCountsAtTheEndOfTheRange_overWards_reported() {
    EngagementDataset data = sample()
        .addReferencePopulations(population("POP-W1", BRIXTON, Long.MAX_VALUE - 1),
            population("POP-W2", STOCKWELL, 5))
        .build();

    ValidationIssue issue = single(validate(data), ValidationCode.SUM_OUT_OF_RANGE);

    assertThat(issue.path().recordId()).contains("POP-W1");
    assertThat(issue.message()).startsWith(
        "the population counts of ETHNICITY of all reference populations pass");
  }

  @Test
  void invariant_oneRecordsCountsPassTheRange_builderThrowsWithCodeAndField() {
    assertThatThrownBy(() -> ethnicity(Long.MAX_VALUE, 1))
        .isInstanceOf(RecordInvariantException.class)
        .satisfies(e -> {
          RecordInvariantException r = (RecordInvariantException) e;
          assertThat(r.code()).isEqualTo(ValidationCode.SUM_OUT_OF_RANGE.name());
          assertThat(r.field()).isEqualTo("counts");
          ValidationIssue issue = DatasetValidator.invariantIssue(
              RecordType.ACTIVITY, 7, "ACT-9", r, "demographics", "dimensions", "0");
          assertThat(issue.code()).isEqualTo(ValidationCode.SUM_OUT_OF_RANGE.name());
          assertThat(issue.path()).isEqualTo(IssuePath.of(RecordType.ACTIVITY, 7, "ACT-9",
              "demographics", "dimensions", "0", "counts"));
        });
    assertThatThrownBy(() -> population("POP-X", BRIXTON, Long.MAX_VALUE))
        .isInstanceOf(RecordInvariantException.class)
        .hasMessageContaining("population counts of ETHNICITY");
  }
}
