package org.engagement.measures.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.engagement.core.ConsiderationOutcome.ACCEPTED;
import static org.engagement.core.ConsiderationOutcome.PARTLY_ACCEPTED;
import static org.engagement.core.ConsiderationOutcome.REJECTED;
import static org.engagement.core.ResourceType.FINANCIAL;
import static org.engagement.core.ResourceType.HUMAN;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.B2;
import static org.engagement.measures.testing.Records.F;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;
import static org.engagement.measures.testing.Records.allocation;
import static org.engagement.measures.testing.Records.considered;
import static org.engagement.measures.testing.Records.decision;
import static org.engagement.measures.testing.Records.input;

import java.util.List;
import java.util.Set;
import org.engagement.core.DecisionId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InputId;
import org.engagement.measures.Gap;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.MeasureStatus;
import org.engagement.measures.Rating;
import org.engagement.measures.testing.Records;
import org.junit.jupiter.api.Test;

class ManagementInfluenceMeasureTest {

  private final ManagementInfluenceMeasure m2 = ManagementInfluenceMeasure.standard();

  /**
   * Borough B, FY2012/13, as of 2013-03-31.
   *
   * <pre>
   * input  area date   category support  responding allocation
   * IN-1   W1   05-01  ASB      3        A1 cites it directly, 06-01              yes
   * IN-2   W2   06-01  BURGLARY 1        A2 (borough B2!) implements DEC-1, which
   *                                      considered IN-2 ACCEPTED without a reason  yes
   * IN-3   W1   07-01  ASB      2        A3 implements DEC-2, which REJECTED IN-3   no
   * IN-4   W2   09-01  DRUGS    1        A4 cites it but is dated 08-15, before it  no
   * IN-5   B    10-01  ASB      1        A5 cites it on 2013-05-01, after as-of;
   *                                      A7 (03-01) implements DEC-5, which ACCEPTED
   *                                      it but is dated 2013-04-10, after as-of    no
   * IN-6   W1   11-01  ASB      1        A6 (11-20) implements DEC-3, PARTLY_ACCEPTED yes
   * </pre>
   *
   * Score 3/6 = 0.5, base 6 < 10: INSUFFICIENT_DATA.
   *
   * <p>Allocations in scope (area in B's subtree, date in the period): A1 (100 h), A3 (50 h),
   * A4 (30 h), A6 (20 h), all HUMAN/officer hours; A2 is in B2, A5 after the period, A7 in B2.
   * Responding to some input: A1 and A6, so the responding share of hours is 120/200 = 0.6.
   *
   * <p>Spearman for HUMAN/officer hours over ASB, BURGLARY, DRUGS, YOUTH:
   * demand x = (7, 1, 1, 0), hours y = (150, 0, 30, 20).
   * Ranks x = (4, 2.5, 2.5, 1), ranks y = (4, 1, 3, 2), mean 2.5.
   * Σdx·dy = 1.5·1.5 + 0 + 0 + (−1.5)(−0.5) = 3; Σdx² = 4.5; Σdy² = 5.
   * rho = 3 / √22.5 = 0.6324555.
   */
  static EngagementDataset allocations() {
    return Records.dataset()
        .addInputs(
            input("IN-1", W1, "2012-05-01", "ASB", 3),
            input("IN-2", W2, "2012-06-01", "BURGLARY", 1),
            input("IN-3", W1, "2012-07-01", "ASB", 2),
            input("IN-4", W2, "2012-09-01", "DRUGS", 1),
            input("IN-5", B, "2012-10-01", "ASB", 1),
            input("IN-6", W1, "2012-11-01", "ASB", 1))
        .addDecisions(
            decision("DEC-1", F, "2012-06-10", List.of(considered("IN-2", ACCEPTED, null))),
            decision("DEC-2", B, "2012-07-05", List.of(considered("IN-3", REJECTED, "no"))),
            decision("DEC-3", B, "2012-11-05", List.of(considered("IN-6", PARTLY_ACCEPTED, null))),
            decision("DEC-5", B, "2013-04-10", List.of(considered("IN-5", ACCEPTED, "yes"))))
        .addAllocations(
            allocation("A1", W1, "2012-06-01", HUMAN, "100", "officer hours", "ASB")
                .addRespondsTo(InputId.of("IN-1")).build(),
            allocation("A2", B2, "2012-07-01", FINANCIAL, "5000", "GBP", "BURGLARY")
                .decision(DecisionId.of("DEC-1")).build(),
            allocation("A3", W1, "2012-08-01", HUMAN, "50", "officer hours", "ASB")
                .decision(DecisionId.of("DEC-2")).build(),
            allocation("A4", W2, "2012-08-15", HUMAN, "30", "officer hours", "DRUGS")
                .addRespondsTo(InputId.of("IN-4")).build(),
            allocation("A5", B, "2013-05-01", HUMAN, "10", "officer hours", "ASB")
                .addRespondsTo(InputId.of("IN-5")).build(),
            allocation("A6", W1, "2012-11-20", HUMAN, "20", "officer hours", "YOUTH")
                .decision(DecisionId.of("DEC-3")).build(),
            allocation("A7", B2, "2013-03-01", HUMAN, "40", "officer hours", "ASB")
                .decision(DecisionId.of("DEC-5")).build())
        .build();
  }

