package org.engagement.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.examples.SampleData;
import org.engagement.json.CatalogueJson;
import org.engagement.json.EngagementJson;
import org.engagement.measures.standards.Catalogue;
import org.engagement.measures.standards.ComplianceMatrix;
import org.engagement.measures.standards.RuleResult;
import org.engagement.measures.standards.RuleStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code engagement standards --catalogue}: the Scottish National Standards for Community
 * Engagement of examples/catalogues, run on the sample; and a catalogue with an error.
 */
class CatalogueCommandTest {

  static final Path SCOTLAND = Path.of("catalogues", "scottish-national-standards.json");

  private static final String SAMPLE_FILE = Path.of("data", "lambeth.json").toString();

  private static final EngagementDataset SAMPLE =
      EngagementJson.standard().read(Path.of(SAMPLE_FILE)).dataset();

  @Test
  void scottishStandards_areSevenRules_eachAsTheDocsDescribe() {
    Catalogue scotland = CatalogueJson.read(SCOTLAND);

    assertThat(scotland.name())
        .isEqualTo("National Standards for Community Engagement (Scotland)");
    assertThat(scotland.rules()).extracting(r -> r.title()).containsExactly("Inclusion",
        "Support", "Planning", "Working Together", "Methods", "Communication", "Impact");
  }

  @Test
  void scottishStandards_runOnTheSample() {
    Catalogue scotland = CatalogueJson.read(SCOTLAND);
    Scope scope = Scope.of(SampleData.LAMBETH, SampleData.YEAR);
    List<RuleResult> results = scotland.evaluate(SAMPLE, scope);

    CommandRun text = CommandRun.of("standards", SAMPLE_FILE, "--catalogue", SCOTLAND.toString());
    CommandRun json = CommandRun.of("standards", SAMPLE_FILE, "--catalogue", SCOTLAND.toString(),
        "--format", "json");

    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).startsWith(ComplianceMatrix.of(scotland, SAMPLE, scope).toString());
    assertThat(results.get(4).status()).isEqualTo(RuleStatus.NOT_ASSESSABLE);
    assertThat(results.get(4).reason().orElseThrow()).contains("methods analysis");
    assertThat(results).filteredOn(r -> r.attainment().isPresent()).hasSizeGreaterThan(3);
    JsonNode tree = FormatOption.mapper().readTree(json.out());
    assertThat(tree.get("catalogue").asString()).isEqualTo(scotland.name());
    assertThat(tree.get("promises").size()).isEqualTo(7);
    for (int i = 0; i < 7; i++) {
      RuleResult r = results.get(i);
      JsonNode p = tree.get("promises").get(i);
      assertThat(p.get("id").asString()).isEqualTo(r.rule());
      assertThat(p.get("status").asString()).isEqualTo(r.status().name());
      if (r.attainment().isPresent()) {
        assertThat(p.get("attainment").asDouble()).isEqualTo(r.attainment().getAsDouble());
      }
    }
  }

  @Test
  void aCatalogueWithAnError_exitsWith2_namingThePlaceAndTheRule(@TempDir Path dir)
      throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), """
        {"name": "n", "rules": [
          {"id": "R-1", "title": "t", "count": {"records": "activities",
            "atLeastPerYear": "four"}}]}
        """);

    CommandRun r = CommandRun.of("standards", SAMPLE_FILE, "--catalogue", bad.toString());
    CommandRun missing = CommandRun.of("standards", SAMPLE_FILE, "--catalogue",
        dir.resolve("none.json").toString());

    assertThat(r.code()).isEqualTo(EngagementCommand.UNREADABLE);
    assertThat(r.err()).isEqualTo("engagement standards: cannot read catalogue " + bad
        + ": WRONG_TYPE at /rules/0/count/atLeastPerYear, line 3, column 23: rule R-1:"
        + " count.atLeastPerYear must be a whole number, not a string\n");
    assertThat(r.out()).isEmpty();
    assertThat(missing.code()).isEqualTo(EngagementCommand.UNREADABLE);
    assertThat(missing.err()).contains("no such file or directory");
  }
}
