package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes reading and validating with Jazzer: whatever the bytes, reading gives a result (its
 * problems in its report) or throws {@link JsonReadException}, and validating record by record
 * gives what reading whole and validating give, never another exception, a stack overflow or an
 * out-of-memory error.
 *
 * <p>In every build each fuzz test runs once per seed, the fixture files of
 * {@code src/test/resources/1.0}. With the environment variable {@code JAZZER_FUZZ} set, Jazzer
 * fuzzes the first fuzz test it meets for its {@code maxDuration} (and skips the others: one fuzz
 * test per JVM), so the build runs one surefire execution per fuzz test (see this module's pom).
 */
class DatasetFuzzTest {

  private static final EngagementJson JSON = EngagementJson.standard();

  /** The file that the streamed validation reads; one per JVM, overwritten by each input. */
  private static Path file;

  static Stream<Arguments> fixtures() {
    return Stream.concat(Fixtures.named("valid-").stream(), Fixtures.named("invalid-").stream())
        .map(path -> {
          try {
            return Arguments.of((Object) Files.readAllBytes(path));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @MethodSource("fixtures")
  @FuzzTest(maxDuration = "15s")
  void anyBytes_readAsADataset_giveAResultOrAReadException(byte[] bytes) {
    ReadResult result;
    try {
      result = JSON.read(new ByteArrayInputStream(bytes));
    } catch (JsonReadException e) {
      assertThat(e.code()).isNotBlank();
      assertThat(e.problem().isError()).isTrue();
      return;
    }
    assertThat(result.isValid()).isEqualTo(result.report().isValid());
    assertThat(result.problems()).hasSize(result.report().issues().size());
  }

  @MethodSource("fixtures")
  @FuzzTest(maxDuration = "15s")
  void anyBytes_validated_giveTheSameReportWholeAndStreamed(byte[] bytes) throws IOException {
    if (file == null) {
      file = Files.createTempFile("fuzz", ".json");
    }
    Files.write(file, bytes);
    ReadResult whole;
    try {
      whole = JSON.read(file);
    } catch (JsonReadException e) {
      try {
        JSON.validate(file);
      } catch (JsonReadException streamed) {
        assertThat(streamed.code()).isEqualTo(e.code());
        return;
      }
      throw new AssertionError("read whole: " + e.code() + "; streamed: no read exception");
    }
    ValidationReport again = DatasetValidator.standard().validate(whole.dataset());
    assertThat(again.isValid() || !whole.isValid()).isTrue();
    StreamedValidation streamed = JSON.validate(file);
    assertThat(streamed.report().issues()).containsExactlyElementsOf(whole.report().issues());
  }

  @AfterAll
  static void deleteFile() throws IOException {
    if (file != null) {
      Files.deleteIfExists(file);
    }
  }
}
