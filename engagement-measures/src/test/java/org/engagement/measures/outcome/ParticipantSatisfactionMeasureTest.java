package org.engagement.measures.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.engagement.core.InvolvementLevel.CONSULT;
import static org.engagement.core.InvolvementLevel.INFORM;
import static org.engagement.core.QuestionType.BINARY;
import static org.engagement.core.QuestionType.LIKERT_5;
import static org.engagement.core.StandardRole.CAN_CITE_CHANGE;
import static org.engagement.core.StandardRole.CONTRIBUTION_WORTHWHILE;
import static org.engagement.core.StandardRole.FEEDBACK_RECEIVED;
import static org.engagement.core.SurveyPopulation.PARTICIPANTS;
import static org.engagement.core.SurveyPopulation.PUBLIC;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.FY2012;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;
import static org.engagement.measures.testing.Records.W3;
import static org.engagement.measures.testing.Records.activity;
import static org.engagement.measures.testing.Records.feedback;
import static org.engagement.measures.testing.Records.question;
import static org.engagement.measures.testing.Records.response;
import static org.engagement.measures.testing.Records.survey;

import java.util.Set;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.core.SurveyId;
import org.engagement.measures.Gap;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.MeasureStatus;
import org.engagement.measures.Rating;
import org.engagement.measures.stats.Interval;
import org.engagement.measures.testing.Records;
import org.junit.jupiter.api.Test;

public class ParticipantSatisfactionMeasureTest {

  private final ParticipantSatisfactionMeasure m5 = ParticipantSatisfactionMeasure.standard();

  /**
   * Borough B, FY2012/13. S1 is a PARTICIPANTS survey with Q1 FEEDBACK_RECEIVED (BINARY), Q2
   * CAN_CITE_CHANGE (BINARY), Q3 CONTRIBUTION_WORTHWHILE (LIKERT_5); S3 is another PARTICIPANTS
   * wave asking only CONTRIBUTION_WORTHWHILE (as question W), pooled with S1; S2 is PUBLIC and
   * ignored.
   *
   * <pre>
   * response survey area weight Q1        Q2        Q3/W
   * R1       S1     W1   1      YES (1)   NO (0)    5 (1)
   * R2       S1     W2   2      NO (0)    DK (0)    3 (0)
   * R3       S1     B    1      DK (0)    skipped   4 (1)
   * R4       S1     W1   0.5    YES (1)   YES (1)   DK (0)
   * R5       S3     W2   1      —         —         2 (0)
   * R6       S2     W1   1      YES: PUBLIC survey, ignored
   * R7       S1     W3   1      YES: borough B2, ignored
   * R8       S1     W1   1      YES: 2013-05-01, after the period
   * R9       S1     W1   1      MAYBE and 7: not valid answers
   * </pre>
   *
   * FEEDBACK_RECEIVED: n 4, Σw 4.5, Σw² 6.25, Σwy 1.5: p = 1/3, n_eff = 20.25/6.25 = 3.24.
   * CAN_CITE_CHANGE: n 3, Σw 3.5, Σw² 5.25, Σwy 0.5: p = 1/7, n_eff = 12.25/5.25.
   * CONTRIBUTION_WORTHWHILE: n 5, Σw 5.5, Σw² 7.25, Σwy 2: p = 4/11, n_eff = 30.25/7.25.
   * Score = (1/3 + 1/7 + 4/11)/3 = 194/693 = 0.279942; base = min(4, 3, 5) = 3 < 30.
   *
   * <p>Consultations: ACT1 (W1, CONSULT) answered by FB1 published 2012-06-01; ACT3 (B, CONSULT)
   * answered only by FB2, published 2013-05-01, after as-of; ACT2 is INFORM. Coverage 1/2.
   */
  public static EngagementDataset satisfaction() {
    return Records.dataset()
        .addSurveys(
            survey("S1", PARTICIPANTS,
                question("Q1", BINARY, FEEDBACK_RECEIVED),
                question("Q2", BINARY, CAN_CITE_CHANGE),
                question("Q3", LIKERT_5, CONTRIBUTION_WORTHWHILE)),
            survey("S2", PUBLIC, question("Q1", BINARY, FEEDBACK_RECEIVED)),
            survey("S3", PARTICIPANTS, question("W", LIKERT_5, CONTRIBUTION_WORTHWHILE)))
        .addResponses(
            response("R1", "S1", W1, "2012-05-01", 1, "Q1", "YES", "Q2", "NO", "Q3", "5"),
            response("R2", "S1", W2, "2012-06-01", 2, "Q1", "NO", "Q2", "DONT_KNOW", "Q3", "3"),
            response("R3", "S1", B, "2012-07-01", 1, "Q1", "DONT_KNOW", "Q3", "4"),
            response("R4", "S1", W1, "2012-08-01", 0.5, "Q1", "YES", "Q2", "YES", "Q3", "DONT_KNOW"),
            response("R5", "S3", W2, "2012-09-01", 1, "W", "2"),
            response("R6", "S2", W1, "2012-09-01", 1, "Q1", "YES"),
            response("R7", "S1", W3, "2012-09-01", 1, "Q1", "YES"),
            response("R8", "S1", W1, "2013-05-01", 1, "Q1", "YES"),
            response("R9", "S1", W1, "2012-10-01", 1, "Q1", "MAYBE", "Q3", "7"))
        .addActivities(
            activity("ACT1", W1, "2012-05-01", CONSULT).build(),
            activity("ACT2", W2, "2012-05-02", INFORM).build(),
            activity("ACT3", B, "2012-06-01", CONSULT).build())
        .addFeedback(feedback("FB1", "2012-06-01", "ACT1"), feedback("FB2", "2013-05-01", "ACT3"))
        .build();
  }

