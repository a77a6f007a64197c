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
import org.engagement.core.validation.DatasetValidator;
import org.engagement.measures.RatingScale;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schema of result documents, checked with an independent validator
 * (networknt, format assertions on): it is the one made from the codecs, every result document
 * the SDK writes conforms, and documents of the wrong shape are rejected by it as by the reader.
 */
class ResultsSchemaTest {

  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemaRegistryConfig(
              SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
      .getSchema(EngagementJson.resultsSchema(), InputFormat.JSON);

  private final EngagementJson json = EngagementJson.standard();

  @Test
  void publishedSchema_isTheOneMadeFromTheFormat() {
    String made = Schemas.resultsSchema();
    if (!made.equals(EngagementJson.resultsSchema())) {
      Fixtures.saveActual("engagement-results-1.0.schema.json", made);
    }
    assertThat(EngagementJson.resultsSchema()).isEqualTo(made);
  }

  @Test
  void publishedSchema_conformsToTheDraft202012MetaSchema() {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

    assertThat(meta.validate(EngagementJson.resultsSchema(), InputFormat.JSON)).isEmpty();
  }

  @Test
  void publishedSchema_describesTheResultTypes() {
    assertThat(EngagementJson.resultsSchema())
        .contains("\"title\": \"MeasureResult\"")
        .contains("\"title\": \"Scorecard\"")
        .contains("\"description\": \"The score in [0, 1]; present exactly when SCORED.\"");
  }

  @Test
  void goldenFiles_conformToTheSchema() {
    assertThat(errors(Fixtures.text("results/scorecard-lambeth-2012.json"))).isEmpty();
    assertThat(errors(Fixtures.text("results/result-not-assessable.json"))).isEmpty();
    assertThat(errors(Fixtures.text("results/methods-lambeth-2012.json"))).isEmpty();
    assertThat(errors(Fixtures.text("results/loop-lambeth-2012.json"))).isEmpty();
    assertThat(errors(Fixtures.text("results/repeat-lambeth-2012.json"))).isEmpty();
    assertThat(errors(Fixtures.text("results/comparison-ward-against-rest.json"))).isEmpty();
    assertThat(errors(Fixtures.text("results/trend-quarters.json"))).isEmpty();
  }

  @Test
  void documentsTheSdkWrites_conformToTheSchema() {
    EngagementJson compact = json.disable(JsonFeature.INDENT_OUTPUT);
    for (String written : List.of(json.writeString(ResultsJsonTest.lambethScorecard()),
        compact.writeString(ResultsJsonTest.lambethScorecard()),
        json.writeString(ResultsJsonTest.everyIndicator()),
        json.writeString(ResultsJsonTest.notAssessable()),
        json.writeString(ComparisonJsonTest.wardAgainstRest()),
        json.writeString(ComparisonJsonTest.notAssessable()),
        json.writeString(ComparisonJsonTest.quarters()),
        json.writeString(ComparisonJsonTest.notAssessableTrend()),
        json.writeString(ComparisonJsonTest.lambethComparison()),
        json.writeString(RatingScale.standard(30)),
        json.writeString(DatasetValidator.standard().validate(Datasets.full())))) {
      assertThat(errors(written)).as(written).isEmpty();
    }
  }

  @Test
  void emptyObject_isAcceptedByTheSchemaAsByTheReaders() {
    assertThat(json.readRatingScale("{}")).isEqualTo(RatingScale.standard(10));
    assertThat(json.readReport("{}").issues()).isEmpty();
    assertThat(errors("{}")).isEmpty();
  }

  @Test
  void documentsTheReaderRefuses_areRefusedByTheSchema() {
    String result = json.writeString(ResultsJsonTest.everyIndicator());
    List<String> wrong = List.of(
        result.replace("\"REQUIRES_IMPROVEMENT\"", "\"EXCELLENT\""),
        result.replace("0.30000000000000004", "\"0.3\""),
        result.replace("\"measure\": \"M5\",", ""),
        result.replace("\"measure\": \"M5\",", "\"measure\": \"M5\",\n  \"colour\": \"red\","),
        result.replace("\"denominator\": 10", "\"denominator\": 10.5"),
        result.replace("\"period\": \"2012-04-01/2013-03-31\"", "\"period\": \"2012\""),
        result.replace("\"lacks\": \"PRESENTED\"", "\"lacks\": null"));
    for (String document : wrong) {
      assertThat(document).isNotEqualTo(result);
      assertThrows(JsonReadException.class, () -> json.readMeasureResult(document));
      assertThat(errors(document)).as(document).isNotEmpty();
    }
  }

  static List<Error> errors(String document) {
    return SCHEMA.validate(document, InputFormat.JSON);
  }
}
