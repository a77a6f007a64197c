package org.engagement.core;

/** The kind of resource a {@link ResourceAllocation} moves (2006 outcome 2). */
public enum ResourceType {
  /** People: officer hours, posts. */
  HUMAN,
  /** Money. */
  FINANCIAL,
  /** Things: vehicles, CCTV, premises. */
  PHYSICAL,
  /** Any other resource. */
  OTHER
}
