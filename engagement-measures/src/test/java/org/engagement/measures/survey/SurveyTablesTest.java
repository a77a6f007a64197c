package org.engagement.measures.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.measures.Suppression.NONE;
import static org.engagement.measures.Suppression.PRIMARY;
import static org.engagement.measures.Suppression.SECONDARY;
import static org.engagement.measures.survey.PublicSurveys.LISTEN;
import static org.engagement.measures.survey.PublicSurveys.addListen;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.SCOPE_B;

import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.measures.DisclosureControl;
import org.junit.jupiter.api.Test;

class SurveyTablesTest {

  /**
   * 90 unweighted answers by ethnicity: ASIAN 3 (2 agree), BLACK 35 (14), WHITE 40 (30), none
   * stated 12 (6); MIXED and OTHER none.
   *
   * <p>Figures (threshold 30): ASIAN (3) and NOT_STATED (12) are withheld — two primaries, so no
   * secondary. Counts (threshold 5): only ASIAN (3) is below 5 and the total 90 is shown, so the
   * smallest other non-zero count, NOT_STATED's 12, is withheld too: otherwise 90 − 35 − 40 − 12
   * would give it back.
   */
  private static SurveyBreakdown breakdown() {
    EngagementDataset.Builder b = PublicSurveys.dataset();
    addListen(b, "A", "P12", "2012-06-01", "ASIAN", 3, 2);
    addListen(b, "K", "P12", "2012-06-01", "BLACK", 35, 14);
    addListen(b, "W", "P12", "2012-06-01", "WHITE", 40, 30);
    addListen(b, "N", "P12", "2012-06-01", null, 12, 6);
    return SurveyAnalysis.breakdown(b.build(), SCOPE_B, LISTEN);
  }

  @Test
  void figureSuppression_andCountSuppression_ofEthnicity() {
    SurveyBreakdown b = breakdown();
    DimensionBreakdown ethnicity = b.dimension("ETHNICITY").orElseThrow();
    DisclosureControl standard = DisclosureControl.standard();
    assertThat(SurveyTables.countSuppression(b, ethnicity, standard))
        .containsExactly(PRIMARY, NONE, NONE, NONE, NONE, SECONDARY);
    assertThat(SurveyTables.figureSuppression(b, ethnicity, standard))
        .containsExactly(PRIMARY, NONE, NONE, NONE, NONE, PRIMARY);
    assertThat(SurveyTables.figureSuppression(b, ethnicity, DisclosureControl.none()))
        .containsOnly(NONE);
  }

  @Test
  void markdown_breakdown_withholdsSmallGroups_andSaysSo() {
    String md = SurveyTables.markdown(breakdown());
    assertThat(md).startsWith(
        "### POLICE_LISTEN (PUBLIC) by group: B, 2012-04-01/2013-03-31, as of 2013-03-31\n\n"
            + "**Overall:** 0.5778 (base 90)\n\n#### Age\n\n");
    assertThat(md).contains(
        "| Group | Proportion | 95% interval | Base | Gap to overall | Versus the rest |\n"
            + "| --- | --- | --- | --- | --- | --- |\n"
            + "| Asian, Asian British or Asian Welsh | SUPPRESSED |  | <5 |  |  |\n");
    assertThat(md).contains("| White | 0.7500 | [0.5981, 0.8581] | 40 | +0.1722 | higher (+0.3100 [0.1055, 0.4778], p=0.0031) |");
    assertThat(md).contains("| Mixed or Multiple ethnic groups | n/a |  | 0 |  |  |\n");
    assertThat(md).contains("| Not stated | SUPPRESSED |  | SUPPRESSED |  |  |\n");
    assertThat(md).contains("Suppressed: ETHNICITY ASIAN (count below 5); ETHNICITY NOT_STATED (count, "
        + "secondary suppression).");
    // Nothing of the withheld groups leaks: 2 of 3 is 0.6667, 6 of 12 is 0.5000.
    assertThat(md).doesNotContain("0.6667").doesNotContain("| 3 |").doesNotContain("| 12 |");
  }

