package org.engagement.core;

/** Whether an activity happens once or runs over a period. */
public enum ActivityMode {
  /** A single occasion: a meeting, an event. */
  SINGLE,
  /** A continuous activity with an end date: an online consultation, a virtual panel. */
  CONTINUOUS
}
