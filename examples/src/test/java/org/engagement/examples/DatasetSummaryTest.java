package org.engagement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagement.core.ActivityId;
import org.engagement.core.AnalysisId;
import org.engagement.core.AnalysisRecord;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.CommunityInput;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementLevel;
import org.engagement.core.EngagementMethod;
import org.engagement.core.Feedback;
import org.engagement.core.FeedbackFormat;
import org.engagement.core.FeedbackId;
import org.engagement.core.InputId;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.IssueCategory;
import org.engagement.core.KeyMessage;
import org.engagement.core.MessageId;
import org.engagement.core.Openness;
import org.engagement.core.Panel;
import org.engagement.core.PanelId;
import org.engagement.core.PanelKind;
import org.engagement.core.Priority;
import org.engagement.core.PriorityId;
import org.engagement.core.PrioritySource;
import org.engagement.core.RecordType;
import org.engagement.core.Survey;
import org.engagement.core.SurveyId;
import org.engagement.core.SurveyPopulation;
import org.engagement.core.Weighting;
import org.junit.jupiter.api.Test;

class DatasetSummaryTest {

  private static final AreaId FORCE = AreaId.of("F1");
  private static final AreaId BOROUGH = AreaId.of("B1");
  private static final AreaId NORTH = AreaId.of("W1");
  private static final AreaId SOUTH = AreaId.of("W2");
  private static final AreaId NOWHERE = AreaId.of("X9");
  private static final LocalDate DAY = LocalDate.of(2012, 6, 1);

  /**
   * A force, a borough and two wards: two activities in North, one in South, one in the borough;
   * an input in North; an analysis of the South activity and one of an unknown activity; a panel
   * in South with a priority; a key message for an unknown area; feedback and a survey.
   */
  private static final EngagementDataset DATASET =
      EngagementDataset.builder()
          .addIssueCategories(IssueCategory.of("ASB", "Anti-social behaviour"))
          .addAreas(
              area(SOUTH, "South", AreaLevel.WARD, BOROUGH),
              area(BOROUGH, "Borough", AreaLevel.BOROUGH, FORCE),
              Area.builder().id(FORCE).name("Force").level(AreaLevel.FORCE).build(),
              area(NORTH, "North", AreaLevel.WARD, BOROUGH))
          .addActivities(
              activity("A1", NORTH), activity("A2", NORTH), activity("A3", SOUTH),
              activity("A4", BOROUGH))
          .addInputs(
              CommunityInput.builder().id(InputId.of("I1")).activity(ActivityId.of("A1"))
                  .area(NORTH).date(DAY).issueCategory("ASB").summary("Noise").build())
          .addAnalyses(analysis("AN1", "A3"), analysis("AN2", "A404"))
          .addPanels(
              Panel.builder().id(PanelId.of("P1")).kind(PanelKind.SAFER_NEIGHBOURHOODS_PANEL)
                  .name("South panel").area(SOUTH).activeFrom(DAY).openness(Openness.OPEN)
                  .build())
          .addPriorities(
              Priority.builder().id(PriorityId.of("PR1")).panel(PanelId.of("P1")).issue("Noise")
                  .source(PrioritySource.LOCAL).setDate(DAY).build())
          .addKeyMessages(
              KeyMessage.builder().id(MessageId.of("M1")).date(DAY).area(NOWHERE)
                  .message("Stay safe").build())
          .addFeedback(
              Feedback.builder().id(FeedbackId.of("FB1")).published(DAY).channel("newsletter")
                  .format(FeedbackFormat.SUMMARY).build())
          .addSurveys(
              Survey.builder().id(SurveyId.of("S1")).name("Survey").wave("2012")
                  .population(SurveyPopulation.PUBLIC).build())
          .build();

  private final DatasetSummary summary = DatasetSummary.of(DATASET);

  @Test
  void areas_treeOrderFromTheRootDepthFirstById() {
    assertThat(summary.areas()).containsExactly(FORCE, BOROUGH, NORTH, SOUTH);
  }

  @Test
  void count_eachRecordInItsOwnAreaOnly() {
    assertThat(summary.count(NORTH, RecordType.ACTIVITY)).isEqualTo(2);
    assertThat(summary.count(SOUTH, RecordType.ACTIVITY)).isEqualTo(1);
    assertThat(summary.count(BOROUGH, RecordType.ACTIVITY)).isEqualTo(1);
    assertThat(summary.count(FORCE, RecordType.ACTIVITY)).isZero();
    assertThat(summary.count(NORTH, RecordType.INPUT)).isEqualTo(1);
  }

  @Test
  void count_analysisByItsActivityAndPriorityByItsPanel() {
    assertThat(summary.count(SOUTH, RecordType.ANALYSIS)).isEqualTo(1);
    assertThat(summary.count(SOUTH, RecordType.PRIORITY)).isEqualTo(1);
    assertThat(summary.count(SOUTH, RecordType.PANEL)).isEqualTo(1);
  }

  @Test
  void outsideTree_unknownAreaOrUnresolvedReference() {
    assertThat(summary.outsideTree(RecordType.KEY_MESSAGE)).isEqualTo(1);
    assertThat(summary.outsideTree(RecordType.ANALYSIS)).isEqualTo(1);
    assertThat(summary.outsideTree(RecordType.ACTIVITY)).isZero();
  }

