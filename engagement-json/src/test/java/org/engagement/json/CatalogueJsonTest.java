package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.measures.standards.Catalogue;
import org.engagement.measures.standards.CommitmentRule;
import org.engagement.measures.standards.MinimumRule;
import org.engagement.measures.standards.NarrativeRule;
import org.engagement.measures.standards.PerAreaRule;
import org.engagement.measures.standards.QualityStandards2012;
import org.engagement.measures.standards.RuleResult;
import org.engagement.measures.standards.RuleStatus;
import org.engagement.measures.standards.ShareRule;
import org.junit.jupiter.api.Test;

/**
 * Catalogues of declarative rules: each body becomes its building block, a declared rule gives
 * the same results as the built-in rule it restates, and every error names its place and rule.
 */
class CatalogueJsonTest {

  private static final String CATALOGUE = """
      {
        "formatVersion": "1.0",
        "name": "Ours",
        "rules": [
          {"id": "A", "title": "feedback", "share": {"records": "activities",
            "where": {"openness": ["OPEN"]}, "requires": ["THREE_PART_FEEDBACK"],
            "perArea": "WARD"}},
          {"id": "B", "title": "plans", "count": {"records": "publications",
            "where": {"kinds": ["ENGAGEMENT_PLAN"]}, "atLeastPerYear": 1}},
          {"id": "C", "title": "cadets", "commitment": {"standard": "YE-2"}},
          {"id": "D", "title": "a story", "narrative": {}},
          {"id": "E", "title": "both", "allOf": [
            {"narrative": {}},
            {"title": "business", "share": {"records": "panels",
              "requires": ["MEMBER_BUSINESS"]}}]}
        ]
      }
      """;

  @Test
  void eachBody_isItsBuildingBlock() {
    Catalogue c = CatalogueJson.readString(CATALOGUE);

    assertThat(c.name()).isEqualTo("Ours");
    assertThat(c.rules()).extracting(r -> r.getClass().getSimpleName())
        .containsExactly("ShareRule", "PerAreaRule", "CommitmentRule", "NarrativeRule",
            "MinimumRule");
    assertThat(c.rules().get(0)).isInstanceOf(ShareRule.class);
    assertThat(c.rules().get(1)).isInstanceOf(PerAreaRule.class);
    assertThat(c.rules().get(2)).isInstanceOf(CommitmentRule.class);
    assertThat(c.rules().get(3)).isInstanceOf(NarrativeRule.class);
    assertThat(((MinimumRule) c.rules().get(4)).parts()).hasSize(2);
  }

  @Test
  void declaredRules_giveTheResultsOfTheBuiltInRulesTheyRestate() {
    EngagementDataset data = Datasets.full();
    Scope scope = Scope.of(data.areas().get(0).id(), Period.financialYear(2012));
    Catalogue declared = CatalogueJson.readString("""
        {"name": "restated", "rules": [
          {"id": "CE-5", "title": "key messages", "share": {"records": "keyMessages",
            "requires": ["ACCESSIBLE", "CONSISTENT", "TIMELY", "WIDEST_AUDIENCE"]}},
          {"id": "YE-2", "title": "cadets", "commitment": {"absent": "no commitment tagged YE-2"}},
          {"id": "BE-1", "title": "business", "share": {"records": "panels",
            "where": {"kinds": ["SAFER_NEIGHBOURHOODS_PANEL"]}, "requires": ["MEMBER_BUSINESS"],
            "perArea": "WARD"}}
        ]}
        """);
    for (String id : List.of("CE-5", "YE-2")) {
      RuleResult builtIn = QualityStandards2012.catalogue().rule(id).orElseThrow()
          .evaluate(data, scope);
      RuleResult mine = declared.rule(id).orElseThrow().evaluate(data, scope);
      assertThat(mine.status()).as(id).isEqualTo(builtIn.status());
      assertThat(mine.attainment()).as(id).isEqualTo(builtIn.attainment());
      assertThat(mine.evidence()).as(id).isEqualTo(builtIn.evidence());
      assertThat(mine.gaps()).as(id).isEqualTo(builtIn.gaps());
    }
  }

  @Test
  void aCountPerArea_scoresTheShareOfAreasThatMeetIt() {
    EngagementDataset data = Datasets.full();
    AreaId root = data.areas().get(0).id();
    Catalogue c = CatalogueJson.readString("""
        {"name": "n", "rules": [{"id": "N", "title": "activities", "count": {
          "records": "activities", "atLeastPerYear": 100, "lacks": "MANY"}}]}
        """);

    RuleResult r = c.rules().get(0).evaluate(data, Scope.of(root, Period.financialYear(2012)));

    assertThat(r.status()).isEqualTo(RuleStatus.NOT_MET);
    assertThat(r.gaps()).allSatisfy(g -> assertThat(g.lacks()).isEqualTo("MANY"));
    assertThat(r.requirement()).hasValue("≥ 100 activities dated in the period");
  }

  private static JsonProblem problem(String json) {
    return catchThrowableOfType(JsonReadException.class, () -> CatalogueJson.readString(json))
        .problem();
  }

