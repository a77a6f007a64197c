package org.engagement.measures.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.measures.standards.StandardsRecords.panel;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.F;
import static org.engagement.measures.testing.Records.FY2012;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;
import static org.engagement.measures.testing.Records.dataset;

import org.engagement.core.EngagementDataset;
import org.engagement.core.PanelKind;
import org.engagement.core.Scope;
import org.junit.jupiter.api.Test;

class ComplianceMatrixTest {

  private static final EngagementDataset DATA = dataset()
      .addPanels(panel("Y1", PanelKind.YOUTH_PANEL, W1, "2010-01-01").build())
      .build();

  private static ComplianceMatrix matrix() {
    return ComplianceMatrix.of(QualityStandards2012.catalogue(), DATA, SCOPE_B);
  }

  @Test
  void of_scopeRowFirstThenReportedAreasInTreeOrder() {
    ComplianceMatrix m = matrix();
    assertThat(m.areas()).containsExactly(B, W1, W2);
    assertThat(m.results()).hasSize(25);
    assertThat(m.cell(B, "CE-4")).contains("PARTLY 0.50");
    assertThat(m.cell(W1, "CE-4")).contains("MET");
    assertThat(m.cell(W2, "CE-4")).contains("NOT_MET");
    assertThat(m.cell(B, "CE-1")).contains("n/a");
    assertThat(m.cell(W1, "CE-5")).contains("—");
    assertThat(m.cell(F, "CE-4")).isEmpty();
  }

  @Test
  void toMarkdown_tableWithReasons() {
    String md = matrix().toMarkdown();
    assertThat(md).startsWith("### MPS Quality Standards for Engagement (2012) — B 2012-04-01/2013-03-31")
        .contains("| Area | Name | CE-1 | CE-2 | CE-3 | CE-4 |")
        .contains("| W1 | Area W1 | — | — | — | MET |")
        .contains("- CE-1: no activities in the dataset")
        .endsWith("\n");
  }

  @Test
  void toCsv_oneLinePerAreaAndRule() {
    String csv = matrix().toCsv();
    assertThat(csv).startsWith("area,name,rule,status,attainment,reason\r\n")
        .contains("B,Area B,CE-4,PARTLY_MET,0.5,\r\n")
        .contains("W2,Area W2,CE-4,NOT_MET,0.0,\r\n")
        .contains("B,Area B,YE-5,NOT_ASSESSABLE,,narrative promise: not assessable from records\r\n");
    assertThat(csv.lines().filter(l -> l.startsWith("W1,")).count()).isEqualTo(1);
  }

  @Test
  void toString_alignedGridWithReasons() {
    String text = matrix().toString();
    assertThat(text.lines().toList().get(1)).startsWith("Area  Name     CE-1");
    assertThat(text).contains("not assessable:\n  CE-1: no activities in the dataset");
  }

  @Test
  void of_resultOfAnotherScope_throws() {
    var results = QualityStandards2012.catalogue().evaluate(DATA, Scope.of(F, FY2012));
    assertThatThrownBy(() -> ComplianceMatrix.of("x", DATA, SCOPE_B, results))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("result scope must be the matrix scope B: CE-1");
  }
}
