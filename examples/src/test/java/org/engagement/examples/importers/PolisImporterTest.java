package org.engagement.examples.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.engagement.core.ActivityMode;
import org.engagement.core.CommunityInput;
import org.engagement.core.CountBasis;
import org.engagement.core.DimensionCounts;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementMethod;
import org.engagement.core.InputId;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.examples.ScriptRunner;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.Rating;
import org.engagement.measures.outcome.DiverseNeedsMeasure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports the real London youth policing export (CC BY 4.0, The Computational Democracy Project). */
class PolisImporterTest {

  private static Imported polis;

  @BeforeAll
  static void importExport() {
    polis = PolisImporter.read(ScriptRunner.bundledData("polis-london-youth-policing"));
  }

  private static EngagementActivity activity() {
    return polis.dataset().activities().get(0);
  }

  @Test
  void read_realExport_givesOneContinuousOnlineDebateWithTheAttribution() {
    EngagementActivity a = activity();
    assertThat(polis.dataset().activities()).hasSize(1);
    assertThat(a.id().toString()).isEqualTo("ACT-POLIS-9xxwa9jpkm");
    assertThat(a.title())
        .isEqualTo("What is the best way to engage more young people in local scrutiny of policing?");
    assertThat(a.method()).isEqualTo(EngagementMethod.ONLINE_DEBATE);
    assertThat(a.mode()).isEqualTo(ActivityMode.CONTINUOUS);
    assertThat(a.date()).isEqualTo(LocalDate.of(2022, 7, 26));
    assertThat(a.endDate()).contains(LocalDate.of(2022, 7, 27));
    assertThat(a.attendance()).contains(26L);
    assertThat(a.partners()).containsExactly(PolisImporter.ATTRIBUTION);
    assertThat(PolisImporter.ATTRIBUTION).contains("CC BY 4.0")
        .contains("The Computational Democracy Project");
  }

  @Test
  void read_realExport_takesTheAcceptedParticipantStatementsWithTheirAgreeCounts() {
    assertThat(polis.dataset().inputs()).hasSize(24)
        .allMatch(i -> i.support() >= 1)
        .extracting(i -> i.id().toString()).contains("IN-POLIS-15", "IN-POLIS-38")
        .doesNotContain("IN-POLIS-0", "IN-POLIS-9");
    CommunityInput c27 = polis.dataset().input(InputId.of("IN-POLIS-27")).orElseThrow();
    // comments.csv: 27,11,14,0,1,"do regular, independent investigations ... the findings."
    assertThat(c27.support()).isEqualTo(14);
    assertThat(c27.summary()).startsWith("do regular, independent investigations on police")
        .endsWith("conversations about the findings.");
    assertThat(c27.date()).isEqualTo(LocalDate.of(2022, 7, 27));
  }

  @Test
  void read_realExport_countsSelfDescriptionsAsResponses() {
    var demographics = activity().demographics().orElseThrow();
    assertThat(demographics.basis()).isEqualTo(CountBasis.RESPONSES);
    assertThat(demographics.dimensions()).extracting(DimensionCounts::dimension)
        .containsExactly("GENDER", "ETHNICITY");
    // Agree counts of comments 5, 6 (gender) and 9 to 13 (ethnicity) in comments.csv.
    assertThat(demographics.dimensions().get(0).counts())
        .isEqualTo(Map.of("MALE", 9L, "FEMALE", 13L));
    assertThat(demographics.dimensions().get(1).counts()).isEqualTo(
        Map.of("WHITE", 4L, "BLACK", 13L, "ASIAN", 3L, "MIXED", 10L, "OTHER", 2L));
  }

  @Test
  void read_realExport_reportsEveryStatementItCouldNotMap() {
    ImportReport report = polis.report();
    assertThat(report.mapped()).isEqualTo(31);
    assertThat(report.unmapped()).extracting(ImportReport.Unmapped::row).containsExactly(
        "comment 14", "comment 8", "comment 7", "comment 4", "comment 3", "comment 2",
        "comment 1", "comment 0");
    assertThat(report.unmapped().get(3).reason())
        .startsWith("ages 20 to 25 do not lie in one AGE band (AGE_16_24, AGE_25_34)");
    assertThat(report.unmapped().get(7).reason()).isEqualTo("rejected by the moderator");
  }

  @Test
  void read_realExport_isAValidDataset() {
    assertThat(DatasetValidator.standard().validate(polis.dataset()).isValid()).isTrue();
  }

