package org.engagement.measures.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.core.ConsiderationOutcome.ACCEPTED;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;
import static org.engagement.measures.testing.Records.W3;
import static org.engagement.measures.testing.Records.considered;
import static org.engagement.measures.testing.Records.decision;
import static org.engagement.measures.testing.Records.notConsidered;

import java.util.List;
import java.util.Set;
import org.engagement.core.EngagementDataset;
import org.engagement.measures.Gap;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.MeasureStatus;
import org.engagement.measures.Rating;
import org.engagement.measures.testing.Records;
import org.junit.jupiter.api.Test;

class DecisionsInformedMeasureTest {

  private final DecisionsInformedMeasure a1 = DecisionsInformedMeasure.standard();

  /**
   * Borough B, FY2012: D1 (W1) considers I1; D2 (W2) lists I2 not considered; D3 (B) considers I3
   * and not I4; D4 (W1) has no consideration; D5 (W3, borough B2) and D6 (2013-04-01, after the
   * period) are out of scope. A1 = 2 / 4, with two considerations marked considered.
   */
  private static EngagementDataset data() {
    return Records.dataset()
        .addDecisions(
            decision("D1", W1, "2012-05-01", List.of(considered("I1", ACCEPTED, "fits the plan"))),
            decision("D2", W2, "2012-06-01", List.of(notConsidered("I2"))),
            decision("D3", B, "2012-07-01", List.of(considered("I3", ACCEPTED, null), notConsidered("I4"))),
            decision("D4", W1, "2012-08-01", List.of()),
            decision("D5", W3, "2012-08-01", List.of(considered("I5", ACCEPTED, "x"))),
            decision("D6", W1, "2013-04-01", List.of(considered("I6", ACCEPTED, "x"))))
        .build();
  }

  @Test
  void evaluate_sharesOfDecisionsWithAConsideredInput() {
    MeasureResult r = a1.evaluate(data(), SCOPE_B);
    assertThat(r.measure()).isEqualTo("A1");
    assertThat(r.status()).isEqualTo(MeasureStatus.SCORED);
    assertThat(r.numerator()).hasValue(2);
    assertThat(r.denominator()).hasValue(4);
    assertThat(r.score()).hasValue(0.5);
    // Four decisions, below the minimum base of 10.
    assertThat(r.rating()).isEqualTo(Rating.INSUFFICIENT_DATA);
    assertThat(r.indicator("considerationsConsidered").orElseThrow().value()).hasValue(2);
    assertThat(r.evidence()).containsExactly("D1", "D3");
    assertThat(r.gaps()).containsExactly(Gap.of("D2", "CONSIDERED"), Gap.of("D4", "CONSIDERED"));
  }

  @Test
  void evaluate_mergeOfParts_equalsTheWhole() {
    assertThat(a1.evaluate(data(), SCOPE_B, List.of(Set.of(B), Set.of(W1), Set.of(W2))))
        .isEqualTo(a1.evaluate(data(), SCOPE_B));
  }

  @Test
  void evaluate_withoutDecisions_isNotAssessable() {
    MeasureResult r = a1.evaluate(Records.dataset().build(), SCOPE_B);
    assertThat(r.status()).isEqualTo(MeasureStatus.NOT_ASSESSABLE);
    assertThat(r.reason()).hasValue("no decision record in scope");
  }
}
