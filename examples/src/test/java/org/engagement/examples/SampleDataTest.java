package org.engagement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementMethod;
import org.engagement.core.Feedback;
import org.engagement.core.InputId;
import org.engagement.core.Panel;
import org.engagement.core.PanelKind;
import org.engagement.core.Publication;
import org.engagement.core.PublicationKind;
import org.engagement.core.RecordType;
import org.engagement.core.RoleAssignment;
import org.engagement.core.RoleKind;
import org.engagement.core.Survey;
import org.engagement.core.SurveyPopulation;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SampleDataTest {

  private static final EngagementDataset SAMPLE = SampleData.lambeth();

  @Test
  void lambeth_validatesWithoutAnyIssue() {
    ValidationReport report = DatasetValidator.standard().validate(SAMPLE);

    assertThat(report.issues()).as(report.toString()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void lambeth_hasRecordsOfEveryType(RecordType type) {
    assertThat(SAMPLE.count(type)).as(type.collection()).isPositive();
  }

  @Test
  void lambeth_isDeterministic() {
    assertThat(SampleData.lambeth()).isEqualTo(SampleData.lambeth());
  }

  @Test
  void lambeth_treeIsLondonLambethAndItsWards() {
    assertThat(SAMPLE.level(SampleData.LONDON)).contains(AreaLevel.FORCE);
    assertThat(SAMPLE.ancestors(SampleData.LAMBETH)).containsExactly(SampleData.LONDON);
    assertThat(SAMPLE.areasAtLevel(SampleData.LAMBETH, AreaLevel.WARD))
        .hasSize(21)
        .allSatisfy(ward -> assertThat(ward.value())
            .matches("E0500041[6-9]|E0500042[0-9]|E0500043[0-6]"));
    assertThat(SAMPLE.areas().stream().filter(Area::businessPresence)).hasSize(2);
  }

  @Test
  void lambeth_wardsDifferInHowOftenTheirPanelsMetInTheLatestYear() {
    Map<AreaId, Long> meetingsPerWard =
        SAMPLE.activities().stream()
            .filter(a -> a.method() == EngagementMethod.WARD_PANEL_MEETING)
            .filter(a -> SampleData.YEAR.contains(a.date()))
            .collect(Collectors.groupingBy(EngagementActivity::area, Collectors.counting()));

    assertThat(meetingsPerWard).hasSize(21);
    // Good practice meets four or five times, fair three or four, poor two or three.
    assertThat(meetingsPerWard.values()).allMatch(n -> n >= 2 && n <= 5);
    assertThat(Set.copyOf(meetingsPerWard.values())).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void lambeth_considerationsUseEveryOutcomeAndSomeInputsAreNeverPresented() {
    Set<ConsiderationOutcome> outcomes =
        SAMPLE.decisions().stream()
            .flatMap(d -> d.considerations().stream())
            .flatMap(c -> c.outcome().stream())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConsiderationOutcome.class)));
    Set<InputId> presented =
        SAMPLE.decisions().stream()
            .flatMap(d -> d.presentedInputs().stream())
            .collect(Collectors.toSet());

    assertThat(outcomes).containsExactlyInAnyOrder(ConsiderationOutcome.values());
    assertThat(SAMPLE.inputs()).anySatisfy(in -> assertThat(presented).doesNotContain(in.id()));
    assertThat(SAMPLE.decisions().stream().flatMap(d -> d.considerations().stream()))
        .anySatisfy(c -> assertThat(c.considered()).isFalse())
        .anyMatch(Consideration::considered);
  }

  @Test
  void lambeth_allocationsCiteDecisionsAndInputsDirectly() {
    assertThat(SAMPLE.allocations())
        .anySatisfy(a -> assertThat(a.decision()).isPresent())
        .anySatisfy(a -> assertThat(a.respondsTo()).isNotEmpty())
        .anySatisfy(a -> {
          assertThat(a.decision()).isEmpty();
          assertThat(a.respondsTo()).isEmpty();
        });
  }

  @Test
  void lambeth_hasTheStandardsEvidenceTheBriefNames() {
    assertThat(kinds(SAMPLE.panels(), Panel::kind))
        .contains(PanelKind.SAFER_NEIGHBOURHOODS_PANEL, PanelKind.CPEG, PanelKind.IAG,
            PanelKind.YOUTH_PANEL);
    assertThat(kinds(SAMPLE.roles(), RoleAssignment::role))
        .contains(RoleKind.YOUTH_ENGAGEMENT_COORDINATOR, RoleKind.BUSINESS_SPOC,
            RoleKind.COMMUNITY_TENSION_LEAD);
    assertThat(kinds(SAMPLE.publications(), Publication::kind))
        .contains(PublicationKind.HOW_TO_GET_INVOLVED, PublicationKind.TENSION_ASSESSMENT,
            PublicationKind.MINUTES);
    assertThat(kinds(SAMPLE.surveys(), Survey::population))
        .containsExactlyInAnyOrder(SurveyPopulation.values());
    assertThat(SAMPLE.publications())
        .anySatisfy(p -> assertThat(p.kind()).isEqualTo(PublicationKind.MINUTES))
        .filteredOn(p -> p.kind() == PublicationKind.MINUTES)
        .allSatisfy(p -> assertThat(SAMPLE.panel(p.panel().orElseThrow()).orElseThrow().kind())
            .isEqualTo(PanelKind.IAG));
  }

  @Test
  void lambeth_feedbackVariesBetweenThreePartsAndLess() {
    assertThat(SAMPLE.feedback())
        .anyMatch(Feedback::hasAllThreeParts)
        .anyMatch(f -> !f.hasAllThreeParts());
  }

  private static <T, K> Set<K> kinds(List<T> records, Function<T, K> kind) {
    return records.stream().map(kind).collect(Collectors.toSet());
  }
}
