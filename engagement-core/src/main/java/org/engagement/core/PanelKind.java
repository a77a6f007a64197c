package org.engagement.core;

/** The kind of a {@link Panel} or group (2011 panels report, 2012 standards). */
public enum PanelKind {
  /** A ward panel of a Safer Neighbourhoods team. */
  SAFER_NEIGHBOURHOODS_PANEL,
  /** A borough community police engagement group. */
  CPEG,
  /** An independent advisory group. */
  IAG,
  /** A youth panel (the 2012 "Youth KIN"). */
  YOUTH_PANEL,
  /** A Safer Neighbourhood Board. */
  SAFER_NEIGHBOURHOOD_BOARD,
  /** A business crime partnership. */
  BUSINESS_CRIME_PARTNERSHIP,
  /** A borough tension monitoring group. */
  TENSION_MONITORING_GROUP,
  /** Any other panel or group. */
  OTHER
}
