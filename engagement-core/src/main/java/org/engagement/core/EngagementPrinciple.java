package org.engagement.core;

/**
 * The six engagement commitment principles of the 2011 Safer Neighbourhoods panels report
 * (§C.1), assessed per activity by the measures module.
 */
public enum EngagementPrinciple {
  /** Information: the activity was announced before it took place. */
  INFORMATION,
  /** Inclusion: who took part is known on at least one primary dimension. */
  INCLUSION,
  /** Preparation: the activity was in the published forward schedule. */
  PREPARATION,
  /** Integration: the activity fed an initiative or a decision. */
  INTEGRATION,
  /** Involve: the public was at least consulted. */
  INVOLVE,
  /** Feedback: the activity was answered by published feedback. */
  FEEDBACK
}
