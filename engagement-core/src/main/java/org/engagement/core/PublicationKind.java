package org.engagement.core;

/** The kind of a {@link Publication}: the documents several 2012 standards ask for. */
public enum PublicationKind {
  /** Clear information on how to get involved (CE-2). */
  HOW_TO_GET_INVOLVED,
  /** A community tension assessment (CT-2). */
  TENSION_ASSESSMENT,
  /** An area-focused tensions report (CT-3). */
  TENSIONS_REPORT,
  /** Minutes of a meeting, e.g. of an IAG (IA-5). */
  MINUTES,
  /** A newsletter. */
  NEWSLETTER,
  /** An engagement plan. */
  ENGAGEMENT_PLAN,
  /** Any other publication. */
  OTHER
}
