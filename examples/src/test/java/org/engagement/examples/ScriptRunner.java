package org.engagement.examples;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jdk.jshell.tool.JavaShellToolBuilder;

/**
 * Runs the JShell scripts of {@code examples/jshell/} through the JShell tool, non-interactively,
 * with the script as its input and the test's own class path, and locates the module's files.
 * The tool runs in the module directory; scripts that read the bundled data look for it at
 * {@code examples/data} (from the repository root) and at {@code data} (from the module
 * directory).
 */
public final class ScriptRunner {

  private ScriptRunner() {}

  /**
   * What a script printed and how the tool ended.
   *
   * @param status the tool's exit status
   * @param output standard output and error together
   */
  public record Run(int status, String output) {}

  /**
   * Runs a script of {@code examples/jshell/}.
   *
   * @param name the file name, e.g. {@code quickstart.jsh}
   * @return what it printed
   * @throws Exception if the tool cannot start
   */
  public static Run run(String name) throws Exception {
    Path script = moduleDirectory().resolve("jshell").resolve(name);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int status;
    try (InputStream in = Files.newInputStream(script)) {
      status =
          JavaShellToolBuilder.builder()
              .in(in, InputStream.nullInputStream())
              .out(out)
              .err(out)
              .persistence(new HashMap<>())
              .env(Map.of())
              .locale(Locale.ROOT)
              .start("--class-path", testClassPath());
    }
    return new Run(status, bytes.toString(StandardCharsets.UTF_8));
  }

  /**
   * The module directory: Surefire's working directory, which it also sets as {@code basedir}.
   *
   * @return the absolute directory
   */
  public static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
        .toAbsolutePath().normalize();
  }

  /**
   * The repository root, the module directory's parent.
   *
   * @return the absolute directory
   */
  public static Path repositoryRoot() {
    return moduleDirectory().getParent();
  }

  /**
   * The data bundled in the repository, {@code examples/data}.
   *
   * @param relative a path inside it, e.g. {@code polis-london-youth-policing}
   * @return the absolute path
   */
  public static Path bundledData(String relative) {
    return moduleDirectory().resolve("data").resolve(relative).normalize();
  }

  /**
   * The class path the tests run with. Surefire may start the JVM from a manifest-only jar, so
   * {@code java.class.path} would name that jar alone; surefire keeps the real one apart.
   */
  static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank()
        ? surefire
        : System.getProperty("java.class.path");
  }
}