  private static double value(MeasureResult r, String name) {
    return r.indicator(name).orElseThrow().value().getAsDouble();
  }

  @Test
  void evaluate_handWorked() {
    MeasureResult r = m5.evaluate(satisfaction(), SCOPE_B);
    assertThat(r.score().getAsDouble()).isCloseTo(194.0 / 693, within(1e-12));
    assertThat(r.base()).isEqualTo(3);
    assertThat(r.rating()).isEqualTo(Rating.INSUFFICIENT_DATA);
    assertThat(r.numerator()).isEmpty();
    assertThat(value(r, "p[FEEDBACK_RECEIVED]")).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(value(r, "n[FEEDBACK_RECEIVED]")).isEqualTo(4.0);
    assertThat(value(r, "nEff[FEEDBACK_RECEIVED]")).isCloseTo(3.24, within(1e-12));
    Interval wilson = Interval.wilson(1.0 / 3, 3.24);
    assertThat(value(r, "lower[FEEDBACK_RECEIVED]")).isCloseTo(wilson.lower(), within(1e-12));
    assertThat(value(r, "upper[FEEDBACK_RECEIVED]")).isCloseTo(wilson.upper(), within(1e-12));
    assertThat(value(r, "p[CAN_CITE_CHANGE]")).isCloseTo(1.0 / 7, within(1e-12));
    assertThat(value(r, "nEff[CAN_CITE_CHANGE]")).isCloseTo(12.25 / 5.25, within(1e-12));
    assertThat(value(r, "p[CONTRIBUTION_WORTHWHILE]")).isCloseTo(4.0 / 11, within(1e-12));
    assertThat(value(r, "n[CONTRIBUTION_WORTHWHILE]")).isEqualTo(5.0);
    assertThat(value(r, "feedbackCoverage")).isEqualTo(0.5);
    assertThat(r.evidence()).containsExactly("R1", "R2", "R3", "R4", "R5");
    assertThat(r.gaps()).containsExactly(Gap.of("ACT3", "FEEDBACK"));
  }

  @Test
  void evaluate_scopeNamingASurvey_readsOnlyThatWave() {
    // Only S3: R5 answers 2 (y = 0), so CONTRIBUTION_WORTHWHILE = 0/1 and the other two
    // components have no valid answer: the score is 0, a real zero, with base 1.
    Scope s3 = Scope.builder().area(B).period(FY2012).addSurveys(SurveyId.of("S3")).build();
    MeasureResult r = m5.evaluate(satisfaction(), s3);
    assertThat(r.status()).isEqualTo(MeasureStatus.SCORED);
    assertThat(r.score().getAsDouble()).isEqualTo(0.0);
    assertThat(r.base()).isEqualTo(1);
    assertThat(r.indicator("p[FEEDBACK_RECEIVED]").orElseThrow().note()).contains("no valid answer");
  }

  @Test
  void evaluate_otherBorough_readsItsOwnResponses() {
    // Borough B2: R7 (W3) answers S1 Q1 YES: FEEDBACK_RECEIVED 1/1, the others not assessable.
    MeasureResult r = m5.evaluate(satisfaction(), Scope.of(Records.B2, FY2012));
    assertThat(r.score().getAsDouble()).isEqualTo(1.0);
    assertThat(r.evidence()).containsExactly("R7");
  }

  @Test
  void evaluate_noParticipantSurvey_notAssessable() {
    MeasureResult empty = m5.evaluate(Records.dataset().build(), SCOPE_B);
    assertThat(empty.status()).isEqualTo(MeasureStatus.NOT_ASSESSABLE);
    assertThat(empty.reason()).contains("no valid answer to a participant survey in scope");
    assertThat(empty.indicator("feedbackCoverage").orElseThrow().note())
        .contains("no consultation in scope");
  }

  @Test
  void partials_mergeExactly() {
    EngagementDataset data = satisfaction();
    ParticipantSatisfactionPartial merged =
        m5.partial(data, SCOPE_B, data.subtree(W2))
            .merge(m5.partial(data, SCOPE_B, Set.of(B)))
            .merge(m5.partial(data, SCOPE_B, data.subtree(W1)));
    assertThat(m5.result(data, SCOPE_B, merged)).isEqualTo(m5.evaluate(data, SCOPE_B));
  }

