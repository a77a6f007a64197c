package org.engagement.core;

/**
 * The five outcome measures of community-police engagement (2006 report §16), the heart of the
 * SDK: "each could be applied either by the MPS as a self-assessment tool, or by the MPA as a
 * scrutiny device", at ward, borough and city-wide scale. The arithmetic of each is defined in
 * the measures module; this enum names them.
 */
public enum OutcomeMeasure {
  /** M1: information supplied by the public is given due consideration in decision-making. */
  DUE_CONSIDERATION("M1", "Due consideration of public input in decision-making",
      EngagementSide.DEMAND),
  /** M2: input does influence police service management (resources). */
  INFLUENCE_ON_MANAGEMENT("M2", "Influence on police management", EngagementSide.DEMAND),
  /** M3: understanding diverse needs — participant diversity on the six primary dimensions. */
  UNDERSTANDING_DIVERSE_NEEDS("M3", "Understanding diverse needs", EngagementSide.SUPPLY),
  /** M4: engagement is a feature of initiatives and operations. */
  MAINSTREAMING("M4", "Engagement mainstreamed in initiatives and operations",
      EngagementSide.DEMAND),
  /** M5: participants are satisfied their contribution was worthwhile. */
  PARTICIPANT_SATISFACTION("M5", "Participants satisfied their contribution was worthwhile",
      EngagementSide.SUPPLY);

  private final String code;
  private final String title;
  private final EngagementSide side;

  OutcomeMeasure(String code, String title, EngagementSide side) {
    this.code = code;
    this.title = title;
    this.side = side;
  }

  /**
   * The short code.
   *
   * @return {@code "M1"} to {@code "M5"}
   */
  public String code() {
    return code;
  }

  /** {@return the title, for people, never blank} */
  public String title() {
    return title;
  }

  /**
   * Which side of engagement the measure reads.
   *
   * @return the side, never null
   */
  public EngagementSide side() {
    return side;
  }
}
