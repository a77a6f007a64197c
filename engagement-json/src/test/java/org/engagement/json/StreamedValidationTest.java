package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.engagement.core.validation.ValidationIssue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Validating a file record by record gives exactly what reading it whole and validating gives:
 * the same report (code, path, message of every issue) and the same problems (pointer, line,
 * column), for every fixture. ({@code StreamedValidationProperties} in engagement-property-tests
 * checks the same on generated datasets, with {@link #assertSameOnFile(String)}.)
 */
class StreamedValidationTest {

  private static final EngagementJson JSON = EngagementJson.standard();

  @TestFactory
  Stream<DynamicTest> everyFixture_streamedValidation_isTheWholeRead() {
    return Stream.concat(Fixtures.named("valid-").stream(), Fixtures.named("invalid-").stream())
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
            () -> assertSame(file)));
  }

  static void assertSameOnFile(String text) throws IOException {
    Path file = Files.createTempFile("streamed", ".json");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      assertSame(file);
    } finally {
      Files.delete(file);
    }
  }

  private static void assertSame(Path file) {
    ReadResult whole;
    try {
      whole = JSON.read(file);
    } catch (JsonReadException e) {
      JsonReadException streamed = assertThrows(JsonReadException.class, () -> JSON.validate(file));
      assertThat(streamed.code()).isEqualTo(e.code());
      assertThat(streamed.problem()).isEqualTo(e.problem());
      return;
    } catch (UncheckedIOException e) {
      throw e;
    }
    StreamedValidation streamed = JSON.validate(file);
    // The rules not (fully) streamed yet are left out of the comparison on both sides, by name
    // (StreamedValidation.NOT_YET_STREAMED); every other issue and problem must be the same.
    assertThat(streamedOnly(streamed.report().issues())).as("the report of %s", file)
        .containsExactlyElementsOf(streamedOnly(whole.report().issues()));
    assertThat(streamedOnlyProblems(streamed.problems())).as("the problems of %s", file)
        .containsExactlyInAnyOrderElementsOf(streamedOnlyProblems(whole.problems()));
    if (streamed.problems().size() == streamedOnlyProblems(streamed.problems()).size()
        && whole.problems().size() == streamedOnlyProblems(whole.problems()).size()) {
      assertThat(streamed.isValid()).isEqualTo(whole.isValid());
    }
  }

  private static boolean streamed(String code) {
    return StreamedValidation.NOT_YET_STREAMED.stream().noneMatch(c -> c.name().equals(code));
  }

  private static List<ValidationIssue> streamedOnly(List<ValidationIssue> issues) {
    return issues.stream().filter(i -> streamed(i.code())).toList();
  }

  private static List<JsonProblem> streamedOnlyProblems(List<JsonProblem> problems) {
    return problems.stream().filter(p -> streamed(p.code())).toList();
  }
}
