package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schema of catalogue documents, checked with an independent validator
 * (networknt): it is the one made from the reader's vocabulary, it accepts the catalogues the
 * reader reads, and it refuses documents of the wrong shape as the reader does.
 */
class CatalogueSchemaTest {

  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemaRegistryConfig(
              SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
      .getSchema(CatalogueJson.schema(), InputFormat.JSON);

  private static final String GOOD = """
      {
        "formatVersion": "1.0",
        "name": "Ours",
        "rules": [
          {"id": "A", "title": "feedback", "share": {"records": "activities",
            "where": {"openness": ["OPEN"]}, "requires": ["THREE_PART_FEEDBACK"],
            "perArea": "WARD"}},
          {"id": "B", "title": "plans", "count": {"records": "publications",
            "where": {"kinds": ["ENGAGEMENT_PLAN"]}, "atLeastPerYear": 1}},
          {"id": "C", "title": "both", "allOf": [
            {"commitment": {"standard": "C"}},
            {"title": "business", "share": {"records": "panels",
              "requires": ["MEMBER_BUSINESS"]}}]}
        ]
      }
      """;

  @Test
  void publishedSchema_isTheOneMadeFromTheReadersVocabulary() {
    String made = CatalogueSchema.make();
    if (!made.equals(CatalogueJson.schema())) {
      Fixtures.saveActual("engagement-catalogue-1.0.schema.json", made);
    }
    assertThat(CatalogueJson.schema()).isEqualTo(made);
  }

  @Test
  void publishedSchema_conformsToTheDraft202012MetaSchema() {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

    assertThat(meta.validate(CatalogueJson.schema(), InputFormat.JSON)).isEmpty();
  }

  @Test
  void aCatalogueTheReaderReads_conformsToTheSchema() {
    CatalogueJson.readString(GOOD);

    assertThat(errors(GOOD)).isEmpty();
  }

  @Test
  void documentsTheReaderRefuses_areRefusedByTheSchema() {
    List<String> wrong = List.of(
        GOOD.replace("\"THREE_PART_FEEDBACK\"", "\"ANOUNCED\""),
        GOOD.replace("\"ENGAGEMENT_PLAN\"", "\"PLAN\""),
        GOOD.replace("\"atLeastPerYear\": 1", "\"atLeastPerYear\": 0"),
        GOOD.replace("\"atLeastPerYear\": 1", "\"atLeastPerYear\": 1.5"),
        GOOD.replace("\"records\": \"publications\"", "\"records\": \"people\""),
        GOOD.replace("\"kinds\": [\"ENGAGEMENT_PLAN\"]", "\"methods\": [\"SURVEY\"]"),
        GOOD.replace("\"perArea\": \"WARD\"", "\"perArea\": \"CITY\""),
        GOOD.replace("\"name\": \"Ours\",", ""),
        GOOD.replace("\"title\": \"plans\", ", ""),
        GOOD.replace("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"2.0\""),
        GOOD.replace("{\"commitment\": {\"standard\": \"C\"}}", "{\"allOf\": []}"),
        GOOD.replace("\"title\": \"feedback\", ", "\"title\": \"feedback\", \"narrative\": {},"),
        GOOD.replace("\"requires\": [\"MEMBER_BUSINESS\"]", "\"requires\": []"),
        GOOD.replace("\"name\": \"Ours\"", "\"name\": \" \""),
        GOOD.replace("\"name\": \"Ours\"", "\"name\": \"Ours\", \"colour\": \"red\""));
    for (String document : wrong) {
      assertThat(document).isNotEqualTo(GOOD);
      assertThrows(JsonReadException.class, () -> CatalogueJson.readString(document), document);
      assertThat(errors(document)).as(document).isNotEmpty();
    }
  }

  static List<Error> errors(String document) {
    return SCHEMA.validate(document, InputFormat.JSON);
  }
}
