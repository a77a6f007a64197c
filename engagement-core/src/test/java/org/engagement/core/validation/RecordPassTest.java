package org.engagement.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.testkit.SampleDataset;
import org.junit.jupiter.api.Test;

/** The one pass in which every rule checks each record: {@link RecordPass}. */
class RecordPassTest {

  private static final EngagementDataset SAMPLE = SampleDataset.lambeth();

  /** What a rule does when the validator asks it to check a dataset. */
  private interface Registration {
    void register(EngagementDataset dataset, Issues out, RecordPass pass);
  }

  /** A rule made of a registration step, for these tests. */
  private static DatasetRule rule(String name, Registration register) {
    return new DatasetRule() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void check(EngagementDataset dataset, Issues out, RecordPass pass) {
        register.register(dataset, out, pass);
      }
    };
  }

  @Test
  void run_twoRulesOnOneType_visitEachRecordOnceInTurnWithItsPlace() {
    List<String> calls = new ArrayList<>();
    DatasetValidator validator = new DatasetValidator(List.of(
        rule("a", (d, out, pass) -> pass.each(d.inputs(), RecordType.INPUT,
            (input, at) -> calls.add("a " + at.index() + " " + at.id()))),
        rule("b", (d, out, pass) -> pass.indexed(d.inputs(), RecordType.INPUT,
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
    DatasetValidator validator = new DatasetValidator(List.of(rule("late first", (d, out, pass) -> {
      pass.each(d.decisions(), RecordType.DECISION, (x, at) -> seen.add(RecordType.DECISION));
      pass.each(d.areas(), RecordType.AREA, (x, at) -> seen.add(RecordType.AREA));
    })));

    validator.validate(SAMPLE);

    List<RecordType> expected = new ArrayList<>();
    SAMPLE.areas().forEach(a -> expected.add(RecordType.AREA));
    SAMPLE.decisions().forEach(x -> expected.add(RecordType.DECISION));
    assertThat(SAMPLE.areas()).isNotEmpty();
    assertThat(SAMPLE.decisions()).isNotEmpty();
    assertThat(seen).isEqualTo(expected);
  }

  @Test
  void run_checkThrowsOnTheSecondRecord_keepsItsIssuesReportsOnceAndOtherRulesRun() {
    List<Integer> failingRuns = new ArrayList<>();
    List<Integer> otherRuns = new ArrayList<>();
    DatasetValidator validator = new DatasetValidator(List.of(
        rule("fragile", (d, out, pass) -> {
          pass.each(d.inputs(), RecordType.INPUT, (input, at) -> {
            failingRuns.add(at.index());
            if (at.index() == 1) {
              throw new IllegalStateException("a bug");
            }
            out.add(ValidationCode.BLANK_TEXT, at.path("text"), "found before");
          });
          // a second check of the same rule, on a later type: it must not run either
          pass.each(d.decisions(), RecordType.DECISION, (x, at) -> failingRuns.add(-1));
        }),
        rule("sound", (d, out, pass) -> pass.each(d.inputs(), RecordType.INPUT,
            (input, at) -> otherRuns.add(at.index())))));

    ValidationReport report = validator.validate(SAMPLE);

    assertThat(failingRuns).containsExactly(0, 1);
    assertThat(otherRuns).hasSize(SAMPLE.inputs().size());
    ValidationIssue kept = Reports.single(report, ValidationCode.BLANK_TEXT);
    assertThat(kept.path().index()).hasValue(0);
    ValidationIssue failure = Reports.single(report, ValidationCode.VALIDATOR_FAILURE);
    assertThat(failure.message()).isEqualTo(
        "rule 'fragile' failed with java.lang.IllegalStateException; the other rules ran");
  }

  @Test
  void validate_ruleThrowsWhileRegistering_checksRegisteredBeforeRunAndItIsReportedOnce() {
    List<Integer> runs = new ArrayList<>();
    DatasetValidator validator = new DatasetValidator(List.of(rule("half made", (d, out, pass) -> {
      pass.each(d.inputs(), RecordType.INPUT, (input, at) -> {
        runs.add(at.index());
        throw new IllegalStateException("and a second bug");
      });
      throw new StackOverflowError();
    })));

    ValidationReport report = validator.validate(SAMPLE);

    // registered before the throw, as it ran before the throw when each rule walked the data
    assertThat(runs).containsExactly(0);
    assertThat(Reports.single(report, ValidationCode.VALIDATOR_FAILURE).message())
        .isEqualTo("rule 'half made' failed with java.lang.StackOverflowError;"
            + " the other rules ran");
  }

  @Test
  void each_listThatIsNotTheDatasetsOwn_throwsIllegalArgumentException() {
    RecordPass pass = new RecordPass(SAMPLE, new Issues());
    pass.begin(rule("any", (d, out, p) -> { }));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> pass.each(new ArrayList<>(SAMPLE.inputs()), RecordType.INPUT, (x, at) -> { }));

    assertThat(e).hasMessage("not the dataset's list of inputs");
  }
}
