package org.engagement.core;

/** Whether an activity or a panel's meetings are open to the public. */
public enum Openness {
  /** Open to any member of the public. */
  OPEN,
  /** By invitation only, or closed to the public. */
  CLOSED
}
