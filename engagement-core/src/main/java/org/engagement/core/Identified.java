package org.engagement.core;

/**
 * A record with an id, unique within its {@link RecordType}: what evidence and gap lists cite.
 * Every record type of an {@link EngagementDataset} is one, except the issue taxonomy's
 * {@link IssueCategory}, which is named by its code.
 */
public interface Identified {

  /**
   * The record's id.
   *
   * @return the id, never null
   */
  RecordId id();
}
