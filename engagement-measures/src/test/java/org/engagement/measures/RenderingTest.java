package org.engagement.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.engagement.core.AreaLevel;
import org.engagement.measures.outcome.DueConsiderationMeasure;
import org.engagement.measures.outcome.ParticipantSatisfactionMeasure;
import org.engagement.measures.testing.Records;
import org.junit.jupiter.api.Test;

/** Scorecards and results as published Markdown and CSV. */
class RenderingTest {

  /**
   * The M5 dataset of ParticipantSatisfactionMeasureTest by ward, with M1 beside it. M5 bases:
   * borough 3 (min of 4, 3, 5 valid answers); W1 2 (R1, R4); W2 1 (R2 and R5 split across the
   * components).
   */
  static Scorecard card() {
    return Scorecard.evaluate(
        org.engagement.measures.outcome.ParticipantSatisfactionMeasureTest.satisfaction(),
        Records.SCOPE_B,
        AreaLevel.WARD,
        List.of(DueConsiderationMeasure.standard(), ParticipantSatisfactionMeasure.standard()),
        Evaluation.SEQUENTIAL);
  }

  @Test
  void markdown_standardControl_suppressesEverySmallSurveyBase() {
    // The total's base 3 < 30 is withheld, so no total is shown and nothing is suppressed
    // secondarily; both wards are withheld on their own bases.
    String md = MarkdownTables.of(card());
    assertThat(md)
        .startsWith("### Scorecard: B Area B, 2012-04-01/2013-03-31, as of 2013-03-31\n\n"
            + "| Area | Name | M1 Due consideration | M5 Participant satisfaction |\n"
            + "| --- | --- | --- | --- |\n"
            + "| **B** | **Area B** | n/a | SUPPRESSED (base 3) |\n"
            + "| W1 | Area W1 | n/a | SUPPRESSED (base 2) |\n"
            + "| W2 | Area W2 | n/a | SUPPRESSED (base 1) |\n\n"
            + "Suppressed: M5 for B (base below 30); M5 for W1 (base below 30); M5 for W2 (base"
            + " below 30).\n\n")
        .contains("conventions of this SDK, not policy");
  }

  @Test
  void markdown_onePrimaryBesideAShownTotal_suppressesASecondCell() {
    // Threshold 2: the total (3) and W1 (2) are publishable, W2 (1) is not. W2's figure could be
    // recovered from the total and W1, so W1, the smallest other non-zero cell, is withheld too.
    String md = MarkdownTables.of(card(), DisclosureControl.of(2));
    assertThat(md).contains("| **B** | **Area B** | n/a | 0.2799 INSUFFICIENT_DATA |\n");
    assertThat(md).contains("| W1 | Area W1 | n/a | SUPPRESSED (secondary, base 2) |\n");
    assertThat(md).contains("| W2 | Area W2 | n/a | SUPPRESSED (base 1) |\n");
    assertThat(md).contains("Suppressed: M5 for W1 (secondary suppression); M5 for W2 (base below 2).");
  }

  @Test
  void markdown_notAssessableCells_areExplainedUnderTheTableByMeasureAndReason() {
    String md = MarkdownTables.of(card(), DisclosureControl.of(2));
    assertThat(md).contains("Not assessable (n/a): M1 for B, W1, W2 (no community input in"
        + " scope).");
  }

  @Test
  void markdown_everyCellAssessed_hasNoNotAssessableNote() {
    Scorecard scored = Scorecard.evaluate(
        org.engagement.measures.outcome.ParticipantSatisfactionMeasureTest.satisfaction(),
        Records.SCOPE_B, AreaLevel.WARD, List.of(ParticipantSatisfactionMeasure.standard()),
        Evaluation.SEQUENTIAL);
    assertThat(MarkdownTables.of(scored, DisclosureControl.none()))
        .doesNotContain("Not assessable");
  }

  @Test
  void markdown_noControl_publishesEverything() {
    String md = MarkdownTables.of(card(), DisclosureControl.none());
    assertThat(md).doesNotContain("SUPPRESSED (").contains("Suppressed: nothing");
  }

