package org.engagement.testkit;

import org.assertj.core.api.AbstractAssert;
import org.assertj.core.data.Offset;
import org.engagement.measures.standards.RuleResult;
import org.engagement.measures.standards.RuleStatus;

/**
 * Assertions on a standards {@link RuleResult}, in the AssertJ style; failure messages name the
 * rule and give its headline ({@code PARTLY_MET (0.5000)} or the reason).
 *
 * <pre>{@code
 * assertThat(ruleResult).hasStatus(RuleStatus.MET).hasAttainment(1.0, within(1e-9));
 * }</pre>
 */
public final class RuleResultAssert extends AbstractAssert<RuleResultAssert, RuleResult> {

  RuleResultAssert(RuleResult actual) {
    super(actual, RuleResultAssert.class);
  }

  private RuleResultAssert fail(String expected) {
    failWithMessage("%s", "Expected rule " + actual.rule() + " " + expected + " but it is "
        + actual.headline());
    return myself;
  }

  /**
   * Verifies the status.
   *
   * @param expected the status, not null
   * @return this assertion, for chaining
   * @throws AssertionError if it differs
   */
  public RuleResultAssert hasStatus(RuleStatus expected) {
    isNotNull();
    return actual.status() == expected ? myself : fail("to be " + expected);
  }

  /**
   * Verifies that the rule is met.
   *
   * @return this assertion, for chaining
   * @throws AssertionError if it is not
   */
  public RuleResultAssert isMet() {
    return hasStatus(RuleStatus.MET);
  }

  /**
   * Verifies that the rule is not met.
   *
   * @return this assertion, for chaining
   * @throws AssertionError if it is met, partly met or not assessable
   */
  public RuleResultAssert isNotMet() {
    return hasStatus(RuleStatus.NOT_MET);
  }

  /**
   * Verifies the attainment.
   *
   * @param expected the attainment, from 0 to 1
   * @param offset how far from it it may be, e.g. {@code within(1e-9)}
   * @return this assertion, for chaining
   * @throws AssertionError if there is none or it is further off
   */
  public RuleResultAssert hasAttainment(double expected, Offset<Double> offset) {
    isNotNull();
    if (actual.attainment().isEmpty()
        || Math.abs(actual.attainment().getAsDouble() - expected) > offset.value) {
      return fail("to have attainment " + expected + " (within " + offset.value + ")");
    }
    return myself;
  }

  /**
   * Verifies that the rule was not assessable, for a reason containing this text.
   *
   * @param reason text the reason contains, not null
   * @return this assertion, for chaining
   * @throws AssertionError if it was assessed or for another reason
   */
  public RuleResultAssert isNotAssessableBecause(String reason) {
    isNotNull();
    if (actual.status() != RuleStatus.NOT_ASSESSABLE
        || !actual.reason().orElse("").contains(reason)) {
      return fail("to be NOT_ASSESSABLE because \"" + reason + "\"");
    }
    return myself;
  }

  /**
   * Verifies that a record is a gap of the rule.
   *
   * @param id the failing record's id, not null
   * @return this assertion, for chaining
   * @throws AssertionError if it is not; the message lists the gaps
   */
  public RuleResultAssert hasGap(String id) {
    isNotNull();
    if (actual.gaps().stream().noneMatch(g -> g.id().equals(id))) {
      return fail("to have gap " + id + "; its gaps are " + actual.gaps() + ";");
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
  public RuleResultAssert hasEvidence(String id) {
    isNotNull();
    if (!actual.evidence().contains(id)) {
      return fail("to have evidence " + id + "; its evidence is " + actual.evidence() + ";");
    }
    return myself;
  }
}
