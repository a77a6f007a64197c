package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.engagement.core.EngagementDataset;
import org.engagement.testkit.EngagementArbitraries;
import org.engagement.testkit.Mutations;
import org.engagement.testkit.SampleDataset;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Validating a file record by record gives exactly what reading it whole and validating gives:
 * the same report (code, path, message of every issue) and the same problems (pointer, line,
 * column), for the sample dataset under every mutation (at least one per rule) and for generated
 * datasets, valid, arbitrary and mutated. (StreamedValidationTest in
 * engagement-json checks every fixture.)
 */
class StreamedValidationProperties {

  private static final EngagementJson JSON = EngagementJson.standard();

  @TestFactory
  Stream<DynamicTest> everyMutationOfTheSample_streamedValidation_isTheWholeRead() {
    return Mutations.list().stream().map(mutation -> DynamicTest.dynamicTest(mutation.name(),
        () -> {
          EngagementDataset mutated = mutation.apply(SampleDataset.lambeth()).dataset();
          List<String> codes =
              StreamedValidationTest.assertSameOnFile(JSON.writeString(mutated));
          // The mutation shows in the comparison: its rule is among the issues compared.
          assertThat(codes).as("the codes of %s", mutation).contains(mutation.code().name());
        }));
  }

  @Test
  void theSample_streamedValidation_isTheWholeRead() throws IOException {
    StreamedValidationTest.assertSameOnFile(JSON.writeString(SampleDataset.lambeth()));
  }

  @Property(tries = 200)
  void generatedDataset_streamedValidation_isTheWholeRead(
      @ForAll("datasets") EngagementDataset dataset) throws IOException {
    // Text with lone surrogates has no UTF-8 form: the writer escapes none of it, so leave it out.
    String text = JSON.writeString(dataset);
    net.jqwik.api.Assume.that(StandardCharsets.UTF_8.newEncoder().canEncode(text));
    StreamedValidationTest.assertSameOnFile(text);
  }

  @Property(tries = 200)
  void mutatedDataset_streamedValidation_isTheWholeRead(
      @ForAll("validDatasets") EngagementDataset dataset,
      @ForAll("mutations") Mutations.Mutation mutation) throws IOException {
    StreamedValidationTest.assertSameOnFile(JSON.writeString(mutation.apply(dataset).dataset()));
  }

  @Provide
  Arbitrary<EngagementDataset> datasets() {
    return Arbitraries.oneOf(EngagementArbitraries.validDatasets(),
        EngagementArbitraries.arbitraryDatasets(), EngagementArbitraries.extremeDatasets());
  }

  @Provide
  Arbitrary<EngagementDataset> validDatasets() {
    return EngagementArbitraries.validDatasets();
  }

  @Provide
  Arbitrary<Mutations.Mutation> mutations() {
    return EngagementArbitraries.mutations();
  }
}
