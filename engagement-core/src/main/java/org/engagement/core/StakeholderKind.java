package org.engagement.core;

/** The kind of a {@link Stakeholder} in the consultation community (2005 strand 1). */
public enum StakeholderKind {
  /** An individual resident acting for themselves. */
  RESIDENT,
  /** A community group or residents' association. */
  COMMUNITY_GROUP,
  /** A voluntary-sector organisation. */
  VOLUNTARY_SECTOR,
  /** A faith group. */
  FAITH_GROUP,
  /** A business or business association. */
  BUSINESS,
  /** A statutory partner: local authority, CDRP, health, probation. */
  STATUTORY_PARTNER,
  /** An elected member, such as a councillor. */
  ELECTED_MEMBER,
  /** A youth group or young people's representative. */
  YOUTH,
  /** An independent advisor, such as an IAG member. */
  INDEPENDENT_ADVISOR,
  /** Any other kind. */
  OTHER
}
