package org.engagement.measures;

/** What an {@link Indicator}'s value is, so that renderers can format it. */
public enum IndicatorKind {
  /** A whole number of records, people or answers. */
  COUNT,
  /** A share or proportion in [0, 1]. */
  SHARE,
  /** A number of days. */
  DAYS,
  /** A quantity of a resource, in the unit its name gives. */
  QUANTITY,
  /** A test statistic, a correlation or an index (X², rho, D, R). */
  STATISTIC,
  /** A p-value; descriptive unless its name says otherwise. */
  P_VALUE,
  /** Text, not a number: the count basis M3 used. */
  LABEL
}
