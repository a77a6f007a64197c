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
import org.junit.jupiter.api.Test;
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

  @Test
  void duplicateAfterAnUnboundRecord_namesTheEarlierRecordByItsPlaceInTheDocument() {
    // Found by the fuzzer: the whole read named the earlier record by its place among the bound
    // records (areas[0]), the streamed validation by its place in the document (areas[1]).
    Path file = Fixtures.named("invalid-missing-property-unbound-before-duplicate-id").get(0);

    assertSame(file);
    assertThat(JSON.read(file).report().issues())
        .filteredOn(issue -> issue.code().equals("DUPLICATE_ID"))
        .singleElement()
        .satisfies(issue -> assertThat(issue.message()).endsWith("also at areas[1]"));
  }

  /** {@return the codes of the issues compared} */
  static List<String> assertSameOnFile(String text) throws IOException {
    Path file = Files.createTempFile("streamed", ".json");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return assertSame(file);
    } finally {
      Files.delete(file);
    }
  }

  private static List<String> assertSame(Path file) {
    ReadResult whole;
    try {
      whole = JSON.read(file);
    } catch (JsonReadException e) {
      JsonReadException streamed = assertThrows(JsonReadException.class, () -> JSON.validate(file));
      assertThat(streamed.code()).isEqualTo(e.code());
      assertThat(streamed.problem()).isEqualTo(e.problem());
      return List.of(e.code());
    } catch (UncheckedIOException e) {
      throw e;
    }
    StreamedValidation streamed = JSON.validate(file);
    // Every issue (severity, code, path, message) and every problem (pointer, line, column).
    assertThat(streamed.report().issues()).as("the report of %s", file)
        .containsExactlyElementsOf(whole.report().issues());
    assertThat(streamed.problems()).as("the problems of %s", file)
        .containsExactlyInAnyOrderElementsOf(whole.problems());
    assertThat(streamed.isValid()).isEqualTo(whole.isValid());
    return whole.report().issues().stream().map(ValidationIssue::code).toList();
  }
}
