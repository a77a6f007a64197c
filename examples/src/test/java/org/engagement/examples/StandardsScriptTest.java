package org.engagement.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.engagement.core.Scope;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.standards.ComplianceMatrix;
import org.engagement.measures.standards.ConsultationFatigue;
import org.engagement.measures.standards.ConsultationStrands;
import org.engagement.measures.standards.FatiguePair;
import org.engagement.measures.standards.PanelHealthAssessment;
import org.engagement.measures.standards.QualityStandards2012;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/jshell/standards.jsh} non-interactively and checks that it prints the
 * compliance matrix of the sample borough, then its consultation strands and panel health.
 */
class StandardsScriptTest {

  private static ScriptRunner.Run run;

  @BeforeAll
  static void runScript() throws Exception {
    run = ScriptRunner.run("standards.jsh");
  }

  @Test
  void standards_printsTheComplianceMatrixOfTheSampleBorough() {
    ComplianceMatrix matrix =
        ComplianceMatrix.of(
            QualityStandards2012.catalogue(),
            SampleData.lambeth(),
            Scope.of(SampleData.LAMBETH, SampleData.YEAR));
    assertThat(run.output())
        .contains(matrix.toString())
        .contains(matrix.toMarkdown().strip())
        .contains("CE-3 four open public meetings");
  }

  @Test
  void standards_printsTheStrandsAndThePooledPanelHealth() {
    var data = SampleData.lambeth();
    var scope = Scope.of(SampleData.LAMBETH, SampleData.YEAR);
    for (MeasureResult strand : ConsultationStrands.standard().evaluate(data, scope)) {
      assertThat(run.output())
          .contains(strand.measure() + " " + strand.title() + ": " + strand.headline());
    }
    assertThat(run.output())
        .contains(PanelHealthAssessment.standard().perBorough(data, scope).get(0).toString())
        .contains("Consultation fatigue: consultations by different units on one issue");
    for (FatiguePair pair : ConsultationFatigue.pairs(data, scope)) {
      assertThat(run.output()).contains("  " + pair);
    }
  }

  @Test
  void standards_printsThePromisesWhoseStatusChangedSinceThePreviousYear() {
    assertThat(run.output())
        .contains("YE-1 Youth Engagement Coordinator on every borough: NOT_MET in 2011/12,"
            + " MET in 2012/13")
        .contains("CT-2 quarterly tension assessments to boroughs: NOT_MET in 2011/12,"
            + " MET in 2012/13")
        .contains("IA-1 effective IAG on every borough, regular formal meetings with an SLT"
            + " member: MET in 2011/12, NOT_MET in 2012/13")
        .doesNotContain("CE-1 three-tier borough engagement: ");
  }

  @Test
  void standards_runsWithoutErrorsAndExits() {
    assertThat(run.output()).doesNotContain("Error:").doesNotContain("Exception");
    assertThat(run.status()).as(run.output()).isZero();
  }
}
