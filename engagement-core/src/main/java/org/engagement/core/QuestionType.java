package org.engagement.core;

/** The answer format of a survey {@link Question}; {@link Answer} documents the valid values. */
public enum QuestionType {
  /** {@code YES}, {@code NO} or {@code DONT_KNOW}. */
  BINARY,
  /** {@code 1} to {@code 5} (5 = strongly agree) or {@code DONT_KNOW}. */
  LIKERT_5,
  /** One of the question's category codes, or {@code DONT_KNOW}. */
  CATEGORICAL
}
