package org.engagement.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.testkit.SampleDataset.ASB_INPUT;
import static org.engagement.testkit.SampleDataset.CONSULTATION;
import static org.engagement.testkit.SampleDataset.DECISION;
import static org.engagement.testkit.SampleDataset.DRUGS_INPUT;
import static org.engagement.core.validation.Reports.assertClean;
import static org.engagement.core.validation.Reports.single;
import static org.engagement.core.validation.Reports.validate;

import java.time.LocalDate;
import java.util.List;
import org.engagement.core.AnalysisRecord;
import org.engagement.core.CommunityInput;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Feedback;
import org.engagement.core.LocalPerformanceTarget;
import org.engagement.core.RecordType;
import org.engagement.core.ResourceAllocation;
import org.engagement.testkit.SampleDataset;
import org.junit.jupiter.api.Test;

/**
 * Cross-record traps are warnings naming both records: {@link TrapRule}. The sample's decision
 * DEC-0001 of 2012-11-12 accepts IN-0001 (raised 2012-10-04) and defers IN-0002 (2012-09-15);
 * allocation ALLOC-0001 of 2012-11-20 implements it, responding to IN-0001.
 */
class TrapRuleTest {

  private static final EngagementDataset SAMPLE = SampleDataset.lambeth();

  private static ResourceAllocation allocation() {
    return SAMPLE.allocations().get(0);
  }

  private static EngagementDataset withAllocation(ResourceAllocation a) {
    return EngagementDataset.builder().from(SAMPLE).allocations(List.of(a)).build();
  }

  @Test
  void sample_noWarning() {
    assertClean(validate(SAMPLE));
  }

  @Test
  void allocationForRejectedInput_warnsWithAllocationInputAndDecision() {
    DecisionRecord dec = SAMPLE.decision(DECISION).orElseThrow();
    DecisionRecord rejecting = DecisionRecord.builder().from(dec).considerations(List.of(
        Consideration.builder().from(dec.considerations().get(0))
            .outcome(ConsiderationOutcome.REJECTED).build(),
        dec.considerations().get(1))).build();
    EngagementDataset data = EngagementDataset.builder().from(SAMPLE)
        .decisions(List.of(rejecting)).build();

    ValidationReport report = validate(data);
    ValidationIssue issue = single(report, ValidationCode.ALLOCATION_FOR_REJECTED_INPUT);

    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
    assertThat(report.isValid()).isTrue();
    assertThat(issue.path())
        .isEqualTo(IssuePath.of(RecordType.ALLOCATION, 0, "ALLOC-0001", "respondsTo", "0"));
    assertThat(issue.message()).isEqualTo("allocation ALLOC-0001 responds to input IN-0001,"
        + " which decision DEC-0001 that it implements rejected");
  }

  @Test
  void allocationBeforeDecision_warnsWithBoth_butNotOnTheSameDay() {
    ValidationIssue issue = single(validate(withAllocation(ResourceAllocation.builder()
        .from(allocation()).date(LocalDate.of(2012, 11, 11)).build())),
        ValidationCode.ALLOCATION_BEFORE_DECISION);

    assertThat(issue.path())
        .isEqualTo(IssuePath.of(RecordType.ALLOCATION, 0, "ALLOC-0001", "decision"));
    assertThat(issue.message()).isEqualTo("allocation ALLOC-0001 of 2012-11-11 is dated before"
        + " decision DEC-0001 of 2012-11-12 that it implements");
    assertClean(validate(withAllocation(ResourceAllocation.builder().from(allocation())
        .date(LocalDate.of(2012, 11, 12)).build())));
  }

  @Test
  void allocationBeforeInput_warnsWithBoth() {
    ResourceAllocation early = ResourceAllocation.builder().from(allocation())
        .decision(java.util.Optional.empty()).date(LocalDate.of(2012, 10, 3)).build();

    ValidationIssue issue =
        single(validate(withAllocation(early)), ValidationCode.ALLOCATION_BEFORE_INPUT);

    assertThat(issue.message()).isEqualTo("allocation ALLOC-0001 of 2012-10-03 is dated before"
        + " input IN-0001 it responds to was raised on 2012-10-04");
  }

  @Test
  void targetBeforeInput_warnsWithBoth() {
    LocalPerformanceTarget target = LocalPerformanceTarget.builder()
        .from(SAMPLE.targets().get(0)).setDate(LocalDate.of(2012, 9, 14)).build();
    EngagementDataset data =
        EngagementDataset.builder().from(SAMPLE).targets(List.of(target)).build();

    ValidationIssue issue = single(validate(data), ValidationCode.TARGET_BEFORE_INPUT);

    assertThat(issue.path())
        .isEqualTo(IssuePath.of(RecordType.TARGET, 0, "TGT-0001", "informedBy", "0"));
    assertThat(issue.message()).isEqualTo("target TGT-0001 set on 2012-09-14 is before input "
        + DRUGS_INPUT + " that informed it was raised on 2012-09-15");
  }

  @Test
  void feedbackBeforeInput_warnsWithBoth() {
    Feedback early = Feedback.builder().from(SAMPLE.feedback().get(0))
        .answers(List.of(CONSULTATION)).published(LocalDate.of(2012, 10, 1)).build();
    EngagementDataset data =
        EngagementDataset.builder().from(SAMPLE).feedback(List.of(early)).build();

    ValidationIssue issue = single(validate(data), ValidationCode.FEEDBACK_BEFORE_INPUT);

    assertThat(issue.path())
        .isEqualTo(IssuePath.of(RecordType.FEEDBACK, 0, "FB-0001", "responses", "0", "input"));
    assertThat(issue.message()).isEqualTo("feedback FB-0001 published 2012-10-01 is before input "
        + ASB_INPUT + " it responds to was raised on 2012-10-04");
  }

  @Test
  void inputBeforeActivity_warnsWithBoth() {
    CommunityInput early = CommunityInput.builder().from(SAMPLE.inputs().get(1))
        .date(LocalDate.of(2012, 8, 31)).build();
    EngagementDataset data = EngagementDataset.builder().from(SAMPLE)
        .inputs(List.of(SAMPLE.inputs().get(0), early)).build();

    ValidationIssue issue = single(validate(data), ValidationCode.INPUT_BEFORE_ACTIVITY);

    assertThat(issue.path())
        .isEqualTo(IssuePath.of(RecordType.INPUT, 1, DRUGS_INPUT.value(), "activity"));
    assertThat(issue.message()).isEqualTo("input IN-0002 raised on 2012-08-31 is before activity"
        + " ACT-0002 where it was raised took place on 2012-09-01");
  }

  @Test
  void analysisBeforeActivity_warnsWithBoth() {
    AnalysisRecord early = AnalysisRecord.builder().from(SAMPLE.analyses().get(0))
        .date(LocalDate.of(2012, 8, 1)).build();
    EngagementDataset data =
        EngagementDataset.builder().from(SAMPLE).analyses(List.of(early)).build();

    ValidationIssue issue = single(validate(data), ValidationCode.ANALYSIS_BEFORE_ACTIVITY);

    assertThat(issue.message()).isEqualTo("analysis AN-0001 of 2012-08-01 is before activity"
        + " ACT-0002 it analyses took place on 2012-09-01");
  }
}
