package org.engagement.measures.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.core.ConsiderationOutcome.ACCEPTED;
import static org.engagement.core.ConsiderationOutcome.DEFERRED;
import static org.engagement.core.ConsiderationOutcome.PARTLY_ACCEPTED;
import static org.engagement.core.ConsiderationOutcome.REJECTED;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.B2;
import static org.engagement.measures.testing.Records.F;
import static org.engagement.measures.testing.Records.FY2012;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;
import static org.engagement.measures.testing.Records.W3;
import static org.engagement.measures.testing.Records.considered;
import static org.engagement.measures.testing.Records.d;
import static org.engagement.measures.testing.Records.decision;
import static org.engagement.measures.testing.Records.input;
import static org.engagement.measures.testing.Records.notConsidered;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.engagement.core.Consideration;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InputId;
import org.engagement.core.Scope;
import org.engagement.measures.Gap;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.MeasureStatus;
import org.engagement.measures.Rating;
import org.engagement.measures.RatingScale;
import org.engagement.measures.testing.Records;
import org.junit.jupiter.api.Test;

public class DueConsiderationMeasureTest {

  private final DueConsiderationMeasure m1 = DueConsiderationMeasure.standard();

  /**
   * Borough B, FY2012/13, as of 2013-03-31.
   *
   * <pre>
   * input  area date        decisions (date ≥ input, ≤ as-of)                furthest step
   * IN-01  W1   2012-05-01  DEC-1 (F, 05-11): considered ACCEPTED "patrols"    RECORDED (10 days)
   * IN-02  W2   2012-06-01  DEC-2 (B, 06-20): considered DEFERRED "budget"     CONSIDERED
   * IN-03  W1   2012-05-02  DEC-1: presented, no consideration                 PRESENTED
   * IN-04  W2   2012-07-01  none                                               —
   * IN-05  B    2012-05-03  DEC-1: considered=false; DEC-3 (2013-04-20, after
   *                         as-of) would record REJECTED: ignored              PRESENTED
   * IN-06  W1   2012-06-02  DEC-2: considered ACCEPTED, reason "  " (blank)    CONSIDERED
   * IN-07  W2   2012-08-01  DEC-0 (07-31, the day before): ignored             —
   * IN-10  W1   2012-11-01  DEC-A and DEC-B both 11-15 (PARTLY_ACCEPTED and
   *                         REJECTED), DEC-C 12-01 ACCEPTED; first recorded:
   *                         earliest date, then smallest id = DEC-A           RECORDED (14 days)
   * IN-08  W1   2013-04-05  out of the period: not in scope
   * IN-09  W3   2012-05-01  borough B2: not in scope
   * </pre>
   *
   * raised 8; presented 6 (01, 02, 03, 05, 06, 10); considered 4 (01, 02, 06, 10); recorded 2.
   * Score 2/8 = 0.25; base 8 < 10, so INSUFFICIENT_DATA. Outcome mix: ACCEPTED 1 (IN-01),
   * PARTLY_ACCEPTED 1 (IN-10), REJECTED 0. Median days of {10, 14} = 12.
   */
  public static EngagementDataset funnel() {
    return Records.dataset()
        .addInputs(
            input("IN-01", W1, "2012-05-01"),
            input("IN-02", W2, "2012-06-01"),
            input("IN-03", W1, "2012-05-02"),
            input("IN-04", W2, "2012-07-01"),
            input("IN-05", B, "2012-05-03"),
            input("IN-06", W1, "2012-06-02"),
            input("IN-07", W2, "2012-08-01"),
            input("IN-08", W1, "2013-04-05"),
            input("IN-09", W3, "2012-05-01"),
            input("IN-10", W1, "2012-11-01"))
        .addDecisions(
            decision("DEC-1", F, "2012-05-11",
                List.of(considered("IN-01", ACCEPTED, "patrols"), notConsidered("IN-05")), "IN-03"),
            decision("DEC-2", B, "2012-06-20",
                List.of(considered("IN-02", DEFERRED, "budget"), considered("IN-06", ACCEPTED, "  "))),
            decision("DEC-3", B, "2013-04-20", List.of(considered("IN-05", REJECTED, "no"))),
            decision("DEC-0", B, "2012-07-31", List.of(considered("IN-07", ACCEPTED, "early"))),
            decision("DEC-C", B, "2012-12-01", List.of(considered("IN-10", ACCEPTED, "later"))),
            decision("DEC-B", B, "2012-11-15", List.of(considered("IN-10", REJECTED, "same day"))),
            decision("DEC-A", B2, "2012-11-15", List.of(considered("IN-10", PARTLY_ACCEPTED, "part"))))
        .build();
  }

