package org.engagement.measures;

/** Whether a published figure is withheld by {@link DisclosureControl}, and why. */
public enum Suppression {
  /** Published. */
  NONE,
  /** Withheld because its own base is below the threshold. */
  PRIMARY,
  /**
   * Withheld so that a primarily suppressed figure of the same breakdown cannot be recovered
   * from the total by subtraction.
   */
  SECONDARY
}
