package org.engagement.core;

/** Whether a consultation's results were weighted (2005 strand 3, analysing results). */
public enum Weighting {
  /** The results were weighted. */
  YES,
  /** The results were not weighted although weighting would apply. */
  NO,
  /** Weighting does not apply to this consultation. */
  NOT_APPLICABLE
}
