package org.engagement.measures.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.measures.standards.StandardsRecords.commitment;
import static org.engagement.measures.standards.StandardsRecords.inducted;
import static org.engagement.measures.standards.StandardsRecords.member;
import static org.engagement.measures.standards.StandardsRecords.message;
import static org.engagement.measures.standards.StandardsRecords.panel;
import static org.engagement.measures.standards.StandardsRecords.publication;
import static org.engagement.measures.standards.StandardsRecords.role;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.B2;
import static org.engagement.measures.testing.Records.F;
import static org.engagement.measures.testing.Records.FY2012;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;
import static org.engagement.measures.testing.Records.W3;
import static org.engagement.measures.testing.Records.activity;
import static org.engagement.measures.testing.Records.dataset;
import static org.engagement.measures.testing.Records.feedback;

import java.util.ArrayList;
import java.util.List;
import org.engagement.core.AreaId;
import org.engagement.core.BoroughTier;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementMethod;
import org.engagement.core.Feedback;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.MemberCategory;
import org.engagement.core.Openness;
import org.engagement.core.PanelId;
import org.engagement.core.PanelKind;
import org.engagement.core.Period;
import org.engagement.core.PublicationKind;
import org.engagement.core.RoleKind;
import org.engagement.core.Scope;
import org.engagement.measures.Gap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QualityStandards2012Test {

  private static final Scope FORCE = Scope.of(F, FY2012);
  private static final Scope BOROUGH = Scope.of(B, FY2012);
  private static final Scope OTHER_BOROUGH = Scope.of(B2, FY2012);
  private static final Scope QUARTER = Scope.of(B, Period.parse("2012-04-01/2012-06-30"));

  private static RuleResult evaluate(String rule, EngagementDataset data, Scope scope) {
    return QualityStandards2012.catalogue().rule(rule).orElseThrow().evaluate(data, scope);
  }

  private static RuleStatus status(String rule, EngagementDataset data, Scope scope) {
    return evaluate(rule, data, scope).status();
  }

  private static EngagementActivity.Builder act(String id, AreaId area, String date) {
    return activity(id, area, date, InvolvementLevel.CONSULT);
  }

  private static Feedback threeParts(String id, String published, String... activities) {
    return Feedback.builder().from(feedback(id, published, activities))
        .weAsked("asked").youSaid("said").weDid("did").build();
  }

  @Test
  void catalogue_holdsTheTwentyFivePromisesInOrder() {
    List<String> ids = QualityStandards2012.catalogue().rules().stream().map(Rule::id).toList();
    List<String> expected = new ArrayList<>();
    for (String area : List.of("CE", "YE", "BE", "CT", "IA")) {
      for (int i = 1; i <= 5; i++) {
        expected.add(area + "-" + i);
      }
    }
    assertThat(ids).isEqualTo(expected);
    assertThat(QualityStandards2012.catalogue().name()).isEqualTo(QualityStandards2012.NAME);
  }

  @Test
  void catalogue_emptyDataset_everyRuleNotAssessableWithAReason() {
    List<RuleResult> results =
        QualityStandards2012.catalogue().evaluate(dataset().build(), FORCE);
    assertThat(results).hasSize(25).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(RuleStatus.NOT_ASSESSABLE);
      assertThat(r.reason()).isPresent();
    });
    assertThat(results.get(0).reason()).contains("no activities in the dataset");
    assertThat(results.get(9).reason()).contains("narrative promise: not assessable from records");
  }

  @Test
  void ce1_tiersPerBorough() {
    EngagementDataset data = dataset()
        .addActivities(
            act("A1", W1, "2012-05-01").boroughTier(BoroughTier.STRATEGIC_STAKEHOLDERS).build(),
            act("A2", B, "2012-05-01").boroughTier(BoroughTier.NEIGHBOURHOOD_MANAGEMENT).build(),
            act("A3", W2, "2012-05-01").boroughTier(BoroughTier.LOCAL_COMMUNITIES).build(),
            act("A4", W3, "2012-05-01").boroughTier(BoroughTier.LOCAL_COMMUNITIES).build())
        .build();
    assertThat(status("CE-1", data, BOROUGH)).isEqualTo(RuleStatus.MET);
    RuleResult force = evaluate("CE-1", data, FORCE);
    assertThat(force.status()).isEqualTo(RuleStatus.PARTLY_MET);
    assertThat(force.attainment()).hasValue(0.5);
    assertThat(force.gaps()).containsExactly(Gap.of("B2", "TIER_STRATEGIC_STAKEHOLDERS"));
    assertThat(status("CE-1", data, OTHER_BOROUGH)).isEqualTo(RuleStatus.NOT_MET);
    assertThat(status("CE-1", dataset().build(), BOROUGH)).isEqualTo(RuleStatus.NOT_ASSESSABLE);
  }

  @Test
  void ce2_eMethodAndHowToGetInvolvedWithin365DaysBeforeThePeriod() {
    EngagementDataset.Builder base = dataset()
        .addActivities(
            act("A1", W1, "2012-05-01").method(EngagementMethod.SOCIAL_MEDIA).build(),
            act("A2", W3, "2012-05-01").method(EngagementMethod.WEB_SURVEY).build())
        .addPublications(publication("P1", PublicationKind.HOW_TO_GET_INVOLVED, B, "2011-04-02"));
    EngagementDataset data = base.build();
    assertThat(status("CE-2", data, BOROUGH)).isEqualTo(RuleStatus.MET);
    assertThat(status("CE-2", data, FORCE)).isEqualTo(RuleStatus.PARTLY_MET);
    EngagementDataset tooOld = dataset()
        .addActivities(act("A1", W1, "2012-05-01").method(EngagementMethod.SOCIAL_MEDIA).build())
        .addPublications(publication("P1", PublicationKind.HOW_TO_GET_INVOLVED, B, "2011-04-01"))
        .build();
    assertThat(status("CE-2", tooOld, BOROUGH)).isEqualTo(RuleStatus.NOT_MET);
    assertThat(evaluate("CE-2", tooOld, BOROUGH).gaps())
        .containsExactly(Gap.of("B", "HOW_TO_GET_INVOLVED"));
    assertThat(status("CE-2", dataset().addActivities(act("A1", W1, "2012-05-01").build()).build(),
        BOROUGH)).isEqualTo(RuleStatus.NOT_ASSESSABLE);
  }

  private static EngagementDataset ce3Data(int inW1, int inW2) {
    EngagementDataset.Builder b = dataset();
    for (int i = 0; i < inW1; i++) {
      b.addActivities(act("W1-" + i, W1, "2012-05-0" + (i + 1)).build());
      b.addFeedback(threeParts("F1-" + i, "2012-06-01", "W1-" + i));
    }
    for (int i = 0; i < inW2; i++) {
      b.addActivities(act("W2-" + i, W2, "2012-05-0" + (i + 1)).build());
      b.addFeedback(threeParts("F2-" + i, "2012-06-01", "W2-" + i));
    }
    b.addActivities(act("CLOSED", W2, "2012-05-09").openness(Openness.CLOSED).build());
    b.addFeedback(threeParts("F-CLOSED", "2012-06-01", "CLOSED"));
    b.addActivities(act("NOFEEDBACK", W2, "2012-05-09").build());
    b.addFeedback(feedback("F-PARTIAL", "2012-06-01", "NOFEEDBACK"));
    return b.build();
  }

  @Test
  void ce3_fourOpenMeetingsWithThreePartFeedbackPerWard() {
    assertThat(status("CE-3", ce3Data(4, 4), BOROUGH)).isEqualTo(RuleStatus.MET);
    RuleResult partly = evaluate("CE-3", ce3Data(4, 3), BOROUGH);
    assertThat(partly.status()).isEqualTo(RuleStatus.PARTLY_MET);
    assertThat(partly.requirement().orElseThrow()).contains("≥ 4 OPEN");
    assertThat(status("CE-3", ce3Data(0, 3), BOROUGH)).isEqualTo(RuleStatus.NOT_MET);
    assertThat(status("CE-3", ce3Data(1, 1), QUARTER)).isEqualTo(RuleStatus.MET);
    assertThat(status("CE-3", dataset().build(), BOROUGH)).isEqualTo(RuleStatus.NOT_ASSESSABLE);
    assertThat(evaluate("CE-3", ce3Data(1, 1), Scope.of(B, Period.parse("2012-04-01/2012-05-15"))).reason())
        .contains("period too short");
  }

  @Test
  void ce4_youthPanelOfTheWardItself() {
    EngagementDataset data = dataset()
        .addPanels(panel("Y1", PanelKind.YOUTH_PANEL, W1, "2010-01-01").build(),
            panel("Y2", PanelKind.YOUTH_PANEL, W2, "2010-01-01").activeTo(java.time.LocalDate.parse("2012-03-31")).build(),
            panel("Y3", PanelKind.YOUTH_PANEL, B2, "2010-01-01").build())
        .build();
    assertThat(status("CE-4", data, Scope.of(W1, FY2012))).isEqualTo(RuleStatus.MET);
    assertThat(status("CE-4", data, BOROUGH)).isEqualTo(RuleStatus.PARTLY_MET);
    assertThat(status("CE-4", data, OTHER_BOROUGH)).isEqualTo(RuleStatus.NOT_MET);
    assertThat(status("CE-4", dataset().build(), BOROUGH)).isEqualTo(RuleStatus.NOT_ASSESSABLE);
  }

  @Test
  void ce5_shareOfKeyMessagesMeetingAllFourPoints() {
    EngagementDataset data = dataset()
        .addKeyMessages(message("K1", W1, "2012-05-01", true), message("K2", B, "2012-05-01", false),
            message("K3", W3, "2012-05-01", true), message("K4", W3, "2011-05-01", false))
        .build();
    RuleResult partly = evaluate("CE-5", data, BOROUGH);
    assertThat(partly.status()).isEqualTo(RuleStatus.PARTLY_MET);
    assertThat(partly.attainment()).hasValue(0.5);
    assertThat(partly.gaps()).containsExactly(Gap.of("K2", "WIDEST_AUDIENCE"));
    assertThat(status("CE-5", data, OTHER_BOROUGH)).isEqualTo(RuleStatus.MET);
    RuleResult ward = evaluate("CE-5", data, Scope.of(W1, FY2012));
    assertThat(ward.status()).isEqualTo(RuleStatus.MET);
    assertThat(ward.areas()).as("no borough lies in a ward's subtree").isEmpty();
    EngagementDataset absent = dataset()
        .addKeyMessages(org.engagement.core.KeyMessage.builder().from(message("K1", W1, "2012-05-01", true))
            .accessible(java.util.Optional.empty()).build())
        .build();
    assertThat(status("CE-5", absent, BOROUGH)).isEqualTo(RuleStatus.NOT_MET);
    assertThat(status("CE-5", data, Scope.of(B, Period.financialYear(2014))))
        .isEqualTo(RuleStatus.NOT_MET);
    assertThat(status("CE-5", dataset().build(), BOROUGH)).isEqualTo(RuleStatus.NOT_ASSESSABLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"YE-1", "BE-2", "CT-1"})
  void roleRules_roleHeldDuringThePeriodPerBorough(String rule) {
    RoleKind kind = switch (rule) {
      case "YE-1" -> RoleKind.YOUTH_ENGAGEMENT_COORDINATOR;
      case "BE-2" -> RoleKind.BUSINESS_SPOC;
      default -> RoleKind.COMMUNITY_TENSION_LEAD;
    };
    EngagementDataset data = dataset()
        .addRoles(role("R1", kind, B, "2011-01-01"),
            role("R2", kind, F, "2011-01-01"),
            org.engagement.core.RoleAssignment.builder().id(org.engagement.core.RoleId.of("R3"))
                .role(kind).area(B2).from(java.time.LocalDate.parse("2011-01-01"))
                .to(java.time.LocalDate.parse("2012-03-31")).build())
        .build();
    assertThat(status(rule, data, BOROUGH)).isEqualTo(RuleStatus.MET);
    assertThat(status(rule, data, FORCE)).isEqualTo(RuleStatus.PARTLY_MET);
    assertThat(status(rule, data, OTHER_BOROUGH)).isEqualTo(RuleStatus.NOT_MET);
    RuleResult none = evaluate(rule, dataset().build(), BOROUGH);
    assertThat(none.reason()).contains("no roles in the dataset");
  }

  @ParameterizedTest
  @ValueSource(strings = {"YE-2", "YE-3", "YE-4", "BE-3", "BE-4", "BE-5", "IA-3"})
  void commitmentRules_scoredByCommitmentAttainment(String rule) {
    EngagementDataset met = dataset()
        .addCommitments(commitment("C1", rule, F, 4000, "2014-03-31", "2012-12-01", 4100))
        .build();
    assertThat(evaluate(rule, met, BOROUGH).attainment()).hasValue(1.0);
    EngagementDataset partly = dataset()
        .addCommitments(
            commitment("C1", rule, F, 4000, "2014-03-31", "2012-06-01", 1000, "2012-12-01", 2000,
                "2013-06-01", 4000),
            commitment("C2", rule, B2, 10, "2014-03-31", "2012-12-01", 10))
        .build();
    RuleResult half = evaluate(rule, partly, BOROUGH);
    assertThat(half.status()).isEqualTo(RuleStatus.PARTLY_MET);
    assertThat(half.attainment()).hasValue(0.5);
    assertThat(evaluate(rule, partly, FORCE).attainment()).hasValue(0.75);
    EngagementDataset lateOnly = dataset()
        .addCommitments(commitment("C1", rule, B, 4000, "2012-09-30", "2012-10-01", 4000))
        .build();
    RuleResult late = evaluate(rule, lateOnly, BOROUGH);
    assertThat(late.status()).isEqualTo(RuleStatus.NOT_MET);
    assertThat(late.gaps()).containsExactly(Gap.of("C1", "MEASUREMENT"));
    EngagementDataset otherStandard = dataset()
        .addCommitments(commitment("C1", "XX-9", B, 4000, "2014-03-31", "2012-12-01", 4000))
        .build();
    RuleResult none = evaluate(rule, otherStandard, BOROUGH);
    assertThat(none.status()).isEqualTo(RuleStatus.NOT_ASSESSABLE);
    assertThat(none.reason().orElseThrow()).contains("no commitment tagged " + rule);
  }

  @ParameterizedTest
  @ValueSource(strings = {"YE-5", "CT-5"})
  void narrativeRules_notAssessableEvenWithATaggedCommitment(String rule) {
    EngagementDataset tagged = dataset()
        .addCommitments(commitment("C1", rule, F, 10, "2014-03-31", "2012-12-01", 10))
        .build();

    RuleResult result = evaluate(rule, tagged, BOROUGH);

    assertThat(result.status()).isEqualTo(RuleStatus.NOT_ASSESSABLE);
    assertThat(result.reason()).hasValue("narrative promise: not assessable from records");
  }

  @Test
  void be1_businessMembersOnWardPanels() {
    EngagementDataset data = dataset()
        .addPanels(
            panel("S1", PanelKind.SAFER_NEIGHBOURHOODS_PANEL, W1, "2010-01-01")
                .addMembers(member("M1", MemberCategory.BUSINESS, "2011-01-01")).build(),
            panel("S2", PanelKind.SAFER_NEIGHBOURHOODS_PANEL, W2, "2010-01-01")
                .addMembers(member("M2", MemberCategory.RESIDENT, "2011-01-01")).build(),
            panel("S3", PanelKind.SAFER_NEIGHBOURHOODS_PANEL, B, "2010-01-01").build())
        .build();
    assertThat(status("BE-1", data, Scope.of(W1, FY2012))).isEqualTo(RuleStatus.MET);
    RuleResult partly = evaluate("BE-1", data, BOROUGH);
    assertThat(partly.status()).isEqualTo(RuleStatus.PARTLY_MET);
    assertThat(partly.areas()).extracting(AreaAttainment::area).containsExactly(W1, W2);
    assertThat(status("BE-1", data, Scope.of(W2, FY2012))).isEqualTo(RuleStatus.NOT_MET);
    assertThat(status("BE-1", dataset().build(), BOROUGH)).isEqualTo(RuleStatus.NOT_ASSESSABLE);
  }

  private static EngagementDataset assessments(int inB, int inB2) {
    EngagementDataset.Builder b = dataset();
    for (int i = 0; i < inB; i++) {
      b.addPublications(publication("TB" + i, PublicationKind.TENSION_ASSESSMENT, B, "2012-0" + (4 + i) + "-15"));
    }
    for (int i = 0; i < inB2; i++) {
      b.addPublications(publication("TC" + i, PublicationKind.TENSION_ASSESSMENT, W3, "2012-0" + (4 + i) + "-15"));
    }
    b.addPublications(publication("R1", PublicationKind.TENSIONS_REPORT, W1, "2012-12-01"));
    return b.build();
  }

  @Test
  void ct2_quarterlyTensionAssessmentsProRated() {
    assertThat(status("CT-2", assessments(4, 3), BOROUGH)).isEqualTo(RuleStatus.MET);
    assertThat(status("CT-2", assessments(4, 3), FORCE)).isEqualTo(RuleStatus.PARTLY_MET);
    assertThat(status("CT-2", assessments(4, 3), OTHER_BOROUGH)).isEqualTo(RuleStatus.NOT_MET);
    assertThat(evaluate("CT-2", assessments(1, 0), QUARTER).requirement().orElseThrow())
        .contains("≥ 1 TENSION_ASSESSMENT");
    assertThat(status("CT-2", assessments(1, 0), QUARTER)).isEqualTo(RuleStatus.MET);
    assertThat(status("CT-2", dataset().build(), BOROUGH)).isEqualTo(RuleStatus.NOT_ASSESSABLE);
    assertThat(evaluate("CT-2", assessments(4, 3), Scope.of(B, Period.parse("2012-04-01/2012-05-15")))
        .reason()).contains("period too short");
  }

  @Test
  void ct3_tensionsReportPerBorough() {
    assertThat(status("CT-3", assessments(0, 1), BOROUGH)).isEqualTo(RuleStatus.MET);
    assertThat(status("CT-3", assessments(0, 1), FORCE)).isEqualTo(RuleStatus.PARTLY_MET);
    assertThat(status("CT-3", assessments(0, 1), OTHER_BOROUGH)).isEqualTo(RuleStatus.NOT_MET);
    assertThat(status("CT-3", dataset().build(), BOROUGH)).isEqualTo(RuleStatus.NOT_ASSESSABLE);
  }

  @Test
  void ct4_monitoringGroupAndSpecialistPerBorough() {
    EngagementDataset data = dataset()
        .addPanels(panel("T1", PanelKind.TENSION_MONITORING_GROUP, B, "2010-01-01").build(),
            panel("T2", PanelKind.TENSION_MONITORING_GROUP, B2, "2010-01-01").build())
        .addRoles(role("R1", RoleKind.COMMUNITY_TENSIONS_SPECIALIST, B, "2011-01-01"))
        .build();
    assertThat(status("CT-4", data, BOROUGH)).isEqualTo(RuleStatus.MET);
    assertThat(status("CT-4", data, FORCE)).isEqualTo(RuleStatus.PARTLY_MET);
    assertThat(status("CT-4", data, OTHER_BOROUGH)).isEqualTo(RuleStatus.NOT_MET);
    assertThat(evaluate("CT-4", data, OTHER_BOROUGH).gaps())
        .containsExactly(Gap.of("B2", "COMMUNITY_TENSIONS_SPECIALIST"));
    EngagementDataset noRoles = dataset()
        .addPanels(panel("T1", PanelKind.TENSION_MONITORING_GROUP, B, "2010-01-01").build()).build();
    assertThat(evaluate("CT-4", noRoles, BOROUGH).reason()).contains("no roles in the dataset");
  }

  private static EngagementDataset iagMeetings(int withSlt, boolean lastWithout) {
    EngagementDataset.Builder b = dataset()
        .addPanels(panel("IAG-B", PanelKind.IAG, B, "2010-01-01").build(),
            panel("IAG-B2", PanelKind.IAG, B2, "2010-01-01").build());
    for (int i = 0; i < withSlt; i++) {
      b.addActivities(act("M" + i, B, "2012-0" + (4 + i) + "-10").panel(PanelId.of("IAG-B"))
          .method(EngagementMethod.ADVISORY_GROUP_MEETING).sltAttended(true).build());
    }
    if (lastWithout) {
      b.addActivities(act("MX", B, "2012-12-10").panel(PanelId.of("IAG-B")).build());
    }
    return b.build();
  }

  @Test
  void ia1_iagMeetingsAttendedBySlt() {
    assertThat(status("IA-1", iagMeetings(4, false), BOROUGH)).isEqualTo(RuleStatus.MET);
    assertThat(status("IA-1", iagMeetings(4, false), FORCE)).isEqualTo(RuleStatus.PARTLY_MET);
    assertThat(status("IA-1", iagMeetings(3, true), BOROUGH)).isEqualTo(RuleStatus.NOT_MET);
    assertThat(status("IA-1", iagMeetings(1, false), QUARTER)).isEqualTo(RuleStatus.MET);
    assertThat(evaluate("IA-1", iagMeetings(3, true), BOROUGH).gaps())
        .containsExactly(Gap.of("B", "IAG_MEETINGS_WITH_SLT"));
    assertThat(status("IA-1", dataset().build(), BOROUGH)).isEqualTo(RuleStatus.NOT_ASSESSABLE);
  }

  @Test
  void ia2_formalAndInformalAdvisorsAndALink() {
    EngagementDataset data = dataset()
        .addPanels(
            panel("IAG-B", PanelKind.IAG, B, "2010-01-01")
                .addMembers(member("A1", MemberCategory.FORMAL_ADVISOR, "2011-01-01"),
                    member("A2", MemberCategory.INFORMAL_ADVISOR, "2011-01-01")).build(),
            panel("CPEG", PanelKind.CPEG, B, "2010-01-01").addLinks(PanelId.of("IAG-B")).build(),
            panel("IAG-B2", PanelKind.IAG, B2, "2010-01-01")
                .addMembers(member("A3", MemberCategory.FORMAL_ADVISOR, "2011-01-01"),
                    member("A4", MemberCategory.INFORMAL_ADVISOR, "2011-01-01")).build())
        .build();
    assertThat(status("IA-2", data, BOROUGH)).isEqualTo(RuleStatus.MET);
    assertThat(status("IA-2", data, FORCE)).isEqualTo(RuleStatus.PARTLY_MET);
    assertThat(status("IA-2", data, OTHER_BOROUGH)).isEqualTo(RuleStatus.NOT_MET);
    assertThat(evaluate("IA-2", data, OTHER_BOROUGH).gaps()).containsExactly(Gap.of("IAG-B2", "LINK"));
    EngagementDataset dangling = org.engagement.core.EngagementDataset.builder().from(data)
        .panels(List.of(data.panels().get(0), org.engagement.core.Panel.builder().from(data.panels().get(2)).addLinks(PanelId.of("GONE")).build()))
        .build();
    assertThat(status("IA-2", dangling, OTHER_BOROUGH)).as("a link to no panel").isEqualTo(RuleStatus.NOT_MET);
    assertThat(status("IA-2", dataset().build(), BOROUGH)).isEqualTo(RuleStatus.NOT_ASSESSABLE);
  }

  private static EngagementDataset.Builder inductions(boolean both) {
    return dataset().addPanels(panel("IAG-B", PanelKind.IAG, B, "2010-01-01")
        .addMembers(inducted("A1", MemberCategory.FORMAL_ADVISOR, "2011-01-01", "2011-02-01"),
            both ? inducted("A2", MemberCategory.INFORMAL_ADVISOR, "2011-01-01", "2013-02-01")
                : inducted("A2", MemberCategory.INFORMAL_ADVISOR, "2011-01-01", "2013-05-01"))
        .build());
  }

  @Test
  void ia4_inductionAndAnAdvisorEventTakeTheMinimum() {
    EngagementActivity event =
        act("E1", W1, "2012-09-01").method(EngagementMethod.ADVISOR_EVENT).build();
    assertThat(status("IA-4", inductions(true).addActivities(event).build(), BOROUGH))
        .isEqualTo(RuleStatus.MET);
    RuleResult partly = evaluate("IA-4", inductions(false).addActivities(event).build(), BOROUGH);
    assertThat(partly.status()).isEqualTo(RuleStatus.PARTLY_MET);
    assertThat(partly.attainment()).hasValue(0.5);
    assertThat(partly.gaps()).containsExactly(Gap.of("IAG-B/A2", "INDUCTION"));
    EngagementActivity meeting = act("E2", W1, "2012-09-01").build();
    assertThat(status("IA-4", inductions(true).addActivities(meeting).build(), BOROUGH))
        .isEqualTo(RuleStatus.NOT_MET);
    assertThat(status("IA-4", inductions(false).build(), BOROUGH))
        .as("the event part is dropped without activities").isEqualTo(RuleStatus.PARTLY_MET);
    RuleResult none = evaluate("IA-4", dataset().build(), BOROUGH);
    assertThat(none.reason()).contains("no panels in the dataset; no activities in the dataset");
  }

  @Test
  void ia5_commitmentAndMinutesTakeTheMinimum() {
    EngagementDataset.Builder b = dataset()
        .addPanels(panel("IAG-B", PanelKind.IAG, B, "2010-01-01").build(),
            panel("IAG-B2", PanelKind.IAG, B2, "2010-01-01").build())
        .addPublications(org.engagement.core.Publication.builder()
            .from(publication("MIN", PublicationKind.MINUTES, B, "2012-07-01"))
            .panel(PanelId.of("IAG-B")).build());
    assertThat(status("IA-5", b.build(), BOROUGH)).isEqualTo(RuleStatus.MET);
    assertThat(status("IA-5", b.build(), OTHER_BOROUGH)).isEqualTo(RuleStatus.NOT_MET);
    EngagementDataset withCommitment =
        b.addCommitments(commitment("C1", "IA-5", F, 10, "2013-03-31", "2013-03-01", 8)).build();
    assertThat(evaluate("IA-5", withCommitment, BOROUGH).attainment()).hasValue(0.8);
    assertThat(status("IA-5", dataset().build(), BOROUGH)).isEqualTo(RuleStatus.NOT_ASSESSABLE);
  }
}
