package org.engagement.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.examples.report.Report;
import org.engagement.measures.EvaluationContext;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code engagement report FILE -o report.html}: the published report of an area over a period
 * as one self-contained HTML page ({@link Report}).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes the published report of an area over a period as one self-contained"
        + " HTML page, as a police authority would publish it: the scorecard with ratings; a"
        + " chart per measure (the M1 funnel, M2's responding shares, M3's representation ratios"
        + " with the 0.8 line, M4 by unit, M5's components with their intervals); the change"
        + " since the previous period; the trend over every period in the data; each ward"
        + " against the rest of its borough; the standards matrix; and the methods table.",
        "Every figure is in published form (disclosure control, docs/spec/measures.md §1), every"
        + " chart has its table and a caption. The page fetches nothing when opened (its CSS"
        + " and SVG charts are inline) and prints to PDF from the browser. See docs/report.md."})
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "The dataset JSON, or - for standard input.")
  String file = "-";

  @Mixin ScopeOptions scope = new ScopeOptions();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the page here instead of standard output, e.g. report.html.")
  @Nullable String output;

  @Override
  public Integer call() {
    EngagementDataset data = Inputs.readValid(file, EngagementCommand.stdin(spec));
    Scope s = scope.scope(data);
    String version = new EngagementCommand.Version().getVersion()[0];
    String html = Report.html(EvaluationContext.of(data), s, version);
    if (output == null) {
      EngagementCommand.print(spec, html);
      return EngagementCommand.OK;
    }
    try {
      Files.writeString(Path.of(output), html, StandardCharsets.UTF_8);
    } catch (InvalidPathException e) {
      throw new CommandFailure(EngagementCommand.UNREADABLE, "cannot write " + output
          + ": not a file name");
    } catch (IOException e) {
      throw new CommandFailure(EngagementCommand.UNREADABLE, "cannot write " + output + ": "
          + Inputs.why(e));
    }
    return EngagementCommand.OK;
  }
}
