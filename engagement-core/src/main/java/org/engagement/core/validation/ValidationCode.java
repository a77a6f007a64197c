package org.engagement.core.validation;

/**
 * The stable codes of {@link ValidationIssue}s that {@link DatasetValidator} reports. Tests and
 * users match on {@link #name()}; a code is never renamed or reused for another rule.
 */
public enum ValidationCode {
  /** Two records of one type share an id (or two issue categories share a code). */
  DUPLICATE_ID(Severity.ERROR),
  /**
   * A reference names a record that does not exist: an area, activity, input, decision,
   * initiative, panel, survey, question, hard-to-hear group.
   */
  UNKNOWN_REFERENCE(Severity.ERROR),
  /** An issue category code is not in the dataset's issue taxonomy. */
  UNKNOWN_ISSUE_CATEGORY(Severity.ERROR),
  /** A demographic dimension is not in the dataset's scheme. */
  UNKNOWN_DIMENSION(Severity.ERROR),
  /** A demographic category is not in its dimension in the dataset's scheme. */
  UNKNOWN_CATEGORY(Severity.ERROR),
  /** The parent links of areas form a cycle. */
  AREA_CYCLE(Severity.ERROR),
  /** An area's parent is not at a higher level (a ward's parent must be a borough or force). */
  AREA_LEVEL_ORDER(Severity.ERROR),
  /**
   * A record's dates are out of order: an end before its start, a member leaving before joining,
   * an action date before the priority's set date.
   */
  DATE_ORDER(Severity.ERROR),
  /**
   * A date lies outside the supported range, 1 January 1900 to 31 December 2999 (see
   * {@link DatasetValidator#EARLIEST_DATE} and {@link DatasetValidator#LATEST_DATE}).
   */
  DATE_OUT_OF_RANGE(Severity.ERROR),
  /** A decision is dated before an input presented to it was raised. */
  DECISION_BEFORE_INPUT(Severity.ERROR),
  /** Feedback is published before the activity it answers took place. */
  FEEDBACK_BEFORE_ACTIVITY(Severity.ERROR),
  /** A consideration names an input that is not presented in the same decision record. */
  CONSIDERATION_NOT_PRESENTED(Severity.ERROR),
  /** A decision record has two considerations of the same input. */
  DUPLICATE_CONSIDERATION(Severity.ERROR),
  /** A count, quantity or cost is negative. */
  NEGATIVE_VALUE(Severity.ERROR),
  /** A value that must be greater than zero is not: a design weight, a commitment's target. */
  NOT_POSITIVE(Severity.ERROR),
  /** A value is below its minimum: an input's support is less than 1. */
  BELOW_MINIMUM(Severity.ERROR),
  /** Required text is blank. */
  BLANK_TEXT(Severity.ERROR),
  /** Any other single-field constraint is violated; the message names it. */
  CONSTRAINT_VIOLATED(Severity.ERROR),
  /**
   * Demographic counts of one dimension (stated plus not stated) exceed the activity's attendance
   * although they count respondents.
   */
  COUNT_EXCEEDS_ATTENDANCE(Severity.ERROR),
  /** Two reference populations have the same area, year and dimension. */
  DUPLICATE_REFERENCE_POPULATION(Severity.ERROR),
  /** A survey has two questions with the same standard role. */
  DUPLICATE_QUESTION_ROLE(Severity.ERROR),
  /** A question's type is not the type its standard role requires. */
  ROLE_TYPE_MISMATCH(Severity.ERROR),
  /** A CATEGORICAL question lists no categories. */
  QUESTION_WITHOUT_CATEGORIES(Severity.ERROR),
  /** A LIKERT_5 answer is a number outside 1 to 5. */
  LIKERT_OUT_OF_RANGE(Severity.ERROR),
  /** An answer does not fit its question's type. */
  ANSWER_TYPE_MISMATCH(Severity.ERROR),
  /**
   * Counts that measures add up pass the range of a {@code long} (9,223,372,036,854,775,807)
   * when added over the dataset: the attendance of all activities, per dimension the demographic
   * counts of all activities or of all panel memberships, or the counts of all reference
   * populations; or one record's counts of a dimension do. Reported once per total, at the
   * record and field where the total first passes the range. Below it, every total that a
   * measure forms over any set of records is exact.
   */
  SUM_OUT_OF_RANGE(Severity.ERROR),
  /**
   * A list that names each entry once names one twice: a dimension in a record's demographic
   * counts or in the scheme, a category in a dimension of the scheme.
   */
  DUPLICATE_ENTRY(Severity.ERROR),
  /**
   * Warning: an allocation responds to an input that the decision it implements rejected. The
   * message names the allocation, the input and the decision.
   */
  ALLOCATION_FOR_REJECTED_INPUT(Severity.WARNING),
  /**
   * Warning: an allocation is dated before the decision it implements. The message names both.
   */
  ALLOCATION_BEFORE_DECISION(Severity.WARNING),
  /**
   * Warning: an allocation is dated before an input it responds to was raised. The message
   * names both.
   */
  ALLOCATION_BEFORE_INPUT(Severity.WARNING),
  /**
   * Warning: a target is set before an input it cites as informing it was raised. The message
   * names both.
   */
  TARGET_BEFORE_INPUT(Severity.WARNING),
  /**
   * Warning: feedback is published before an input it responds to was raised. The message
   * names both.
   */
  FEEDBACK_BEFORE_INPUT(Severity.WARNING),
  /**
   * Warning: an input is dated before the activity it was raised at took place. The message
   * names both.
   */
  INPUT_BEFORE_ACTIVITY(Severity.WARNING),
  /**
   * Warning: an analysis is dated before the activity it analyses took place. The message names
   * both.
   */
  ANALYSIS_BEFORE_ACTIVITY(Severity.WARNING),
  /**
   * A rule of the validator itself failed on this data. Never expected: please report it with
   * the message.
   */
  VALIDATOR_FAILURE(Severity.ERROR);

  private final Severity severity;

  ValidationCode(Severity severity) {
    this.severity = severity;
  }

  /**
   * The severity of issues with this code.
   *
   * @return the severity, never null
   */
  public Severity severity() {
    return severity;
  }
}
