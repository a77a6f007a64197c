package org.engagement.measures.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.B2;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W3;
import static org.engagement.measures.testing.Records.activity;
import static org.engagement.measures.testing.Records.considered;
import static org.engagement.measures.testing.Records.d;
import static org.engagement.measures.testing.Records.dataset;
import static org.engagement.measures.testing.Records.decision;
import static org.engagement.measures.testing.Records.feedback;
import static org.engagement.measures.testing.Records.input;

import java.util.List;
import org.engagement.core.ActivityId;
import org.engagement.core.ActivityMode;
import org.engagement.core.AnalysisId;
import org.engagement.core.AnalysisRecord;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.ConsultationStrand;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementMethod;
import org.engagement.core.Feedback;
import org.engagement.core.FeedbackStage;
import org.engagement.core.GroupId;
import org.engagement.core.HardToHearGroup;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.Stakeholder;
import org.engagement.core.StakeholderId;
import org.engagement.core.StakeholderKind;
import org.engagement.core.Weighting;
import org.engagement.measures.Gap;
import org.engagement.measures.Indicator;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.Rating;
import org.engagement.measures.outcome.DueConsiderationMeasure;
import org.junit.jupiter.api.Test;

class ConsultationStrandsTest {

  private static final ConsultationStrands STRANDS = ConsultationStrands.standard();

  private static MeasureResult evaluate(ConsultationStrand strand, EngagementDataset data) {
    return STRANDS.evaluate(strand, data, SCOPE_B);
  }

  private static double value(MeasureResult r, String indicator) {
    return r.indicator(indicator).orElseThrow().value().orElseThrow();
  }

  @Test
  void community_groupsRepresentedCurrencyAndDuplicates() {
    EngagementDataset data = dataset()
        .addHardToHearGroups(HardToHearGroup.of(GroupId.of("G1"), "Young people", W1),
            HardToHearGroup.of(GroupId.of("G2"), "Traveller families", B),
            HardToHearGroup.of(GroupId.of("G3"), "Elsewhere", W3))
        .addStakeholders(
            Stakeholder.builder().id(StakeholderId.of("S1")).name("Youth Club").kind(StakeholderKind.RESIDENT)
                .homeArea(W1).addGroups(GroupId.of("G1")).lastUpdated(d("2012-04-01")).build(),
            Stakeholder.builder().id(StakeholderId.of("S2")).name("youth club.").kind(StakeholderKind.RESIDENT)
                .homeArea(W1).lastUpdated(d("2012-03-30")).build(),
            Stakeholder.builder().id(StakeholderId.of("S3")).name("Outside").kind(StakeholderKind.RESIDENT)
                .homeArea(B2).addGroups(GroupId.of("G2")).build())
        .build();
    MeasureResult r = evaluate(ConsultationStrand.CONSULTATION_COMMUNITY, data);
    assertThat(r.measure()).isEqualTo("S1");
    assertThat(r.score()).hasValue(0.5);
    assertThat(r.gaps()).containsExactly(Gap.of("G2", "STAKEHOLDER"));
    assertThat(value(r, "currentRecords")).isEqualTo(0.5);
    assertThat(value(r, "likelyDuplicateGroups")).isEqualTo(1);
    assertThat(r.rating()).isEqualTo(Rating.INSUFFICIENT_DATA);
    assertThat(evaluate(ConsultationStrand.CONSULTATION_COMMUNITY, dataset().build()).isScored()).isFalse();
  }

  @Test
  void dialogue_announcedAtLeastFourteenDaysBefore() {
    EngagementDataset data = dataset().addActivities(
        activity("A1", W1, "2012-05-15", InvolvementLevel.INFORM).announcedDate(d("2012-05-01")).build(),
        activity("A2", W1, "2012-05-15", InvolvementLevel.CONSULT).announcedDate(d("2012-05-02"))
            .method(EngagementMethod.SOCIAL_MEDIA).build(),
        activity("A3", W1, "2012-05-15", InvolvementLevel.CONSULT).build(),
        activity("A4", W1, "2012-05-15", InvolvementLevel.CONSULT).method(EngagementMethod.WEB_SURVEY).build())
        .build();
    MeasureResult r = evaluate(ConsultationStrand.EFFECTIVE_DIALOGUE, data);
    assertThat(r.score()).hasValue(0.25);
    assertThat(value(r, "distinctMethods")).isEqualTo(3);
    assertThat(value(r, "eMethodShare")).isEqualTo(0.5);
  }