  @Test
  void markdown_breakdown_withoutControl_showsEverything() {
    String md = SurveyTables.markdown(breakdown(), DisclosureControl.none());
    assertThat(md).contains("| Asian, Asian British or Asian Welsh | 0.6667 |").contains("| 12 |")
        .contains("Suppressed: nothing (survey figures need an unweighted base of at least 0, "
            + "demographic counts at least 0).");
  }

  @Test
  void csv_breakdown_oneLinePerGroup_withSuppressionColumns() {
    String csv = SurveyTables.csv(breakdown());
    assertThat(csv).startsWith("question,area,period,as_of,dimension,category,proportion,lower,upper,base,"
        + "effective_base,gap,versus_rest,z,p_value,suppressed,count_suppressed\r\n"
        + "POLICE_LISTEN (PUBLIC),B,2012-04-01/2013-03-31,2013-03-31,ALL,,0.5777777777777777,");
    assertThat(csv).contains("\r\nPOLICE_LISTEN (PUBLIC),B,2012-04-01/2013-03-31,2013-03-31,ETHNICITY,ASIAN,"
        + ",,,<5,,,,,,PRIMARY,PRIMARY\r\n");
    assertThat(csv).contains("\r\nPOLICE_LISTEN (PUBLIC),B,2012-04-01/2013-03-31,2013-03-31,ETHNICITY,NOT_STATED,"
        + ",,,,,,,,,PRIMARY,SECONDARY\r\n");
    // 1 header + 1 overall + 6 dimensions' rows (6 + 2 + 3 + 5 + 8 + 4 categories, each + NOT_STATED).
    assertThat(csv.split("\r\n")).hasSize(2 + 7 + 3 + 4 + 6 + 9 + 5);
  }

  private static SurveyChange change(int beforeCount, int beforeYes) {
    EngagementDataset.Builder b = PublicSurveys.dataset();
    addListen(b, "A", "P11", "2011-09-01", null, beforeCount, beforeYes);
    addListen(b, "B", "P12", "2012-09-01", null, 70, 56);
    return SurveyAnalysis.change(b.build(), Scope.of(B, Period.financialYear(2011)), SCOPE_B, LISTEN);
  }

  @Test
  void markdown_change_showsTheDifferenceVerdictAndMdd() {
    String md = SurveyTables.markdown(change(80, 48));
    assertThat(md).contains("| A (before): B, 2011-04-01/2012-03-31, as of 2012-03-31 | 0.6000 |");
    assertThat(md).contains("| +0.2000 | [0.0524, 0.3339] | INCREASE | 2.65 | 0.0080 | 0.2114 |");
    assertThat(md).contains("Suppressed: nothing");
    assertThat(SurveyTables.csv(change(80, 48))).contains(",INCREASE,").endsWith(",NONE\r\n");
  }

  @Test
  void markdown_change_withASmallSide_withholdsTheChange() {
    String md = SurveyTables.markdown(change(20, 12));
    assertThat(md).contains("**Change:** SUPPRESSED")
        .contains("| A (before): B, 2011-04-01/2012-03-31, as of 2012-03-31 | SUPPRESSED |  | 20 |  |")
        .doesNotContain("INCREASE").doesNotContain("NO_SIGNIFICANT_CHANGE");
    assertThat(SurveyTables.csv(change(20, 12))).endsWith(",,,,,,,,PRIMARY\r\n");
  }

  @Test
  void markdownAndCsv_estimate() {
    EngagementDataset.Builder b = PublicSurveys.dataset();
    addListen(b, "R", "P12", "2012-06-01", null, 12, 6);
    SurveyEstimate e = SurveyAnalysis.estimate(b.build(), SCOPE_B, LISTEN);
    assertThat(SurveyTables.markdown(e)).contains("| SUPPRESSED |  | 12 |  |")
        .contains("Suppressed: the figure (base below 30).");
    assertThat(SurveyTables.markdown(e, DisclosureControl.of(10))).contains("| 0.5000 | [0.2538, 0.7462] | 12 | 12.0 |");
    assertThat(SurveyTables.csv(e, DisclosureControl.standard())).endsWith(",,,,12,,PRIMARY\r\n");
    assertThat(e.toString()).isEqualTo(
        "POLICE_LISTEN (PUBLIC) in B, 2012-04-01/2013-03-31, as of 2013-03-31: 0.5000 [0.2538, 0.7462] n=12 n_eff=12.0");
  }
}
