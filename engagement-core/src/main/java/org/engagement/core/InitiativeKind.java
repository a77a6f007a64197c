package org.engagement.core;

/** Whether an {@link Initiative} is a longer-running initiative or an operation. */
public enum InitiativeKind {
  /** An initiative: a programme of work. */
  INITIATIVE,
  /** A police operation. */
  OPERATION
}
