package org.engagement.examples.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.engagement.core.Area;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.json.EngagementJson;
import org.engagement.measures.CsvTables;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.MarkdownTables;
import org.engagement.measures.Scorecard;
import org.engagement.measures.outcome.OutcomeMeasures;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code engagement scorecard FILE}: the five outcome measures for an area and its parts. */
@Command(name = "scorecard", mixinStandardHelpOptions = true,
    description = {"Prints the scorecard of the five outcome measures (M1-M5) for an area and"
        + " each area one level below it.",
        "By default (md) and with csv the output is a published table: small survey bases and"
        + " small demographic counts are suppressed (docs/spec/measures.md §1). The text format is the"
        + " analyst's own console view and suppresses nothing.",
        "The json format is the scorecard document of the results schema (nothing suppressed),"
        + " for programs: EngagementJson.readScorecard reads it back."})
final class ScorecardCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "The dataset JSON, or - for standard input.")
  String file = "-";

  @Mixin ScopeOptions scope = new ScopeOptions();

  @Option(names = "--level", paramLabel = "LEVEL",
      description = "The level of the rows: ${COMPLETION-CANDIDATES} (default: the level below"
          + " the area's; none below a ward).")
  @Nullable AreaLevel level;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
      description = "md, csv, text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.MD;

  @Override
  public Integer call() {
    EngagementDataset data = Inputs.readValid(spec, file);
    Area area = scope.area(data);
    Scope s = scope.scope(data);
    Optional<AreaLevel> rows = level != null ? Optional.of(level) : below(data, area);
    if (rows.isPresent() && rows.get().compareTo(area.level()) <= 0) {
      throw new CommandFailure(EngagementCommand.USAGE, "--level must lie below the area's level "
          + area.level() + ": " + rows.get());
    }
    EvaluationContext context = EvaluationContext.of(data);
    Progress progress = EngagementCommand.progress(spec);
    long areas = 1 + rows.map(l -> data.areasAtLevel(area.id(), l).size()).orElse(0);
    progress.evaluated("areas", 0, areas);
    Scorecard card = rows.isPresent()
        ? OutcomeMeasures.standard().scorecard(context, s, rows.get())
        : OutcomeMeasures.standard().scorecard(context, s);
    progress.evaluated("areas", areas, areas);
    String text = switch (format) {
      case TEXT -> card.toString();
      case MD -> MarkdownTables.of(card);
      case CSV -> CsvTables.of(card);
      case JSON -> EngagementJson.standard().writeString(card);
    };
    EngagementCommand.print(spec, text);
    return EngagementCommand.OK;
  }

  /** The level just below the area's, when the area has descendants there. */
  private static Optional<AreaLevel> below(EngagementDataset data, Area area) {
    return Arrays.stream(AreaLevel.values())
        .filter(l -> l.compareTo(area.level()) > 0)
        .findFirst()
        .filter(l -> !data.areasAtLevel(area.id(), l).isEmpty());
  }
}