  @Test
  void evaluate_nonPositiveWeight_isNotRead() {
    // A weight of 0 or below is invalid data (the validator reports it): the response is skipped.
    EngagementDataset data =
        Records.dataset()
            .addSurveys(survey("S1", PARTICIPANTS, question("Q1", BINARY, FEEDBACK_RECEIVED)))
            .addResponses(
                response("R1", "S1", W1, "2012-05-01", 0, "Q1", "YES"),
                response("R2", "S1", W1, "2012-05-01", -1, "Q1", "YES"),
                response("R3", "S1", W1, "2012-05-01", 1, "Q1", "NO"))
            .build();
    MeasureResult r = m5.evaluate(data, SCOPE_B);
    assertThat(r.score().getAsDouble()).isEqualTo(0.0);
    assertThat(r.evidence()).containsExactly("R3");
  }

  @Test
  void evaluate_aRoleAskedTwice_readsTheFirstQuestion_andASurveyNotHeldNothing() {
    // S1 asks FEEDBACK_RECEIVED twice, Q1 then Q2: Q1 is the one read. R1 answers Q1 NO and Q2
    // YES; R2 answers only Q2, so it has no valid answer and is not read; R3 answers S9, which
    // the dataset does not hold.
    EngagementDataset data =
        Records.dataset()
            .addSurveys(survey("S1", PARTICIPANTS,
                question("Q1", BINARY, FEEDBACK_RECEIVED),
                question("Q2", BINARY, FEEDBACK_RECEIVED)))
            .addResponses(
                response("R1", "S1", W1, "2012-05-01", 1, "Q1", "NO", "Q2", "YES"),
                response("R2", "S1", W1, "2012-05-02", 1, "Q2", "YES"),
                response("R3", "S9", W1, "2012-05-03", 1, "Q1", "YES"))
            .build();
    MeasureResult r = m5.evaluate(data, SCOPE_B);
    assertThat(value(r, "n[FEEDBACK_RECEIVED]")).isEqualTo(1.0);
    assertThat(r.score().getAsDouble()).isEqualTo(0.0);
    assertThat(r.evidence()).containsExactly("R1");
  }

  @Test
  void evaluate_responsesOnThePeriodsEdges_areRead_andNotTheDaysBeyond() {
    // FY2012 runs from 2012-04-01 to 2013-03-31, both days included: R2 and R3 are read (one YES,
    // one NO), R1 the day before and R4 the day after are not.
    EngagementDataset data =
        Records.dataset()
            .addSurveys(survey("S1", PARTICIPANTS, question("Q1", BINARY, FEEDBACK_RECEIVED)))
            .addResponses(
                response("R1", "S1", W1, "2012-03-31", 1, "Q1", "YES"),
                response("R2", "S1", W1, "2012-04-01", 1, "Q1", "YES"),
                response("R3", "S1", W1, "2013-03-31", 1, "Q1", "NO"),
                response("R4", "S1", W1, "2013-04-01", 1, "Q1", "YES"))
            .build();
    MeasureResult r = m5.evaluate(data, SCOPE_B);
    assertThat(value(r, "n[FEEDBACK_RECEIVED]")).isEqualTo(2.0);
    assertThat(value(r, "p[FEEDBACK_RECEIVED]")).isEqualTo(0.5);
    assertThat(r.evidence()).containsExactly("R2", "R3");
  }

  @Test
  void evaluate_weightsBeyondTheRangeOfADouble_giveTheFiguresOfEqualWeights() {
    // Σw² of weights 1e160 overflows a double and of 1e-170 underflows to 0; both are valid
    // weights. Scaling every weight by one factor leaves p and n_eff unchanged: with two YES and
    // one NO, p = 2/3 and n_eff = 3, exactly as with weights of 1.
    for (double weight : new double[] {1e160, 1e-170, 1}) {
      EngagementDataset data =
          Records.dataset()
              .addSurveys(survey("S1", PARTICIPANTS, question("Q1", BINARY, FEEDBACK_RECEIVED)))
              .addResponses(
                  response("R1", "S1", W1, "2012-05-01", weight, "Q1", "YES"),
                  response("R2", "S1", W1, "2012-05-02", weight, "Q1", "YES"),
                  response("R3", "S1", W1, "2012-05-03", weight, "Q1", "NO"))
              .build();
      MeasureResult r = m5.evaluate(data, SCOPE_B);
      assertThat(value(r, "p[FEEDBACK_RECEIVED]")).isCloseTo(2.0 / 3, within(1e-12));
      assertThat(value(r, "nEff[FEEDBACK_RECEIVED]")).isCloseTo(3.0, within(1e-9));
    }
  }
}
