package org.engagement.measures.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;

import java.util.List;
import org.engagement.measures.Gap;
import org.junit.jupiter.api.Test;

class RuleResultTest {

  private static final Rule RULE = QualityStandards2012.catalogue().rule("CE-4").orElseThrow();

  @Test
  void scored_statusFollowsAttainmentAndSortsEvidenceAndGaps() {
    RuleResult r = RuleResult.scored(RULE, SCOPE_B, 0.5, "per ward", List.of(
            new AreaAttainment(W1, 1), new AreaAttainment(W2, 0)),
        List.of("Y2", "Y1"), List.of(Gap.of("W2", "YOUTH_PANEL"), Gap.of("W1", "X")));
    assertThat(r.status()).isEqualTo(RuleStatus.PARTLY_MET);
    assertThat(r.evidence()).containsExactly("Y1", "Y2");
    assertThat(r.gaps()).extracting(Gap::id).containsExactly("W1", "W2");
    assertThat(r.area(W2)).map(AreaAttainment::status).contains(RuleStatus.NOT_MET);
    assertThat(r.toString()).contains("CE-4 a youth panel").contains("PARTLY_MET (0.5000)")
        .contains("W1 MET (1.0000)");
  }

  @Test
  void notAssessable_hasReasonAndNoAttainment() {
    RuleResult r = RuleResult.notAssessable(RULE, SCOPE_B, "no panels in the dataset");
    assertThat(r.attainment()).isEmpty();
    assertThat(r.headline()).isEqualTo("NOT_ASSESSABLE: no panels in the dataset");
  }

  @Test
  void build_statusContradictingAttainment_throws() {
    assertThatThrownBy(() -> RuleResult.builder().rule("X").title("t").scope(SCOPE_B)
            .status(RuleStatus.MET).attainment(0.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("X status must follow the attainment 0.5: MET");
    assertThatThrownBy(() -> RuleResult.builder().rule("X").title("t").scope(SCOPE_B)
            .status(RuleStatus.NOT_ASSESSABLE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason exactly when NOT_ASSESSABLE");
  }

  @Test
  void areaAttainment_outsideUnitInterval_throws() {
    assertThatThrownBy(() -> new AreaAttainment(W1, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("area attainment must lie in [0, 1]: 1.5");
  }

  @Test
  void ruleStatus_leansByTolerance() {
    assertThat(RuleStatus.of(1 - 1e-13)).isEqualTo(RuleStatus.MET);
    assertThat(RuleStatus.of(1e-13)).isEqualTo(RuleStatus.NOT_MET);
    assertThat(RuleStatus.of(0.2)).isEqualTo(RuleStatus.PARTLY_MET);
  }
}
