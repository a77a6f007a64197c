package org.engagement.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.core.validation.ValidationReport;
import org.engagement.json.EngagementJson;
import org.engagement.json.JsonProblem;
import org.engagement.json.JsonReadException;
import org.engagement.json.ReadResult;
import org.engagement.json.StreamedValidation;
import picocli.CommandLine.Model.CommandSpec;

/** Reads the dataset a command names: a file, or {@code -} for standard input. */
final class Inputs {

  private Inputs() {}

  /**
   * Reads and validates a dataset.
   *
   * @param file the file name, or {@code -} for {@code stdin}
   * @param stdin standard input
   * @return the read result, valid or not
   * @throws CommandFailure with {@link EngagementCommand#UNREADABLE} if the file cannot be read
   *     or bound
   */
  static ReadResult read(String file, InputStream stdin) {
    return read(file, stdin, Progress.none());
  }

  /**
   * Reads and validates a dataset, reporting the bytes and records read.
   *
   * @param file the file name, or {@code -} for {@code stdin}
   * @param stdin standard input
   * @param progress where to report how far the read has got
   * @return the read result, valid or not
   * @throws CommandFailure with {@link EngagementCommand#UNREADABLE} if the file cannot be read
   *     or bound
   */
  static ReadResult read(String file, InputStream stdin, Progress progress) {
    ReadResult result = readable(file, () -> {
      if ("-".equals(file)) {
        return EngagementJson.standard().read(stdin);
      }
      Path path = Path.of(file);
      long size = size(path);
      try (InputStream in = Files.newInputStream(path)) {
        return EngagementJson.standard().read(Progress.counting(in, file, size, progress));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      }
    });
    long records = 0;
    for (RecordType type : RecordType.values()) {
      records += result.dataset().count(type);
    }
    progress.read(records);
    return result;
  }

  /** Runs a read of {@code file}, turning every way it cannot be read into exit code 2. */
  private static <T> T readable(String file, java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (JsonReadException e) {
      throw unreadable(file, e);
    } catch (UncheckedIOException e) {
      throw unreadable(file, e.getCause());
    } catch (InvalidPathException e) {
      throw new CommandFailure(EngagementCommand.UNREADABLE,
          "cannot read " + file + ": not a file name");
    }
  }

  /**
   * What validating a dataset found: the report and its text, as {@code validate} prints it.
   *
   * @param report every problem as one report
   * @param text a summary line and the problems, each with its pointer, line and column
   */
  record Validated(
      ValidationReport report, List<JsonProblem> problems, int errors, boolean validated) {

    /** The printed report, listing at most {@code max} problems (0: all). */
    String text(int max) {
      return ProblemReport.text(problems, errors, validated, max);
    }
  }

  /**
   * Validates a dataset: a file record by record, in memory that grows with the number of ids
   * rather than the file's size, with every rule of a whole read; standard input whole, as
   * validating record by record reads the input twice.
   *
   * @param file the file name, or {@code -} for {@code stdin}
   * @param stdin standard input
   * @param progress where to report how far each of the two passes over a file has got
   * @return the report and its text, valid or not
   * @throws CommandFailure with {@link EngagementCommand#UNREADABLE} if the input cannot be read
   *     at all (not JSON, not a dataset object, an I/O failure)
   */
  static Validated validate(String file, InputStream stdin, Progress progress) {
    if ("-".equals(file)) {
      ReadResult result = read(file, stdin, progress);
      return new Validated(
          result.report(), result.problems(), result.errors().size(), result.validated());
    }
    StreamedValidation v = readable(file, () -> {
      Path path = Path.of(file);
      long size = size(path);
      return EngagementJson.standard().validate(path, read -> {
        // Two passes: the first checks each record, the second the references between them.
        boolean second = size > 0 && read > size;
        progress.reading(file + (second ? " (pass 2 of 2)" : " (pass 1 of 2)"),
            second ? read - size : read, size);
      });
    });
    return new Validated(v.report(), v.problems(), v.errors().size(), true);
  }

  /** The size of a file, or -1 when it cannot be known (progress then shows nothing). */
  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static CommandFailure unreadable(String file, JsonReadException e) {
    JsonProblem p = e.problem();
    return new CommandFailure(EngagementCommand.UNREADABLE, "cannot read " + name(file) + ": "
        + e.code() + " at " + (e.pointer().isEmpty() ? "the document" : e.pointer())
        + ", line " + e.line() + ", column " + e.column() + ": " + p.message());
  }

  /**
   * Reads a dataset that must be valid.
   *
   * @param file the file name, or {@code -} for {@code stdin}
   * @param stdin standard input
   * @return the dataset
   * @throws CommandFailure with {@link EngagementCommand#INVALID} if it has errors
   */
  static EngagementDataset readValid(String file, InputStream stdin) {
    return readValid(file, stdin, Progress.none());
  }

  /**
   * Reads a dataset that must be valid, for a command of the program: standard input and the
   * progress sink are the program's.
   *
   * @param spec the command
   * @param file the file name, or {@code -} for standard input
   * @return the dataset
   * @throws CommandFailure with {@link EngagementCommand#INVALID} if it has errors
   */
  static EngagementDataset readValid(CommandSpec spec, String file) {
    return readValid(file, EngagementCommand.stdin(spec), EngagementCommand.progress(spec));
  }

  private static EngagementDataset readValid(String file, InputStream stdin, Progress progress) {
    ReadResult result = read(file, stdin, progress);
    if (!result.isValid()) {
      int errors = result.errors().size();
      throw new CommandFailure(EngagementCommand.INVALID, name(file) + " is not a valid dataset ("
          + errors + (errors == 1 ? " error" : " errors") + "), first: " + result.errors().get(0)
          + System.lineSeparator() + "run 'engagement validate " + file + "' to see them all");
    }
    return result.dataset();
  }

  /**
   * The failure for an I/O error.
   *
   * @param file the file name
   * @param cause what the I/O layer threw
   * @return the failure, with {@link EngagementCommand#UNREADABLE}
   */
  static CommandFailure unreadable(String file, Throwable cause) {
    return new CommandFailure(EngagementCommand.UNREADABLE, "cannot read " + name(file) + ": "
        + why(cause));
  }

  /**
   * What went wrong with a file, in the user's terms rather than the exception's: "no such
   * file", "permission denied", "is a directory".
   *
   * @param cause what the I/O layer threw
   * @return the reason, never blank
   */
  static String why(Throwable cause) {
    if (cause instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    String reason = cause instanceof FileSystemException f ? f.getReason() : cause.getMessage();
    if (reason == null || reason.isBlank()) {
      return "input/output error";
    }
    return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
  }

  private static String name(String file) {
    return "-".equals(file) ? "standard input" : file;
  }
}
