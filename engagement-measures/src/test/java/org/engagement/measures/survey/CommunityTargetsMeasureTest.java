package org.engagement.measures.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.FY2012;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W3;
import static org.engagement.measures.testing.Records.d;

import java.math.BigDecimal;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InputId;
import org.engagement.core.LocalPerformanceTarget;
import org.engagement.core.TargetId;
import org.engagement.measures.Gap;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.testing.Records;
import org.junit.jupiter.api.Test;

class CommunityTargetsMeasureTest {

  private static LocalPerformanceTarget target(String id, org.engagement.core.AreaId area, String set, String... inputs) {
    LocalPerformanceTarget.Builder b = LocalPerformanceTarget.builder()
        .id(TargetId.of(id)).area(area).setDate(d(set)).period(FY2012).metric("burglary").value(BigDecimal.TEN);
    for (String input : inputs) {
      b.addInformedBy(InputId.of(input));
    }
    return b.build();
  }

  /**
   * Borough B, FY2012: T1 (W1) cites I1 and I2; T2 (B) cites nothing; T3 (W1) cites I3; T4 (W3,
   * borough B2) and T5 (set 2012-03-31, before the period) are out of scope. A2 = 2 / 3, three
   * citations.
   */
  @Test
  void evaluate_sharesOfTargetsCitingAnInput() {
    EngagementDataset data = Records.dataset()
        .addTargets(
            target("T1", W1, "2012-04-01", "I1", "I2"),
            target("T2", B, "2012-05-01"),
            target("T3", W1, "2013-03-31", "I3"),
            target("T4", W3, "2012-05-01", "I4"),
            target("T5", W1, "2012-03-31", "I5"))
        .build();
    MeasureResult r = CommunityTargetsMeasure.standard().evaluate(data, SCOPE_B);
    assertThat(r.measure()).isEqualTo("A2");
    assertThat(r.numerator()).hasValue(2);
    assertThat(r.denominator()).hasValue(3);
    assertThat(r.score().getAsDouble()).isEqualTo(2.0 / 3);
    assertThat(r.indicator("inputsCited").orElseThrow().value()).hasValue(3);
    assertThat(r.evidence()).containsExactly("T1", "T3");
    assertThat(r.gaps()).containsExactly(Gap.of("T2", "INFORMED_BY"));
  }

  @Test
  void evaluate_withoutTargets_isNotAssessable() {
    MeasureResult r = CommunityTargetsMeasure.standard().evaluate(Records.dataset().build(), SCOPE_B);
    assertThat(r.reason()).hasValue("no local performance target in scope");
  }
}
