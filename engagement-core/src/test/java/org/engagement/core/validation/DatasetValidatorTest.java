package org.engagement.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.engagement.testkit.SampleDataset.BINARY_QUESTION;
import static org.engagement.testkit.SampleDataset.PANEL_MEETING;
import static org.engagement.core.validation.Reports.sample;
import static org.engagement.core.validation.Reports.validate;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.engagement.core.ActivityId;
import org.engagement.core.Answer;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Feedback;
import org.engagement.core.FeedbackFormat;
import org.engagement.core.FeedbackId;
import org.engagement.core.RecordType;
import org.engagement.core.ResponseId;
import org.engagement.core.SurveyResponse;
import org.engagement.testkit.SampleDataset;
import org.junit.jupiter.api.Test;

class DatasetValidatorTest {

  private static final EngagementDataset SAMPLE = SampleDataset.lambeth();

  @Test
  void validate_sampleDataset_isValidWithoutIssues() {
    ValidationReport report = validate(SAMPLE);

    assertThat(report.isValid()).isTrue();
    assertThat(report.issues()).isEmpty();
  }

  @Test
  void validate_emptyDataset_isValid() {
    assertThat(validate(EngagementDataset.empty()).issues()).isEmpty();
  }

  @Test
  void validate_null_throwsNullPointerException() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> DatasetValidator.standard().validate(null));

    assertThat(e).hasMessage("dataset must not be null");
  }

  @Test
  void validate_severalDifferentErrors_reportsAllOfThemAtOnce() {
    EngagementActivity meeting = SAMPLE.activity(PANEL_MEETING).orElseThrow();
    EngagementDataset data = sample()
        .addAreas(Area.builder().id(AreaId.of("E05000001")).name("Sub-ward")
            .level(AreaLevel.WARD).parent(SampleDataset.BRIXTON).build())
        .addActivities(
            EngagementActivity.builder().from(meeting).build(),
            EngagementActivity.builder().from(meeting).id(ActivityId.of("ACT-0003")).title(" ")
                .area(AreaId.of("E05999999")).endDate(meeting.date().minusDays(1)).build())
        .addResponses(SurveyResponse.builder().from(SAMPLE.responses().get(0))
            .id(ResponseId.of("R-000002")).weight(-1)
            .putAnswers(SampleDataset.LIKERT_QUESTION, Answer.likert(7))
            .putAnswers(BINARY_QUESTION, Answer.of("PERHAPS")).build())
        .build();

    ValidationReport report = validate(data);

    assertThat(report.isValid()).isFalse();
    assertThat(report.countsByCode()).containsExactly(
        entry("ANSWER_TYPE_MISMATCH", 1),
        entry("AREA_LEVEL_ORDER", 1),
        entry("BLANK_TEXT", 1),
        entry("DATE_ORDER", 1),
        entry("DUPLICATE_ID", 1),
        entry("LIKERT_OUT_OF_RANGE", 1),
        entry("NOT_POSITIVE", 1),
        entry("UNKNOWN_REFERENCE", 1));
  }

  @Test
  void validate_issuesOfSeveralRules_comeInDocumentOrder() {
    EngagementActivity meeting = SAMPLE.activity(PANEL_MEETING).orElseThrow();
    EngagementDataset data = sample()
        .addActivities(EngagementActivity.builder().from(meeting).id(ActivityId.of("ACT-0003"))
            .title("").area(AreaId.of("E05999999")).build())
        .addAreas(Area.builder().id(AreaId.of("E05000001")).name("Sub-ward")
            .level(AreaLevel.WARD).parent(SampleDataset.BRIXTON).build())
        .build();

    List<ValidationIssue> issues = validate(data).issues();

    assertThat(issues).extracting(ValidationIssue::path).extracting(IssuePath::toString)
        .containsExactly(
            "areas[4](E05000001).parent",
            "activities[2](ACT-0003).area",
            "activities[2](ACT-0003).title");
  }

  @Test
  void validate_manyIssuesInOneList_sortsPositionsAsNumbers() {
    Feedback.Builder feedback = Feedback.builder().id(FeedbackId.of("FB-0002"))
        .published(LocalDate.of(2013, 1, 1)).channel("website").format(FeedbackFormat.SUMMARY);
    for (int i = 0; i < 12; i++) {
      feedback.addAnswers(ActivityId.of("ACT-X" + i));
    }

    List<ValidationIssue> issues = validate(sample().addFeedback(feedback.build()).build()).issues();

    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      expected.add("feedback[1](FB-0002).answers[" + i + "]");
    }
    assertThat(issues).extracting(i -> i.path().toString()).containsExactlyElementsOf(expected);
  }

  @Test
  void validate_recordsOfEveryType_reportedUnderTheirCollection() {
    ValidationReport report = validate(sample()
        .addActivities(EngagementActivity.builder().from(SAMPLE.activity(PANEL_MEETING)
            .orElseThrow()).build())
        .build());

    assertThat(report.issues()).singleElement().satisfies(issue -> {
      assertThat(issue.path().recordType()).contains(RecordType.ACTIVITY);
      assertThat(issue.path().index()).contains(2);
      assertThat(issue.path().recordId()).contains("ACT-0001");
      assertThat(issue.path().field()).isEmpty();
      assertThat(issue.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void standard_isOneSharedValidatorOfNineRuleFamilies() {
    assertThat(DatasetValidator.standard()).isSameAs(DatasetValidator.standard());
    assertThat(DatasetValidator.standard()).hasToString("DatasetValidator[9 rule families]");
  }

  @Test
  void validateRecord_oneRecord_reportsItsSingleFieldIssuesAtItsPlace() {
    EngagementActivity meeting = org.engagement.testkit.SampleDataset.lambeth().activity(PANEL_MEETING).orElseThrow();
    EngagementActivity activity = EngagementActivity.builder().from(meeting)
        .title(" ").attendance(-2L).build();

    List<ValidationIssue> issues =
        DatasetValidator.standard().validateRecord(org.engagement.core.RecordType.ACTIVITY, 4, activity);

    assertThat(issues).extracting(i -> i.code() + " " + i.path())
        .containsExactly(
            "NEGATIVE_VALUE activities[4](" + activity.id() + ").attendance",
            "BLANK_TEXT activities[4](" + activity.id() + ").title");
    assertThat(issues.get(0).message()).isEqualTo("attendance must not be negative: -2");
  }

  @Test
  void validateRecord_dateOutOfRange_isReportedWithTheConstraints() {
    EngagementActivity meeting = org.engagement.testkit.SampleDataset.lambeth().activity(PANEL_MEETING).orElseThrow();
    EngagementActivity activity = EngagementActivity.builder().from(meeting)
        .title(" ").date(java.time.LocalDate.of(3000, 1, 1)).endDate(java.util.Optional.empty())
        .build();

    List<ValidationIssue> issues =
        DatasetValidator.standard().validateRecord(org.engagement.core.RecordType.ACTIVITY, 2, activity);

    assertThat(issues).extracting(i -> i.code() + " " + i.path())
        .containsExactly(
            "DATE_OUT_OF_RANGE activities[2](" + activity.id() + ").date",
            "BLANK_TEXT activities[2](" + activity.id() + ").title");
  }

  @Test
  void validateRecord_recordOfAnotherType_isRefused() {
    EngagementActivity meeting = org.engagement.testkit.SampleDataset.lambeth().activity(PANEL_MEETING).orElseThrow();

    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() ->
        DatasetValidator.standard().validateRecord(org.engagement.core.RecordType.INPUT, 0, meeting));
  }

  @Test
  void validateRecord_validRecord_hasNoIssue() {
    assertThat(DatasetValidator.standard()
        .validateRecord(org.engagement.core.RecordType.ACTIVITY, 0,
            org.engagement.testkit.SampleDataset.lambeth().activity(PANEL_MEETING).orElseThrow())).isEmpty();
  }
}
