package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CommunityInputTest {

  @Test
  void support_isOneByDefault() {
    CommunityInput input = CommunityInput.builder().id(InputId.of("IN-0001"))
        .activity(ActivityId.of("ACT-0001")).area(AreaId.of("E05014105"))
        .date(LocalDate.of(2012, 10, 4)).issueCategory("ASB").summary("Noise").build();

    assertThat(input.support()).isEqualTo(1);
  }
}
