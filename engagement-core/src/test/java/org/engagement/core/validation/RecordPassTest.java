package org.engagement.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.testkit.SampleDataset;
import org.junit.jupiter.api.Test;

/** The one pass in which every rule checks each record: {@link RecordPass}. */
class RecordPassTest {

  private static final EngagementDataset SAMPLE = SampleDataset.lambeth();

  /** A rule made of a registration step, for these tests. */
  private static DatasetRule rule(String name, BiConsumer<EngagementDataset, RecordPass> register) {
    return new DatasetRule() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void check(EngagementDataset dataset, Issues out, RecordPass pass) {
        register.accept(dataset, pass);
      }
    };
  }

  @Test
  void run_twoRulesOnOneType_visitEachRecordOnceInTurnWithItsPlace() {
    List<String> calls = new ArrayList<>();
    DatasetValidator validator = new DatasetValidator(List.of(
        rule("a", (d, pass) -> pass.each(d.inputs(), RecordType.INPUT,
            (input, at) -> calls.add("a " + at.index() + " " + at.id()))),
        rule("b", (d, pass) -> pass.indexed(d.inputs(), RecordType.INPUT,
            (input, i) -> calls.add("b " + i + " " + input.id())))));

    ValidationReport report = validator.validate(SAMPLE);

    assertThat(report.issues()).isEmpty();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < SAMPLE.inputs().size(); i++) {
      String id = SAMPLE.inputs().get(i).id().value();
      expected.add("a " + i + " " + id);
      expected.add("b " + i + " " + id);
    }
    assertThat(calls).hasSizeGreaterThan(2).isEqualTo(expected);
  }

  @Test
  void run_typesInTheOrderOfRecordType_whateverTheOrderOfRegistration() {
    List<RecordType> seen = new ArrayList<>();
    DatasetValidator validator = new DatasetValidator(List.of(rule("late first", (d, pass) -> {
      pass.each(d.decisions(), RecordType.DECISION, (x, at) -> seen.add(RecordType.DECISION));
      pass.each(d.areas(), RecordType.AREA, (x, at) -> seen.add(RecordType.AREA));
    })));

    validator.validate(SAMPLE);

    assertThat(seen).startsWith(RecordType.AREA).endsWith(RecordType.DECISION)
        .containsOnly(RecordType.AREA, RecordType.DECISION)
        .hasSize(SAMPLE.areas().size() + SAMPLE.decisions().size());
  }

  @Test
  void run_checkThrowsOnTheSecondRecord_keepsItsIssuesReportsOnceAndOtherRulesRun() {
    List<Integer> failingRuns = new ArrayList<>();
    List<Integer> otherRuns = new ArrayList<>();
    DatasetValidator validator = new DatasetValidator(List.of(
        rule("fragile", (d, pass) -> {
          pass.each(d.inputs(), RecordType.INPUT, (input, at) -> {
            failingRuns.add(at.index());
            if (at.index() == 1) {
              throw new IllegalStateException("a bug");
            }
          });
          // a second check of the same rule, on a later type: it must not run either
          pass.each(d.decisions(), RecordType.DECISION, (x, at) -> failingRuns.add(-1));
        }),
        rule("sound", (d, pass) -> pass.each(d.inputs(), RecordType.INPUT,
            (input, at) -> otherRuns.add(at.index())))));

    ValidationReport report = validator.validate(SAMPLE);

    assertThat(failingRuns).containsExactly(0, 1);
    assertThat(otherRuns).hasSize(SAMPLE.inputs().size());
    ValidationIssue failure = Reports.single(report, ValidationCode.VALIDATOR_FAILURE);
    assertThat(failure.message()).isEqualTo(
        "rule 'fragile' failed with java.lang.IllegalStateException; the other rules ran");
  }

  @Test
  void validate_ruleThrowsWhileRegistering_itsChecksDoNotRunAndItIsReported() {
    List<Integer> runs = new ArrayList<>();
    DatasetValidator validator = new DatasetValidator(List.of(rule("half made", (d, pass) -> {
      pass.each(d.inputs(), RecordType.INPUT, (input, at) -> runs.add(at.index()));
      throw new StackOverflowError();
    })));

    ValidationReport report = validator.validate(SAMPLE);

    assertThat(runs).isEmpty();
    assertThat(Reports.single(report, ValidationCode.VALIDATOR_FAILURE).message())
        .isEqualTo("rule 'half made' failed with java.lang.StackOverflowError; the other rules ran");
  }

  @Test
  void each_listThatIsNotTheDatasetsOwn_throwsIllegalArgumentException() {
    RecordPass pass = new RecordPass(SAMPLE, new Issues());
    pass.begin(rule("any", (d, p) -> { }));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> pass.each(new ArrayList<>(SAMPLE.inputs()), RecordType.INPUT, (x, at) -> { }));

    assertThat(e).hasMessage("not the dataset's list of inputs");
  }
}
