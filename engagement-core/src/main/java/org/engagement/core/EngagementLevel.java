package org.engagement.core;

/**
 * The geographic and organisational tier at which an activity engages (2005 strategy §5): the
 * whole service, a borough, or a neighbourhood.
 */
public enum EngagementLevel {
  /** Service-wide, pan-London engagement. */
  STRATEGIC,
  /** Borough-level engagement. */
  OPERATIONAL,
  /** Neighbourhood and ward engagement. */
  COMMUNITY
}
