package org.engagement.core;

/** A named post that the 2012 quality standards ask boroughs to fill. */
public enum RoleKind {
  /** Youth Engagement Coordinator (YE-1). */
  YOUTH_ENGAGEMENT_COORDINATOR,
  /** Business single point of contact in the borough leadership team (BE-2). */
  BUSINESS_SPOC,
  /** Senior leadership team lead for community tension (CT-1). */
  COMMUNITY_TENSION_LEAD,
  /** Community tensions specialist post (CT-4). */
  COMMUNITY_TENSIONS_SPECIALIST,
  /** Chair of an independent advisory group. */
  IAG_CHAIR,
  /** Any other post; its title says which. */
  OTHER
}