  @Test
  void unknownCriterion_namesThePointerTheLineAndTheRule() {
    JsonProblem p = problem("""
        {"name": "n", "rules": [
          {"id": "NSCE-2", "title": "Support",
           "share": {"records": "activities", "requires": ["ANOUNCED"]}}]}
        """);

    assertThat(p.code()).isEqualTo("UNKNOWN_ENUM_VALUE");
    assertThat(p.pointer()).isEqualTo("/rules/0/share/requires/0");
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.column()).isEqualTo(52);
    assertThat(p.message()).startsWith("rule NSCE-2: share.requires: unknown criterion ANOUNCED"
        + " for activities; known: THREE_PART_FEEDBACK,");
    assertThat(p.toString()).contains("line 3, column 52");
  }

  @Test
  void everyKindOfError_isNamedWithItsPlace() {
    assertThat(problem("{\"name\": \"n\", \"rules\": [{\"id\": \"X\", \"title\": \"t\"}]}"))
        .satisfies(p -> {
          assertThat(p.code()).isEqualTo("MISSING_PROPERTY");
          assertThat(p.pointer()).isEqualTo("/rules/0");
          assertThat(p.message()).contains("rule X: a rule needs exactly one of share, count,");
        });
    assertThat(problem("{\"name\": \"n\", \"rules\": [{\"id\": \"X\", \"title\": \"t\","
        + " \"narrative\": {}, \"share\": {}}]}").message())
        .contains("it has share and narrative");
    assertThat(problem("{\"name\": \"n\", \"rules\": [{\"id\": \"X\", \"title\": \"t\","
        + " \"count\": {\"records\": \"panels\", \"atLeastPerYear\": 0}}]}"))
        .satisfies(p -> {
          assertThat(p.code()).isEqualTo("INVALID_VALUE");
          assertThat(p.pointer()).isEqualTo("/rules/0/count/atLeastPerYear");
        });
    assertThat(problem("{\"name\": \"n\", \"rules\": [{\"id\": \"X\", \"title\": \"t\","
        + " \"count\": {\"records\": \"panels\", \"where\": {\"methods\": [\"SURVEY\"]},"
        + " \"atLeastPerYear\": 1}}]}"))
        .satisfies(p -> {
          assertThat(p.code()).isEqualTo("UNKNOWN_PROPERTY");
          assertThat(p.pointer()).isEqualTo("/rules/0/count/where/methods");
          assertThat(p.message()).contains("methods is not a filter of panels; known: kinds,"
              + " openness");
        });
    assertThat(problem("{\"name\": \"n\", \"rules\": [{\"id\": \"X\", \"title\": \"t\","
        + " \"narrative\": {}}, {\"id\": \"X\", \"title\": \"u\", \"narrative\": {}}]}"))
        .satisfies(p -> {
          assertThat(p.pointer()).isEqualTo("/rules/1/id");
          assertThat(p.message()).contains("already used by the rule at /rules/0");
        });
    assertThat(problem("{\"name\": \"n\", \"name\": \"m\"}").code()).isEqualTo("DUPLICATE_KEY");
    assertThat(problem("{\"name\": \"n\", \"rules\": [}").code()).isEqualTo("SYNTAX_ERROR");
    assertThat(problem("{\"name\": \"n\", \"rules\": []}").pointer()).isEqualTo("/rules");
    assertThat(problem("{\"formatVersion\": \"2.0\", \"name\": \"n\", \"rules\": []}").code())
        .isEqualTo("UNSUPPORTED_FORMAT_VERSION");
    assertThat(problem("{\"name\": \"n\", \"rules\": [{\"id\": \"X\", \"title\": \"t\","
        + " \"allOf\": [{\"allOf\": []}]}]}").message()).contains("a part cannot have parts");
    assertThat(problem("{\"name\": \"n\", \"rules\": [{\"id\": \"X\", \"title\": \"t\","
        + " \"share\": {\"records\": \"people\", \"requires\": [\"X\"]}}]}").message())
        .contains("unknown kind of record people; known: activities, publications, panels,"
            + " roles, keyMessages");
    assertThat(problem("[]").code()).isEqualTo("WRONG_TYPE");
  }

  @Test
  void aFileThatIsNotUtf8_isMalformedTextAtItsLineAndColumn(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("catalogue.json");
    byte[] head = "{\"name\": \"n\",\n  \"rules\": [], \"x\": \"".getBytes(
        java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 3);
    bytes[head.length] = (byte) 0xC3; // a lead byte followed by no continuation
    bytes[head.length + 1] = '"';
    bytes[head.length + 2] = '}';
    java.nio.file.Files.write(file, bytes);
    JsonProblem p = catchThrowableOfType(JsonReadException.class, () -> CatalogueJson.read(file))
        .problem();
    assertThat(p.code()).isEqualTo("MALFORMED_TEXT");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(23); // the quote, which cannot continue the 0xC3 sequence
  }

  @Test
  void aFractionOrAHugeCount_isAnInvalidValueAtItsPlace() {
    for (String count : List.of("1.5", "99999999999999999999")) {
      assertThat(problem("{\"name\": \"n\", \"rules\": [{\"id\": \"X\", \"title\": \"t\","
          + " \"count\": {\"records\": \"panels\", \"atLeastPerYear\": " + count + "}}]}"))
          .satisfies(p -> {
            assertThat(p.code()).isEqualTo("INVALID_VALUE");
            assertThat(p.pointer()).isEqualTo("/rules/0/count/atLeastPerYear");
            assertThat(p.message()).contains("must be a whole number from 1 to", "not " + count);
          });
    }
  }
}