  @Test
  void typesWithoutArea_areasTaxonomyFeedbackAndSurveys() {
    assertThat(summary.typesWithoutArea())
        .containsExactly(RecordType.AREA, RecordType.ISSUE_CATEGORY, RecordType.FEEDBACK,
            RecordType.SURVEY);
    assertThat(summary.placedTypes()).doesNotContainAnyElementsOf(summary.typesWithoutArea());
  }

  @Test
  void total_isTheDatasetsCountOfEveryType() {
    for (RecordType type : RecordType.values()) {
      assertThat(summary.total(type)).as(type.collection()).isEqualTo(DATASET.count(type));
    }
  }

  @Test
  void render_rowsInTreeOrderIndentedByDepth() {
    List<String> labels = new ArrayList<>(table(summary.render(1_000)).keySet());

    assertThat(labels)
        .containsExactly("area", "Force (F1)", "  Borough (B1)", "    North (W1)",
            "    South (W2)", "(area not in the tree)", "total");
  }

  @Test
  void render_showsTheHandCountedCells() {
    Map<String, List<String>> table = table(summary.render(1_000));
    int activities = table.get("area").indexOf("activities");
    int messages = table.get("area").indexOf("keyMessages");

    assertThat(table.get("    North (W1)").get(activities)).isEqualTo("2");
    assertThat(table.get("  Borough (B1)").get(activities)).isEqualTo("1");
    assertThat(table.get("(area not in the tree)").get(messages)).isEqualTo("1");
    assertThat(table.get("total").get(activities)).isEqualTo("4");
  }

  @Test
  void render_totalRowAddsUpEveryColumn() {
    assertColumnsAddUp(DATASET);
  }

  @Test
  void render_totalRowAddsUpEveryColumnOfTheSample() {
    assertColumnsAddUp(SampleData.lambeth());
  }

  @Test
  void render_wrapsColumnsIntoBlocksWithinTheWidth() {
    String rendered = summary.render(60);

    List<String> headers = rendered.lines().filter(line -> line.startsWith("area ")).toList();
    List<String> columns =
        headers.stream().flatMap(line -> Arrays.stream(line.split(" +")).skip(1)).toList();

    assertThat(rendered.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(60));
    assertThat(headers).hasSizeGreaterThan(1);
    assertThat(columns)
        .containsExactlyElementsOf(
            summary.placedTypes().stream().map(RecordType::collection).toList());
  }

  @Test
  void render_listsTheRecordsWithoutAnArea() {
    assertThat(summary.render())
        .contains("Not counted by area: areas 4,")
        .contains("issueCategories 1, feedback 1, surveys 1");
  }

  @Test
  void render_emptyDatasetHasOnlyTheTotalRow() {
    Map<String, List<String>> table = table(DatasetSummary.of(EngagementDataset.empty())
        .render(1_000));

    assertThat(table.keySet()).containsExactly("area", "total");
    assertThat(table.get("total")).containsOnly("0");
  }

  /** Checks, on the rendered text, that each column's rows add up to its total row. */
  private static void assertColumnsAddUp(EngagementDataset dataset) {
    Map<String, List<String>> table = table(DatasetSummary.of(dataset).render(1_000));
    List<String> header = table.get("area");
    List<String> totals = table.get("total");
    for (int column = 0; column < header.size(); column++) {
      int sum = 0;
      for (Map.Entry<String, List<String>> row : table.entrySet()) {
        if (!row.getKey().equals("area") && !row.getKey().equals("total")) {
          sum += Integer.parseInt(row.getValue().get(column));
        }
      }
      RecordType type = type(header.get(column));
      assertThat(Integer.parseInt(totals.get(column))).as(header.get(column))
          .isEqualTo(sum)
          .isEqualTo(dataset.count(type));
    }
  }

  /**
   * Reads the first block of a rendered table: row label (indentation kept) → cells. Cells are
   * separated by at least two spaces; labels hold single spaces only.
   */
  private static Map<String, List<String>> table(String rendered) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (String line : rendered.split("\\R")) {
      if (line.isBlank()) {
        break;
      }
      String stripped = line.stripLeading();
      String indent = line.substring(0, line.length() - stripped.length());
      List<String> cells = new ArrayList<>(Arrays.asList(stripped.split(" {2,}")));
      rows.put(indent + cells.remove(0), cells);
    }
    return rows;
  }

  private static RecordType type(String collection) {
    return Arrays.stream(RecordType.values())
        .filter(t -> t.collection().equals(collection))
        .findFirst()
        .orElseThrow();
  }

  private static Area area(AreaId id, String name, AreaLevel level, AreaId parent) {
    return Area.builder().id(id).name(name).level(level).parent(parent).build();
  }

  private static EngagementActivity activity(String id, AreaId area) {
    return EngagementActivity.builder().id(ActivityId.of(id)).title("Meeting " + id).date(DAY)
        .area(area).engagementLevel(EngagementLevel.COMMUNITY)
        .involvement(InvolvementLevel.CONSULT).method(EngagementMethod.PUBLIC_MEETING)
        .openness(Openness.OPEN).build();
  }

  private static AnalysisRecord analysis(String id, String activity) {
    return AnalysisRecord.builder().id(AnalysisId.of(id)).activity(ActivityId.of(activity))
        .date(DAY).quantitative(true).qualitative(false).weighted(Weighting.NO)
        .independent(false).build();
  }
}
