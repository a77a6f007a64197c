package org.engagement.examples.cli;

import java.util.concurrent.Callable;
import org.engagement.json.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code engagement validate FILE}: reads a dataset and prints its report. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Reads a dataset and prints its validation report: the number of errors and"
        + " warnings, the problems with their JSON Pointer, line and column (the first 100"
        + " unless --max-problems says otherwise), and the count of problems per code.")
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The dataset JSON, or - for"
      + " standard input.")
  String file = "-";

  @Option(names = "--max-problems", paramLabel = "N",
      description = "List at most N problems (default: " + ProblemReport.DEFAULT_MAX
          + "; 0 lists them all); the totals and the count per code are always printed.")
  int maxProblems = ProblemReport.DEFAULT_MAX;

  @Override
  public Integer call() {
    if (maxProblems < 0) {
      throw new CommandFailure(EngagementCommand.USAGE,
          "bad --max-problems: " + maxProblems + " (give 0 or more; 0 lists every problem)");
    }
    ReadResult result = Inputs.read(file, EngagementCommand.stdin(spec));
    spec.commandLine().getOut().println(ProblemReport.text(result, maxProblems));
    return result.isValid() ? EngagementCommand.OK : EngagementCommand.INVALID;
  }
}
