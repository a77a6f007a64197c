package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.loop.ClosingTheLoopMeasure;
import org.engagement.measures.loop.RepeatParticipationMeasure;
import org.engagement.measures.loop.Retention;
import org.engagement.measures.methods.MethodAnalysis;
import org.engagement.measures.methods.MethodReport;
import org.junit.jupiter.api.Test;

/**
 * The results of docs/spec/measures.md §8–§10 in JSON: canonical documents (golden files) that
 * read back to equal values.
 */
class LoopResultsJsonTest {

  private static final Scope LAMBETH_2012 = Scope.of(Datasets.LAMBETH, Period.financialYear(2012));

  private final EngagementJson json = EngagementJson.standard();

  /** The methods report of the small hand-built borough. */
  static MethodReport methods() {
    return MethodAnalysis.standard().evaluate(Datasets.full(), LAMBETH_2012);
  }

  /** Closing the loop for the small hand-built borough. */
  static MeasureResult loop() {
    return ClosingTheLoopMeasure.standard().evaluate(Datasets.full(), LAMBETH_2012);
  }

  /** Repeat participation for the small hand-built borough. */
  static MeasureResult repeat() {
    return RepeatParticipationMeasure.standard().evaluate(Datasets.full(), LAMBETH_2012);
  }

  @Test
  void methodReport_isTheGoldenCanonicalForm_andReadsBack() {
    String written = json.writeString(methods());
    Golden.assertGolden("results/methods-lambeth-2012.json", written);
    assertThat(json.readMethodReport(written)).isEqualTo(methods());
    assertThat(json.readMethodReport(Fixtures.text("results/methods-lambeth-2012.json")))
        .isEqualTo(methods());
  }

  @Test
  void closingTheLoop_isTheGoldenCanonicalForm_andReadsBack() {
    String written = json.writeString(loop());
    Golden.assertGolden("results/loop-lambeth-2012.json", written);
    assertThat(json.readMeasureResult(written)).isEqualTo(loop());
  }

  @Test
  void repeatParticipation_isTheGoldenCanonicalForm_andReadsBack() {
    String written = json.writeString(repeat());
    Golden.assertGolden("results/repeat-lambeth-2012.json", written);
    assertThat(json.readMeasureResult(written)).isEqualTo(repeat());
    assertThat(written).contains("\"baseKind\": \"PARTICIPANTS\"");
  }

  @Test
  void retention_roundTrips_andADocumentWhoseRetentionDisagreesIsRefused() {
    Retention retention = Retention.of(Scope.of(Datasets.LAMBETH, Period.financialYear(2011)),
        LAMBETH_2012, 8, 3, 5);
    String written = json.writeString(retention);
    assertThat(written).contains("\"retention\": 0.375");
    assertThat(json.readRetention(written)).isEqualTo(retention);
    String wrong = written.replace("\"retention\": 0.375", "\"retention\": 0.5");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.readRetention(wrong))
        .isInstanceOf(JsonReadException.class)
        .hasMessageContaining("retention");
  }

  /** Golden-file comparison: a differing document is saved under target/golden-actual. */
  static final class Golden {
    private Golden() {}

    static void assertGolden(String name, String written) {
      String golden = java.nio.file.Files.exists(Fixtures.path(name)) ? Fixtures.text(name) : "";
      if (!written.equals(golden)) {
        Fixtures.saveActual(name.replace('/', '-'), written);
      }
      assertThat(written).isEqualTo(golden);
    }
  }
}
