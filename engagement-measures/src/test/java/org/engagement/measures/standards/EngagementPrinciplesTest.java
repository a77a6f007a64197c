package org.engagement.measures.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.activity;
import static org.engagement.measures.testing.Records.counts;
import static org.engagement.measures.testing.Records.d;
import static org.engagement.measures.testing.Records.dataset;
import static org.engagement.measures.testing.Records.decision;
import static org.engagement.measures.testing.Records.dimension;
import static org.engagement.measures.testing.Records.feedback;
import static org.engagement.measures.testing.Records.input;

import java.util.EnumSet;
import java.util.List;
import org.engagement.core.ActivityId;
import org.engagement.core.CommunityInput;
import org.engagement.core.CountBasis;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementPrinciple;
import org.engagement.core.InvolvementLevel;
import org.engagement.measures.MeasureResult;
import org.junit.jupiter.api.Test;

class EngagementPrinciplesTest {

  @Test
  void perActivity_eachPrincipleFromItsOwnData() {
    CommunityInput raised = CommunityInput.builder().from(input("I1", W1, "2012-05-01"))
        .activity(ActivityId.of("A2")).build();
    EngagementDataset data = dataset()
        .addActivities(
            activity("A1", W1, "2012-05-01", InvolvementLevel.CONSULT)
                .announcedDate(d("2012-04-30")).inForwardSchedule(true)
                .demographics(counts(CountBasis.values()[0], dimension("GENDER", 3, "FEMALE", 2)))
                .build(),
            activity("A2", W1, "2012-05-01", InvolvementLevel.INFORM)
                .announcedDate(d("2012-05-01"))
                .demographics(counts(CountBasis.values()[0], dimension("GENDER", 3)))
                .build())
        .addInputs(raised)
        .addDecisions(decision("D1", B, "2012-05-02", List.of(), "I1"))
        .addFeedback(feedback("F1", "2012-06-01", "A1"))
        .build();
    List<ActivityPrinciples> per = EngagementPrinciples.standard().perActivity(data, SCOPE_B);
    assertThat(per).containsExactly(
        new ActivityPrinciples(ActivityId.of("A1"), EnumSet.of(EngagementPrinciple.INFORMATION,
            EngagementPrinciple.INCLUSION, EngagementPrinciple.PREPARATION,
            EngagementPrinciple.INVOLVE, EngagementPrinciple.FEEDBACK)),
        new ActivityPrinciples(ActivityId.of("A2"), EnumSet.of(EngagementPrinciple.INTEGRATION)));
    MeasureResult r = EngagementPrinciples.standard().evaluate(data, SCOPE_B);
    assertThat(r.score()).hasValue(0.5);
    assertThat(r.indicator("INTEGRATION").orElseThrow().value()).hasValue(0.5);
    assertThat(r.base()).isEqualTo(2);
  }

  @Test
  void evaluate_noActivity_notAssessable() {
    MeasureResult r = EngagementPrinciples.standard().evaluate(dataset().build(), SCOPE_B);
    assertThat(r.isScored()).isFalse();
    assertThat(r.reason()).contains("no activity in scope");
  }
}
