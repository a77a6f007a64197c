package org.engagement.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The shared instances of repeated values: one per text, up to the cache's limit. */
class CanonicalTest {

  @Test
  void sameText_givesTheSameInstance_untilTheLimit_thenNewOnesAreNotKept() {
    AtomicInteger made = new AtomicInteger();
    Canonical<QuestionId> cache = new Canonical<>(2, text -> {
      made.incrementAndGet();
      return ImmutableQuestionId.of(text);
    });

    QuestionId a = cache.of(new String("Q1"));
    QuestionId b = cache.of(new String("Q2"));

    assertThat(cache.of(new String("Q1"))).isSameAs(a);
    assertThat(cache.of(new String("Q2"))).isSameAs(b);
    // Full: a third value is made afresh each time, equal but not kept.
    QuestionId c = cache.of("Q3");
    assertThat(cache.of("Q3")).isEqualTo(c).isNotSameAs(c);
    assertThat(made).hasValue(4);
  }

  @Test
  void invalidText_isRefused_andNotKept() {
    Canonical<QuestionId> cache = new Canonical<>(2, ImmutableQuestionId::of);

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> cache.of(" Q1")).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(cache.of("Q1")).isSameAs(cache.of("Q1"));
  }
}
