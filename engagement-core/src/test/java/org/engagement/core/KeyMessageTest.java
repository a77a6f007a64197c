package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyMessageTest {

  private static KeyMessage.Builder message() {
    return KeyMessage.builder().id(MessageId.of("MSG-0001")).date(LocalDate.of(2012, 8, 6))
        .area(AreaId.of("E09000022")).message("Carnival weekend: road closures");
  }

  private static KeyMessage.Builder allMet() {
    return message().accessible(true).consistent(true).timely(true).widestAudience(true);
  }

  @Test
  void meetsFourPointStandard_allFourAssessedTrue_true() {
    assertThat(allMet().build().meetsFourPointStandard()).isTrue();
  }

  @Test
  void meetsFourPointStandard_onePointFalse_false() {
    assertThat(allMet().accessible(false).build().meetsFourPointStandard()).isFalse();
    assertThat(allMet().consistent(false).build().meetsFourPointStandard()).isFalse();
    assertThat(allMet().timely(false).build().meetsFourPointStandard()).isFalse();
    assertThat(allMet().widestAudience(false).build().meetsFourPointStandard()).isFalse();
  }

  @Test
  void meetsFourPointStandard_onePointNotAssessed_false() {
    assertThat(allMet().accessible(Optional.empty()).build().meetsFourPointStandard()).isFalse();
    assertThat(allMet().consistent(Optional.empty()).build().meetsFourPointStandard()).isFalse();
    assertThat(allMet().timely(Optional.empty()).build().meetsFourPointStandard()).isFalse();
    assertThat(allMet().widestAudience(Optional.empty()).build().meetsFourPointStandard())
        .isFalse();
  }

  @Test
  void meetsFourPointStandard_nothingAssessed_false() {
    assertThat(message().build().meetsFourPointStandard()).isFalse();
  }
}
