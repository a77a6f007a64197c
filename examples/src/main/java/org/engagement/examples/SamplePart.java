package org.engagement.examples;

import org.engagement.core.AreaId;
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
  /** The force area the borough lies in. */
  final AreaId force;
  /** The borough. */
  final AreaId borough;

  SamplePart(SampleRecords records) {
    this.records = records;
    this.data = records.data();
    this.force = records.force();
    this.borough = records.borough();
  }
}
