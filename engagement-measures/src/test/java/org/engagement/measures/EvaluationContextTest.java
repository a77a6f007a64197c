package org.engagement.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.engagement.core.EngagementDataset;
import org.engagement.measures.internal.DatasetIndex;
import org.engagement.measures.testing.Records;
import org.junit.jupiter.api.Test;

class EvaluationContextTest {

  private static final EngagementDataset DATA =
      Records.dataset()
          .addInputs(
              Records.input("IN-1", Records.W1, "2012-06-01"),
              Records.input("IN-2", Records.W2, "2012-07-01"),
              Records.input("IN-3", Records.W3, "2012-08-01"))
          .build();

  /** A user's own index, as a measure written outside the SDK would keep it. */
  record InputCount(int inputs) {}

  @Test
  void of_holdsTheDatasetItWasGiven() {
    assertThat(EvaluationContext.of(DATA).dataset()).isSameAs(DATA);
  }

  @Test
  void of_rejectsNull() {
    assertThatThrownBy(() -> EvaluationContext.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("dataset");
  }

  @Test
  void derived_rejectsNullKeyBuildOrValue() {
    EvaluationContext context = EvaluationContext.of(DATA);
    assertThatThrownBy(() -> context.derived(null, d -> new InputCount(0)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> context.derived(InputCount.class, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> context.derived(InputCount.class, d -> null))
        .isInstanceOf(NullPointerException.class);
    assertThat(context.derived(InputCount.class, d -> new InputCount(d.inputs().size())))
        .isEqualTo(new InputCount(DATA.inputs().size()));
  }

  @Test
  void derived_isBuiltOncePerKeyAndContext() {
    AtomicInteger builds = new AtomicInteger();
    EvaluationContext context = EvaluationContext.of(DATA);
    InputCount first =
        context.derived(InputCount.class, d -> {
          builds.incrementAndGet();
          return new InputCount(d.inputs().size());
        });
    InputCount second =
        context.derived(InputCount.class, d -> {
          builds.incrementAndGet();
          return new InputCount(-1);
        });
    assertThat(second).isSameAs(first);
    assertThat(builds).hasValue(1);

    EvaluationContext other = EvaluationContext.of(DATA);
    assertThat(other.derived(InputCount.class, d -> new InputCount(-1)))
        .isEqualTo(new InputCount(-1));
  }

  @Test
  void derived_isBuiltOnceUnderConcurrentCalls() throws Exception {
    int threads = 8;
    for (int round = 0; round < 20; round++) {
      EvaluationContext context = EvaluationContext.of(DATA);
      AtomicInteger builds = new AtomicInteger();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<InputCount>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          results.add(pool.submit(() -> {
            start.await();
            return context.derived(InputCount.class, d -> {
              builds.incrementAndGet();
              return new InputCount(d.inputs().size());
            });
          }));
        }
        start.countDown();
        InputCount first = results.get(0).get(10, TimeUnit.SECONDS);
        for (Future<InputCount> result : results) {
          assertThat(result.get(10, TimeUnit.SECONDS)).isSameAs(first);
        }
        assertThat(builds).hasValue(1);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void datasetIndex_isOnePerContextAndNotSharedBetweenContexts() {
    EvaluationContext context = EvaluationContext.of(DATA);
    assertThat(DatasetIndex.of(context)).isSameAs(DatasetIndex.of(context));
    assertThat(DatasetIndex.of(EvaluationContext.of(DATA))).isNotSameAs(DatasetIndex.of(context));
  }

  @Test
  void toString_showsCountsButNoRecordContent() {
    EngagementDataset data =
        Records.dataset()
            .addInputs(Records.input("SECRET-INPUT", Records.W1, "2012-06-01"))
            .build();
    EvaluationContext context = EvaluationContext.of(data);
    assertThat(context.toString())
        .startsWith("EvaluationContext{")
        .contains("inputs=1")
        .contains("derived=0")
        .doesNotContain("SECRET-INPUT")
        .doesNotContain("ASB")
        .doesNotContain("Area W1");
    DatasetIndex.of(context);
    assertThat(context.toString()).contains("derived=1");
  }
}