  @Test
  void csv_oneLinePerAreaAndMeasure_withSuppressionColumns() {
    String csv = CsvTables.of(card(), DisclosureControl.of(2));
    String[] lines = csv.split("\r\n");
    assertThat(lines).hasSize(7);
    assertThat(lines[0])
        .isEqualTo("area,name,level,measure,status,score,numerator,denominator,base,base_kind,"
            + "rating,suppressed,reason,score_note,rating_note");
    assertThat(lines[1])
        .isEqualTo("B,Area B,BOROUGH,M1,NOT_ASSESSABLE,,0,0,0,DENOMINATOR,NOT_RATED,NONE,"
            + "no community input in scope,,");
    assertThat(lines[2])
        .isEqualTo("B,Area B,BOROUGH,M5,SCORED," + (194.0 / 693) + ",,,3,SURVEY_ANSWERS,"
            + "INSUFFICIENT_DATA,NONE,,,");
    assertThat(lines[4]).isEqualTo(
        "W1,Area W1,WARD,M5,SCORED,,,,2,SURVEY_ANSWERS,,SECONDARY,secondary suppression,,");
    assertThat(lines[6]).isEqualTo(
        "W2,Area W2,WARD,M5,SCORED,,,,1,SURVEY_ANSWERS,,PRIMARY,base below 2,,");
    assertThat(csv).endsWith("\r\n");
  }

  @Test
  void csv_quotesFieldsWithCommasAndQuotes() {
    MeasureResult r =
        MeasureResult.builder()
            .measure("M9")
            .title("Test")
            .scope(Records.SCOPE_B)
            .status(MeasureStatus.NOT_ASSESSABLE)
            .reason("no \"input\", none at all")
            .base(0)
            .rating(Rating.NOT_RATED)
            .build();
    assertThat(CsvTables.of(r).split("\r\n")[1])
        .isEqualTo("M9,B,2012-04-01/2013-03-31,2013-03-31,score,SHARE,,,NONE,"
            + "\"no \"\"input\"\", none at all\"");
  }

  @Test
  void result_markdownAndCsv_suppressSmallSurveyComponents() {
    MeasureResult m5 =
        ParticipantSatisfactionMeasure.standard()
            .evaluate(
                org.engagement.measures.outcome.ParticipantSatisfactionMeasureTest.satisfaction(),
                Records.SCOPE_B);
    String md = MarkdownTables.of(m5);
    assertThat(md).contains("**Score:** SUPPRESSED (base 3)");
    assertThat(md).contains("| p[FEEDBACK_RECEIVED] | SUPPRESSED (base 4) |");
    assertThat(md).contains("| n[FEEDBACK_RECEIVED] | 4 |");
    assertThat(md).contains("| feedbackCoverage | 0.5000 |");
    assertThat(md).contains("**Gaps (1):** ACT3 lacks FEEDBACK");
    String csv = CsvTables.of(m5);
    assertThat(csv).contains("M5,B,2012-04-01/2013-03-31,2013-03-31,p[FEEDBACK_RECEIVED],SHARE,,4,PRIMARY,\r\n");
    assertThat(csv).contains(",n[FEEDBACK_RECEIVED],COUNT,4,,NONE,\r\n");
    String open = MarkdownTables.of(m5, DisclosureControl.none());
    assertThat(open).contains("| p[FEEDBACK_RECEIVED] | 0.3333 |");
    // toString is the analyst's own view: never suppressed.
    assertThat(m5.toString()).contains("p[FEEDBACK_RECEIVED]=0.3333");
  }

  @Test
  void result_markdown_ratioMeasure() {
    MeasureResult m1 =
        DueConsiderationMeasure.standard()
            .evaluate(org.engagement.measures.outcome.DueConsiderationMeasureTest.funnel(), Records.SCOPE_B);
    String md = MarkdownTables.of(m1);
    assertThat(md)
        .startsWith("### M1 Due consideration: B, 2012-04-01/2013-03-31, as of 2013-03-31\n\n"
            + "**Score:** 0.2500 (2/8) INSUFFICIENT_DATA (base 8)\n\n"
            + "| Indicator | Value |\n| --- | --- |\n| raised | 8 |\n");
    assertThat(md).contains("**Evidence (4):** DEC-1, DEC-A, IN-01, IN-10");
  }

  @Test
  void result_markdown_listsTheFirstTenIdsThenHowManyMore() {
    MeasureResult.Builder many = MeasureResult.builder()
        .from(DueConsiderationMeasure.standard().evaluate(
            org.engagement.measures.outcome.DueConsiderationMeasureTest.funnel(), Records.SCOPE_B))
        .evidence(java.util.stream.IntStream.rangeClosed(10, 21).mapToObj(i -> "DEC-" + i)
            .toList());
    String md = MarkdownTables.of(many.build());
    assertThat(md).contains("**Evidence (12):** DEC-10, DEC-11, DEC-12, DEC-13, DEC-14, DEC-15,"
        + " DEC-16, DEC-17, DEC-18, DEC-19, … and 2 more\n");
  }
}