  @Test
  void evaluate_handWorked() {
    MeasureResult r = m2.evaluate(allocations(), SCOPE_B);
    assertThat(r.score().getAsDouble()).isEqualTo(0.5);
    assertThat(r.numerator()).hasValue(3);
    assertThat(r.denominator()).hasValue(6);
    assertThat(r.rating()).isEqualTo(Rating.INSUFFICIENT_DATA);
    assertThat(r.indicators())
        .extracting(i -> i.label())
        .containsExactly(
            "inputs",
            "respondedTo",
            "allocations",
            "respondingAllocations",
            "allocated[HUMAN/officer hours]",
            "respondingShare[HUMAN/officer hours]",
            "spearman[HUMAN/officer hours]");
    // the type and the unit are separate fields of the key, whatever characters the unit holds
    assertThat(r.indicator("respondingShare", "resourceType", "HUMAN", "unit", "officer hours"))
        .isEqualTo(r.indicator("respondingShare[HUMAN/officer hours]"));
    assertThat(r.indicator("respondingShare", "resourceType", "HUMAN", "unit", "officer hours")
        .orElseThrow().qualifiers()).containsExactly(
            java.util.Map.entry("resourceType", "HUMAN"), java.util.Map.entry("unit", "officer hours"));
    assertThat(r.indicator("allocations").orElseThrow().value()).hasValue(4.0);
    assertThat(r.indicator("respondingAllocations").orElseThrow().value()).hasValue(2.0);
    assertThat(r.indicator("allocated[HUMAN/officer hours]").orElseThrow().value()).hasValue(200.0);
    assertThat(r.indicator("respondingShare[HUMAN/officer hours]").orElseThrow().value())
        .hasValue(0.6);
    assertThat(r.indicator("spearman[HUMAN/officer hours]").orElseThrow().value().getAsDouble())
        .isCloseTo(3 / Math.sqrt(22.5), within(1e-12));
    assertThat(r.evidence()).containsExactly("A1", "A2", "A6", "IN-1", "IN-2", "IN-6");
    assertThat(r.gaps())
        .containsExactly(
            Gap.of("IN-3", "RESPONDING_ALLOCATION"),
            Gap.of("IN-4", "RESPONDING_ALLOCATION"),
            Gap.of("IN-5", "RESPONDING_ALLOCATION"));
  }

  @Test
  void evaluate_inputCitedOnlyThroughADecision_inAnotherBorough_responds() {
    // Ward W2: IN-2 (responded via DEC-1 and A2 in B2) and IN-4 (not): 1/2. W2's only allocation
    // in scope is A4 (30 h, DRUGS), which responds to nothing: share 0. Spearman over
    // BURGLARY, DRUGS: two pairs, not assessable.
    MeasureResult r = m2.evaluate(allocations(), org.engagement.core.Scope.of(W2, Records.FY2012));
    assertThat(r.numerator()).hasValue(1);
    assertThat(r.denominator()).hasValue(2);
    assertThat(r.evidence()).containsExactly("A2", "IN-2");
    assertThat(r.indicator("respondingShare[HUMAN/officer hours]").orElseThrow().value())
        .hasValue(0.0);
    assertThat(r.indicator("spearman[HUMAN/officer hours]").orElseThrow().note())
        .contains("fewer than 3 pairs: 2");
  }

