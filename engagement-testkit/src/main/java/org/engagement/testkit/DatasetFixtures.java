package org.engagement.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.engagement.core.validation.ValidationCode;
import org.engagement.json.EngagementJson;
import org.engagement.json.JsonCode;
import org.engagement.json.JsonProblem;
import org.engagement.json.JsonReadException;
import org.engagement.json.ReadResult;
import org.junit.jupiter.api.DynamicTest;

/**
 * A folder of JSON fixture files run as JUnit 5 dynamic tests, one per file.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> fixtures() {
 *   return DatasetFixtures.from(Path.of("src/test/resources/fixtures"));
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code valid-*.json} must read without any problem, error or warning.
 *   <li>{@code invalid-<code>-*.json} must give an error of the code its name starts with, in
 *       lower-kebab form: {@code invalid-unknown-reference-input.json} expects
 *       {@code UNKNOWN_REFERENCE}. Codes are those of {@link ValidationCode} and
 *       {@link JsonCode}; the longest one that fits is taken.
 *   <li>An optional {@code expected-errors.txt} in the folder pins the first error of a file,
 *       one line each, {@code file = CODE "JSON Pointer" line:column}; {@code #} starts a comment.
 *       It is the format of the SDK's own fixtures.
 * </ul>
 *
 * <p>Other files are ignored; sub-folders are not searched.
 */
public final class DatasetFixtures {

  /** The name of the optional file of expected first errors. */
  public static final String EXPECTED_ERRORS = "expected-errors.txt";

  private DatasetFixtures() {}

  /**
   * Returns one dynamic test per fixture file of a folder, read with
   * {@link EngagementJson#standard()}.
   *
   * @param folder the folder, not null
   * @return the tests, in file-name order, never null
   * @throws UncheckedIOException if the folder cannot be listed or expected-errors.txt read
   */
  public static Stream<DynamicTest> from(Path folder) {
    return from(folder, EngagementJson.standard());
  }

  /**
   * Returns one dynamic test per fixture file of a folder, read with a given reader.
   *
   * @param folder the folder, not null
   * @param json the reader, e.g. with features enabled, not null
   * @return the tests, in file-name order, never null
   * @throws UncheckedIOException if the folder cannot be listed or expected-errors.txt read
   */
  public static Stream<DynamicTest> from(Path folder, EngagementJson json) {
    Map<String, String> expected = expectations(folder.resolve(EXPECTED_ERRORS));
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(Files::isRegularFile)
          .filter(f -> name(f).endsWith(".json"))
          .filter(f -> name(f).startsWith("valid-") || name(f).startsWith("invalid-"))
          .sorted(Comparator.comparing(DatasetFixtures::name))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : files) {
      String name = name(file);
      tests.add(name.startsWith("valid-")
          ? DynamicTest.dynamicTest(name, file.toUri(), () -> valid(json, file))
          : DynamicTest.dynamicTest(name, file.toUri(),
              () -> invalid(json, file, Optional.ofNullable(expected.get(name)))));
    }
    List<String> strays = expected.keySet().stream()
        .filter(n -> files.stream().noneMatch(f -> name(f).equals(n))).toList();
    if (!strays.isEmpty()) {
      tests.add(DynamicTest.dynamicTest(EXPECTED_ERRORS, () -> {
        throw new AssertionError(EXPECTED_ERRORS + " names files that are not in " + folder
            + ": " + strays);
      }));
    }
    return tests.stream();
  }

  /**
   * The code that a fixture's name expects: the longest {@link ValidationCode} or
   * {@link JsonCode} whose lower-kebab form follows {@code invalid-}.
   *
   * @param fileName e.g. {@code invalid-unknown-reference-input.json}, not null
   * @return e.g. {@code UNKNOWN_REFERENCE}; empty when no code fits
   */
  public static Optional<String> expectedCode(String fileName) {
    if (!fileName.startsWith("invalid-")) {
      return Optional.empty();
    }
    String rest = fileName.substring("invalid-".length());
    return Stream.concat(
            Stream.of(ValidationCode.values()).map(Enum::name),
            Stream.of(JsonCode.values()).map(Enum::name))
        .filter(code -> rest.startsWith(kebab(code) + "-") || rest.equals(kebab(code) + ".json"))
        .max(Comparator.comparingInt(String::length));
  }

  /**
   * The lower-kebab form of a code, as fixture names use it.
   *
   * @param code e.g. {@code UNKNOWN_REFERENCE}, not null
   * @return e.g. {@code unknown-reference}
   */
  public static String kebab(String code) {
    return code.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void valid(EngagementJson json, Path file) {
    ReadResult result;
    try {
      result = json.read(file);
    } catch (JsonReadException e) {
      throw new AssertionError("Expected " + name(file) + " to read without problems but it "
          + "was rejected:" + ProblemChecks.nl() + "  " + e.problem(), e);
    }
    if (!result.problems().isEmpty()) {
      throw new AssertionError("Expected " + name(file) + " to read without problems but it has "
          + ProblemChecks.count(result.problems().size(), "problem") + ":" + ProblemChecks.nl()
          + Problem.lines(result.problems().stream().map(Problem::of).toList()));
    }
  }

  private static void invalid(EngagementJson json, Path file, Optional<String> pinned) {
    String name = name(file);
    String code = expectedCode(name).orElseThrow(() -> new AssertionError(
        "The name " + name + " does not start with invalid-<code>-, where <code> is a "
            + "ValidationCode or JsonCode in lower-kebab form, e.g. invalid-unknown-reference-x.json"));
    List<JsonProblem> errors;
    try {
      errors = json.read(file).errors();
    } catch (JsonReadException e) {
      errors = e.problems().stream().filter(JsonProblem::isError).toList();
      if (errors.isEmpty()) {
        errors = List.of(e.problem());
      }
    }
    List<Problem> problems = errors.stream().map(Problem::of).toList();
    if (problems.stream().noneMatch(p -> p.code().equals(code))) {
      throw new AssertionError("Expected " + name + " to give an ERROR " + code + " but it gives "
          + (problems.isEmpty() ? "no error" : ProblemChecks.count(problems.size(), "error") + ":"
              + ProblemChecks.nl() + Problem.lines(problems)));
    }
    if (pinned.isPresent()) {
      String actual = describe(errors.get(0));
      if (!actual.equals(pinned.get())) {
        throw new AssertionError("Expected the first error of " + name + " to be " + pinned.get()
            + " (" + EXPECTED_ERRORS + ") but it is " + actual + ":" + ProblemChecks.nl()
            + Problem.lines(problems));
      }
    }
  }

  private static String describe(JsonProblem problem) {
    return problem.code() + " \"" + problem.pointer() + "\" " + problem.line() + ":"
        + problem.column();
  }

  private static Map<String, String> expectations(Path file) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int eq = line.indexOf(" = ");
        if (line.isBlank() || line.startsWith("#") || eq < 0) {
          continue;
        }
        out.put(line.substring(0, eq).strip(), line.substring(eq + 3).strip());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(Path file) {
    return file.getFileName().toString();
  }
}
