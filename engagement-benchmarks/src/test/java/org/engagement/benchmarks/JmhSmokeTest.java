package org.engagement.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * CI smoke: the benchmarks compile, JMH finds them, and one tiny iteration of a few runs on the
 * smallest country, in this JVM (no fork). Never the suite: that is {@code java -jar
 * engagement-benchmarks/target/benchmarks.jar} or {@link PerformanceReport}.
 */
class JmhSmokeTest {

  @Test
  void oneTinyIteration_ofAMeasureItsBaselineAndTheJsonRead() throws RunnerException {
    Collection<RunResult> results =
        new Runner(
                new OptionsBuilder()
                    .include(MeasureBenchmarks.class.getSimpleName() + ".(m1AllWards|m1AllWardsBaseline|boroughByWard)$")
                    .include(DataBenchmarks.class.getSimpleName() + ".readRaw$")
                    .forks(0)
                    .warmupIterations(0)
                    .measurementIterations(1)
                    .measurementTime(TimeValue.milliseconds(100))
                    .param("wards", "21")
                    .param("measure", "ALL")
                    .shouldFailOnError(true)
                    .output("target/jmh-smoke.txt")
                    .build())
            .run();

    assertThat(results).hasSize(4);
    for (RunResult result : results) {
      assertThat(result.getPrimaryResult().getScore()).isPositive();
    }
  }
}
