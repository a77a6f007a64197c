package com.example.engagement;

import static org.assertj.core.api.Assertions.within;
import static org.engagement.testkit.EngagementAssertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.engagement.core.ActivityId;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.core.RecordType;
import org.engagement.core.Scope;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.ValidationCode;
import org.engagement.json.EngagementJson;
import org.engagement.json.ReadResult;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.outcome.DueConsiderationMeasure;
import org.engagement.testkit.BrokenDataset;
import org.engagement.testkit.DatasetFixtures;
import org.engagement.testkit.EngagementArbitraries;
import org.engagement.testkit.Mutations;
import org.engagement.testkit.TestDatasets;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The tests of a team whose import job writes engagement datasets as JSON. */
class ImportJobTest {

  private static final EngagementJson JSON = EngagementJson.standard();

  /** One test per file: valid-*.json reads cleanly, invalid-<code>-*.json gives its code. */
  @TestFactory
  Stream<DynamicTest> fixtures() {
    return DatasetFixtures.from(Path.of("src/test/resources/fixtures"));
  }

  @Test
  void smallestDataset_isValid() {
    assertThat(TestDatasets.minimal()).isValid().hasRecordCount(RecordType.INPUT, 1);
  }

  @Test
  void inputAtAnUnknownActivity_isReportedWhereItIs() {
    EngagementDataset data = TestDatasets.borough("B1").ward("W1").activity("ACT-1")
        .input("IN-1")
        .input("IN-2", input -> input.activity(ActivityId.of("ACT-9")))
        .build();

    ReadResult result = JSON.readString(JSON.writeString(data));

    assertThat(result).hasErrorCount(1)
        .hasError(ValidationCode.UNKNOWN_REFERENCE).at("/inputs/1/activity")
        .withMessageContaining("ACT-9");
  }

  @Test
  void inputsWithoutDecisions_areGapsOfDueConsideration() {
    EngagementDataset data = TestDatasets.borough("B1").ward("W1").activity("ACT-1")
        .input("IN-1").input("IN-2")
        .build();

    MeasureResult m1 = DueConsiderationMeasure.standard()
        .evaluate(data, Scope.of(AreaId.of("B1"), Period.year(2025)));

    assertThat(m1).hasScore(0.0, within(1e-9)).hasNumerator(0).hasDenominator(2)
        .hasGap("IN-1").hasGap("IN-2");
  }

  /** Boroughs of up to 30 wards over one or two years, 1 to 5 records of each kind per ward. */
  @Provide
  Arbitrary<EngagementDataset> boroughs() {
    return EngagementArbitraries.datasets().wards(1, 30).years(1, 2).density(1, 5);
  }

  @Property(tries = 50)
  void anyValidDataset_readsBackValidAsWritten(@ForAll("boroughs") EngagementDataset data) {
    ReadResult result = JSON.readString(JSON.writeString(data));

    assertThat(result).isValid();
    assertThat(result.dataset()).isEqualTo(data);
  }

  @Property(tries = 50)
  void everyDanglingReference_isFoundOnItsRecord(
      @ForAll("danglingReferences") BrokenDataset broken) {
    assertThat(DatasetValidator.standard().validate(broken.dataset()))
        .hasError(broken.expectedCode()).at(broken.recordId());
  }

  @Provide
  Arbitrary<BrokenDataset> danglingReferences() {
    return Mutations.of(ValidationCode.UNKNOWN_REFERENCE);
  }
}
