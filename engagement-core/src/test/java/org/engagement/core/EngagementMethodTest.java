package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngagementMethodTest {

  @Test
  void isEMethod_exactlyTheFourOnlineMethods() {
    assertThat(EngagementMethod.values()).filteredOn(EngagementMethod::isEMethod)
        .containsExactlyInAnyOrder(EngagementMethod.ONLINE_CONSULTATION,
            EngagementMethod.ONLINE_DEBATE, EngagementMethod.WEB_SURVEY,
            EngagementMethod.SOCIAL_MEDIA);
  }

  @Test
  void isEMethod_traditionalMethods_false() {
    assertThat(EngagementMethod.PUBLIC_MEETING.isEMethod()).isFalse();
    assertThat(EngagementMethod.SURVEY.isEMethod()).isFalse();
    assertThat(EngagementMethod.NEWSLETTER.isEMethod()).isFalse();
    assertThat(EngagementMethod.OTHER.isEMethod()).isFalse();
  }
}
