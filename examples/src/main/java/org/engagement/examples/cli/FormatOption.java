package org.engagement.examples.cli;

import java.util.List;
import org.engagement.json.EngagementJson;
import org.engagement.measures.CsvTables;
import org.engagement.measures.MarkdownTables;
import org.engagement.measures.MeasureResult;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The {@code --format} option of the analysis commands, and the printing of measure results in
 * each format: published tables (disclosure control) by default, JSON at full precision.
 */
final class FormatOption {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
      description = "md, csv, text or json (default: ${DEFAULT-VALUE}). md and csv are published"
          + " tables with disclosure control; text is the analyst's console view and json the"
          + " results document at full precision, both suppressing nothing.")
  OutputFormat format = OutputFormat.MD;

  /**
   * One measure result in the chosen format.
   *
   * @param result the result
   * @return the text to print
   */
  String render(MeasureResult result) {
    return switch (format) {
      case TEXT -> result.toString();
      case MD -> MarkdownTables.of(result);
      case CSV -> CsvTables.of(result);
      case JSON -> EngagementJson.standard().writeString(result);
    };
  }

  /**
   * Several measure results in the chosen format: one after the other (csv: under one header line), or for json an array of
   * measure result documents.
   *
   * @param results the results
   * @return the text to print
   */
  String render(List<MeasureResult> results) {
    if (format == OutputFormat.JSON) {
      JsonMapper mapper = mapper();
      ArrayNode array = mapper.createArrayNode();
      for (MeasureResult r : results) {
        array.add(mapper.readTree(EngagementJson.standard().writeString(r)));
      }
      return mapper.writeValueAsString(array);
    }
    StringBuilder text = new StringBuilder();
    for (MeasureResult r : results) {
      String one = render(r);
      if (!text.isEmpty()) {
        if (format == OutputFormat.CSV) {
          one = one.substring(one.indexOf('\n') + 1); // one header line for them all
        } else {
          text.append('\n');
        }
      }
      text.append(one.endsWith("\n") ? one : one + "\n");
    }
    return text.toString();
  }

  /**
   * A mapper for the JSON documents the commands build themselves, indented.
   *
   * @return the mapper
   */
  static JsonMapper mapper() {
    return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  }
}
