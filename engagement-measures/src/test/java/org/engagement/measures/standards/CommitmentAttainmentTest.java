package org.engagement.measures.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.measures.standards.StandardsRecords.commitment;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.B2;
import static org.engagement.measures.testing.Records.F;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.d;
import static org.engagement.measures.testing.Records.dataset;

import java.math.BigDecimal;
import org.engagement.core.Commitment;
import org.junit.jupiter.api.Test;

class CommitmentAttainmentTest {

  @Test
  void of_latestMeasurementNotAfterDeadlineOrAsOf() {
    Commitment c = commitment("C1", "YE-2", F, 100, "2013-01-31",
        "2012-06-01", 40, "2013-01-31", 70, "2013-02-01", 100);
    assertThat(CommitmentAttainment.of(c, d("2013-03-31"))).isEqualTo(0.7);
    assertThat(CommitmentAttainment.of(c, d("2012-12-31"))).isEqualTo(0.4);
    assertThat(CommitmentAttainment.of(c, d("2012-05-31"))).isZero();
  }

  @Test
  void of_overTargetCapsAtOneAndSameDayTakesTheLarger() {
    Commitment c = commitment("C1", "YE-2", F, 100, "2014-01-31",
        "2012-06-01", 150, "2012-07-01", 30, "2012-07-01", 60);
    assertThat(CommitmentAttainment.latest(c, d("2013-03-31"))).contains(BigDecimal.valueOf(60));
    assertThat(CommitmentAttainment.of(c, d("2012-06-30"))).isEqualTo(1.0);
  }

  @Test
  void commitments_inTheSubtreeOrAnAncestorNotASibling() {
    var data = dataset().addCommitments(
        commitment("C1", "YE-2", F, 10, "2014-01-31"),
        commitment("C2", "YE-2", W1, 10, "2014-01-31"),
        commitment("C3", "YE-2", B2, 10, "2014-01-31"),
        commitment("C4", "YE-3", B, 10, "2014-01-31")).build();
    assertThat(CommitmentAttainment.commitments(data, SCOPE_B, "YE-2"))
        .extracting(c -> c.id().value()).containsExactly("C1", "C2");
    assertThat(CommitmentAttainment.of(data, SCOPE_B, "YE-9")).isEmpty();
    assertThat(CommitmentAttainment.of(data, SCOPE_B, "YE-2")).hasValue(0.0);
  }
}
