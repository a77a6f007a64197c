package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedbackTest {

  private static Feedback.Builder feedback() {
    return Feedback.builder().id(FeedbackId.of("FB-0001")).published(LocalDate.of(2012, 12, 1))
        .channel("ward newsletter").format(FeedbackFormat.SUMMARY);
  }

  private static Feedback.Builder allThree() {
    return feedback().weAsked("What should we focus on?").youSaid("Groups outside the station")
        .weDid("Friday-night patrols");
  }

  @Test
  void stage_isFinalByDefault() {
    assertThat(feedback().build().stage()).isEqualTo(FeedbackStage.FINAL);
  }

  @Test
  void hasAllThreeParts_allPresent_true() {
    assertThat(allThree().build().hasAllThreeParts()).isTrue();
  }

  @Test
  void hasAllThreeParts_nonePresent_false() {
    assertThat(feedback().build().hasAllThreeParts()).isFalse();
  }

  @Test
  void hasAllThreeParts_anyOnePartMissing_false() {
    assertThat(allThree().weAsked(Optional.empty()).build().hasAllThreeParts()).isFalse();
    assertThat(allThree().youSaid(Optional.empty()).build().hasAllThreeParts()).isFalse();
    assertThat(allThree().weDid(Optional.empty()).build().hasAllThreeParts()).isFalse();
  }

  @Test
  void hasAllThreeParts_aBlankPart_false() {
    assertThat(allThree().weDid("  ").build().hasAllThreeParts()).isFalse();
    assertThat(allThree().weAsked("").build().hasAllThreeParts()).isFalse();
  }
}
