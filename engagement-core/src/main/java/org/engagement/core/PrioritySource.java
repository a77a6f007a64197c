package org.engagement.core;

/** Who set a neighbourhood {@link Priority} (2011 panels report). */
public enum PrioritySource {
  /** Agreed by the panel itself. */
  LOCAL,
  /** Prescribed by the borough. */
  BOROUGH,
  /** Prescribed centrally. */
  CENTRAL
}
