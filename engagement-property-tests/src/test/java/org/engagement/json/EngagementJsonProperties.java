package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.Severity;
import org.engagement.core.validation.ValidationIssue;
import org.engagement.core.validation.ValidationReport;
import org.engagement.testkit.EngagementArbitraries;
import org.engagement.testkit.Mutations;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing never loses anything and never produces what reading rejects: read(write(d)) equals d
 * for generated datasets, valid or not (engagement-core's shared generators, and this module's
 * datasets at the edges of JSON), in both output forms and when streamed; written documents
 * conform to the published schema; valid datasets read back without a single problem.
 */
class EngagementJsonProperties {

  private static final EngagementJson JSON = EngagementJson.standard();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

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
  Arbitrary<ValidationReport> reports() {
    Arbitrary<ValidationIssue> issue = Combinators.combine(Arbitraries.of(Severity.class),
        EngagementArbitraries.issuePaths(), EngagementArbitraries.idTexts(),
        EngagementArbitraries.anyTexts().filter(t -> !t.isBlank())).as(ValidationIssue::of);
    return issue.list().ofMaxSize(4).map(ValidationReport::of);
  }

  @Property(tries = 300)
  void readOfWrite_isTheDataset(@ForAll("datasets") EngagementDataset dataset) {
    String written = JSON.writeString(dataset);

    assertThat(JSON.disable(JsonFeature.VALIDATE).readString(written).dataset())
        .isEqualTo(dataset);
    assertThat(JSON.writeString(JSON.readString(written).dataset())).isEqualTo(written);
  }

  /** Reading some record types gives the dataset with the other types' lists empty. */
  @Property(tries = 200)
  void readOfSomeTypes_isTheDatasetWithTheOthersLeftOut(
      @ForAll("datasets") EngagementDataset dataset,
      @ForAll Set<RecordType> types) {
    String written = JSON.writeString(dataset);
    EngagementDataset.Builder only = EngagementDataset.builder().from(dataset);
    for (RecordType type : RecordType.values()) {
      if (!types.contains(type)) {
        type.set(only, List.of());
      }
    }

    ReadResult read =
        JSON.disable(JsonFeature.VALIDATE).withRecordTypes(types).readString(written);

    assertThat(read.problems()).isEmpty();
    assertThat(read.dataset()).isEqualTo(only.build());
  }

  @Property(tries = 100)
  void readOfCompactWrite_isTheDataset(@ForAll("datasets") EngagementDataset dataset) {
    String written = JSON.disable(JsonFeature.INDENT_OUTPUT).writeString(dataset);

    assertThat(JSON.readString(written).dataset()).isEqualTo(dataset);
  }

  @Property(tries = 100)
  void validDataset_readsBackWithoutAProblem(@ForAll("validDatasets") EngagementDataset dataset) {
    ReadResult result = JSON.readString(JSON.writeString(dataset));

    assertThat(result.problems()).isEmpty();
    assertThat(result.requireValid()).isEqualTo(dataset);
  }

  @Property(tries = 100)
  void streamOfWrite_givesTheRecords(@ForAll("datasets") EngagementDataset dataset) {
    String written = JSON.writeString(dataset);
    int count = 0;
    try (RecordStream stream = JSON.stream(new StringReader(written))) {
      assertThat(stream.scheme()).isEqualTo(dataset.scheme());
      while (stream.hasNext()) {
        StreamedRecord record = stream.next();
        assertThat(record.value()).isEqualTo(dataset.records(record.type()).get(record.index()));
        count++;
      }
    }
    int total = 0;
    for (RecordType type : RecordType.values()) {
      total += dataset.count(type);
    }
    assertThat(count).isEqualTo(total);
  }

  /** Streaming some record types gives every record of those types, in place, and no other. */
  @Property(tries = 100)
  void streamOfSomeTypes_givesTheirRecordsOnly(@ForAll("datasets") EngagementDataset dataset,
      @ForAll Set<RecordType> types) {
    String written = JSON.writeString(dataset);
    int count = 0;
    try (RecordStream stream = JSON.disable(JsonFeature.VALIDATE).withRecordTypes(types)
        .stream(new StringReader(written))) {
      while (stream.hasNext()) {
        StreamedRecord record = stream.next();
        assertThat(types).contains(record.type());
        assertThat(record.value()).isEqualTo(dataset.records(record.type()).get(record.index()));
        count++;
      }
    }
    assertThat(count).isEqualTo(types.stream().mapToInt(dataset::count).sum());
  }

  @Property(tries = 100)
  void writtenDocument_conformsToTheSchema(@ForAll("validDatasets") EngagementDataset dataset) {
    assertThat(SchemaTest.errors(JSON.writeString(dataset))).isEmpty();
  }

  /** The codes of the single-field rules, the per-record rules that the schema expresses. */
  private static final List<String> SINGLE_FIELD = List.of("BLANK_TEXT", "NEGATIVE_VALUE",
      "NOT_POSITIVE", "BELOW_MINIMUM", "CONSTRAINT_VIOLATED");

  @Property(tries = 200)
  void writtenDocument_conformsToTheSchema_exactlyWhenItKeepsTheSingleFieldRules(
      @ForAll("datasets") EngagementDataset dataset) {
    boolean keeps = DatasetValidator.standard().validate(dataset).issues().stream()
        .noneMatch(issue -> SINGLE_FIELD.contains(issue.code()));

    assertThat(SchemaTest.errors(JSON.writeString(dataset))).as("schema errors")
        .matches(errors -> errors.isEmpty() == keeps, keeps ? "none" : "some");
  }

  @Property(tries = 200)
  void readReportOfWrite_isTheReport(@ForAll("reports") ValidationReport report) {
    assertThat(JSON.readReport(JSON.writeString(report))).isEqualTo(report);
    assertThat(JSON.readReport(JSON.disable(JsonFeature.INDENT_OUTPUT).writeString(report)))
        .isEqualTo(report);
  }

  @Property(tries = 200)
  void validatorIssues_ofAMutatedDataset_pointAtTheMutatedRecordInTheDocument(
      @ForAll("validDatasets") EngagementDataset dataset,
      @ForAll("mutations") Mutations.Mutation mutation) {
    Mutations.Mutated mutated = mutation.apply(dataset);
    String written = JSON.writeString(mutated.dataset());

    ReadResult result = JSON.readString(written);

    JsonNode tree = PLAIN.readTree(written);
    List<JsonProblem> expected = result.problems().stream()
        .filter(p -> p.code().equals(mutated.code().name())).toList();
    assertThat(expected).as("%s gives %s", mutated.name(), mutated.code()).isNotEmpty();
    assertThat(result.problems()).extracting(JsonProblem::code)
        .allMatch(code -> mutated.allowedCodes().stream().anyMatch(c -> c.name().equals(code)));
    for (JsonProblem problem : result.problems()) {
      // A property the writer omits (an empty list, an absent option) is named within its object.
      JsonPointer pointer = JsonPointer.compile(problem.pointer());
      assertThat(!tree.at(pointer).isMissingNode() || tree.at(pointer.head()).isObject())
          .as("%s resolves, or names a property of an object that does", problem).isTrue();
      assertThat(problem.line()).as("%s has a line", problem).isPositive();
    }
    assertThat(expected).anyMatch(p -> p.pointer().startsWith(
        "/" + mutated.recordType().collection() + "/"));
  }

  @Provide
  Arbitrary<Mutations.Mutation> mutations() {
    return EngagementArbitraries.mutations();
  }
}
