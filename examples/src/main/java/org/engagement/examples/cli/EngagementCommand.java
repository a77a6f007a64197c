package org.engagement.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code engagement} program: validate, scorecard, measure, compare, standards, strands,
 * principles, loop, repeat, methods, panels, trend, survey, report, schema and import.
 *
 * <pre class="language-shell">{@code
 * $ java -cp examples/target/engagement-examples.jar \
 *     org.engagement.examples.cli.EngagementCommand validate lambeth.json
 * ReadResult: valid, 0 errors, 0 warnings
 * $ examples/bin/engagement scorecard lambeth.json --period FY2012 --format md
 * $ examples/bin/engagement compare lambeth.json --period FY2011 --period FY2012
 * $ examples/bin/engagement standards lambeth.json --format md
 * $ examples/bin/engagement report lambeth.json --period FY2012 -o lambeth-2012.html
 * $ examples/bin/engagement import polis examples/data/polis-london-youth-policing -o polis.json
 * }</pre>
 *
 * <p>Exit codes: {@value #OK} success (for {@code validate}: the dataset is valid), {@value
 * #INVALID} the dataset is invalid, {@value #UNREADABLE} a file cannot be read or written (no
 * such file, not JSON, not a dataset, no directory for the output), {@value #USAGE} a usage
 * error (unknown option or command, a bad or missing argument, periods that {@code compare}
 * cannot compare), {@value #SOFTWARE} an internal error (any unexpected exception, a stack
 * overflow), {@value #OUT_OF_MEMORY} out of memory (run again with a larger heap:
 * {@code JAVA_OPTS=-Xmx2g}). Errors are one line on standard error, never a stack trace. A FILE
 * of {@code -} is standard input.
 */
@Command(name = "engagement", mixinStandardHelpOptions = true,
    versionProvider = EngagementCommand.Version.class,
    description = "Measures community-police engagement: validates datasets; prints scorecards,"
        + " measures, survey figures by group, comparisons and trends, the 2012 quality"
        + " standards or a catalogue of your own, strands, principles, panels, closing the loop,"
        + " repeat participation and what works where; writes the published HTML report;"
        + " imports Polis and police.uk data.",
    subcommands = {ValidateCommand.class, ScorecardCommand.class, MeasureCommand.class,
        CompareCommand.class, StandardsCommand.class, StrandsCommand.class,
        PrinciplesCommand.class, LoopCommand.class, RepeatCommand.class, MethodsCommand.class,
        PanelsCommand.class, TrendCommand.class, SurveyCommand.class, ReportCommand.class,
        SchemaCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class EngagementCommand implements Callable<Integer> {

  /** Success; for {@code validate}, the dataset is valid. */
  public static final int OK = 0;
  /** The dataset is invalid. */
  public static final int INVALID = 1;
  /** A file cannot be read or written: no such file, not JSON, not a dataset, no such directory. */
  public static final int UNREADABLE = 2;
  /**
   * A usage error: an unknown option or command, a bad or missing argument, periods that
   * {@code compare} cannot compare.
   */
  public static final int USAGE = 64;
  /** An internal error: an unexpected exception or a stack overflow; please report it. */
  public static final int SOFTWARE = 70;
  /**
   * Out of memory: the data needs a larger Java heap than the run had. Run again with more,
   * e.g. {@code JAVA_OPTS=-Xmx2g engagement validate big.json} (the {@code bin/engagement}
   * launcher passes {@code JAVA_OPTS} to {@code java}). 75 is EX_TEMPFAIL of sysexits.h: the
   * same command may succeed when retried with more memory.
   */
  public static final int OUT_OF_MEMORY = 75;

  private static final Map<String, String> EXIT_CODES = exitCodes();

  @Spec CommandSpec spec;

  private final InputStream stdin;

  private final Progress progress;

  private EngagementCommand(InputStream stdin, Progress progress) {
    this.stdin = stdin;
    this.progress = progress;
  }

  /**
   * Runs the program and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int code;
    try {
      code = commandLine(System.in, Progress.forConsole()).execute(args);
    } catch (Throwable e) {
      // the handlers below catch everything a command throws; this is for the rest
      code = fatal(new PrintWriter(System.err, true), "engagement", e);
    }
    System.exit(code);
  }

  /**
   * Returns the program ready to {@link CommandLine#execute execute}: its exit codes, its error
   * handlers (one line on standard error, no stack trace) and case-insensitive enum values.
   * Set its out and err writers to capture what it prints.
   *
   * @param stdin what a FILE of {@code -} reads, not null
   * @return the command line, never null
   */
  public static CommandLine commandLine(InputStream stdin) {
    return commandLine(stdin, Progress.none());
  }

  /**
   * Returns the program ready to execute, reporting progress to {@code progress}.
   *
   * @param stdin what a FILE of {@code -} reads
   * @param progress where long work reports how far it has got
   * @return the command line
   */
  static CommandLine commandLine(InputStream stdin, Progress progress) {
    CommandLine line = new CommandLine(new EngagementCommand(stdin, progress));
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (e instanceof CommandFailure failure) {
        err.println(commandLine.getCommandSpec().qualifiedName() + ": " + failure.getMessage());
        err.flush();
        return failure.exitCode();
      }
      return fatal(err, commandLine.getCommandSpec().qualifiedName(), e);
    });
    IExecutionStrategy run = new CommandLine.RunLast();
    line.setExecutionStrategy(parseResult -> {
      try {
        return run.execute(parseResult);
      } catch (Error e) {
        progress.finished();
        List<CommandLine> commands = parseResult.asCommandLineList();
        CommandLine last = commands.get(commands.size() - 1);
        return fatal(last.getErr(), last.getCommandSpec().qualifiedName(), e);
      } finally {
        progress.finished();
      }
    });
    line.setParameterExceptionHandler((e, args) -> {
      CommandLine failed = e.getCommandLine();
      PrintWriter err = failed.getErr();
      err.println(failed.getCommandSpec().qualifiedName() + ": " + e.getMessage());
      err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more"
          + " information.");
      err.flush();
      return USAGE;
    });
    document(line);
    versionEverywhere(line, new Version());
    return line;
  }

  /**
   * Prints one line for an error the program cannot handle, and returns its exit code.
   *
   * @param err where to print
   * @param command the command's name, for the start of the line
   * @param e what was thrown
   * @return {@link #OUT_OF_MEMORY} for an {@link OutOfMemoryError}, else {@link #SOFTWARE}
   */
  static int fatal(PrintWriter err, String command, Throwable e) {
    int code;
    String message;
    if (e instanceof OutOfMemoryError) {
      code = OUT_OF_MEMORY;
      message = "out of memory: the data needs more than the " + Runtime.getRuntime().maxMemory()
          / (1024 * 1024) + " MB of Java heap this run had; run it again with more, for example"
          + " JAVA_OPTS=-Xmx2g";
    } else if (e instanceof StackOverflowError) {
      code = SOFTWARE;
      message = "internal error: out of stack (java.lang.StackOverflowError); please report it"
          + " with the input that caused it";
    } else {
      code = SOFTWARE;
      message = "internal error: " + e + "; please report it";
    }
    err.println(command + ": " + message.replace('\n', ' ').replace('\r', ' '));
    err.flush();
    return code;
  }

  /** Gives every subcommand the program's version, so that {@code --version} works on each. */
  private static void versionEverywhere(CommandLine line, IVersionProvider version) {
    line.getCommandSpec().versionProvider(version);
    line.getSubcommands().values().forEach(sub -> versionEverywhere(sub, version));
  }

  private static void document(CommandLine line) {
    line.getCommandSpec().usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(EXIT_CODES);
    for (CommandLine sub : line.getSubcommands().values()) {
      document(sub);
    }
  }

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(OK + "", "Success; for validate, the dataset is valid.");
    codes.put(INVALID + "", "The dataset is invalid.");
    codes.put(UNREADABLE + "", "A file cannot be read or written: no such file, not JSON, not"
        + " a dataset, no directory for the output.");
    codes.put(USAGE + "", "Usage error: unknown option or command, bad or missing argument,"
        + " periods that compare cannot compare.");
    codes.put(SOFTWARE + "", "Internal error: an unexpected exception or a stack overflow.");
    codes.put(OUT_OF_MEMORY + "", "Out of memory: run again with a larger heap, for example"
        + " JAVA_OPTS=-Xmx2g.");
    return codes;
  }

  /**
   * Without a command: prints the usage to standard error.
   *
   * @return {@link #USAGE}
   */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /** What {@code -} reads, for any command of this program. */
  static InputStream stdin(CommandSpec spec) {
    return ((EngagementCommand) spec.root().userObject()).stdin;
  }

  /** Where the commands of this program report progress. */
  static Progress progress(CommandSpec spec) {
    return ((EngagementCommand) spec.root().userObject()).progress;
  }

  /** Prints text on standard output, ending with one line break; progress is cleared first. */
  static void print(CommandSpec spec, String text) {
    progress(spec).finished();
    PrintWriter out = spec.commandLine().getOut();
    out.print(text);
    if (!text.endsWith("\n")) {
      out.println();
    }
    out.flush();
  }

  /** The version, from the build. */
  static final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IllegalStateException("version.properties is missing from the class path");
        }
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read version.properties", e);
      }
      return new String[] {"engagement " + properties.getProperty("version")
          + " (Engagement SDK, Java " + Runtime.version().feature() + ")"};
    }
  }
}
