package org.engagement.measures.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.core.InitiativeKind.INITIATIVE;
import static org.engagement.core.InitiativeKind.OPERATION;
import static org.engagement.core.InvolvementLevel.CONSULT;
import static org.engagement.core.InvolvementLevel.INFORM;
import static org.engagement.core.InvolvementLevel.INVOLVE;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.B2;
import static org.engagement.measures.testing.Records.F;
import static org.engagement.measures.testing.Records.FY2012;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;
import static org.engagement.measures.testing.Records.activity;
import static org.engagement.measures.testing.Records.d;
import static org.engagement.measures.testing.Records.initiative;

import java.util.Set;
import org.engagement.core.ActivityId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InitiativeId;
import org.engagement.core.Scope;
import org.engagement.measures.Gap;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.MeasureStatus;
import org.engagement.measures.testing.Records;
import org.junit.jupiter.api.Test;

class MainstreamingMeasureTest {

  private final MainstreamingMeasure m4 = MainstreamingMeasure.standard();

  /**
   * Borough B, FY2012/13 (2012-04-01 to 2013-03-31), as of 2013-03-31.
   *
   * <pre>
   * id  kind        unit      area active                 linked activities             counts
   * N1  INITIATIVE  SN Team   W1   2012-01-01 → ongoing   ACT1 05-01 CONSULT (its side)   yes, CONSULT
   * N2  OPERATION   Response  B    2012-06-01 → 08-31     ACT2 07-01 INFORM (activity's
   *                                                       side), ACT3 07-15 INVOLVE       yes, INVOLVE
   * N3  OPERATION   Response  W2   2012-09-01 → 09-30     ACT4 10-05: after its end       no
   * N4  INITIATIVE  SN Team   W2   2011-01-01 → 2012-03-31: does not overlap the period    —
   * N5  INITIATIVE  Youth     W1   2013-03-01 → ongoing   ACT5 2013-04-10: after as-of    no
   * N6  INITIATIVE  SN Team   W3   (borough B2)                                            —
   * N7  OPERATION   Response  F    (the force: an ancestor, not counted)                   —
   * </pre>
   *
   * Population 4 (N1, N2, N3, N5), with engagement 2: score 0.5. By kind: INITIATIVE 2 with 1,
   * OPERATION 2 with 1. By unit: Response 2/1, SN Team 1/1, Youth 1/0. Highest level: CONSULT 1
   * (N1), INVOLVE 1 (N2).
   */
  static EngagementDataset initiatives() {
    return Records.dataset()
        .addActivities(
            activity("ACT1", W1, "2012-05-01", CONSULT).build(),
            activity("ACT2", B, "2012-07-01", INFORM).addInitiatives(InitiativeId.of("N2")).build(),
            activity("ACT3", W2, "2012-07-15", INVOLVE).build(),
            activity("ACT4", W2, "2012-10-05", CONSULT).build(),
            activity("ACT5", W1, "2013-04-10", CONSULT).build())
        .addInitiatives(
            initiative("N1", INITIATIVE, "SN Team", W1, "2012-01-01", null)
                .addActivities(ActivityId.of("ACT1")).build(),
            initiative("N2", OPERATION, "Response", B, "2012-06-01", "2012-08-31")
                .addActivities(ActivityId.of("ACT3")).build(),
            initiative("N3", OPERATION, "Response", W2, "2012-09-01", "2012-09-30")
                .addActivities(ActivityId.of("ACT4")).build(),
            initiative("N4", INITIATIVE, "SN Team", W2, "2011-01-01", "2012-03-31")
                .addActivities(ActivityId.of("ACT1")).build(),
            initiative("N5", INITIATIVE, "Youth", W1, "2013-03-01", null)
                .addActivities(ActivityId.of("ACT5")).build(),
            initiative("N6", INITIATIVE, "SN Team", Records.W3, "2012-01-01", null).build(),
            initiative("N7", OPERATION, "Response", F, "2012-01-01", null)
                .addActivities(ActivityId.of("ACT1")).build())
        .build();
  }

  @Test
  void evaluate_handWorked() {
    MeasureResult r = m4.evaluate(initiatives(), SCOPE_B);
    assertThat(r.score().getAsDouble()).isEqualTo(0.5);
    assertThat(r.numerator()).hasValue(2);
    assertThat(r.denominator()).hasValue(4);
    assertThat(r.indicators())
        .extracting(Object::toString)
        .containsExactly(
            "kindTotal[INITIATIVE]=2",
            "kindWithEngagement[INITIATIVE]=1",
            "kindTotal[OPERATION]=2",
            "kindWithEngagement[OPERATION]=1",
            "unitTotal[Response]=2",
            "unitWithEngagement[Response]=1",
            "unitTotal[SN Team]=1",
            "unitWithEngagement[SN Team]=1",
            "unitTotal[Youth]=1",
            "unitWithEngagement[Youth]=0",
            "highestLevel[INFORM]=0",
            "highestLevel[CONSULT]=1",
            "highestLevel[INVOLVE]=1",
            "highestLevel[COLLABORATE]=0",
            "highestLevel[EMPOWER]=0");
    assertThat(r.evidence()).containsExactly("ACT1", "ACT2", "ACT3", "N1", "N2");
    assertThat(r.gaps())
        .containsExactly(Gap.of("N3", "LINKED_ACTIVITY"), Gap.of("N5", "LINKED_ACTIVITY"));
  }

  @Test
  void evaluate_laterAsOf_countsTheLaterActivity() {
    // As of 2013-06-30, ACT5 (2013-04-10) lies within N5's ongoing active period: 3/4.
    Scope scope = Scope.builder().area(B).period(FY2012).asOf(d("2013-06-30")).build();
    assertThat(m4.evaluate(initiatives(), scope).numerator()).hasValue(3);
  }

  @Test
  void evaluate_noInitiatives_notAssessable() {
    MeasureResult r = m4.evaluate(initiatives(), Scope.of(B2, org.engagement.core.Period.ofDay(d("2010-01-01"))));
    assertThat(r.status()).isEqualTo(MeasureStatus.NOT_ASSESSABLE);
    assertThat(r.reason()).contains("no initiative or operation in scope");
  }

  @Test
  void partials_mergeExactly() {
    EngagementDataset data = initiatives();
    MainstreamingPartial merged =
        m4.partial(data, SCOPE_B, Set.of(B))
            .merge(m4.partial(data, SCOPE_B, data.subtree(W2)))
            .merge(m4.partial(data, SCOPE_B, data.subtree(W1)));
    assertThat(m4.result(data, SCOPE_B, merged)).isEqualTo(m4.evaluate(data, SCOPE_B));
  }
}
