package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.testkit.SampleDataset.BRIXTON;
import static org.engagement.testkit.SampleDataset.LAMBETH;
import static org.engagement.testkit.SampleDataset.LONDON;
import static org.engagement.testkit.SampleDataset.STOCKWELL;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.engagement.testkit.SampleDataset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EngagementDatasetTest {

  private static final EngagementDataset SAMPLE = SampleDataset.lambeth();
  private static final AreaId UNKNOWN = AreaId.of("E05999999");

  private static Area area(String id, AreaLevel level, String parent) {
    Area.Builder area = Area.builder().id(AreaId.of(id)).name("Area " + id).level(level);
    if (parent != null) {
      area.parent(AreaId.of(parent));
    }
    return area.build();
  }

  /** The dataset's own lookup for a record of {@code type}, by the record's id. */
  private static Optional<Object> lookUp(EngagementDataset d, RecordType type, Object record) {
    Optional<?> found = switch (type) {
      case AREA -> d.area(((Area) record).id());
      case ISSUE_CATEGORY -> d.issueCategory(((IssueCategory) record).code());
      case STAKEHOLDER -> d.stakeholder(((Stakeholder) record).id());
      case HARD_TO_HEAR_GROUP -> d.hardToHearGroup(((HardToHearGroup) record).id());
      case REFERENCE_POPULATION -> d.referencePopulation(((ReferencePopulation) record).id());
      case ACTIVITY -> d.activity(((EngagementActivity) record).id());
      case INPUT -> d.input(((CommunityInput) record).id());
      case ANALYSIS -> d.analysis(((AnalysisRecord) record).id());
      case DECISION -> d.decision(((DecisionRecord) record).id());
      case TARGET -> d.target(((LocalPerformanceTarget) record).id());
      case ALLOCATION -> d.allocation(((ResourceAllocation) record).id());
      case INITIATIVE -> d.initiative(((Initiative) record).id());
      case FEEDBACK -> d.feedbackRecord(((Feedback) record).id());
      case SURVEY -> d.survey(((Survey) record).id());
      case RESPONSE -> d.response(((SurveyResponse) record).id());
      case PANEL -> d.panel(((Panel) record).id());
      case PRIORITY -> d.priority(((Priority) record).id());
      case ROLE -> d.role(((RoleAssignment) record).id());
      case KEY_MESSAGE -> d.keyMessage(((KeyMessage) record).id());
      case COMMITMENT -> d.commitment(((Commitment) record).id());
      case PUBLICATION -> d.publication(((Publication) record).id());
    };
    return found.map(Object.class::cast);
  }

  @Nested
  class Lookups {

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void lookup_everyRecordOfTheSample_isFoundById(RecordType type) {
      assertThat(SAMPLE.records(type)).as("the sample has records of every type").isNotEmpty();
      for (Object record : SAMPLE.records(type)) {
        assertThat(lookUp(SAMPLE, type, record)).containsSame(record);
      }
    }

    @Test
    void lookup_unknownId_isEmpty() {
      assertThat(SAMPLE.area(UNKNOWN)).isEmpty();
      assertThat(SAMPLE.activity(ActivityId.of("ACT-9999"))).isEmpty();
      assertThat(SAMPLE.issueCategory("NOISE")).isEmpty();
      assertThat(SAMPLE.panel(PanelId.of("snp-e05014105"))).isEmpty();
    }

    @Test
    void lookup_duplicateIds_firstRecordWins() {
      Area first = area("E09000022", AreaLevel.BOROUGH, null);
      Area second = area("E09000022", AreaLevel.WARD, "E23000001");
      IssueCategory asb = IssueCategory.of("ASB", "Anti-social behaviour");
      EngagementActivity meeting = SAMPLE.activity(SampleDataset.PANEL_MEETING).orElseThrow();
      EngagementActivity retitled =
          EngagementActivity.builder().from(meeting).title("Another title").build();

      EngagementDataset d = EngagementDataset.builder()
          .addAreas(first, second)
          .addIssueCategories(asb, IssueCategory.of("ASB", "Nuisance"))
          .addActivities(meeting, retitled)
          .build();

      assertThat(d.area(AreaId.of("E09000022"))).containsSame(first);
      assertThat(d.level(AreaId.of("E09000022"))).contains(AreaLevel.BOROUGH);
      assertThat(d.issueCategory("ASB")).containsSame(asb);
      assertThat(d.activity(meeting.id())).containsSame(meeting);
      assertThat(d.areas()).containsExactly(first, second);
    }

    @Test
    void level_knownAndUnknownArea() {
      assertThat(SAMPLE.level(BRIXTON)).contains(AreaLevel.WARD);
      assertThat(SAMPLE.level(UNKNOWN)).isEmpty();
    }
  }

  @Nested
  class AreaTree {

    @Test
    void ancestors_ofAWard_nearestFirst() {
      assertThat(SAMPLE.ancestors(BRIXTON)).containsExactly(LAMBETH, LONDON);
    }

    @Test
    void ancestors_ofTheRootOrAnUnknownArea_empty() {
      assertThat(SAMPLE.ancestors(LONDON)).isEmpty();
      assertThat(SAMPLE.ancestors(UNKNOWN)).isEmpty();
    }

    @Test
    void children_sortedById() {
      EngagementDataset d = EngagementDataset.builder()
          .addAreas(area("W3", AreaLevel.WARD, "B"), area("W1", AreaLevel.WARD, "B"),
              area("B", AreaLevel.BOROUGH, null), area("W2", AreaLevel.WARD, "B"))
          .build();

      assertThat(d.children(AreaId.of("B")))
          .containsExactly(AreaId.of("W1"), AreaId.of("W2"), AreaId.of("W3"));
    }

    @Test
    void children_ofALeafOrAnUnknownArea_empty() {
      assertThat(SAMPLE.children(BRIXTON)).isEmpty();
      assertThat(SAMPLE.children(UNKNOWN)).isEmpty();
    }

    @Test
    void subtree_includesTheRootThenDepthFirstInIdOrder() {
      assertThat(SAMPLE.subtree(LONDON)).containsExactly(LONDON, LAMBETH, BRIXTON, STOCKWELL);
      assertThat(SAMPLE.subtree(LAMBETH)).containsExactly(LAMBETH, BRIXTON, STOCKWELL);
      assertThat(SAMPLE.subtree(BRIXTON)).containsExactly(BRIXTON);
    }

    @Test
    void subtree_ofAnUnknownArea_isTheAreaAlone() {
      assertThat(SAMPLE.subtree(UNKNOWN)).containsExactly(UNKNOWN);
    }

    @Test
    void descendants_leaveOutTheRoot() {
      assertThat(SAMPLE.descendants(LONDON)).containsExactly(LAMBETH, BRIXTON, STOCKWELL);
      assertThat(SAMPLE.descendants(BRIXTON)).isEmpty();
      assertThat(SAMPLE.descendants(UNKNOWN)).isEmpty();
    }

    @Test
    void isWithin_areaAndItsAncestors() {
      assertThat(SAMPLE.isWithin(BRIXTON, BRIXTON)).isTrue();
      assertThat(SAMPLE.isWithin(BRIXTON, LAMBETH)).isTrue();
      assertThat(SAMPLE.isWithin(BRIXTON, LONDON)).isTrue();
      assertThat(SAMPLE.isWithin(LAMBETH, BRIXTON)).isFalse();
      assertThat(SAMPLE.isWithin(STOCKWELL, BRIXTON)).isFalse();
      assertThat(SAMPLE.isWithin(UNKNOWN, LONDON)).isFalse();
    }

    @Test
    void areasAtLevel_inTheSubtreeSortedById() {
      assertThat(SAMPLE.areasAtLevel(LONDON, AreaLevel.WARD)).containsExactly(BRIXTON, STOCKWELL);
      assertThat(SAMPLE.areasAtLevel(LONDON, AreaLevel.BOROUGH)).containsExactly(LAMBETH);
      assertThat(SAMPLE.areasAtLevel(LAMBETH, AreaLevel.FORCE)).isEmpty();
      assertThat(SAMPLE.areasAtLevel(UNKNOWN, AreaLevel.WARD)).isEmpty();
    }

    @Test
    void areasOnCycle_wellFormedTree_empty() {
      assertThat(SAMPLE.areasOnCycle()).isEmpty();
    }

    @Test
    void treeQueries_onACycle_terminate() {
      // A and B are each other's parent; C hangs off the cycle without lying on it
      EngagementDataset d = EngagementDataset.builder()
          .addAreas(area("A", AreaLevel.BOROUGH, "B"), area("B", AreaLevel.BOROUGH, "A"),
              area("C", AreaLevel.WARD, "A"))
          .build();
      AreaId a = AreaId.of("A");
      AreaId b = AreaId.of("B");
      AreaId c = AreaId.of("C");

      assertThat(d.areasOnCycle()).containsExactly(a, b);
      assertThat(d.ancestors(a)).containsExactly(b);
      assertThat(d.ancestors(c)).containsExactly(a, b);
      assertThat(d.children(a)).containsExactly(b, c);
      assertThat(d.subtree(a)).containsExactly(a, b, c);
      assertThat(d.descendants(b)).containsExactly(a, c);
      assertThat(d.isWithin(a, b)).isTrue();
      assertThat(d.isWithin(b, a)).isTrue();
      assertThat(d.areasAtLevel(a, AreaLevel.WARD)).containsExactly(c);
    }
  }

  @Nested
  class Records {

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void records_isTheAccessorNamedByTheCollection(RecordType type) throws Exception {
      Method accessor = EngagementDataset.class.getMethod(type.collection());

      assertThat(SAMPLE.records(type)).isSameAs(accessor.invoke(SAMPLE));
      assertThat(SAMPLE.count(type)).isEqualTo(SAMPLE.records(type).size());
    }

    @Test
    void idOf_identifiedRecord_isItsId() {
      assertThat(EngagementDataset.idOf(SAMPLE.areas().get(1))).isEqualTo("E09000022");
    }

    @Test
    void idOf_issueCategory_isItsCode() {
      assertThat(EngagementDataset.idOf(IssueCategory.of("ASB", "Anti-social behaviour")))
          .isEqualTo("ASB");
    }

    @Test
    void idOf_notARecord_throws() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> EngagementDataset.idOf("ASB"));

      assertThat(e).hasMessage("not a record of a dataset: java.lang.String");
    }

    @Test
    void empty_hasTheDefaultSchemeAndNoRecords() {
      EngagementDataset empty = EngagementDataset.empty();

      assertThat(empty.scheme()).isSameAs(DemographicScheme.defaultScheme());
      for (RecordType type : RecordType.values()) {
        assertThat(empty.count(type)).isZero();
      }
    }

    @Test
    void toString_showsCountsNotRecords() {
      assertThat(SAMPLE).hasToString("EngagementDataset{areas=4, issueCategories=3, "
          + "stakeholders=1, hardToHearGroups=1, referencePopulations=1, activities=2, inputs=2, "
          + "analyses=1, decisions=1, targets=1, allocations=1, initiatives=1, feedback=1, "
          + "surveys=1, responses=1, panels=2, priorities=1, roles=1, keyMessages=1, "
          + "commitments=1, publications=1}");
    }

    @Test
    void toString_empty_showsNoCollections() {
      assertThat(EngagementDataset.empty()).hasToString("EngagementDataset{}");
    }

    @Test
    void builder_from_copiesEveryCollection() {
      EngagementDataset copy = EngagementDataset.builder().from(SAMPLE).build();

      assertThat(copy).isEqualTo(SAMPLE);
      assertThat(List.of(RecordType.values())).allSatisfy(type ->
          assertThat(copy.records(type)).isEqualTo(SAMPLE.records(type)));
    }
  }
}