  /**
   * M3 of the Polis conversation against London's 2011 census profile (all ages: see the caution
   * in reference/README.md). By hand, ethnicity only (GENDER has no reference, so it is not
   * assessable, and the score is R[ETHNICITY]):
   *
   * <pre>
   *            observed  p = O/32   census count  q = ref/8,173,941   |p - q|     r = p/q
   *   WHITE        4     0.125000     4,887,435      0.5979288          0.4729288   0.2091
   *   MIXED       10     0.312500       405,279      0.0495818          0.2629182   6.3027
   *   ASIAN        3     0.093750     1,511,546      0.1849225          0.0911725   0.5070
   *   BLACK       13     0.406250     1,088,640      0.1331842          0.2730658   3.0503
   *   OTHER        2     0.062500       281,041      0.0343826          0.0281174   1.8178
   *   D = ½ Σ|p − q| = 0.5641014, R = 1 − D = 0.4358986; X² = Σ (O − 32q)² / 32q = 76.67353, df 4
   * </pre>
   *
   * (the same figures from an independent computation in Python, to 1e-12: D 0.5641013809923512,
   * X² 76.67352510424655). Under-represented (q ≥ 0.02, r < 0.8): WHITE and ASIAN. The base,
   * ΣO = 32, reaches the minimum of 30, but the score rests on 1 of the 6 primary dimensions and a
   * rating needs 3: INSUFFICIENT_DATA (R 0.436 would rate REQUIRES_IMPROVEMENT).
   */
  @Test
  void m3_againstTheLondonCensus_givesTheRealFigures() {
    EngagementDataset data = EngagementDataset.builder().from(polis.dataset())
        .addAllReferencePopulations(CensusProfile.readEthnicity(
            ScriptRunner.bundledData("reference/london-census-2011-ethnic-group.csv"), 2011,
            "2011 Census KS201EW"))
        .build();
    MeasureResult m3 = DiverseNeedsMeasure.standard()
        .evaluate(data, Scope.of(PolisImporter.LONDON, Period.year(2022)));
    assertThat(m3.score().orElseThrow()).isCloseTo(0.4358986190076488, within(1e-9));
    assertThat(m3.indicator("D[ETHNICITY]").orElseThrow().value().orElseThrow())
        .isCloseTo(0.5641013809923512, within(1e-9));
    assertThat(m3.indicator("chiSquare[ETHNICITY]").orElseThrow().value().orElseThrow())
        .isCloseTo(76.67352510424655, within(1e-9));
    assertThat(m3.indicator("R[GENDER]").orElseThrow().isAssessable()).isFalse();
    assertThat(m3.rating()).isEqualTo(Rating.INSUFFICIENT_DATA);
    assertThat(m3.scoreNote()).hasValue("1 of 6 dimensions");
    assertThat(m3.indicator("r", "dimension", "ETHNICITY", "category", "BLACK").orElseThrow()
        .value().orElseThrow()).isCloseTo(3.0503, within(0.00005));
    assertThat(m3.base()).isEqualTo(32);
    assertThat(m3.gaps()).extracting(Object::toString).containsExactly(
        "ETHNICITY/ASIAN lacks REPRESENTATION", "ETHNICITY/WHITE lacks REPRESENTATION");
  }

  @Test
  void read_quotedCsvFields_keepCommasDoubledQuotesAndLineBreaks(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("summary.csv"),
        "topic,\"Safer streets, together\"\nurl,https://pol.is/abc123\nvoters,3\n");
    Files.writeString(dir.resolve("comments.csv"),
        "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n"
            + "1658934000000,x,1,2,2,0,1,\"Lights, cameras \"\"and\"\" patrols\non one line\"\n"
            + "1658934000000,x,2,0,0,0,0,I identify as female.\n"
            + "1658934000000,x,3,0,1,0,1,My ethnicity is Martian.\n");
    Files.writeString(dir.resolve("votes.csv"),
        "timestamp,datetime,comment-id,voter-id,vote\n1659000000000,x,1,1,1\n");
    Imported imported = PolisImporter.read(dir);
    assertThat(imported.dataset().activities().get(0).title()).isEqualTo("Safer streets, together");
    assertThat(imported.dataset().inputs()).singleElement()
        .extracting(CommunityInput::summary)
        .isEqualTo("Lights, cameras \"and\" patrols\non one line");
    assertThat(imported.report().unmapped()).extracting(Object::toString).containsExactly(
        "comment 2: not accepted by the moderator (moderated 0)",
        "comment 3: names no ETHNICITY category of the scheme: My ethnicity is Martian.");
    assertThat(imported.dataset().activities().get(0).demographics()).isEmpty();
  }

  @Test
  void read_missingFile_failsNamingIt(@TempDir Path dir) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PolisImporter.read(dir));
    assertThat(e).hasMessageStartingWith("not a Polis export, missing summary.csv");
  }

  @Test
  void read_unterminatedQuote_failsAsMalformedCsv(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("summary.csv"), "topic,\"Safer streets\nurl,x\n");
    Files.writeString(dir.resolve("comments.csv"), "timestamp\n");
    Files.writeString(dir.resolve("votes.csv"), "timestamp\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PolisImporter.read(dir));
    assertThat(e).hasMessageStartingWith("not a well-formed CSV file: summary.csv");
  }
}
