package org.engagement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles every code example in the Javadoc of the SDK's main sources, so that none can rot.
 *
 * <p>An example is a {@code <pre>{@code ...}</pre>} block in a {@code src/main/java} file of
 * engagement-core, engagement-measures, engagement-json or examples (this module sees all four).
 * The rule for what is compiled is explicit: every such block is Java unless its {@code <pre>}
 * names another language in a {@code class} attribute, as in {@code <pre class="language-json">}
 * or {@code <pre class="language-shell">}; those blocks are skipped. JSON documents, shell
 * sessions and output samples must carry such a class.
 *
 * <p>A block is unescaped ({@code &lt; &gt; &amp; &#64;} and {@code {@literal @}}), its leading
 * {@code import} lines are moved to the top of a compilation unit that imports the SDK's
 * packages, {@code java.util}, {@code java.nio.file} and {@code java.time}, and the rest becomes
 * the body of a method. When the block does not compile as statements it is tried as the members
 * of a class (a method declaration, say); when both fail, the statements' errors are reported
 * with the file and line of the example. Examples may use, without declaring them, the variables
 * named in {@link #CONTEXT}: the dataset {@code data}, the {@code scope}, a {@code scorecard}...
 * (fields of the enclosing class, so that a block may declare its own).
 */
class JavadocExamplesTest {

  private static final List<String> MODULES =
      List.of("engagement-core", "engagement-measures", "engagement-json", "examples");

  private static final Pattern BLOCK_START = Pattern.compile("<pre(\\s[^>]*)?>\\{@code");
  private static final Pattern LANGUAGE = Pattern.compile("class=\"language-([a-z]+)\"");
  private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+[\\w.*\\s]+;\\s*$");

  private static final String IMPORTS = String.join("\n",
      "import java.io.*;",
      "import java.math.*;",
      "import java.nio.file.*;",
      "import java.time.*;",
      "import java.util.*;",
      "import java.util.function.*;",
      "import java.util.stream.*;",
      "import org.engagement.core.*;",
      "import org.engagement.core.Period;",
      "import org.engagement.core.validation.*;",
      "import org.engagement.measures.*;",
      "import org.engagement.measures.loop.*;",
      "import org.engagement.measures.methods.*;",
      "import org.engagement.measures.outcome.*;",
      "import org.engagement.measures.standards.*;",
      "import org.engagement.measures.stats.*;",
      "import org.engagement.measures.survey.*;",
      "import org.engagement.json.*;",
      "import org.engagement.examples.*;",
      "import org.engagement.examples.cli.*;",
      "import org.engagement.examples.guide.*;",
      "import org.engagement.examples.importers.*;",
      "");

  /** The variables an example may use without declaring them. */
  static final String CONTEXT = String.join("\n",
      "  static EngagementDataset data, dataset;",
      "  static Scope scope, wave2011, wave2012;",
      "  static AreaId borough, lambeth, wardA, wardB;",
      "  static CommunityInput input;",
      "  static Path path, dir;",
      "  static ValidationIssue issue;",
      "  static DueConsiderationMeasure m1;",
      "  static MeasureResult result, m5;",
      "  static Scorecard scorecard;",
      "  static Rule inclusion, support;",
      "  static CategoryShare share;",
      "  static SurveyBreakdown breakdown;",
      "  static JsonProblem problem;",
      "  static StreamedRecord record;",
      "");

  /** One example: where it is, and its text after unescaping. */
  record Example(Path file, int line, String source) {
    String where() {
      return file + ":" + line;
    }
  }

  private record Outcome(List<String> errors) {}

  @TestFactory
  Stream<DynamicTest> everyJavadocExampleCompiles() throws IOException {
    Path root = ScriptRunner.repositoryRoot();
    List<Example> examples = new ArrayList<>();
    int skipped = 0;
    for (String module : MODULES) {
      Path main = root.resolve(module).resolve("src/main/java");
      List<Path> files;
      try (Stream<Path> walk = Files.walk(main)) {
        files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
      for (Path file : files) {
        skipped += extract(root.relativize(file), Files.readString(file, StandardCharsets.UTF_8),
            examples);
      }
    }
    // Not vacuous: the SDK's sources hold many examples, and some non-Java blocks.
    assertThat(examples).hasSizeGreaterThan(50);
    assertThat(skipped).isPositive();

    Map<Example, Outcome> outcomes = compile(examples);
    return examples.stream().map(e -> DynamicTest.dynamicTest(e.where(), () ->
        assertThat(outcomes.get(e).errors())
            .as("the example at %s compiles:%n%s", e.where(), e.source())
            .isEmpty()));
  }

  /**
   * Adds the Java examples of one file.
   *
   * @return how many blocks were skipped as another language
   */
  static int extract(Path file, String text, List<Example> into) {
    int skipped = 0;
    Matcher m = BLOCK_START.matcher(text);
    while (m.find()) {
      int start = m.end();
      int depth = 1;
      int i = start;
      while (i < text.length() && depth > 0) {
        char c = text.charAt(i);
        if (c == '{') {
          depth++;
        } else if (c == '}') {
          depth--;
        }
        i++;
      }
      if (depth != 0) {
        throw new IllegalStateException(file + ": unbalanced {@code block at offset " + start);
      }
      String attributes = m.group(1) == null ? "" : m.group(1);
      Matcher language = LANGUAGE.matcher(attributes);
      if (language.find() && !language.group(1).equals("java")) {
        skipped++;
        continue;
      }
      int line = lineOf(text, start) + 1; // the block's first line follows <pre>{@code
      String body = text.substring(start, i - 1);
      into.add(new Example(file, line, unescape(stripStars(body))));
    }
    return skipped;
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int k = 0; k < offset; k++) {
      if (text.charAt(k) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Removes each line's leading {@code *} and the first space after it. */
  private static String stripStars(String body) {
    String[] lines = body.split("\n", -1);
    StringBuilder out = new StringBuilder();
    // The first "line" is what follows {@code on the <pre> line: normally empty.
    for (int k = 1; k < lines.length; k++) {
      String l = lines[k].replaceFirst("^\\s*\\*(?!/) ?", "");
      out.append(l).append('\n');
    }
    if (!lines[0].isBlank()) {
      out.insert(0, lines[0].trim() + "\n");
    }
    return out.toString();
  }

  static String unescape(String s) {
    return s.replace("{@literal @}", "@")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#64;", "@")
        .replace("&amp;", "&");
  }

  /** Compiles every example as statements, then the failures again as class members. */
  private static Map<Example, Outcome> compile(List<Example> examples) throws IOException {
    Map<Example, Outcome> asStatements = compileUntilStable(examples, false);
    List<Example> failed =
        examples.stream().filter(e -> !asStatements.get(e).errors().isEmpty()).toList();
    Map<Example, Outcome> asMembers = compileUntilStable(failed, true);
    return examples.stream().collect(Collectors.toMap(e -> e, e ->
        asMembers.containsKey(e) && asMembers.get(e).errors().isEmpty()
            ? asMembers.get(e)
            : asStatements.get(e)));
  }

  /**
   * Compiles the examples together, then again those without errors until none has any: javac
   * stops before type checking when any unit fails to parse, so one example's syntax error
   * would hide another's type errors.
   */
  private static Map<Example, Outcome> compileUntilStable(
      List<Example> examples, boolean asMembers) throws IOException {
    Map<Example, Outcome> outcomes = new java.util.HashMap<>();
    List<Example> pending = examples;
    while (!pending.isEmpty()) {
      Map<Example, Outcome> round = compileAll(pending, asMembers);
      outcomes.putAll(round);
      List<Example> clean =
          pending.stream().filter(e -> round.get(e).errors().isEmpty()).toList();
      pending = clean.size() == pending.size() ? List.of() : clean;
    }
    return outcomes;
  }

  private static Map<Example, Outcome> compileAll(List<Example> examples, boolean asMembers)
      throws IOException {
    Map<Example, Outcome> outcomes = new java.util.HashMap<>();
    if (examples.isEmpty()) {
      return outcomes;
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<JavaFileObject, Example> units = new java.util.LinkedHashMap<>();
    Map<Example, Integer> headers = new java.util.HashMap<>();
    for (int n = 0; n < examples.size(); n++) {
      Example e = examples.get(n);
      StringBuilder imports = new StringBuilder();
      StringBuilder rest = new StringBuilder();
      for (String l : e.source().split("\n", -1)) {
        if (rest.toString().isBlank() && IMPORT.matcher(l).matches()) {
          imports.append(l.trim()).append(' ');
          rest.append('\n');
        } else {
          rest.append(l).append('\n');
        }
      }
      String name = "Example" + n;
      String head = "package javadocexamples;\n" + IMPORTS + imports + "\n"
          + "@SuppressWarnings(\"all\")\nclass " + name + " {\n" + CONTEXT
          + (asMembers ? "" : "static void example() throws Exception {\n");
      headers.put(e, (int) head.chars().filter(c -> c == '\n').count());
      String unit = head + rest + (asMembers ? "}\n" : "}\n}\n");
      units.put(new Source(name, unit), e);
      outcomes.put(e, new Outcome(new ArrayList<>()));
    }
    Path out = Files.createTempDirectory("javadoc-examples");
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-proc:none", "-Xlint:none", "-implicit:none",
          "-classpath", classPath(), "-d", out.toString());
      compiler.getTask(null, files, diagnostics, options, null, units.keySet()).call();
    } finally {
      deleteAll(out);
    }
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      Example e = units.get(d.getSource());
      if (e == null) {
        throw new IllegalStateException("compiler error outside the examples: " + d);
      }
      long line = d.getLineNumber() - headers.get(e) - 1 + e.line();
      outcomes.get(e).errors().add(e.file() + ":" + line + ": " + d.getMessage(Locale.ROOT));
    }
    return outcomes;
  }

  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank()
        ? surefire
        : System.getProperty("java.class.path");
  }

  private static void deleteAll(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** An in-memory compilation unit. */
  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String name, String code) {
      super(URI.create("string:///javadocexamples/" + name + ".java"), Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
