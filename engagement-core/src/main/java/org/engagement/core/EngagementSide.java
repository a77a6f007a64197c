package org.engagement.core;

/**
 * The two sides of engagement (2005 strategy §15): successful engagement needs residents willing
 * and able to get involved (supply) and a police service willing and able to be influenced
 * (demand). Outcome measures 1, 2 and 4 read the demand side; 3 and 5 and the survey measures
 * read the supply side.
 */
public enum EngagementSide {
  /** Residents willing and able to get involved. */
  SUPPLY,
  /** A police service willing and able to be influenced. */
  DEMAND
}
