package org.engagement.core;

/**
 * The spectrum of involvement (2006 report §7): "from basic information-provision and
 * consultation, through increasingly intensive participatory levels, to community control of
 * resources and decision-making". The IAP2 names, in increasing order; the order matters, as
 * measures filter on "at least {@link #CONSULT}":
 *
 * <pre>{@code
 * InvolvementLevel.INVOLVE.isAtLeast(InvolvementLevel.CONSULT);  // true
 * }</pre>
 */
public enum InvolvementLevel {
  /** Information is given to the public; nothing is asked back. */
  INFORM,
  /** The public's views are asked for. */
  CONSULT,
  /** The public works with the police so that its concerns are understood and considered. */
  INVOLVE,
  /** The public is a partner in each aspect of the decision. */
  COLLABORATE,
  /** Final decision-making, or control of resources, lies with the community. */
  EMPOWER;

  /**
   * Whether this level is at least as intensive as {@code other}.
   *
   * @param other the level to compare with, not null
   * @return true when {@code this >= other} in the spectrum's order
   */
  public boolean isAtLeast(InvolvementLevel other) {
    return compareTo(other) >= 0;
  }
}
