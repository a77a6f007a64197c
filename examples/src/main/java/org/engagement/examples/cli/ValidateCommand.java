package org.engagement.examples.cli;

import java.util.concurrent.Callable;
import org.engagement.json.EngagementJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code engagement validate FILE}: validates a dataset and prints its report. A file is validated
 * record by record, in memory that grows with the number of ids rather than with the file (a
 * national dataset of a gigabyte validates in a 512 MB heap); standard input is read whole.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Reads a dataset and prints its validation report: the number of errors and"
        + " warnings, the problems with their JSON Pointer, line and column (the first 100"
        + " unless --max-problems says otherwise), and the count of problems per code. Exits 1"
        + " when the data has an error of any kind, 2 only when the input is not JSON, not a"
        + " dataset object or cannot be read.")
final class ValidateCommand implements Callable<Integer> {

  /** How the report is printed. */
  enum ReportFormat {
    /** One problem a line, with its pointer, line and column. */
    TEXT,
    /**
     * The validation report document of {@code EngagementJson.writeString(ValidationReport)},
     * published in the results schema.
     */
    JSON
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The dataset JSON, or - for"
      + " standard input.")
  String file = "-";

  @Option(names = "--max-problems", paramLabel = "N",
      description = "List at most N problems (default: " + ProblemReport.DEFAULT_MAX
          + "; 0 lists them all); the totals and the count per code are always printed.")
  int maxProblems = ProblemReport.DEFAULT_MAX;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      converter = ReportFormatConverter.class,
      description = "text (the default) or json: the validation report document of the results"
          + " schema (engagement schema --results), every problem.")
  ReportFormat format = ReportFormat.TEXT;

  @Override
  public Integer call() {
    if (maxProblems < 0) {
      throw new CommandFailure(EngagementCommand.USAGE,
          "bad --max-problems: " + maxProblems + " (give 0 or more; 0 lists every problem)");
    }
    Inputs.Validated result = Inputs.validate(file, EngagementCommand.stdin(spec),
        EngagementCommand.progress(spec));
    if (format == ReportFormat.JSON) {
      spec.commandLine().getOut().print(EngagementJson.standard().writeString(result.report()));
    } else {
      spec.commandLine().getOut().println(result.text(maxProblems));
    }
    return result.report().isValid() ? EngagementCommand.OK : EngagementCommand.INVALID;
  }

  /** Reads {@code text} or {@code json}, in any case. */
  static final class ReportFormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return ReportFormat.valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
  }
}
