package org.engagement.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.engagement.core.EngagementDataset;
import org.engagement.testkit.EngagementArbitraries;
import org.engagement.testkit.Mutations;

/**
 * Validating a file record by record gives exactly what reading it whole and validating gives:
 * the same report (code, path, message of every issue) and the same problems (pointer, line,
 * column), for generated datasets, valid, arbitrary and mutated. (StreamedValidationTest in
 * engagement-json checks every fixture.)
 */
class StreamedValidationProperties {

  private static final EngagementJson JSON = EngagementJson.standard();

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