  @Test
  void evaluate_funnel_handWorked() {
    MeasureResult r = m1.evaluate(funnel(), SCOPE_B);
    assertThat(r.status()).isEqualTo(MeasureStatus.SCORED);
    assertThat(r.score().getAsDouble()).isEqualTo(0.25);
    assertThat(r.numerator()).hasValue(2);
    assertThat(r.denominator()).hasValue(8);
    assertThat(r.base()).isEqualTo(8);
    assertThat(r.rating()).isEqualTo(Rating.INSUFFICIENT_DATA);
    assertThat(r.indicators())
        .extracting(Object::toString)
        .containsExactly(
            "raised=8",
            "presented=6",
            "considered=4",
            "recorded=2",
            "recorded.ACCEPTED=1",
            "recorded.PARTLY_ACCEPTED=1",
            "recorded.REJECTED=0",
            "medianDaysToDecision=12.0");
    assertThat(r.evidence()).containsExactly("DEC-1", "DEC-A", "IN-01", "IN-10");
    assertThat(r.gaps())
        .containsExactly(
            Gap.of("IN-02", "RECORDED"),
            Gap.of("IN-03", "CONSIDERED"),
            Gap.of("IN-04", "PRESENTED"),
            Gap.of("IN-05", "CONSIDERED"),
            Gap.of("IN-06", "RECORDED"),
            Gap.of("IN-07", "PRESENTED"));
  }

  @Test
  void evaluate_laterAsOf_countsTheDecisionAfterThePeriod() {
    // As of 2013-06-30, DEC-3 (2013-04-20) records IN-05 as REJECTED: 3/8, REJECTED 1,
    // days 2012-05-03 → 2013-04-20 = 352; median of {10, 14, 352} = 14.
    Scope scope = Scope.builder().area(B).period(FY2012).asOf(d("2013-06-30")).build();
    MeasureResult r = m1.evaluate(funnel(), scope);
    assertThat(r.score().getAsDouble()).isEqualTo(3.0 / 8);
    assertThat(r.indicator("recorded.REJECTED").orElseThrow().value()).hasValue(1.0);
    assertThat(r.indicator("medianDaysToDecision").orElseThrow().value()).hasValue(14.0);
    assertThat(r.evidence()).contains("DEC-3", "IN-05");
  }

  @Test
  void evaluate_ward_readsOnlyItsInputs_butDecisionsAnywhere() {
    // Ward W1: IN-01 (RECORDED via DEC-1 of the force), IN-03, IN-06, IN-10 (RECORDED via DEC-A
    // of borough B2): 2/4.
    MeasureResult r = m1.evaluate(funnel(), Scope.of(W1, FY2012));
    assertThat(r.numerator()).hasValue(2);
    assertThat(r.denominator()).hasValue(4);
  }

  /**
   * A consideration counts as far as it goes, whatever else it carries: not considered, it stops
   * at presented even with a decided outcome and a reason; considered without an outcome, or with
   * a decided outcome but no reason, it stops at considered.
   */
  @Test
  void evaluate_considerationsThatFallShort_stopWhereTheyStop() {
    EngagementDataset data = Records.dataset()
        .addInputs(
            input("IN-21", W1, "2012-05-01"),
            input("IN-22", W1, "2012-05-01"),
            input("IN-23", W1, "2012-05-01"),
            input("IN-24", W1, "2012-05-01"))
        .addDecisions(decision("DEC-9", B, "2012-06-01", List.of(
            Consideration.builder().input(InputId.of("IN-21")).considered(false)
                .outcome(ACCEPTED).reason("full").build(),
            Consideration.builder().input(InputId.of("IN-22")).considered(true)
                .reason("noted").build(),
            considered("IN-23", ACCEPTED, null),
            considered("IN-24", REJECTED, "not a police matter"))))
        .build();

    MeasureResult r = m1.evaluate(data, Scope.of(W1, FY2012));

    assertThat(r.indicators()).extracting(Object::toString)
        .startsWith("raised=4", "presented=4", "considered=3", "recorded=1",
            "recorded.ACCEPTED=0", "recorded.PARTLY_ACCEPTED=0", "recorded.REJECTED=1");
    assertThat(r.evidence()).containsExactly("DEC-9", "IN-24");
    assertThat(r.gaps()).containsExactly(
        Gap.of("IN-21", "CONSIDERED"),
        Gap.of("IN-22", "RECORDED"),
        Gap.of("IN-23", "RECORDED"));
  }

