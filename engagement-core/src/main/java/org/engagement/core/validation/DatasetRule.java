package org.engagement.core.validation;

import org.engagement.core.EngagementDataset;

/** One family of rules of the {@link DatasetValidator}. */
interface DatasetRule {

  /** The family's name, for {@link ValidationCode#VALIDATOR_FAILURE} messages. */
  String name();

  /**
   * Adds an issue to {@code out} for every breach found now, and registers with {@code pass} the
   * checks to make on each record, which add theirs when the pass runs; never throws on bad
   * data. The registered checks run only after this method returns, so nothing here may read
   * what they build; each is registered with the dataset's own list of its type (any other list
   * is an {@link IllegalArgumentException}).
   */
  void check(EngagementDataset dataset, Issues out, RecordPass pass);
}
