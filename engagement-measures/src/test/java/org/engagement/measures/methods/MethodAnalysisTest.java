package org.engagement.measures.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.engagement.core.ConsiderationOutcome.ACCEPTED;
import static org.engagement.core.CountBasis.RESPONDENTS;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;
import static org.engagement.measures.testing.Records.W3;
import static org.engagement.measures.testing.Records.activity;
import static org.engagement.measures.testing.Records.allocation;
import static org.engagement.measures.testing.Records.considered;
import static org.engagement.measures.testing.Records.counts;
import static org.engagement.measures.testing.Records.decision;
import static org.engagement.measures.testing.Records.dimension;
import static org.engagement.measures.testing.Records.input;
import static org.engagement.measures.testing.Records.population;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.ActivityId;
import org.engagement.core.ActivityMode;
import org.engagement.core.CommunityInput;
import org.engagement.core.CountBasis;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementMethod;
import org.engagement.core.InputId;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.Openness;
import org.engagement.core.ResourceType;
import org.engagement.measures.DisclosureControl;
import org.engagement.measures.stats.RepresentationThresholds;
import org.engagement.measures.testing.Records;
import org.junit.jupiter.api.Test;

class MethodAnalysisTest {

  private static final double E = 1e-9;

  private static EngagementActivity.Builder act(
      String id, org.engagement.core.AreaId area, String date, EngagementMethod method) {
    return activity(id, area, date, InvolvementLevel.CONSULT).method(method);
  }

  private static CommunityInput at(String id, String activity, String date, int support) {
    return CommunityInput.builder().from(input(id, W1, date, "ASB", support))
        .activity(ActivityId.of(activity)).build();
  }

  /**
   * Borough B, FY2012; reference AGE of B: 16–24 250, 25–34 750 (q = 0.25, 0.75).
   *
   * <ul>
   *   <li>WP1 (W1), WP2 (W2): ward panel meetings, SINGLE/OPEN; AGE 2/58 and 3/57; attendance 60
   *       each; cost 100.00 and 50.50. Inputs at WP1: I1 (support 3, RECORDED by D1), I2
   *       (support 1).
   *   <li>YP1 (B): youth panel, SINGLE/CLOSED; AGE 20/10; attendance 30; cost 90. Input I3
   *       (support 5), responded to by AL1.
   *   <li>SM1 (W1): social media, CONTINUOUS/OPEN; no counts, no attendance; cost 10. Input I4
   *       (2013-05-01, out of the period — its activity is in scope, so it counts).
   *   <li>X1 (W3, borough B2): out of scope.
   * </ul>
   *
   * Scope AGE: 25 / 125, p = 1/6, r(16–24) = 2/3 &lt; 0.8: under-represented. Ward panels:
   * 5/115, r = (5/120)/0.25 = 1/6, D = ½(|1/24 − 1/4| + |23/24 − 3/4|) = 5/24, R = 19/24. Youth
   * panel: 20/10, r = (2/3)/0.25 = 8/3, R = 1 − 5/12 = 7/12.
   */
  private static EngagementDataset data() {
    return Records.dataset()
        .addReferencePopulations(population(B, 2011, "AGE", "AGE_16_24", 250, "AGE_25_34", 750))
        .addActivities(
            act("WP1", W1, "2012-05-01", EngagementMethod.WARD_PANEL_MEETING).attendance(60L)
                .cost(new BigDecimal("100.00"))
                .demographics(counts(RESPONDENTS, dimension("AGE", 0, "AGE_16_24", 2, "AGE_25_34", 58)))
                .build(),
            act("WP2", W2, "2012-06-01", EngagementMethod.WARD_PANEL_MEETING).attendance(60L)
                .cost(new BigDecimal("50.5"))
                .demographics(counts(RESPONDENTS, dimension("AGE", 0, "AGE_16_24", 3, "AGE_25_34", 57)))
                .build(),
            act("YP1", B, "2012-07-01", EngagementMethod.YOUTH_PANEL_MEETING).attendance(30L)
                .openness(Openness.CLOSED).cost(new BigDecimal("90"))
                .demographics(counts(RESPONDENTS, dimension("AGE", 0, "AGE_16_24", 20, "AGE_25_34", 10)))
                .build(),
            act("SM1", W1, "2012-08-01", EngagementMethod.SOCIAL_MEDIA).mode(ActivityMode.CONTINUOUS)
                .cost(new BigDecimal("10")).build(),
            act("X1", W3, "2012-08-01", EngagementMethod.SOCIAL_MEDIA).attendance(500L).build())
        .addInputs(
            at("I1", "WP1", "2012-05-01", 3),
            at("I2", "WP1", "2012-05-01", 1),
            at("I3", "YP1", "2012-07-01", 5),
            at("I4", "SM1", "2013-05-01", 2))
        .addDecisions(decision("D1", B, "2012-06-01", List.of(considered("I1", ACCEPTED, "agreed"))))
        .addAllocations(
            allocation("AL1", B, "2012-08-01", ResourceType.HUMAN, "10", "officer hours", "ASB")
                .addRespondsTo(InputId.of("I3")).build())
        .build();
  }

  private final MethodAnalysis analysis =
      MethodAnalysis.of(RepresentationThresholds.standard(), 30, 2);

