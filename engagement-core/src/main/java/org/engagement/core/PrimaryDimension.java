package org.engagement.core;

/**
 * The six primary demographic dimensions: the six equality strands of UK public-sector equality
 * practice in 2006, which the 2006 paper's measure 3 reads. A {@link DemographicScheme} names its
 * dimensions by code; these are the default scheme's primary codes.
 */
public enum PrimaryDimension {
  /** Age, in bands. */
  AGE,
  /** Disability. */
  DISABILITY,
  /** Gender. */
  GENDER,
  /** Ethnicity (race). */
  ETHNICITY,
  /** Faith (religion or belief). */
  FAITH,
  /** Sexual orientation. */
  SEXUAL_ORIENTATION;

  /**
   * The dimension's code in a scheme: the constant's name.
   *
   * @return the code, e.g. {@code "ETHNICITY"}
   */
  public String code() {
    return name();
  }
}
