package org.engagement.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.testkit.EngagementAssertions.assertThat;

import java.time.LocalDate;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.junit.jupiter.api.Test;

class TestDatasetsTest {

  @Test
  void minimal_isValidWithOneOfEach() {
    assertThat(TestDatasets.minimal()).isValid().validation().hasNoWarnings();
    assertThat(TestDatasets.minimal())
        .hasRecordCount(RecordType.AREA, 2).hasRecordCount(RecordType.ACTIVITY, 1)
        .hasRecordCount(RecordType.INPUT, 1).hasRecordCount(RecordType.ISSUE_CATEGORY, 1);
  }

  @Test
  void fluent_severalRecords_isValid() {
    EngagementDataset data = TestDatasets.borough("B1").ward("W1").ward("W2")
        .activity("ACT-1", a -> a.attendance(12L).addIssueCategories("DRUGS"))
        .input("IN-1").input("IN-2", "DRUGS")
        .on(LocalDate.of(2025, 3, 1)).activity("ACT-2").input("IN-3", i -> i.support(4))
        .borough("B2").activity("ACT-3")
        .build();
    assertThat(data).isValid()
        .hasRecordCount(RecordType.AREA, 4).hasRecordCount(RecordType.ACTIVITY, 3)
        .hasRecordCount(RecordType.INPUT, 3).hasRecordCount(RecordType.ISSUE_CATEGORY, 2);
    org.assertj.core.api.Assertions.assertThat(data.activities().get(2).area().toString())
        .isEqualTo("B2");
    org.assertj.core.api.Assertions.assertThat(data.inputs().get(2).date())
        .isEqualTo(LocalDate.of(2025, 3, 1));
  }

  @Test
  void outOfOrder_throws() {
    assertThatThrownBy(() -> TestDatasets.borough("B1").input("IN-1"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("activity first");
  }
}
