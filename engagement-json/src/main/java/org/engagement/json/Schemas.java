package org.engagement.json;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the JSON Schema (draft 2020-12) of the format from the codecs, so that the published
 * schema cannot drift from what the reader accepts. The schema describes the structure and the
 * single-field constraints of the records (see {@link Constraints}); the rules between values
 * (references, dates in order, unique ids...) are not in it.
 */
final class Schemas {

  private Schemas() {}

  /** The schema's {@code $id}. */
  public static final String ID = "urn:org.engagement:json:engagement-" + Format.VERSION
      + ".schema.json";

  /** The results schema's {@code $id}. */
  public static final String RESULTS_ID = "urn:org.engagement:json:engagement-results-"
      + Format.VERSION + ".schema.json";

  /** The printer of the canonical form: two-space indent, {@code \n}, {@code "name": value}. */
  public static DefaultPrettyPrinter canonicalPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /**
   * The schema of the dataset document.
   *
   * @return the schema, in the canonical form, ending with a line end
   */
  public static String datasetSchema() {
    SchemaContext s = new SchemaContext();
    ObjectNode root = s.object()
        .put("$schema", "https://json-schema.org/draft/2020-12/schema")
        .put("$id", ID)
        .put("title", "Engagement dataset, format " + Format.VERSION)
        .put("description", "One engagement dataset of the Engagement SDK: the format version, "
            + "the demographic scheme, then one array per record type. Dates are ISO-8601 "
            + "(yyyy-mm-dd), ids are strings, enumerations are the documented constant names, "
            + "optional properties and empty arrays are omitted. The dataset validator's rules "
            + "between records are not part of this schema.");
    root.setAll(DatasetCodec.INSTANCE.schema(s));
    return print(root, s);
  }

  /**
   * The schema of the results documents: a scorecard, a measure result, a rating scale or a
   * validation report, each a document of its own.
   *
   * @return the schema, in the canonical form, ending with a line end
   */
  public static String resultsSchema() {
    SchemaContext s = new SchemaContext();
    ObjectNode root = s.object()
        .put("$schema", "https://json-schema.org/draft/2020-12/schema")
        .put("$id", RESULTS_ID)
        .put("title", "Engagement results, format " + Format.VERSION)
        .put("description", "One result document of the Engagement SDK: a scorecard, one "
            + "measure's result, a rating scale or a validation report. Scores and other "
            + "figures are finite JSON numbers (a result without a score is NOT_ASSESSABLE "
            + "with a reason, never NaN), dates are ISO-8601, periods the interval "
            + "yyyy-mm-dd/yyyy-mm-dd, enumerations the documented constant names, optional "
            + "properties and empty arrays are omitted. Rules between properties (a score "
            + "exactly when SCORED, sorted evidence, rows sorted by area) are not part of this "
            + "schema.");
    ArrayNode documents = root.putArray("anyOf");
    for (ObjectBinding<?, ?> document : Results.DOCUMENTS) {
      documents.add(document.schema(s));
    }
    for (ObjectBinding<?, ?> document : SurveyResults.DOCUMENTS) {
      documents.add(document.schema(s));
    }
    documents.add(Reports.REPORT.schema(s));
    return print(root, s);
  }

  private static String print(ObjectNode root, SchemaContext s) {
    root.set("$defs", s.defs());
    return JsonMapper.builder().build().writer().with(canonicalPrinter())
        .writeValueAsString(root) + "\n";
  }
}
