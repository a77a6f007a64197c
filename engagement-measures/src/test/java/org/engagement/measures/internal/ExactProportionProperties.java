package org.engagement.measures.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The accumulator gives the sums by their definition (each answer's exact weight,
 * {@code new BigDecimal(w)}, and its square added one by one from zero): the same sums, equal as
 * {@code BigDecimal}s (value and scale), for any mix of unit and other weights.
 */
class ExactProportionProperties {

  record Answer(double weight, boolean success) {}

  @Property(tries = 500)
  void accumulator_givesTheFold(@ForAll("answers") List<Answer> answers) {
    ExactProportion.Accumulator accumulator = ExactProportion.accumulator();
    BigDecimal weights = BigDecimal.ZERO;
    BigDecimal squares = BigDecimal.ZERO;
    BigDecimal successes = BigDecimal.ZERO;
    for (Answer a : answers) {
      BigDecimal w = new BigDecimal(a.weight());
      weights = weights.add(w);
      squares = squares.add(w.multiply(w));
      successes = a.success() ? successes.add(w) : successes;
      accumulator.add(a.weight(), a.success());
    }
    ExactProportion fold = answers.isEmpty() ? ExactProportion.EMPTY
        : ImmutableExactProportion.builder().n(answers.size()).sumOfWeights(weights)
            .sumOfSquaredWeights(squares).weightedSuccesses(successes).build();
    ExactProportion accumulated = accumulator.toExact();
    assertThat(accumulated).isEqualTo(fold);
    assertThat(accumulated.sumOfWeights().scale()).isEqualTo(fold.sumOfWeights().scale());
    assertThat(accumulated.weightedSuccesses().scale()).isEqualTo(fold.weightedSuccesses().scale());
    assertThat(accumulated.toProportion()).isEqualTo(fold.toProportion());
  }

  @Example
  void unitAndHalfWeights_sumExactly() {
    ExactProportion p = ExactProportion.accumulator()
        .add(1.0, true).add(0.5, true).add(1.0, false).add(2.25, false).toExact();
    assertThat(p.n()).isEqualTo(4);
    assertThat(p.sumOfWeights()).isEqualTo(new BigDecimal("4.75"));
    assertThat(p.sumOfSquaredWeights()).isEqualTo(new BigDecimal("7.3125"));
    assertThat(p.weightedSuccesses()).isEqualTo(new BigDecimal("1.5"));
    assertThat(ExactProportion.accumulator().toExact()).isSameAs(ExactProportion.EMPTY);
  }

  @Provide
  Arbitrary<List<Answer>> answers() {
    Arbitrary<Double> weights = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.just(1.0)),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(0.5, 2.0, 0.1, 1e-300, 3.0e300, 1.0000000000000002)),
        net.jqwik.api.Tuple.of(2, Arbitraries.doubles().between(1e-6, 1e6).ofScale(9)));
    return Combinators.combine(weights, Arbitraries.of(true, false)).as(Answer::new)
        .list().ofMaxSize(60);
  }
}
