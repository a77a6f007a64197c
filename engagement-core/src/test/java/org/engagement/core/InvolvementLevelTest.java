package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvolvementLevelTest {

  @Test
  void values_runFromInformToEmpower() {
    assertThat(InvolvementLevel.values()).containsExactly(InvolvementLevel.INFORM,
        InvolvementLevel.CONSULT, InvolvementLevel.INVOLVE, InvolvementLevel.COLLABORATE,
        InvolvementLevel.EMPOWER);
  }

  @Test
  void isAtLeast_moreIntensiveLevel_true() {
    assertThat(InvolvementLevel.INVOLVE.isAtLeast(InvolvementLevel.CONSULT)).isTrue();
    assertThat(InvolvementLevel.EMPOWER.isAtLeast(InvolvementLevel.INFORM)).isTrue();
  }

  @Test
  void isAtLeast_sameLevel_true() {
    for (InvolvementLevel level : InvolvementLevel.values()) {
      assertThat(level.isAtLeast(level)).as("%s", level).isTrue();
    }
  }

  @Test
  void isAtLeast_lessIntensiveLevel_false() {
    assertThat(InvolvementLevel.INFORM.isAtLeast(InvolvementLevel.CONSULT)).isFalse();
    assertThat(InvolvementLevel.COLLABORATE.isAtLeast(InvolvementLevel.EMPOWER)).isFalse();
  }

  @Test
  void isAtLeast_consult_excludesOnlyInform() {
    assertThat(InvolvementLevel.values())
        .filteredOn(level -> !level.isAtLeast(InvolvementLevel.CONSULT))
        .containsExactly(InvolvementLevel.INFORM);
  }
}
