package org.engagement.core.validation;

import org.engagement.core.EngagementDataset;

/** One family of rules of the {@link DatasetValidator}. */
interface DatasetRule {

  /** The family's name, for {@link ValidationCode#VALIDATOR_FAILURE} messages. */
  String name();

  /**
   * Adds an issue to {@code out} for every breach found, and registers with {@code pass} the
   * checks to make on each record, which add theirs when the pass runs; never throws on bad
   * data.
   */
  void check(EngagementDataset dataset, Issues out, RecordPass pass);
}
