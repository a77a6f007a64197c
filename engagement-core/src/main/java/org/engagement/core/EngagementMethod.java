package org.engagement.core;

/**
 * How an activity engages: the 2005 toolkit, the 2011 "shopping list" and the 2012 standards.
 * {@link #ONLINE_CONSULTATION}, {@link #ONLINE_DEBATE}, {@link #WEB_SURVEY} and
 * {@link #SOCIAL_MEDIA} are the e-methods; the rest are traditional.
 */
public enum EngagementMethod {
  /** A public meeting. */
  PUBLIC_MEETING,
  /** A public event (open day, fair, street party). */
  PUBLIC_EVENT,
  /** A meeting of a ward (Safer Neighbourhoods) panel. */
  WARD_PANEL_MEETING,
  /** A focus group. */
  FOCUS_GROUP,
  /** Circulation of a document for comment. */
  DOCUMENT_CIRCULATION,
  /** A survey on paper, by telephone or face to face. */
  SURVEY,
  /** An online consultation. */
  ONLINE_CONSULTATION,
  /** An online debate or conversation (e.g. Polis). */
  ONLINE_DEBATE,
  /** A web survey. */
  WEB_SURVEY,
  /** Social media: a virtual ward panel, Neighbourhood Link, Twitter. */
  SOCIAL_MEDIA,
  /** A street surgery or beat surgery. */
  STREET_SURGERY,
  /** A newsletter. */
  NEWSLETTER,
  /** A meeting of a youth panel. */
  YOUTH_PANEL_MEETING,
  /** A meeting of an advisory group (IAG). */
  ADVISORY_GROUP_MEETING,
  /** An event for advisors. */
  ADVISOR_EVENT,
  /** A business forum. */
  BUSINESS_FORUM,
  /** A partnership meeting (CDRP, local authority). */
  PARTNERSHIP_MEETING,
  /** Any other method. */
  OTHER;

  /**
   * Whether this is an e-method: online consultation, online debate, web survey or social media.
   *
   * @return true for the four e-methods
   */
  public boolean isEMethod() {
    return this == ONLINE_CONSULTATION
        || this == ONLINE_DEBATE
        || this == WEB_SURVEY
        || this == SOCIAL_MEDIA;
  }
}
