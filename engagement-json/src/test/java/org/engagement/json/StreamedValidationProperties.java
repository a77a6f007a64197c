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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.engagement.core.EngagementDataset;
import org.engagement.core.testing.EngagementArbitraries;
import org.engagement.core.validation.ValidationIssue;
import org.engagement.core.testing.Mutations;
import org.engagement.json.testing.JsonArbitraries;
import org.engagement.core.testing.SampleDataset;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Validating a file record by record gives exactly what reading it whole and validating gives:
 * the same report (code, path, message of every issue) and the same problems (pointer, line,
 * column), for every fixture, for the core's sample dataset under every mutation (at least one per
 * rule) and for generated datasets, valid, arbitrary and mutated.
 */
class StreamedValidationProperties {

  private static final EngagementJson JSON = EngagementJson.standard();

  @TestFactory
  Stream<DynamicTest> everyFixture_streamedValidation_isTheWholeRead() {
    return Stream.concat(Fixtures.named("valid-").stream(), Fixtures.named("invalid-").stream())
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
            () -> assertSame(file)));
  }

  @TestFactory
  Stream<DynamicTest> everyMutationOfTheSample_streamedValidation_isTheWholeRead() {
    return Mutations.all().stream().map(mutation -> DynamicTest.dynamicTest(mutation.name(),
        () -> {
          EngagementDataset mutated = mutation.apply(SampleDataset.lambeth()).dataset();
          List<String> codes = assertSameOnFile(JSON.writeString(mutated));
          // The mutation shows in the comparison: its rule is among the issues compared.
          assertThat(codes).as("the codes of %s", mutation).contains(mutation.code().name());
        }));
  }

  @Test
  void theSample_streamedValidation_isTheWholeRead() throws IOException {
    assertSameOnFile(JSON.writeString(SampleDataset.lambeth()));
  }

  @Property(tries = 200)
  void generatedDataset_streamedValidation_isTheWholeRead(
      @ForAll("datasets") EngagementDataset dataset) throws IOException {
    // Text with lone surrogates has no UTF-8 form: the writer escapes none of it, so leave it out.
    String text = JSON.writeString(dataset);
    net.jqwik.api.Assume.that(StandardCharsets.UTF_8.newEncoder().canEncode(text));
    assertSameOnFile(text);
  }

  @Property(tries = 200)
  void mutatedDataset_streamedValidation_isTheWholeRead(
      @ForAll("validDatasets") EngagementDataset dataset,
      @ForAll("mutations") Mutations.Mutation mutation) throws IOException {
    assertSameOnFile(JSON.writeString(mutation.apply(dataset).dataset()));
  }

  @Provide
  Arbitrary<EngagementDataset> datasets() {
    return Arbitraries.oneOf(EngagementArbitraries.validDatasets(),
        EngagementArbitraries.arbitraryDatasets(), JsonArbitraries.datasets());
  }

  @Provide
  Arbitrary<EngagementDataset> validDatasets() {
    return EngagementArbitraries.validDatasets();
  }

  @Provide
  Arbitrary<Mutations.Mutation> mutations() {
    return EngagementArbitraries.mutations();
  }

  /** {@return the codes of the issues compared} */
  private static List<String> assertSameOnFile(String text) throws IOException {
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
