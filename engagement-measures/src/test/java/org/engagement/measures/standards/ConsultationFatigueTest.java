package org.engagement.measures.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.F;
import static org.engagement.measures.testing.Records.FY2012;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;
import static org.engagement.measures.testing.Records.activity;
import static org.engagement.measures.testing.Records.dataset;

import java.util.List;
import org.engagement.core.ActivityId;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementActivity;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.Scope;
import org.junit.jupiter.api.Test;

class ConsultationFatigueTest {

  private static EngagementActivity consultation(
      String id, AreaId area, String date, String unit, String... categories) {
    EngagementActivity.Builder b =
        activity(id, area, date, InvolvementLevel.CONSULT).addIssueCategories(categories);
    if (unit != null) {
      b.organisingUnit(unit);
    }
    return b.build();
  }

  private static List<FatiguePair> pairs(EngagementActivity... activities) {
    return ConsultationFatigue.pairs(dataset().addActivities(activities).build(), SCOPE_B);
  }

  @Test
  void pairs_exactlyThirtyDaysApart_pair() {
    assertThat(pairs(
            consultation("A", W1, "2012-05-01", "SNT", "ASB"),
            consultation("B", B, "2012-05-31", "CID", "ASB", "DRUGS")))
        .containsExactly(new FatiguePair(ActivityId.of("A"), ActivityId.of("B"), 30, List.of("ASB")));
  }

  @Test
  void pairs_thirtyOneDaysApart_none() {
    assertThat(pairs(
            consultation("A", W1, "2012-05-01", "SNT", "ASB"),
            consultation("B", B, "2012-06-01", "CID", "ASB")))
        .isEmpty();
  }

  @Test
  void pairs_unorderedAndWithEveryCategoryShared() {
    assertThat(pairs(
            consultation("Z", W1, "2012-05-01", "SNT", "ASB", "DRUGS"),
            consultation("A", W1, "2012-05-20", "CID", "DRUGS", "ASB")))
        .containsExactly(
            new FatiguePair(ActivityId.of("A"), ActivityId.of("Z"), 19, List.of("ASB", "DRUGS")));
  }

  @Test
  void pairs_sameUnitSiblingAreasNoUnitNoSharedCategoryOrInform_none() {
    assertThat(pairs(
            consultation("A", W1, "2012-05-01", "SNT", "ASB"),
            consultation("B", W1, "2012-05-02", "SNT", "ASB"),
            consultation("C", W2, "2012-05-02", "CID", "ASB"),
            consultation("D", W1, "2012-05-02", null, "ASB"),
            consultation("E", W1, "2012-05-02", "YOUTH", "DRUGS"),
            activity("F", W1, "2012-05-02", InvolvementLevel.INFORM).organisingUnit("X")
                .addIssueCategories("ASB").build()))
        .isEmpty();
  }

  @Test
  void pairs_straddlingTwoBoroughs_onlyInTheForceScope() {
    EngagementActivity force = consultation("A", F, "2012-05-01", "MPS", "ASB");
    EngagementActivity ward = consultation("B", W1, "2012-05-03", "SNT", "ASB");
    assertThat(pairs(force, ward)).isEmpty();
    assertThat(ConsultationFatigue.pairs(dataset().addActivities(force, ward).build(), Scope.of(F, FY2012)))
        .hasSize(1);
  }

  @Test
  void fatiguePair_unordered_throws() {
    assertThatThrownBy(() -> new FatiguePair(ActivityId.of("B"), ActivityId.of("A"), 1, List.of("ASB")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ordered");
  }
}