  @Test
  void evaluate_allocationRespondsFromTheLaterOfItsDateAndTheAcceptingDecision() {
    // A7 (2013-03-01) implements DEC-5 (2013-04-10), which accepted IN-5 (2012-10-01): it
    // responds from an as-of of 2013-04-10 on, not before; A5 cites IN-5 but is dated after the
    // period, so it never counts there.
    org.engagement.core.Scope before = org.engagement.core.Scope.builder().area(B2)
        .period(Records.FY2012).asOf(java.time.LocalDate.parse("2013-04-09")).build();
    org.engagement.core.Scope on = org.engagement.core.Scope.builder().area(B2)
        .period(Records.FY2012).asOf(java.time.LocalDate.parse("2013-04-10")).build();
    assertThat(m2.evaluate(allocations(), before)
            .indicator("respondingShare[HUMAN/officer hours]").orElseThrow().value())
        .hasValue(0.0);
    assertThat(m2.evaluate(allocations(), on)
            .indicator("respondingShare[HUMAN/officer hours]").orElseThrow().value())
        .hasValue(1.0);
    // Borough B as of 2013-04-10: IN-5 is now responded to by A7 (in B2, through DEC-5).
    org.engagement.core.Scope borough = org.engagement.core.Scope.builder().area(B)
        .period(Records.FY2012).asOf(java.time.LocalDate.parse("2013-04-10")).build();
    assertThat(m2.evaluate(allocations(), borough).evidence()).contains("A7", "IN-5");
  }

  @Test
  void evaluate_boroughB2_seesItsOwnAllocations() {
    // B2 has no inputs: NOT_ASSESSABLE. Its allocations in scope: A2 (5000 GBP, responds to IN-2)
    // and A7 (40 h; DEC-5 is after as-of, so it responds to nothing).
    MeasureResult r = m2.evaluate(allocations(), org.engagement.core.Scope.of(B2, Records.FY2012));
    assertThat(r.status()).isEqualTo(MeasureStatus.NOT_ASSESSABLE);
    assertThat(r.reason()).contains("no community input in scope");
    assertThat(r.indicator("respondingShare[FINANCIAL/GBP]").orElseThrow().value()).hasValue(1.0);
    assertThat(r.indicator("respondingShare[HUMAN/officer hours]").orElseThrow().value())
        .hasValue(0.0);
  }

  @Test
  void evaluate_zeroQuantity_shareNotAssessable() {
    EngagementDataset data =
        Records.dataset()
            .addAllocations(allocation("A1", W1, "2012-06-01", HUMAN, "0", "posts", "ASB").build())
            .build();
    MeasureResult r = m2.evaluate(data, SCOPE_B);
    assertThat(r.indicator("respondingShare[HUMAN/posts]").orElseThrow().note())
        .contains("no quantity allocated");
  }

  @Test
  void partials_mergeExactly() {
    EngagementDataset data = allocations();
    ManagementInfluencePartial merged =
        m2.partial(data, SCOPE_B, data.subtree(W1))
            .merge(m2.partial(data, SCOPE_B, Set.of(B)))
            .merge(m2.partial(data, SCOPE_B, data.subtree(W2)));
    assertThat(m2.result(data, SCOPE_B, merged)).isEqualTo(m2.evaluate(data, SCOPE_B));
  }

  @Test
  void evaluate_negativeQuantity_addsToNoQuantity() {
    // A1 (-50 h, invalid) still counts as an allocation that responds to IN-1; only A2 (20 h,
    // responding to nothing) adds hours: share 0/20.
    EngagementDataset data =
        Records.dataset()
            .addInputs(input("IN-1", W1, "2012-05-01"))
            .addAllocations(
                allocation("A1", W1, "2012-06-01", HUMAN, "-50", "officer hours", "ASB")
                    .addRespondsTo(InputId.of("IN-1")).build(),
                allocation("A2", W1, "2012-06-01", HUMAN, "20", "officer hours", "ASB").build())
            .build();
    MeasureResult r = m2.evaluate(data, SCOPE_B);
    assertThat(r.score().getAsDouble()).isEqualTo(1.0);
    assertThat(r.indicator("respondingAllocations").orElseThrow().value()).hasValue(1.0);
    assertThat(r.indicator("allocated[HUMAN/officer hours]").orElseThrow().value()).hasValue(20.0);
    assertThat(r.indicator("respondingShare[HUMAN/officer hours]").orElseThrow().value())
        .hasValue(0.0);
  }
}
