package org.engagement.core;

/** The form in which consultation results are fed back (2005 strand 5). */
public enum FeedbackFormat {
  /** The full text of what was said. */
  FULL_TEXT,
  /** An edited digest. */
  EDITED_DIGEST,
  /** A summary. */
  SUMMARY,
  /** An independent analysis. */
  INDEPENDENT_ANALYSIS,
  /** A consolidated response to the consultation. */
  CONSOLIDATED_RESPONSE
}
