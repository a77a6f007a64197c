package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The fixture files of src/test/resources/1.0: every {@code valid-*.json} reads without a
 * problem and round-trips; every {@code invalid-<rule>-*.json} is rejected with the code its
 * name starts with, at the pointer, line and column that {@code expected-errors.txt} names (or
 * with every error it names, separated by {@code " ; "}).
 */
class FixturesTest {

  private static final EngagementJson JSON = EngagementJson.standard();

  @TestFactory
  Stream<DynamicTest> validFixtures_readWithoutProblems_andRoundTrip() {
    return Fixtures.named("valid-").stream().map(file -> DynamicTest.dynamicTest(name(file), () -> {
      ReadResult result = JSON.read(file);

      assertThat(result.problems()).isEmpty();
      String written = JSON.writeString(result.dataset());
      assertThat(JSON.readString(written).dataset()).isEqualTo(result.dataset());
    }));
  }

  @TestFactory
  Stream<DynamicTest> invalidFixtures_areRejected_withTheirCodeAndPlace() {
    Map<String, String> expected = expectations();
    return Fixtures.named("invalid-").stream().map(file -> DynamicTest.dynamicTest(name(file),
        () -> {
          String expectation = expected.get(name(file));
          JsonProblem problem = firstError(file);
          // "A ; B ; C" names every error of the file, in order; one place names the first.
          String actual = expectation != null && expectation.contains(" ; ")
              ? String.join(" ; ", allErrors(file).stream().map(FixturesTest::describe).toList())
              : describe(problem);
          assertThat(expectation).as("expected-errors.txt names %s; it was: %s", name(file),
              actual).isNotNull();
          assertThat(name(file)).as("the file name names the code")
              .startsWith("invalid-" + problem.code().toLowerCase(Locale.ROOT).replace('_', '-')
                  + "-");
          assertThat(actual).isEqualTo(expectation);
          assertThat(problem.message()).isNotBlank()
              .as("the message speaks of the document, not of the parser")
              .doesNotContain("[Source:", "REDACTED", "byte offset", "Exception", "Feature",
                  "'NaN'");
        }));
  }

  @Test
  void expectations_nameOnlyFixturesThatExist() {
    for (String name : expectations().keySet()) {
      assertThat(Fixtures.path(name)).exists();
    }
    assertThat(Fixtures.named("invalid-")).hasSize(expectations().size());
  }

  /** The first error of reading a file: thrown by the reader, or found by the validator. */
  static JsonProblem firstError(Path file) {
    try {
      ReadResult result = JSON.read(file);
      assertThat(result.errors()).as("errors of %s", file).isNotEmpty();
      return result.errors().get(0);
    } catch (JsonReadException e) {
      return e.problem();
    }
  }

  /** Every error of reading a file: those of a result, or the one that stopped the read. */
  static List<JsonProblem> allErrors(Path file) {
    try {
      return JSON.read(file).errors();
    } catch (JsonReadException e) {
      return e.problems().stream().filter(JsonProblem::isError).toList();
    }
  }

  static String describe(JsonProblem problem) {
    return problem.code() + " \"" + problem.pointer() + "\" " + problem.line() + ":"
        + problem.column();
  }

  /** {@code file = CODE "pointer" line:column}, one per line; # starts a comment. */
  static Map<String, String> expectations() {
    try {
      Map<String, String> out = new LinkedHashMap<>();
      List<String> lines = Files.readAllLines(Fixtures.path("expected-errors.txt"),
          StandardCharsets.UTF_8);
      for (String line : lines) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int eq = line.indexOf(" = ");
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
