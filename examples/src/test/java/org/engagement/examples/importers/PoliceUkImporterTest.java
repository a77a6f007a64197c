package org.engagement.examples.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.PanelId;
import org.engagement.core.Priority;
import org.engagement.core.PrioritySource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Imports {@code police-uk/priorities.json}, a fixture in police.uk's shape. */
class PoliceUkImporterTest {

  private static final PanelId PANEL = PanelId.of("PNL-BRX");
  private static Imported imported;

  @BeforeAll
  static void importFixture() throws Exception {
    try (InputStream in =
        PoliceUkImporterTest.class.getResourceAsStream("/police-uk/priorities.json")) {
      imported = PoliceUkImporter.read(in, "priorities.json", PANEL);
    }
  }

  private static List<Priority> priorities() {
    return imported.dataset().priorities();
  }

  @Test
  void read_htmlFields_becomePlainText() {
    Priority first = priorities().get(0);
    assertThat(first.id().toString()).isEqualTo("PRI-PNL-BRX-001");
    assertThat(first.panel()).isEqualTo(PANEL);
    assertThat(first.source()).isEqualTo(PrioritySource.LOCAL);
    assertThat(first.issue()).isEqualTo("Residents have raised concerns about anti-social"
        + " behaviour by groups gathering on the Loughborough Estate after 10pm.");
    assertThat(first.action()).contains("Officers carried out high-visibility patrols on Friday"
        + " and Saturday nights and issued 4 dispersal notices. The estate's CCTV has been"
        + " repaired.");
    assertThat(first.setDate()).isEqualTo(LocalDate.of(2013, 5, 14));
    assertThat(first.actionDate()).contains(LocalDate.of(2013, 7, 2));
  }

  @Test
  void read_nullActionAndDate_leaveThemAbsent() {
    Priority second = priorities().get(1);
    assertThat(second.issue()).isEqualTo("Drug dealing & drug use around Coldharbour Lane – near"
        + " the bus stops");
    assertThat(second.action()).isEmpty();
    assertThat(second.actionDate()).isEmpty();
  }

  @Test
  void read_badActionDate_keepsThePriorityAndReportsIt() {
    Priority third = priorities().get(2);
    assertThat(third.id().toString()).isEqualTo("PRI-PNL-BRX-003");
    assertThat(third.setDate()).isEqualTo(LocalDate.of(2013, 5, 14));
    assertThat(third.actionDate()).isEmpty();
    assertThat(imported.report().unmapped()).extracting(Object::toString)
        .contains("[2] (mapped in part): action-date left out: not an ISO date-time: \"next month\"");
  }

  @Test
  void read_badIssueDateNullIssueAndNonObject_areReportedNotDropped() {
    assertThat(priorities()).hasSize(3);
    assertThat(imported.report().mapped()).isEqualTo(3);
    assertThat(imported.report().notMapped()).isEqualTo(3);
    assertThat(imported.report().toString()).startsWith(
        "ImportReport priorities.json: 3 mapped (1 in part), 3 not mapped");
    assertThat(imported.report().unmapped()).extracting(Object::toString).containsExactly(
        "[2] (mapped in part): action-date left out: not an ISO date-time: \"next month\"",
        "[3]: issue-date is not an ISO date-time: \"14/05/2013\"",
        "[4]: issue is missing or blank",
        "[5]: not an object");
  }

  @Test
  void read_rowMissingTwoValues_isOneRowMappedInPartWithBothReasons() {
    String json = "[{\"issue\": \"Speeding\", \"issue-date\": \"2013-05-14\","
        + " \"action\": \"<p> </p>\", \"action-date\": \"soon\"}]";
    Imported one = PoliceUkImporter.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "one.json", PANEL);

    assertThat(one.dataset().priorities()).hasSize(1);
    assertThat(one.report().toString()).startsWith(
        "ImportReport one.json: 1 mapped (1 in part), 0 not mapped");
    assertThat(one.report().unmapped()).singleElement().extracting(Object::toString)
        .isEqualTo("[0] (mapped in part): action left out: blank once HTML is stripped;"
            + " action-date left out: not an ISO date-time: \"soon\"");
  }

  @Test
  void read_notAnArray_fails() {
    InputStream in = new ByteArrayInputStream("{\"issue\": \"x\"}".getBytes(StandardCharsets.UTF_8));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PoliceUkImporter.read(in, "object.json", PANEL));
    assertThat(e).hasMessage("police.uk priorities must be a JSON array: object.json");
  }
}