  @Test
  void evaluate_emptyScope_notAssessable() {
    MeasureResult r = m1.evaluate(Records.dataset().build(), SCOPE_B);
    assertThat(r.status()).isEqualTo(MeasureStatus.NOT_ASSESSABLE);
    assertThat(r.reason()).contains("no community input in scope");
    assertThat(r.score()).isEmpty();
    assertThat(r.rating()).isEqualTo(Rating.NOT_RATED);
    assertThat(r.denominator()).hasValue(0);
    assertThat(r.indicator("medianDaysToDecision").orElseThrow().isAssessable()).isFalse();
    assertThat(r.toString()).contains("NOT_ASSESSABLE: no community input in scope");
  }

  @Test
  void evaluate_tenInputsNineRecorded_isOutstanding() {
    // 9/10 = 0.9 ≥ 0.90 − 1e-12 with base 10 ≥ 10: OUTSTANDING; on a stricter scale GOOD.
    EngagementDataset.Builder b = Records.dataset();
    List<org.engagement.core.Consideration> cs = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String id = "IN-" + i;
      b.addInputs(input(id, W1, "2012-05-01"));
      if (i < 9) {
        cs.add(considered(id, ACCEPTED, "done"));
      }
    }
    b.addDecisions(decision("DEC-1", B, "2012-06-01", cs));
    EngagementDataset data = b.build();
    assertThat(m1.evaluate(data, SCOPE_B).rating()).isEqualTo(Rating.OUTSTANDING);
    RatingScale strict = RatingScale.builder().outstanding(0.95).build();
    assertThat(DueConsiderationMeasure.of(strict).evaluate(data, SCOPE_B).rating())
        .isEqualTo(Rating.GOOD);
  }

  @Test
  void evaluate_recordOrder_doesNotMatter() {
    EngagementDataset data = funnel();
    List<org.engagement.core.CommunityInput> inputs = new ArrayList<>(data.inputs());
    List<org.engagement.core.DecisionRecord> decisions = new ArrayList<>(data.decisions());
    Collections.shuffle(inputs, new Random(7));
    Collections.shuffle(decisions, new Random(11));
    EngagementDataset shuffled =
        Records.dataset().addAllInputs(inputs).addAllDecisions(decisions).build();
    assertThat(m1.evaluate(shuffled, SCOPE_B)).isEqualTo(m1.evaluate(data, SCOPE_B));
  }

  @Test
  void partials_ofTheWardsAndTheBorough_mergeToTheBoroughResult() {
    EngagementDataset data = funnel();
    DueConsiderationPartial merged =
        m1.partial(data, SCOPE_B, data.subtree(W1))
            .merge(m1.partial(data, SCOPE_B, data.subtree(W2)))
            .merge(m1.partial(data, SCOPE_B, java.util.Set.of(B)));
    assertThat(m1.result(data, SCOPE_B, merged)).isEqualTo(m1.evaluate(data, SCOPE_B));
    assertThat(merged.toString())
        .isEqualTo("DueConsiderationPartial{raised=8, presented=6, considered=4, recorded=2}");
  }

  @Test
  void toString_isReadable() {
    String text = m1.evaluate(funnel(), SCOPE_B).toString();
    assertThat(text)
        .startsWith("M1 Due consideration — B 2012-04-01/2013-03-31 as of 2013-03-31\n"
            + "  score 0.2500 (2/8) INSUFFICIENT_DATA, base 8\n"
            + "  indicators: raised=8, presented=6,")
        .contains("evidence (4): DEC-1, DEC-A, IN-01, IN-10")
        .contains("gaps (6): IN-02 lacks RECORDED, IN-03 lacks CONSIDERED");
  }
}
