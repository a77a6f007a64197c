package org.engagement.measures.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;
import static org.engagement.measures.testing.Records.W3;
import static org.engagement.measures.testing.Records.activity;

import java.util.List;
import java.util.Set;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.ParticipantId;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.measures.BaseKind;
import org.engagement.measures.CsvTables;
import org.engagement.measures.DisclosureControl;
import org.engagement.measures.MarkdownTables;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.MeasureStatus;
import org.engagement.measures.Rating;
import org.engagement.measures.testing.Records;
import org.junit.jupiter.api.Test;

class RepeatParticipationMeasureTest {

  private final RepeatParticipationMeasure repeat = RepeatParticipationMeasure.standard();

  private static EngagementActivity act(String id, AreaId area, String date, String... ids) {
    EngagementActivity.Builder b = activity(id, area, date, InvolvementLevel.INFORM);
    for (String p : ids) {
      b.addParticipants(ParticipantId.of(p));
    }
    return b.build();
  }

  /**
   * Borough B, FY2012. A1 (W1): P1, P2, P2 (listed twice: once for A1); A2 (W1): P1, P3; A3
   * (W2): P2, P4; A4 (B): P5; A5 (W2): no ids; A6 (W3, borough B2): P1; A7 (W1, FY2013): P1.
   *
   * <p>Activities per id in scope: P1 2 (A1, A2), P2 2 (A1, A3 — one in each ward), P3 1, P4 1,
   * P5 1. Participants 5, returning 2: 2 / 5 = 0.4. In ward W1 alone: P1 returns, P2 does not.
   */
  private static EngagementDataset data() {
    return Records.dataset()
        .addActivities(
            act("A1", W1, "2012-05-01", "P1", "P2", "P2"),
            act("A2", W1, "2012-06-01", "P1", "P3"),
            act("A3", W2, "2012-07-01", "P2", "P4"),
            act("A4", B, "2012-08-01", "P5"),
            act("A5", W2, "2012-09-01"),
            act("A6", W3, "2012-09-01", "P1"),
            act("A7", W1, "2013-05-01", "P1"))
        .build();
  }

  @Test
  void evaluate_handWorked() {
    MeasureResult r = repeat.evaluate(data(), SCOPE_B);
    assertThat(r.measure()).isEqualTo("REPEAT");
    assertThat(r.status()).isEqualTo(MeasureStatus.SCORED);
    assertThat(r.numerator()).hasValue(2);
    assertThat(r.denominator()).hasValue(5);
    assertThat(r.score()).hasValue(0.4);
    assertThat(r.base()).isEqualTo(5);
    assertThat(r.baseKind()).isEqualTo(BaseKind.PARTICIPANTS);
    assertThat(r.rating()).isEqualTo(Rating.INSUFFICIENT_DATA);
    assertThat(r.indicator("participants").orElseThrow().value()).hasValue(5);
    assertThat(r.indicator("returning").orElseThrow().value()).hasValue(2);
    assertThat(r.indicator("activities").orElseThrow().value()).hasValue(5);
    assertThat(r.indicator("activitiesWithIds").orElseThrow().value()).hasValue(4);
    assertThat(r.evidence()).containsExactly("A1", "A2", "A3", "A4");
    assertThat(r.gaps()).isEmpty();
  }

  @Test
  void merge_anIdSeenOnceInEachOfTwoWards_isReturningInTheBorough() {
    Scope w2 = Scope.of(W2, Records.FY2012);
    assertThat(repeat.evaluate(data(), w2).numerator()).hasValue(0);
    RepeatParticipationPartial w1 = repeat.partial(data(), SCOPE_B, data().subtree(W1));
    RepeatParticipationPartial ward2 = repeat.partial(data(), SCOPE_B, data().subtree(W2));
    assertThat(w1.returning()).isEqualTo(1);
    assertThat(ward2.returning()).isEqualTo(0);
    assertThat(w1.merge(ward2).returning()).isEqualTo(2);
    assertThat(repeat.evaluate(data(), SCOPE_B, List.of(Set.of(B), Set.of(W1), Set.of(W2))))
        .isEqualTo(repeat.evaluate(data(), SCOPE_B));
  }

