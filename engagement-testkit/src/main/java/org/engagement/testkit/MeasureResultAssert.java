package org.engagement.testkit;

import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Offset;
import org.engagement.measures.Gap;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.Rating;

/**
 * Assertions on a {@link MeasureResult}, in the AssertJ style; failure messages name the measure
 * and give its headline ({@code 0.6250 (15/24) ADEQUATE} or the reason it was not assessable).
 *
 * <pre>{@code
 * assertThat(result).hasScore(0.58, within(1e-9)).isRated(Rating.GOOD)
 *     .hasNumerator(7).hasDenominator(12).hasGap("IN-0003", "decision");
 * }</pre>
 */
public final class MeasureResultAssert extends AbstractAssert<MeasureResultAssert, MeasureResult> {

  MeasureResultAssert(MeasureResult actual) {
    super(actual, MeasureResultAssert.class);
  }

  private MeasureResultAssert fail(String expected) {
    failWithMessage("%s", "Expected " + actual.measure() + " " + expected + " but it is "
        + actual.headline());
    return myself;
  }

  /**
   * Verifies that the measure was scored (not NOT_ASSESSABLE).
   *
   * @return this assertion, for chaining
   * @throws AssertionError if it was not; the message gives the reason
   */
  public MeasureResultAssert isScored() {
    isNotNull();
    return actual.isScored() ? myself : fail("to be scored");
  }

  /**
   * Verifies the score.
   *
   * @param expected the score
   * @param offset how far from it the score may be, e.g. {@code within(1e-9)}
   * @return this assertion, for chaining
   * @throws AssertionError if there is no score or it is further off
   */
  public MeasureResultAssert hasScore(double expected, Offset<Double> offset) {
    isNotNull();
    if (actual.score().isEmpty()
        || Math.abs(actual.score().getAsDouble() - expected) > offset.value) {
      return fail("to have score " + expected + " (within " + offset.value + ")");
    }
    return myself;
  }

  /**
   * Verifies the rating.
   *
   * @param expected the rating, not null
   * @return this assertion, for chaining
   * @throws AssertionError if it is rated otherwise
   */
  public MeasureResultAssert isRated(Rating expected) {
    isNotNull();
    return actual.rating() == expected ? myself : fail("to be rated " + expected);
  }

  /**
   * Verifies that the measure was not assessable, for a reason containing this text.
   *
   * @param reason text the reason contains, e.g. {@code "no community input"}, not null
   * @return this assertion, for chaining
   * @throws AssertionError if it was scored or for another reason
   */
  public MeasureResultAssert isNotAssessableBecause(String reason) {
    isNotNull();
    if (actual.isScored() || !actual.reason().orElse("").contains(reason)) {
      return fail("to be NOT_ASSESSABLE because \"" + reason + "\"");
    }
    return myself;
  }

  /**
   * Verifies the numerator.
   *
   * @param expected the numerator
   * @return this assertion, for chaining
   * @throws AssertionError if there is none or it differs
   */
  public MeasureResultAssert hasNumerator(long expected) {
    isNotNull();
    if (actual.numerator().isEmpty() || actual.numerator().getAsLong() != expected) {
      return fail("to have numerator " + expected);
    }
    return myself;
  }

  /**
   * Verifies the denominator.
   *
   * @param expected the denominator
   * @return this assertion, for chaining
   * @throws AssertionError if there is none or it differs
   */
  public MeasureResultAssert hasDenominator(long expected) {
    isNotNull();
    if (actual.denominator().isEmpty() || actual.denominator().getAsLong() != expected) {
      return fail("to have denominator " + expected);
    }
    return myself;
  }

  /**
   * Verifies that a record is a gap, lacking this step.
   *
   * @param id the failing record's id, not null
   * @param step the first step it lacks, as the measure names it, not null
   * @return this assertion, for chaining
   * @throws AssertionError if it is not; the message lists the gaps
   */
  public MeasureResultAssert hasGap(String id, String step) {
    isNotNull();
    if (!actual.gaps().contains(Gap.of(id, step))) {
      return fail("to have gap " + id + " lacking " + step + "; its gaps are " + gaps() + ";");
    }
    return myself;
  }

  /**
   * Verifies that a record is a gap, whatever step it lacks.
   *
   * @param id the failing record's id, not null
   * @return this assertion, for chaining
   * @throws AssertionError if it is not; the message lists the gaps
   */
  public MeasureResultAssert hasGap(String id) {
    isNotNull();
    if (actual.gaps().stream().noneMatch(g -> g.id().equals(id))) {
      return fail("to have gap " + id + "; its gaps are " + gaps() + ";");
    }
    return myself;
  }

  /**
   * Verifies that a record is in the evidence.
   *
   * @param id the record's id, not null
   * @return this assertion, for chaining
   * @throws AssertionError if it is not; the message lists the evidence
   */
  public MeasureResultAssert hasEvidence(String id) {
    isNotNull();
    if (!actual.evidence().contains(id)) {
      return fail("to have evidence " + id + "; its evidence is " + actual.evidence() + ";");
    }
    return myself;
  }

  private String gaps() {
    return actual.gaps().stream().map(g -> g.id() + " lacks " + g.lacks())
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
