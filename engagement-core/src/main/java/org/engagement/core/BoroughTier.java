package org.engagement.core;

/**
 * Who is engaged within a borough (2012 quality standards, CE-1: "three-tier borough
 * engagement"). A different axis from {@link EngagementLevel}, which says where.
 */
public enum BoroughTier {
  /** Strategic stakeholders: partners, councillors, advisory groups. */
  STRATEGIC_STAKEHOLDERS,
  /** Neighbourhood management: ward panels and Safer Neighbourhoods teams' partners. */
  NEIGHBOURHOOD_MANAGEMENT,
  /** Local communities: residents at large. */
  LOCAL_COMMUNITIES
}
