package org.engagement.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.engagement.core.ActivityId;
import org.engagement.core.RecordType;
import org.engagement.core.validation.ValidationCode;
import org.junit.jupiter.api.Test;

class RecordPlaceTest {

  @Test
  void path_namesTheRecordAndTheField() {
    RecordPlace at = RecordPlace.of(RecordType.ACTIVITY, 3, ActivityId.of("ACT-0004"));

    assertThat(at.path("demographics", "dimensions", 0, "counts", "WHITE"))
        .hasToString("activities[3](ACT-0004).demographics.dimensions[0].counts.WHITE");
    assertThat(at.issue(ValidationCode.UNKNOWN_CATEGORY, "unknown category", "dimension")
        .toString()).contains("activities[3](ACT-0004).dimension", "unknown category");
    assertThat(at.index()).isEqualTo(3);
    assertThat(at.id()).isEqualTo("ACT-0004");
  }

  @Test
  void idText_isMadeOnlyForAPath() {
    AtomicInteger made = new AtomicInteger();
    Object id = new Object() {
      @Override
      public String toString() {
        made.incrementAndGet();
        return "IN-0001";
      }
    };
    RecordPlace at = RecordPlace.of(RecordType.INPUT, 0, id);
    assertThat(made).hasValue(0);

    assertThat(at.path("date")).hasToString("inputs[0](IN-0001).date");
    assertThat(made).hasValue(1);
  }
}
