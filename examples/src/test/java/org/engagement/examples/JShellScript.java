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
 * Runs a script of {@code examples/jshell} through the JShell tool, non-interactively, with the
 * script as its input and the test's own class path, and keeps what it printed.
 *
 * @param output everything the tool printed, its errors included
 * @param status the tool's exit status
 */
record JShellScript(String output, int status) {

  /**
   * Runs one script.
   *
   * @param name the script's file name in {@code examples/jshell}, e.g. {@code quickstart.jsh}
   * @return what it printed and its status
   * @throws Exception if the script cannot be read or the tool fails to start
   */
  static JShellScript run(String name) throws Exception {
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
    return new JShellScript(bytes.toString(StandardCharsets.UTF_8), status);
  }

  /** Surefire's working directory is the module directory; it also sets {@code basedir}. */
  private static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  }

  /**
   * The class path the tests run with. Surefire may start the JVM from a manifest-only jar, so
   * {@code java.class.path} would name that jar alone; surefire keeps the real one apart.
   */
  private static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank()
        ? surefire
        : System.getProperty("java.class.path");
  }
}