  @Test
  void methods_useVoiceInfluenceCost() {
    MethodReport r = analysis.evaluate(data(), SCOPE_B);
    assertThat(r.basis()).hasValue(CountBasis.RESPONDENTS);
    assertThat(r.methods()).extracting(MethodGroup::key)
        .containsExactly("WARD_PANEL_MEETING", "SOCIAL_MEDIA", "YOUTH_PANEL_MEETING");
    MethodGroup wp = r.method("WARD_PANEL_MEETING").orElseThrow();
    assertThat(wp.activities()).isEqualTo(2);
    assertThat(wp.attendance()).isEqualTo(120);
    assertThat(wp.meanAttendance()).hasValue(60.0);
    assertThat(wp.inputs()).isEqualTo(2);
    assertThat(wp.support()).isEqualTo(4);
    assertThat(wp.inputsPer100Attendees().getAsDouble()).isCloseTo(200.0 / 120, within(E));
    assertThat(wp.recorded()).isEqualTo(1);
    assertThat(wp.recordedShare()).hasValue(0.5);
    assertThat(wp.responded()).isZero();
    assertThat(wp.cost()).isEqualByComparingTo("150.50");
    assertThat(wp.costPerAttendee()).hasValue(new BigDecimal("1.25"));
    assertThat(wp.costPerInput()).hasValue(new BigDecimal("75.25"));
    assertThat(wp.costPerRecordedInput()).hasValue(new BigDecimal("150.50"));
    assertThat(wp.fewActivities()).isFalse();

    MethodGroup yp = r.method("YOUTH_PANEL_MEETING").orElseThrow();
    assertThat(yp.responded()).isEqualTo(1);
    assertThat(yp.respondedShare()).hasValue(1.0);
    assertThat(yp.costPerAttendee()).hasValue(new BigDecimal("3.00"));
    assertThat(yp.costPerInput()).hasValue(new BigDecimal("90.00"));
    assertThat(yp.costPerRecordedInput()).isEmpty();
    assertThat(yp.fewActivities()).isTrue();

    MethodGroup sm = r.method("SOCIAL_MEDIA").orElseThrow();
    assertThat(sm.activities()).isEqualTo(1);
    assertThat(sm.meanAttendance()).isEmpty();
    assertThat(sm.inputs()).isEqualTo(1);
    assertThat(sm.inputsPer100Attendees()).isEmpty();
    assertThat(sm.costPerAttendee()).isEmpty();
    assertThat(sm.costPerInput()).hasValue(new BigDecimal("10.00"));
    assertThat(sm.reach("AGE").orElseThrow().assessable()).isFalse();

    assertThat(r.modeOpenness()).extracting(MethodGroup::key)
        .containsExactly("SINGLE/OPEN", "SINGLE/CLOSED", "CONTINUOUS/OPEN");
    assertThat(r.modeOpenness().get(0).activities()).isEqualTo(2);
  }

  @Test
  void reach_andBestReachForTheUnderRepresented() {
    MethodReport r = analysis.evaluate(data(), SCOPE_B);
    DimensionReach wp = r.method("WARD_PANEL_MEETING").orElseThrow().reach("AGE").orElseThrow();
    assertThat(wp.observedTotal()).isEqualTo(120);
    assertThat(wp.representativeness().getAsDouble()).isCloseTo(19.0 / 24, within(E));
    assertThat(wp.ratios().get("AGE_16_24")).isCloseTo(1.0 / 6, within(E));
    assertThat(wp.underRepresented()).containsExactly("AGE_16_24");
    DimensionReach yp = r.method("YOUTH_PANEL_MEETING").orElseThrow().reach("AGE").orElseThrow();
    assertThat(yp.representativeness().getAsDouble()).isCloseTo(7.0 / 12, within(E));
    assertThat(yp.ratios().get("AGE_16_24")).isCloseTo(8.0 / 3, within(E));
    assertThat(yp.underRepresented()).containsExactly("AGE_25_34");

    assertThat(r.bestReach()).hasSize(1);
    BestReach young = r.bestReach().get(0);
    assertThat(young.dimension()).isEqualTo("AGE");
    assertThat(young.category()).isEqualTo("AGE_16_24");
    // the youth panel reaches them best, but rests on one activity: ranked last
    assertThat(young.ranking()).extracting(RankedGroup::method)
        .containsExactly("WARD_PANEL_MEETING", "YOUTH_PANEL_MEETING");
    assertThat(MethodAnalysis.standard().evaluate(data(), SCOPE_B).bestReach().get(0).ranking())
        .extracting(RankedGroup::method)
        .containsExactly("YOUTH_PANEL_MEETING", "WARD_PANEL_MEETING");
    // a method below the minimum base is not ranked
    assertThat(MethodAnalysis.of(RepresentationThresholds.standard(), 31, 2)
            .evaluate(data(), SCOPE_B).bestReach().get(0).ranking())
        .extracting(RankedGroup::method).containsExactly("WARD_PANEL_MEETING");
  }

  @Test
  void mergeOfParts_equalsTheWhole() {
    assertThat(analysis.evaluate(data(), SCOPE_B, List.of(Set.of(B), Set.of(W1), Set.of(W2))))
        .isEqualTo(analysis.evaluate(data(), SCOPE_B));
  }

  @Test
  void published_marksFewActivities_andWithholdsSmallCounts() {
    String md = MethodTables.markdown(analysis.evaluate(data(), SCOPE_B), DisclosureControl.standard());
    assertThat(md).contains("YOUTH_PANEL_MEETING (few activities)");
    assertThat(md).contains("150.50");
    // the ward panels' 5 young people are shown; a count of 1 to 4 would be "<5"
    assertThat(md).doesNotContain("SUPPRESSED (count");
    assertThat(Optional.of(md)).isPresent();
  }
}
