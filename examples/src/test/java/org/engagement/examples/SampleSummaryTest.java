package org.engagement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.engagement.core.ActivityId;
import org.engagement.core.AreaId;
import org.engagement.core.CommunityInput;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InputId;
import org.junit.jupiter.api.Test;

class SampleSummaryTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void run_printsBothYearsScorecardsTheChangeTheTableAndTheReportOfTheSampleAndReturnsZero() {
    int status = SampleSummary.run(out);

    assertThat(status).isZero();
    assertThat(printed())
        .startsWith("Sample dataset: Lambeth and its 21 wards, financial years 2011/12 and"
            + " 2012/13 (2011-04-01/2013-03-31), synthetic")
        .contains("### Scorecard: E09000022 Lambeth, 2012-04-01/2013-03-31, as of 2013-03-31")
        .contains("| **E09000022** | **Lambeth** | 0.5812 (179/308) REQUIRES_IMPROVEMENT |")
        .contains("| E05000436 | Vassall | 0.1250 (2/16) INADEQUATE |")
        .contains("| E05000426 | Oval | 0.8182 (9/11) GOOD |")
        .contains("### Scorecard: E09000022 Lambeth, 2011-04-01/2012-03-31, as of 2012-03-31")
        .contains("| **E09000022** | **Lambeth** | 0.5200 (156/300) REQUIRES_IMPROVEMENT |")
        .contains("| E05000426 | Oval | 0.0000 (0/17) INADEQUATE |")
        .contains("Change in the borough's scores, 2011/12 to 2012/13:")
        .contains("M1 Due consideration: 0.5200 to 0.5812 (+0.0612)")
        .contains("LOOP Closing the loop: 0.3799 (117/308) INADEQUATE")
        .contains("REPEAT Repeat participation: 0.5781 (174/301) REQUIRES_IMPROVEMENT")
        .contains("Wards above the rest of Lambeth on M1: Bishop's, Clapham Common, Coldharbour,"
            + " Gipsy Hill, Thurlow Park")
        .contains("  Lambeth (E09000022)")
        .contains("Not counted by area:")
        .endsWith("ValidationReport: valid, 0 errors, 0 warnings" + System.lineSeparator());
    assertThat(printed().indexOf("2012-04-01/2013-03-31, as of"))
        .isLessThan(printed().indexOf("2011-04-01/2012-03-31, as of"));
  }

  @Test
  void summarise_invalidDataset_printsTheErrorsAndReturnsOne() {
    EngagementDataset broken =
        EngagementDataset.builder()
            .addInputs(
                CommunityInput.builder().id(InputId.of("IN-1")).activity(ActivityId.of("ACT-9"))
                    .area(AreaId.of("E05000001")).date(LocalDate.of(2012, 5, 1))
                    .issueCategory("ASB").summary("Noise").build())
            .build();

    int status = SampleSummary.summarise(broken, out);

    assertThat(status).isEqualTo(1);
    assertThat(printed())
        .contains("(area not in the tree)")
        .contains("ValidationReport: invalid")
        .contains("UNKNOWN_REFERENCE inputs[0](IN-1).activity");
  }

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
