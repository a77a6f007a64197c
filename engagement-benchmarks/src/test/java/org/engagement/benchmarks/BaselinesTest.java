package org.engagement.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.engagement.benchmarks.Baselines.Figures;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.examples.SampleGenerator;
import org.engagement.json.EngagementJson;
import org.engagement.measures.Evaluation;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each hand-written baseline gives exactly the SDK's figures for every ward; the two ways the
 * benchmarks score every level give the same scorecards.
 */
class BaselinesTest {

  /** Three hundred wards in ten boroughs of two forces. */
  private static final EngagementDataset DATA =
      SampleGenerator.builder().seed(5).forces(2).boroughs(10).wards(300).build().generate();

  @Test
  void dueConsideration_isTheSdksM1ForEveryWard() {
    same(Baselines.dueConsideration(DATA, National.YEAR),
        National.MEASURES.dueConsideration());
  }

  @Test
  void managementInfluence_isTheSdksM2ForEveryWard() {
    same(Baselines.managementInfluence(DATA, National.YEAR),
        National.MEASURES.managementInfluence());
  }

  @Test
  void mainstreaming_isTheSdksM4ForEveryWard() {
    same(Baselines.mainstreaming(DATA, National.YEAR), National.MEASURES.mainstreaming());
  }

  private static void same(Map<AreaId, Figures> baseline, Measure<?> measure) {
    Map<AreaId, MeasureResult> sdk = National.wards(EvaluationContext.of(DATA), measure);
    assertThat(baseline.keySet()).hasSize(300).containsExactlyInAnyOrderElementsOf(sdk.keySet());
    long scored = 0;
    for (Map.Entry<AreaId, MeasureResult> e : sdk.entrySet()) {
      Figures f = baseline.get(e.getKey());
      MeasureResult r = e.getValue();
      assertThat(f.numerator()).as("%s numerator", e.getKey()).isEqualTo(r.numerator().orElse(-1));
      assertThat(f.denominator()).as("%s denominator", e.getKey())
          .isEqualTo(r.denominator().orElse(-1));
      if (r.score().isPresent()) {
        assertThat(f.score()).as("%s score", e.getKey()).isEqualTo(r.score().getAsDouble());
        scored++;
      } else {
        assertThat(f.score()).isNaN();
      }
    }
    // Not a vacuous comparison: most wards are scored, and not all at 0 or 1.
    assertThat(scored).isGreaterThan(200);
    assertThat(baseline.values()).anyMatch(f -> f.numerator() > 0 && f.numerator() < f.denominator());
  }

  @Test
  void levelsTogether_areTheScorecardsOfEveryLevel() {
    EvaluationContext context = EvaluationContext.of(DATA);
    for (Evaluation way : Evaluation.values()) {
      assertThat(National.levelsTogether(context, National.MEASURES.all(), way))
          .hasSize(2 * National.forces(DATA).size())
          .containsExactlyElementsOf(National.everyLevel(context, Evaluation.SEQUENTIAL));
    }
  }

  @Test
  void rawReader_readsEveryRecordTheSdkWrites(@TempDir Path dir) {
    EngagementDataset small = SampleGenerator.national(60).generate();
    Path file = dir.resolve("n.json");
    EngagementJson.standard().write(small, file);

    RawJsonReader.Dataset raw = RawJsonReader.read(file);

    // The raw reader counts the issue categories and areas as records too, as the SDK does.
    assertThat(raw.records()).isEqualTo(National.records(small));
    assertThat(raw.responses()).hasSize(small.count(RecordType.RESPONSE));
    assertThat(raw.inputs().get(0).id()).isEqualTo(small.inputs().get(0).id().value());
    assertThat(raw.allocations().get(0).quantity())
        .isEqualByComparingTo(small.allocations().get(0).quantity());
  }
}