  @Test
  void retention_betweenTwoYears() {
    EngagementDataset data =
        Records.dataset()
            .addActivities(
                act("A1", W1, "2011-05-01", "P1", "P2", "P3", "P4"),
                act("A2", W2, "2012-05-01", "P1", "P9"),
                act("A3", W1, "2012-06-01", "P3"))
            .build();
    Retention r =
        repeat.retention(
            data, Scope.of(B, Period.financialYear(2011)), Scope.of(B, Period.financialYear(2012)));
    assertThat(r.cohort()).isEqualTo(4);
    assertThat(r.retained()).isEqualTo(2);
    assertThat(r.secondParticipants()).isEqualTo(3);
    assertThat(r.retention()).hasValue(0.5);
  }

  @Test
  void retention_refusesOverlappingPeriodsAndTwoAreas() {
    assertThatThrownBy(
            () -> repeat.retention(data(), SCOPE_B, Scope.of(B, Period.year(2012))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> repeat.retention(data(), SCOPE_B, Scope.of(W1, Period.financialYear(2013))))
        .isInstanceOf(IllegalArgumentException.class);
    Retention none =
        repeat.retention(data(), Scope.of(B, Period.financialYear(2010)), SCOPE_B);
    assertThat(none.retention()).isEmpty();
  }

  @Test
  void published_countsOfParticipantsFromOneToFour_areWithheld() {
    MeasureResult r = repeat.evaluate(data(), SCOPE_B);
    DisclosureControl standard = DisclosureControl.standard();
    // returning = 2: the headline would disclose it.
    assertThat(standard.withholds(r)).isTrue();
    assertThat(MarkdownTables.of(r, standard))
        .contains("SUPPRESSED (few participants)")
        .contains("| returning | SUPPRESSED (count <5) |")
        .doesNotContain("0.4000");
    assertThat(CsvTables.of(r, standard)).contains("returning,COUNT,,,PRIMARY");
    assertThat(MarkdownTables.of(r, DisclosureControl.none())).contains("0.4000");
  }

  @Test
  void publishedScorecard_withholdsEachRowResting_onACountFromOneToFour() {
    EngagementDataset data =
        Records.dataset()
            .addActivities(
                act("A1", W1, "2012-05-01", "P1", "P2", "P3", "P4", "P5", "P6"),
                act("A2", W1, "2012-06-01", "P1", "P2", "P3", "P4", "P5", "P7"),
                act("A3", W2, "2012-07-01", "P8"))
            .build();
    org.engagement.measures.Scorecard card =
        org.engagement.measures.Scorecard.evaluate(data, SCOPE_B, org.engagement.core.AreaLevel.WARD,
            List.of(repeat), org.engagement.measures.Evaluation.SEQUENTIAL);
    String csv = CsvTables.of(card, DisclosureControl.standard());
    // the borough: 8 participants, 5 returning — shown; W1: 7 and 5 — shown; W2: 1 and 0 — withheld
    assertThat(csv).contains("B,").contains("0.625").contains("0.7142857142857143");
    assertThat(csv.lines().filter(l -> l.startsWith("W2,")).findFirst().orElseThrow())
        .contains(",REPEAT,SCORED,,,,,PARTICIPANTS,,PRIMARY,a count of participants below 5");
  }

  @Test
  void evaluate_withoutIds_isNotAssessable() {
    MeasureResult r = repeat.evaluate(Records.dataset().build(), SCOPE_B);
    assertThat(r.status()).isEqualTo(MeasureStatus.NOT_ASSESSABLE);
    assertThat(r.reason()).hasValue("no participant ids recorded in scope");
    assertThat(DisclosureControl.standard().withholds(r)).isFalse();
  }
}
