package org.engagement.measures.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.core.ConsiderationOutcome.ACCEPTED;
import static org.engagement.core.ConsiderationOutcome.REJECTED;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;
import static org.engagement.measures.testing.Records.W3;
import static org.engagement.measures.testing.Records.considered;
import static org.engagement.measures.testing.Records.d;
import static org.engagement.measures.testing.Records.decision;
import static org.engagement.measures.testing.Records.input;

import java.util.List;
import java.util.Set;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Feedback;
import org.engagement.core.FeedbackFormat;
import org.engagement.core.FeedbackId;
import org.engagement.core.FeedbackStage;
import org.engagement.core.InputId;
import org.engagement.core.InputResponse;
import org.engagement.measures.Gap;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.MeasureStatus;
import org.engagement.measures.Rating;
import org.engagement.measures.testing.Records;
import org.junit.jupiter.api.Test;

class ClosingTheLoopMeasureTest {

  private final ClosingTheLoopMeasure loop = ClosingTheLoopMeasure.standard();

  private static Feedback feedback(
      String id, String published, FeedbackFormat format, FeedbackStage stage, Object... responses) {
    Feedback.Builder b =
        Feedback.builder()
            .id(FeedbackId.of(id))
            .published(d(published))
            .channel("newsletter")
            .format(format)
            .stage(stage);
    for (int i = 0; i < responses.length; i += 2) {
      b.addResponses(
          InputResponse.of(InputId.of((String) responses[i]), (Boolean) responses[i + 1], "because"));
    }
    return b.build();
  }

  /**
   * Borough B, FY2012. Inputs I1 (W1, 05-01), I2 (W2, 06-01), I3 (B, 07-01), I4 (W1, 08-01), I5
   * (W3 in B2, out of scope), I6 (W1, 2013-04-10, out of period).
   *
   * <ul>
   *   <li>F1 (2012-05-11, SUMMARY, INTERIM): I1 acted on (10 days); I2 acted on, but published
   *       before I2 — not an answer to it.
   *   <li>F2 (2012-06-21, FULL_TEXT, FINAL): I1 not acted on (a later answer: F1 stays first); I2
   *       acted on (20 days); I5 (out of scope).
   *   <li>F3 (2012-08-31, SUMMARY, FINAL): I3 not acted on (61 days).
   *   <li>F4 (2013-04-15, after as-of): I4 acted on — ignored.
   * </ul>
   *
   * Decisions: D1 (06-01) rejects I2 with a reason — every RECORDED consideration of I2 is
   * REJECTED while its first answer says acted on: a contradiction. D2 (08-15) accepts I3 with a
   * reason while F3 says not acted on: a contradiction. D3 accepts I1 without a reason (not
   * RECORDED): no contradiction.
   *
   * <p>Answered 3 of 4; first answers: I1 acted, I2 acted, I3 not acted → 2 / 1; days 10, 20,
   * 61 → median 20; answering feedback F1, F2, F3 (F4 is after as-of): SUMMARY 2, FULL_TEXT 1,
   * INTERIM 1, FINAL 2.
   */
  private static EngagementDataset data() {
    return Records.dataset()
        .addInputs(
            input("I1", W1, "2012-05-01"),
            input("I2", W2, "2012-06-01"),
            input("I3", B, "2012-07-01"),
            input("I4", W1, "2012-08-01"),
            input("I5", W3, "2012-08-01"),
            input("I6", W1, "2013-04-10"))
        .addFeedback(
            feedback("F1", "2012-05-11", FeedbackFormat.SUMMARY, FeedbackStage.INTERIM,
                "I1", true, "I2", true),
            feedback("F2", "2012-06-21", FeedbackFormat.FULL_TEXT, FeedbackStage.FINAL,
                "I1", false, "I2", true, "I5", true),
            feedback("F3", "2012-08-31", FeedbackFormat.SUMMARY, FeedbackStage.FINAL, "I3", false),
            feedback("F4", "2013-04-15", FeedbackFormat.SUMMARY, FeedbackStage.FINAL, "I4", true))
        .addDecisions(
            decision("D1", W2, "2012-06-01", List.of(considered("I2", REJECTED, "no resources"))),
            decision("D2", B, "2012-08-15", List.of(considered("I3", ACCEPTED, "fits the plan"))),
            decision("D3", W1, "2012-05-20", List.of(considered("I1", ACCEPTED, null))))
        .build();
  }

  @Test
  void evaluate_handWorked() {
    MeasureResult r = loop.evaluate(data(), SCOPE_B);
    assertThat(r.measure()).isEqualTo("LOOP");
    assertThat(r.status()).isEqualTo(MeasureStatus.SCORED);
    assertThat(r.numerator()).hasValue(3);
    assertThat(r.denominator()).hasValue(4);
    assertThat(r.score()).hasValue(0.75);
    assertThat(r.rating()).isEqualTo(Rating.INSUFFICIENT_DATA);
    assertThat(value(r, "inputs")).isEqualTo(4);
    assertThat(value(r, "answered")).isEqualTo(3);
    assertThat(value(r, "firstAnswers[actedOn]")).isEqualTo(2);
    assertThat(value(r, "firstAnswers[notActedOn]")).isEqualTo(1);
    assertThat(value(r, "medianDaysToFirstAnswer")).isEqualTo(20);
    assertThat(value(r, "contradictions")).isEqualTo(2);
    assertThat(value(r, "answeringFeedback")).isEqualTo(3);
    assertThat(value(r, "answeringFeedback[SUMMARY]")).isEqualTo(2);
    assertThat(value(r, "answeringFeedback[FULL_TEXT]")).isEqualTo(1);
    assertThat(value(r, "answeringFeedback[EDITED_DIGEST]")).isEqualTo(0);
    assertThat(value(r, "answeringFeedback[INTERIM]")).isEqualTo(1);
    assertThat(value(r, "answeringFeedback[FINAL]")).isEqualTo(2);
    assertThat(r.evidence()).containsExactly("F1", "F2", "F3", "I1", "I2", "I3");
    assertThat(r.gaps())
        .containsExactly(
            Gap.of("I2", "CONSISTENT_ANSWER F2 vs D1"),
            Gap.of("I3", "CONSISTENT_ANSWER F3 vs D2"),
            Gap.of("I4", "ANSWERED"));
  }

  @Test
  void evaluate_mergeOfParts_equalsTheWhole() {
    assertThat(loop.evaluate(data(), SCOPE_B, List.of(Set.of(B), Set.of(W1), Set.of(W2))))
        .isEqualTo(loop.evaluate(data(), SCOPE_B));
  }

  @Test
  void evaluate_withoutInputs_isNotAssessable() {
    MeasureResult r = loop.evaluate(Records.dataset().build(), SCOPE_B);
    assertThat(r.status()).isEqualTo(MeasureStatus.NOT_ASSESSABLE);
    assertThat(r.reason()).hasValue("no community input in scope");
    assertThat(r.indicator("medianDaysToFirstAnswer").orElseThrow().value()).isEmpty();
  }

  private static double value(MeasureResult r, String name) {
    return r.indicator(name).orElseThrow().value().orElseThrow();
  }
}
