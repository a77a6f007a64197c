package org.engagement.measures.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;
import static org.engagement.measures.testing.Records.activity;
import static org.engagement.measures.testing.Records.dataset;

import java.util.List;
import java.util.Optional;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.RecordType;
import org.engagement.measures.Gap;
import org.junit.jupiter.api.Test;

/**
 * The public building blocks, used as a user would: a minimum count per ward, a share, parts
 * combined by their minimum, a narrative rule with its own reason, and the checks of their
 * factories.
 */
class BuildingBlocksTest {

  private static final EngagementDataset DATA = dataset().addActivities(
      activity("A1", W1, "2012-06-01", InvolvementLevel.INVOLVE).build(),
      activity("A2", W1, "2012-07-01", InvolvementLevel.CONSULT).build(),
      activity("A3", W2, "2012-06-01", InvolvementLevel.CONSULT).build()).build();

  /** Two activities a ward a year. */
  private static final Rule TWO_PER_WARD = PerAreaRule.atLeast("T-1", "two a ward",
      Optional.of(AreaLevel.WARD), List.of(RecordType.ACTIVITY), 2,
      "per ward: ≥ %d activities", "ACTIVITIES",
      (c, ward) -> c.under(ward, c::activitiesIn).stream()
          .filter(a -> c.inPeriod(a.date())).map(a -> a.id().value()).toList());

  /** The share of activities at INVOLVE or above. */
  private static final Rule INVOLVING = ShareRule.of("T-2", "involving", AreaLevel.WARD,
      List.of(RecordType.ACTIVITY), "share at INVOLVE or above",
      c -> c.under(c.scope().area(), c::activitiesIn).stream()
          .map(a -> a.involvement().isAtLeast(InvolvementLevel.INVOLVE)
              ? ShareRule.Item.met(a.id().value(), a.area())
              : ShareRule.Item.lacking(a.id().value(), a.area(), "INVOLVE"))
          .toList());

  @Test
  void atLeast_scoresTheShareOfAreasWithTheProRatedCount() {
    RuleResult r = TWO_PER_WARD.evaluate(DATA, SCOPE_B);

    assertThat(r.attainment()).hasValue(0.5);
    assertThat(r.requirement()).hasValue("per ward: ≥ 2 activities");
    assertThat(r.areas()).extracting(AreaAttainment::status)
        .containsExactly(RuleStatus.MET, RuleStatus.NOT_MET);
    assertThat(r.gaps()).containsExactly(Gap.of(W2.value(), "ACTIVITIES"));
    assertThat(r.evidence()).containsExactly("A1", "A2", "A3");
  }

  @Test
  void share_scoresTheRecordsThatMeetTheCriterion() {
    RuleResult r = INVOLVING.evaluate(DATA, SCOPE_B);

    assertThat(r.attainment().getAsDouble()).isEqualTo(1.0 / 3);
    assertThat(r.requirement()).hasValue("share at INVOLVE or above (1/3)");
    assertThat(r.area(W1).orElseThrow().attainment()).isEqualTo(0.5);
    assertThat(r.gaps()).containsExactly(Gap.of("A2", "INVOLVE"), Gap.of("A3", "INVOLVE"));
  }

  @Test
  void minimum_takesTheSmallerPart_andLeavesOutPartsNotAssessable() {
    Rule both = MinimumRule.of("T-3", "both", List.of(TWO_PER_WARD, INVOLVING,
        CommitmentRule.of("T-3", "T-3", "recorded", "no commitment tagged T-3")));

    RuleResult r = both.evaluate(DATA, SCOPE_B);

    assertThat(r.attainment().getAsDouble()).isEqualTo(1.0 / 3);
    assertThat(r.area(W1).orElseThrow().attainment()).isEqualTo(0.5);
    assertThat(r.area(W2).orElseThrow().attainment()).isZero();
    assertThat(((MinimumRule) both).parts()).hasSize(3);
  }

  @Test
  void narrative_isNotAssessable_withItsReason() {
    assertThat(NarrativeRule.of("T-4", "methods").evaluate(DATA, SCOPE_B).reason())
        .hasValue(NarrativeRule.REASON);
    assertThat(NarrativeRule.of("T-4", "methods", "see the methods analysis")
        .evaluate(DATA, SCOPE_B).reason()).hasValue("see the methods analysis");
  }

  @Test
  void aKindTheDatasetLacks_isNotAssessable() {
    Rule panels = PerAreaRule.of("T-5", "panels", Optional.empty(), List.of(RecordType.PANEL),
        0, "a panel", (c, area, required) -> AreaVerdict.met(List.of()));

    assertThat(panels.evaluate(DATA, SCOPE_B).reason()).hasValue("no panels in the dataset");
  }

  @Test
  void factories_refuseWhatCannotBeARule() {
    assertThatThrownBy(() -> PerAreaRule.atLeast("X", "x", Optional.empty(), List.of(), 0, "",
        "LACKS", (c, a) -> List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rule X: a minimum count needs a yearly number of at least 1");
    assertThatThrownBy(() -> PerAreaRule.of("X", "x", Optional.empty(), List.of(), -1, "",
        (c, a, r) -> AreaVerdict.met(List.of()))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MinimumRule.of("X", "x", List.of()))
        .hasMessage("rule X: a rule with parts needs a part");
    assertThatThrownBy(() -> CommitmentRule.of("X", " ", "x", "absent"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NarrativeRule.of("X", "x", " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AreaVerdict.lacking(" ", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ShareRule.of(" ", "x", AreaLevel.WARD, List.of(), "",
        c -> List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ruleContext_namesItsScope() {
    assertThat(RuleContext.of(org.engagement.measures.EvaluationContext.of(DATA), SCOPE_B))
        .hasToString("RuleContext[" + SCOPE_B + "]");
    assertThat(B).isEqualTo(SCOPE_B.area());
  }
}
