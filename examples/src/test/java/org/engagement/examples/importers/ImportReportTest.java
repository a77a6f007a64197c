package org.engagement.examples.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportReportTest {

  @Test
  void toString_listsTheUnmappedRows() {
    ImportReport report =
        new ImportReport("x.json", 2, List.of(new ImportReport.Unmapped("[3]", "not an object")));
    assertThat(report.isComplete()).isFalse();
    assertThat(report.toString()).isEqualTo("ImportReport x.json: 2 mapped, 1 not mapped"
        + System.lineSeparator() + "  [3]: not an object");
  }

  @Test
  void toString_rowMappedInPart_countsOnceAmongTheMapped() {
    ImportReport report = new ImportReport("x.json", 2, List.of(
        new ImportReport.Unmapped("[0]", "action-date left out", ImportReport.Kind.MAPPED_IN_PART),
        new ImportReport.Unmapped("[3]", "not an object")));
    assertThat(report.notMapped()).isEqualTo(1);
    assertThat(report.toString()).isEqualTo("ImportReport x.json: 2 mapped (1 in part), 1 not"
        + " mapped" + System.lineSeparator() + "  [0] (mapped in part): action-date left out"
        + System.lineSeparator() + "  [3]: not an object");
  }

  @Test
  void new_negativeCount_fails() {
    assertThrows(IllegalArgumentException.class, () -> new ImportReport("x", -1, List.of()));
  }

  @Test
  void new_blankReason_fails() {
    assertThrows(IllegalArgumentException.class, () -> new ImportReport.Unmapped("[1]", " "));
  }
}
