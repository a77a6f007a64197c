package org.engagement.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.engagement.core.EngagementDataset;
import org.engagement.core.PanelId;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.ValidationReport;
import org.engagement.examples.importers.CensusProfile;
import org.engagement.examples.importers.Imported;
import org.engagement.examples.importers.PoliceUkImporter;
import org.engagement.examples.importers.PolisImporter;
import org.engagement.json.EngagementJson;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code engagement import polis DIR} and {@code engagement import police-uk FILE --panel ID}:
 * the imported dataset as JSON on standard output (or {@code --output}), what could not be mapped
 * on standard error.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Imports data from other tools as a dataset; what could not be mapped is"
        + " listed on standard error.",
    subcommands = {ImportCommand.Polis.class, ImportCommand.PoliceUk.class})
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandFailure(EngagementCommand.USAGE,
        "import needs a source: polis or police-uk (see 'engagement import --help')");
  }

  /** {@code import polis DIR}. */
  @Command(name = "polis", mixinStandardHelpOptions = true,
      description = {"Imports a Polis conversation export (summary.csv, comments.csv,"
          + " votes.csv): one online debate, its accepted statements as inputs with their agree"
          + " counts as support, and the facilitator's self-description statements as"
          + " demographic counts (basis RESPONSES).",
          "Polis data is CC BY 4.0: keep the attribution the imported activity carries."})
  static final class Polis implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The export's directory.")
    String directory = ".";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "Write the dataset here instead of standard output.")
    @Nullable String output;

    @Option(names = "--census", paramLabel = "CSV",
        description = "Add the ethnic-group reference population of a 2011 Census profile"
            + " (area_code, area_name, dimension, category_group, category, count), so that M3"
            + " can be assessed. Caution: a census profile counts all ages.")
    @Nullable String census;

    @Override
    public Integer call() {
      Path dir = path(directory);
      Imported imported;
      try {
        imported = PolisImporter.read(dir);
      } catch (UncheckedIOException e) {
        throw Inputs.unreadable(directory, e.getCause());
      } catch (IllegalArgumentException e) {
        throw new CommandFailure(EngagementCommand.UNREADABLE, "cannot import " + directory
            + ": " + e.getMessage());
      }
      if (census != null) {
        try {
          imported = new Imported(EngagementDataset.builder().from(imported.dataset())
              .addAllReferencePopulations(CensusProfile.readEthnicity(path(census), 2011,
                  "2011 Census ethnic group (" + path(census).getFileName() + ")"))
              .build(), imported.report());
        } catch (UncheckedIOException e) {
          throw Inputs.unreadable(census, e.getCause());
        } catch (IllegalArgumentException e) {
          throw new CommandFailure(EngagementCommand.UNREADABLE, "cannot read the census"
              + " profile " + census + ": " + e.getMessage());
        }
      }
      return write(spec, imported, output);
    }
  }

  /** {@code import police-uk FILE --panel ID}. */
  @Command(name = "police-uk", mixinStandardHelpOptions = true,
      description = {"Imports police.uk neighbourhood priorities (a JSON array of objects with"
          + " issue, issue-date, action, action-date) as the priorities of a panel.",
          "Without --into, the dataset holds the priorities alone; with --into, they are added to"
          + " the dataset that holds the panel."})
  static final class PoliceUk implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE",
        description = "The priorities JSON, or - for standard input.")
    String file = "-";

    @Option(names = "--panel", paramLabel = "ID", required = true,
        description = "The id of the panel that set the priorities.")
    String panel = "";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "Write the dataset here instead of standard output.")
    @Nullable String output;

    @Option(names = "--into", paramLabel = "DATASET",
        description = "Add the priorities to this dataset, which must hold the panel, and write"
            + " the whole dataset.")
    @Nullable String into;

    @Override
    public Integer call() {
      PanelId id;
      try {
        id = PanelId.parse(panel);
      } catch (IllegalArgumentException e) {
        throw new CommandFailure(EngagementCommand.USAGE, "bad --panel: " + e.getMessage());
      }
      if ("-".equals(file) && "-".equals(into)) {
        throw new CommandFailure(EngagementCommand.USAGE,
            "FILE and --into cannot both be standard input");
      }
      Imported imported;
      try {
        if ("-".equals(file)) {
          imported = PoliceUkImporter.read(EngagementCommand.stdin(spec), "standard input", id);
        } else {
          imported = PoliceUkImporter.read(path(file), id);
        }
      } catch (UncheckedIOException e) {
        throw Inputs.unreadable(file, e.getCause());
      } catch (IllegalArgumentException e) {
        throw new CommandFailure(EngagementCommand.UNREADABLE, "cannot import " + file + ": "
            + e.getMessage());
      }
      if (into != null) {
        EngagementDataset base = Inputs.readValid(spec, into);
        if (base.panel(id).isEmpty()) {
          throw new CommandFailure(EngagementCommand.USAGE, "--panel " + id
              + " is not a panel of " + into);
        }
        EngagementDataset merged = EngagementDataset.builder().from(base)
            .addAllPriorities(imported.dataset().priorities()).build();
        ValidationReport check = DatasetValidator.standard().validate(merged);
        if (!check.isValid()) {
          throw new CommandFailure(EngagementCommand.INVALID, "the priorities do not fit " + into
              + ": " + check.errors().get(0));
        }
        imported = new Imported(merged, imported.report());
      }
      int status = write(spec, imported, output);
      if (into == null && !imported.dataset().priorities().isEmpty()) {
        spec.commandLine().getErr().println("note: the priorities name panel " + id
            + ", which this dataset does not hold, so it does not validate on its own; add them"
            + " to the dataset that holds the panel with --into DATASET");
        spec.commandLine().getErr().flush();
      }
      return status;
    }
  }

  private static Path path(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new CommandFailure(EngagementCommand.UNREADABLE,
          "cannot read " + name + ": not a file name");
    }
  }

  private static int write(CommandSpec spec, Imported imported, @Nullable String output) {
    String json = EngagementJson.standard().writeString(imported.dataset());
    if (output == null) {
      EngagementCommand.print(spec, json);
    } else {
      try {
        Files.writeString(path(output), json.endsWith("\n") ? json : json + "\n");
      } catch (IOException e) {
        throw new CommandFailure(EngagementCommand.UNREADABLE, "cannot write " + output + ": "
            + Inputs.why(e));
      }
    }
    spec.commandLine().getErr().println(imported.report());
    spec.commandLine().getErr().flush();
    return EngagementCommand.OK;
  }
}
