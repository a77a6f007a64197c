package org.engagement.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.core.ReferencePopulation;
import org.engagement.testkit.EngagementArbitraries;
import org.engagement.testkit.Mutations;

class DatasetValidatorProperties {

  private static final DatasetValidator VALIDATOR = DatasetValidator.standard();

  @Provide
  Arbitrary<EngagementDataset> validDatasets() {
    return EngagementArbitraries.validDatasets();
  }

  @Provide
  Arbitrary<EngagementDataset> arbitraryDatasets() {
    return EngagementArbitraries.arbitraryDatasets();
  }

  @Provide
  Arbitrary<EngagementDataset> datasetsWithUniqueIds() {
    return EngagementArbitraries.arbitraryDatasetsWithUniqueIds();
  }

  @Provide
  Arbitrary<Mutations.Mutation> mutations() {
    return EngagementArbitraries.mutations();
  }

  @Property(tries = 300)
  void validate_validDataset_hasNoIssue(@ForAll("validDatasets") EngagementDataset data) {
    ValidationReport report = VALIDATOR.validate(data);

    assertThat(report.issues()).as("%s", report).isEmpty();
  }

  @Property(tries = 500)
  void validate_targetedMutation_isReportedWithItsCodeOnItsRecord(
      @ForAll("validDatasets") EngagementDataset valid,
      @ForAll("mutations") Mutations.Mutation mutation) {
    Mutations.Mutated mutated = mutation.apply(valid);

    ValidationReport report = VALIDATOR.validate(mutated.dataset());

    assertThat(report.issues(mutated.code())).as("%s", report).anySatisfy(issue -> {
      assertThat(issue.path().recordType()).contains(mutated.recordType());
      assertThat(issue.path().recordId()).contains(mutated.recordId());
    });
    Set<String> allowed = mutated.allowedCodes().stream().map(Enum::name)
        .collect(Collectors.toSet());
    assertThat(report.countsByCode().keySet()).as("%s", report).isSubsetOf(allowed);
  }

  // 1,000 tries: the coverage check below relies on that many (the rarest code turns up in
  // about 2.5 % of arbitrary datasets)
  @Property(tries = 1000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void validate_arbitraryData_neverThrowsNorFailsAndNamesRealRecords(
      @ForAll("arbitraryDatasets") EngagementDataset data) {
    ValidationReport report = VALIDATOR.validate(data);

    assertThat(report.issues(ValidationCode.VALIDATOR_FAILURE)).as("%s", report).isEmpty();
    for (ValidationIssue issue : report.issues()) {
      IssuePath path = issue.path();
      if (path.recordType().isPresent()) {
        List<?> records = data.records(path.recordType().get());
        assertThat(path.recordId())
            .contains(EngagementDataset.idOf(records.get(path.index().orElseThrow())));
      }
      Statistics.label("codes").collect(issue.code());
    }
    // the generator is only useful if it reaches the rules: every code turns up over the run
    Statistics.label("codes").coverage(coverage -> {
      for (ValidationCode code : ValidationCode.values()) {
        if (code != ValidationCode.VALIDATOR_FAILURE
            && code != ValidationCode.CONSTRAINT_VIOLATED
            && code != ValidationCode.DUPLICATE_ENTRY) {
          coverage.check(code.name()).count(n -> n > 0);
        }
      }
    });
  }

  @Property(tries = 500)
  void validate_shuffledCollections_reportSameCodesOnSameRecords(
      @ForAll("datasetsWithUniqueIds") EngagementDataset data, @ForAll Random random) {
    EngagementDataset shuffled = data;
    for (RecordType type : RecordType.values()) {
      List<Object> records = new ArrayList<>(data.records(type));
      Collections.shuffle(records, random);
      shuffled = Mutations.withRecords(shuffled, type, records);
    }

    assertThat(codesOnRecords(shuffled)).isEqualTo(codesOnRecords(data));
  }

  /** The multiset of (code, record) pairs, as a sorted list. */
  private static List<String> codesOnRecords(EngagementDataset data) {
    List<String> out = new ArrayList<>();
    for (ValidationIssue issue : VALIDATOR.validate(data).issues()) {
      IssuePath path = issue.path();
      String record = path.recordId().orElse("dataset");
      if (issue.code().equals(ValidationCode.DUPLICATE_REFERENCE_POPULATION.name())) {
        // of two populations with one key, the later is reported: which one depends on order
        ReferencePopulation p =
            data.referencePopulations().get(path.index().orElseThrow());
        record = p.area() + "|" + p.year() + "|" + p.dimension();
      }
      if (issue.code().equals(ValidationCode.SUM_OUT_OF_RANGE.name())) {
        // a total is reported at the record where it passes the range: which one depends on order
        record = issue.message().substring(0, issue.message().indexOf(" pass "));
      }
      out.add(issue.code() + " " + path.recordType().map(Enum::name).orElse("") + " " + record);
    }
    Collections.sort(out);
    return out;
  }
}
