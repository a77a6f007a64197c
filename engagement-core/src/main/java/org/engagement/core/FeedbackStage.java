package org.engagement.core;

/** Whether feedback is interim (during a continuous consultation) or final. */
public enum FeedbackStage {
  /** Interim feedback, while the consultation goes on. */
  INTERIM,
  /** Final feedback. */
  FINAL
}
