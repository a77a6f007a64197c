package org.engagement.examples.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.engagement.core.EngagementDataset;
import org.engagement.core.OutcomeMeasure;
import org.engagement.json.EngagementJson;
import org.engagement.measures.CsvTables;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.MarkdownTables;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.outcome.OutcomeMeasures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code engagement measure NAME FILE}: one outcome measure with its indicators and gaps. */
@Command(name = "measure", mixinStandardHelpOptions = true,
    description = {"Prints one outcome measure for an area: its score, rating, indicators,"
        + " evidence and gaps.",
        "By default (md) and with csv the output is a published table, with disclosure control"
        + " (docs/spec/measures.md §1). The text format is the analyst's own console view and suppresses"
        + " nothing.",
        "The json format is the measure result document of the results schema (nothing"
        + " suppressed), for programs: EngagementJson.readMeasureResult reads it back."})
final class MeasureCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME",
      description = "M1 to M5, or the measure's name, e.g. UNDERSTANDING_DIVERSE_NEEDS.")
  String name = "";

  @Parameters(index = "1", paramLabel = "FILE",
      description = "The dataset JSON, or - for standard input.")
  String file = "-";

  @Mixin ScopeOptions scope = new ScopeOptions();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
      description = "md, csv, text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.MD;

  @Override
  public Integer call() {
    Measure<?> measure = find(name);
    EngagementDataset data = Inputs.readValid(spec, file);
    MeasureResult result = measure.evaluate(EvaluationContext.of(data), scope.scope(data));
    String text = switch (format) {
      case TEXT -> result.toString();
      case MD -> MarkdownTables.of(result);
      case CSV -> CsvTables.of(result);
      case JSON -> EngagementJson.standard().writeString(result);
    };
    EngagementCommand.print(spec, text);
    return EngagementCommand.OK;
  }

  private static Measure<?> find(String name) {
    String wanted = name.strip().toUpperCase(Locale.ROOT);
    String code = Arrays.stream(OutcomeMeasure.values())
        .filter(m -> m.name().equals(wanted)).map(OutcomeMeasure::code).findFirst()
        .orElse(wanted);
    return OutcomeMeasures.standard().all().stream()
        .filter(m -> m.code().equals(code)).findFirst()
        .orElseThrow(() -> new CommandFailure(EngagementCommand.USAGE, "unknown measure: " + name
            + " (one of M1 to M5 or " + Arrays.stream(OutcomeMeasure.values())
                .map(Enum::name).collect(Collectors.joining(", ")) + ")"));
  }
}