  @Test
  void analysis_shareOfConsultationsAnalysedNotAfterAsOf() {
    EngagementDataset data = dataset()
        .addActivities(activity("A1", W1, "2012-05-15", InvolvementLevel.CONSULT).build(),
            activity("A2", W1, "2012-05-15", InvolvementLevel.CONSULT).build(),
            activity("A3", W1, "2012-05-15", InvolvementLevel.INFORM).build())
        .addAnalyses(
            AnalysisRecord.builder().id(AnalysisId.of("AN1")).activity(ActivityId.of("A1"))
                .date(d("2012-06-01")).quantitative(true).qualitative(false)
                .weighted(Weighting.YES).independent(false).build(),
            AnalysisRecord.builder().id(AnalysisId.of("AN2")).activity(ActivityId.of("A2"))
                .date(d("2013-06-01")).quantitative(true).qualitative(true)
                .weighted(Weighting.NO).independent(true).build())
        .build();
    MeasureResult r = evaluate(ConsultationStrand.ANALYSING_RESULTS, data);
    assertThat(r.numerator()).hasValue(1);
    assertThat(r.denominator()).hasValue(2);
    assertThat(value(r, "weightedShare")).isEqualTo(1.0);
    assertThat(value(r, "qualitativeShare")).isZero();
  }

  @Test
  void influence_isM1RecodedAsS4() {
    EngagementDataset data = dataset()
        .addInputs(input("I1", W1, "2012-05-01"), input("I2", W1, "2012-05-01"))
        .addDecisions(decision("D1", B, "2012-06-01",
            List.of(considered("I1", ConsiderationOutcome.ACCEPTED, "patrols"))))
        .build();
    MeasureResult s4 = evaluate(ConsultationStrand.INFLUENCING_DECISIONS, data);
    MeasureResult m1 = DueConsiderationMeasure.standard().evaluate(data, SCOPE_B);
    assertThat(s4.measure()).isEqualTo("S4");
    assertThat(s4.score()).isEqualTo(m1.score());
    assertThat(s4.indicators()).isEqualTo(m1.indicators());
    assertThat(s4.gaps()).isEqualTo(m1.gaps());
  }

  @Test
  void feedback_answeredThreePartsMedianDaysAndInterim() {
    Feedback interim = Feedback.builder().from(feedback("F1", "2012-05-11", "A1"))
        .stage(FeedbackStage.INTERIM).weAsked("a").youSaid("b").weDid("c").build();
    EngagementDataset data = dataset()
        .addActivities(
            activity("A1", W1, "2012-05-01", InvolvementLevel.CONSULT).mode(ActivityMode.CONTINUOUS).build(),
            activity("A2", W1, "2012-05-01", InvolvementLevel.CONSULT).mode(ActivityMode.CONTINUOUS).build(),
            activity("A3", W1, "2012-05-01", InvolvementLevel.CONSULT).build())
        .addFeedback(interim, feedback("F2", "2012-05-31", "A2"), feedback("F3", "2013-05-31", "A3"))
        .build();
    MeasureResult r = evaluate(ConsultationStrand.GIVING_FEEDBACK, data);
    assertThat(r.numerator()).hasValue(2);
    assertThat(r.denominator()).hasValue(3);
    assertThat(value(r, "medianDaysToFeedback")).isEqualTo(20.0);
    assertThat(value(r, "threePartShare")).isEqualTo(1.0 / 3);
    assertThat(value(r, "continuousWithInterimShare")).isEqualTo(0.5);
    assertThat(r.gaps()).containsExactly(Gap.of("A3", "FEEDBACK"));
  }

  @Test
  void coordination_forwardScheduleAndFatiguePairs() {
    EngagementDataset data = dataset().addActivities(
        activity("A1", W1, "2012-05-01", InvolvementLevel.CONSULT).inForwardSchedule(true)
            .organisingUnit("SNT").addIssueCategories("ASB").build(),
        activity("A2", B, "2012-05-10", InvolvementLevel.CONSULT)
            .organisingUnit("CID").addIssueCategories("ASB").build())
        .build();
    MeasureResult r = evaluate(ConsultationStrand.COORDINATING_ACTIVITY, data);
    assertThat(r.score()).hasValue(0.5);
    assertThat(r.indicator("fatiguePairs")).map(Indicator::value).hasValueSatisfying(
        v -> assertThat(v).hasValue(1));
  }

  @Test
  void evaluate_allSixInOrder_ratedWithMinimumBaseFive() {
    EngagementDataset.Builder b = dataset();
    for (int i = 0; i < 5; i++) {
      b.addActivities(activity("A" + i, W1, "2012-05-15", InvolvementLevel.CONSULT).inForwardSchedule(true).build());
    }
    List<MeasureResult> all = STRANDS.evaluate(b.build(), SCOPE_B);
    assertThat(all).extracting(MeasureResult::measure).containsExactly("S1", "S2", "S3", "S4", "S5", "S6");
    assertThat(all.get(5).rating()).isEqualTo(Rating.OUTSTANDING);
    assertThat(all.get(0).reason()).contains("no hard-to-hear group declared in scope");
  }

  @Test
  void evaluate_emptyDataset_everyStrandNotAssessableWithAReason() {
    List<MeasureResult> all = STRANDS.evaluate(dataset().build(), SCOPE_B);
    assertThat(all).extracting(r -> r.reason().orElse("")).containsExactly(
        "no hard-to-hear group declared in scope", "no activity in scope", "no consultation in scope",
        "no community input in scope", "no consultation in scope", "no activity in scope");
  }
}
