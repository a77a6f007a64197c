package org.engagement.examples.cli;

import java.util.concurrent.Callable;
import org.engagement.json.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code engagement validate FILE}: reads a dataset and prints its report. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Reads a dataset and prints its validation report: every problem with its"
        + " JSON Pointer, line and column.")
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The dataset JSON, or - for"
      + " standard input.")
  String file = "-";

  @Override
  public Integer call() {
    ReadResult result = Inputs.read(file, EngagementCommand.stdin(spec));
    spec.commandLine().getOut().println(result);
    return result.isValid() ? EngagementCommand.OK : EngagementCommand.INVALID;
  }
}
