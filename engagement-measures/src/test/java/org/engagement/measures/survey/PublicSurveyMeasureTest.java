package org.engagement.measures.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.engagement.measures.survey.PublicSurveys.addListen;
import static org.engagement.measures.survey.PublicSurveys.listen;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;
import static org.engagement.measures.testing.Records.response;

import java.util.List;
import java.util.Set;
import org.engagement.core.EngagementDataset;
import org.engagement.measures.BaseKind;
import org.engagement.measures.MarkdownTables;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.MeasureStatus;
import org.engagement.measures.Rating;
import org.engagement.measures.RatingScale;
import org.junit.jupiter.api.Test;

class PublicSurveyMeasureTest {

  @Test
  void policeListen_isTheWeightedProportionWithItsInterval() {
    // 81 of 263 agree: Newcombe (1998a) Table I, Wilson [0.2553, 0.3662] (see SurveyAnalysisTest).
    EngagementDataset.Builder b = PublicSurveys.dataset();
    addListen(b, "R", "P12", "2012-06-01", null, 263, 81);
    MeasureResult a3 = PublicSurveyMeasure.policeListen().evaluate(b.build(), SCOPE_B);
    assertThat(a3.measure()).isEqualTo("A3");
    assertThat(a3.baseKind()).isEqualTo(BaseKind.SURVEY_ANSWERS);
    assertThat(a3.base()).isEqualTo(263);
    assertThat(a3.score().getAsDouble()).isCloseTo(81.0 / 263, within(1e-12));
    // a prevalence, not performance against a standard: not rated by default, and it says so
    assertThat(a3.rating()).isEqualTo(Rating.NOT_RATED);
    assertThat(a3.ratingNote()).hasValue(PublicSurveyMeasure.NOT_RATED_REASON);
    assertThat(a3.indicator("p", "role", "POLICE_LISTEN")).isEqualTo(a3.indicator("p[POLICE_LISTEN]"));
    assertThat(org.engagement.measures.MarkdownTables.of(a3))
        .contains("**Score:** 0.3080 NOT_RATED (base 263)")
        .contains("**Rating:** not rated: a prevalence in the population");
    // a scale of the user's own grades it
    MeasureResult graded = PublicSurveyMeasure.policeListen()
        .withRatingScale(RatingScale.standard(RatingScale.SURVEY_MINIMUM_BASE))
        .evaluate(b.build(), SCOPE_B);
    assertThat(graded.rating()).isEqualTo(Rating.INADEQUATE);
    assertThat(graded.ratingNote()).isEmpty();
    assertThat(a3.indicator("lower[POLICE_LISTEN]").orElseThrow().value().getAsDouble())
        .isCloseTo(0.2553, within(0.00005));
    assertThat(a3.indicator("upper[POLICE_LISTEN]").orElseThrow().value().getAsDouble())
        .isCloseTo(0.3662, within(0.00005));
    assertThat(a3.evidence()).hasSize(263);
    assertThat(a3.gaps()).isEmpty();
  }

  /**
   * A4 and A5 by hand: R1 (W1, weight 2) aware YES, involved NO; R2 (W2, weight 1) aware NO,
   * involved DONT_KNOW; R3 (W1, weight 1) aware YES, involved skipped; R4 answers in the
   * PARTICIPANTS survey S1 and is not read. A4 = (2 + 1) / 4 = 0.75 on n = 3; A5 = 0 / 3 = 0 on
   * n = 2.
   */
  @Test
  void awarenessAndInvolvement_readTheirOwnQuestions() {
    EngagementDataset data = PublicSurveys.dataset()
        .addResponses(
            response("R1", "P12", W1, "2012-05-01", 2, "A", "YES", "I", "NO"),
            response("R2", "P12", W2, "2012-05-01", 1, "A", "NO", "I", "DONT_KNOW"),
            response("R3", "P12", W1, "2012-05-01", 1, "A", "YES"),
            response("R4", "S1", W1, "2012-05-01", 1, "A", "YES", "I", "YES"))
        .build();
    MeasureResult a4 = PublicSurveyMeasure.awareness().evaluate(data, SCOPE_B);
    assertThat(a4.measure()).isEqualTo("A4");
    assertThat(a4.score().getAsDouble()).isCloseTo(0.75, within(1e-12));
    assertThat(a4.base()).isEqualTo(3);
    assertThat(a4.evidence()).containsExactly("R1", "R2", "R3");
    MeasureResult a5 = PublicSurveyMeasure.involvement().evaluate(data, SCOPE_B);
    assertThat(a5.measure()).isEqualTo("A5");
    assertThat(a5.score().getAsDouble()).isZero();
    assertThat(a5.base()).isEqualTo(2);
    assertThat(a5.rating()).isEqualTo(Rating.NOT_RATED);
    // Published: the base is below 30, so the score and its interval are withheld.
    assertThat(MarkdownTables.of(a4)).contains("**Score:** SUPPRESSED (base 3)")
        .contains("| p[AWARE_OF_ENGAGEMENT_METHODS] | SUPPRESSED (base 3) |");
    assertThat(PublicSurveyMeasure.policeListen().evaluate(data, SCOPE_B).status())
        .isEqualTo(MeasureStatus.NOT_ASSESSABLE);
  }

  @Test
  void evaluate_mergeOfParts_equalsTheWhole() {
    EngagementDataset data = PublicSurveys.dataset()
        .addResponses(
            listen("R1", "P12", W1, "2012-05-01", 2.5, null, "5"),
            listen("R2", "P12", W2, "2012-05-01", 0.3, null, "1"),
            listen("R3", "P12", B, "2012-05-01", 1.7, null, "4"))
        .build();
    PublicSurveyMeasure a3 = PublicSurveyMeasure.policeListen();
    assertThat(a3.evaluate(data, SCOPE_B, List.of(Set.of(W2), Set.of(B, W1))))
        .isEqualTo(a3.evaluate(data, SCOPE_B));
  }

  @Test
  void additionalMeasures_evaluateAll_givesA1ToA5() {
    assertThat(AdditionalMeasures.evaluateAll(PublicSurveys.dataset().build(), SCOPE_B))
        .extracting(MeasureResult::measure)
        .containsExactly("A1", "A2", "A3", "A4", "A5");
  }
}
