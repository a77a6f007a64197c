package org.engagement.core.validation;

/** How serious a {@link ValidationIssue} is. */
public enum Severity {
  /** The data is wrong: a measure over it could be wrong. A report with an error is not valid. */
  ERROR,
  /** The data is suspicious but usable. */
  WARNING
}
