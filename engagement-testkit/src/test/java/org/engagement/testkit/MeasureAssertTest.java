package org.engagement.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.engagement.testkit.EngagementAssertions.assertThat;

import java.util.List;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.measures.Evaluation;
import org.engagement.measures.Gap;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.MeasureStatus;
import org.engagement.measures.Rating;
import org.engagement.measures.Scorecard;
import org.engagement.measures.outcome.DueConsiderationMeasure;
import org.engagement.measures.standards.QualityStandards2012;
import org.engagement.measures.standards.RuleResult;
import org.engagement.measures.standards.RuleStatus;
import org.junit.jupiter.api.Test;

class MeasureAssertTest {

  private static final Scope SCOPE = Scope.of(AreaId.of("B1"), Period.year(2025));

  private static MeasureResult scored() {
    return MeasureResult.builder().measure("M9").title("Test").scope(SCOPE)
        .status(MeasureStatus.SCORED).score(7.0 / 12).numerator(7).denominator(12).base(12)
        .rating(Rating.GOOD).addEvidence("IN-1").addGaps(Gap.of("IN-2", "PRESENTED"))
        .build();
  }

  private static MeasureResult notAssessable() {
    return MeasureResult.builder().measure("M9").title("Test").scope(SCOPE)
        .status(MeasureStatus.NOT_ASSESSABLE).reason("no community input in scope").base(0)
        .rating(Rating.NOT_RATED).build();
  }

  @Test
  void scoredResult_passes() {
    assertThat(scored()).isScored().hasScore(0.58, within(0.01)).isRated(Rating.GOOD)
        .hasNumerator(7).hasDenominator(12).hasEvidence("IN-1")
        .hasGap("IN-2").hasGap("IN-2", "PRESENTED");
    assertThat(notAssessable()).isNotAssessableBecause("no community input");
  }

  @Test
  void scoredResult_failuresGiveTheHeadline() {
    assertThatThrownBy(() -> assertThat(scored()).hasScore(0.5, within(1e-9)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected M9 to have score 0.5")
        .hasMessageContaining("0.5833 (7/12) GOOD");
    assertThatThrownBy(() -> assertThat(scored()).isRated(Rating.ADEQUATE))
        .isInstanceOf(AssertionError.class).hasMessageContaining("to be rated ADEQUATE");
    assertThatThrownBy(() -> assertThat(scored()).hasNumerator(8))
        .isInstanceOf(AssertionError.class).hasMessageContaining("numerator 8");
    assertThatThrownBy(() -> assertThat(scored()).hasDenominator(13))
        .isInstanceOf(AssertionError.class).hasMessageContaining("denominator 13");
    assertThatThrownBy(() -> assertThat(scored()).hasGap("IN-2", "CONSIDERED"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("[IN-2 lacks PRESENTED]");
    assertThatThrownBy(() -> assertThat(scored()).hasEvidence("IN-3"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("evidence is [IN-1]");
    assertThatThrownBy(() -> assertThat(scored()).isNotAssessableBecause("anything"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("to be NOT_ASSESSABLE");
  }

  @Test
  void notAssessable_failuresGiveTheReason() {
    assertThatThrownBy(() -> assertThat(notAssessable()).isScored())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("NOT_ASSESSABLE: no community input in scope");
    assertThatThrownBy(() -> assertThat(notAssessable()).hasScore(0, within(1.0)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("to have score 0.0");
  }

  @Test
  void scorecard_rowAndResult() {
    Scorecard card = Scorecard.evaluate(TestDatasets.minimal(), SCOPE, AreaLevel.WARD,
        List.of(DueConsiderationMeasure.standard()), Evaluation.SEQUENTIAL);
    assertThat(card).hasRowCount(1).row("W1").result("M1");
    assertThat(card).total().result("M1");
    assertThatThrownBy(() -> assertThat(card).row("W9"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("row for area W9 but the rows are B1 (total) and [W1]");
    assertThatThrownBy(() -> assertThat(card).row("W1").result("M7"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("result for M7 in the row of W1 but it has [M1]");
    assertThatThrownBy(() -> assertThat(card).hasRowCount(2))
        .isInstanceOf(AssertionError.class).hasMessageContaining("1: [W1]");
  }

  @Test
  void ruleResult() {
    RuleResult rule = RuleResult.notAssessable(
        QualityStandards2012.catalogue().rule("CE-4").orElseThrow(), SCOPE, "no panels");
    assertThat(rule).hasStatus(RuleStatus.NOT_ASSESSABLE).isNotAssessableBecause("no panels");
    assertThatThrownBy(() -> assertThat(rule).isMet())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected rule CE-4 to be MET but it is NOT_ASSESSABLE: no panels");
    assertThatThrownBy(() -> assertThat(rule).hasAttainment(1, within(0.0)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("attainment 1.0");
    assertThatThrownBy(() -> assertThat(rule).hasGap("X"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("gap X");
    assertThatThrownBy(() -> assertThat(rule).hasEvidence("X"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("evidence X");
  }
}
