package org.engagement.examples;

import org.engagement.core.EngagementDataset;

/**
 * A part of the generated dataset that adds one family of records, through the shared {@link
 * SampleRecords} of the dataset being built: {@link SamplePlaces}, {@link SamplePanels}, {@link
 * SampleWardYear}, {@link SampleBorough}, {@link SampleResponses} and {@link SampleEvidence}.
 */
abstract class SamplePart {

  /** The shared record builders and id counters. */
  final SampleRecords records;
  /** The dataset being built. */
  final EngagementDataset.Builder data;

  SamplePart(SampleRecords records) {
    this.records = records;
    this.data = records.data();
  }
}
