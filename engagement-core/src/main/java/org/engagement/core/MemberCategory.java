package org.engagement.core;

/** What a {@link PanelMember} represents on the panel. */
public enum MemberCategory {
  /** A resident. */
  RESIDENT,
  /** A councillor. */
  COUNCILLOR,
  /** A representative of an agency (local authority, housing, health...). */
  AGENCY_REPRESENTATIVE,
  /** A local business. */
  BUSINESS,
  /** A young person. */
  YOUTH,
  /** The voluntary sector. */
  VOLUNTARY_SECTOR,
  /** A faith community. */
  FAITH,
  /** A formal advisor of an IAG. */
  FORMAL_ADVISOR,
  /** An informal advisor reached through an IAG's formal advisors. */
  INFORMAL_ADVISOR
}
