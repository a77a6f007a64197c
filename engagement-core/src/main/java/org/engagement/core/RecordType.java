package org.engagement.core;

/**
 * The kinds of record an {@link EngagementDataset} holds, each with the name of its collection
 * (the dataset accessor, and the array in the JSON format). Validation paths and summaries name
 * records by these.
 */
public enum RecordType {
  /** {@link Area}. */
  AREA("areas"),
  /** {@link IssueCategory}, the issue taxonomy. */
  ISSUE_CATEGORY("issueCategories"),
  /** {@link Stakeholder}. */
  STAKEHOLDER("stakeholders"),
  /** {@link HardToHearGroup}. */
  HARD_TO_HEAR_GROUP("hardToHearGroups"),
  /** {@link ReferencePopulation}. */
  REFERENCE_POPULATION("referencePopulations"),
  /** {@link EngagementActivity}. */
  ACTIVITY("activities"),
  /** {@link CommunityInput}. */
  INPUT("inputs"),
  /** {@link AnalysisRecord}. */
  ANALYSIS("analyses"),
  /** {@link DecisionRecord}. */
  DECISION("decisions"),
  /** {@link LocalPerformanceTarget}. */
  TARGET("targets"),
  /** {@link ResourceAllocation}. */
  ALLOCATION("allocations"),
  /** {@link Initiative}. */
  INITIATIVE("initiatives"),
  /** {@link Feedback}. */
  FEEDBACK("feedback"),
  /** {@link Survey}. */
  SURVEY("surveys"),
  /** {@link SurveyResponse}. */
  RESPONSE("responses"),
  /** {@link Panel}. */
  PANEL("panels"),
  /** {@link Priority}. */
  PRIORITY("priorities"),
  /** {@link RoleAssignment}. */
  ROLE("roles"),
  /** {@link KeyMessage}. */
  KEY_MESSAGE("keyMessages"),
  /** {@link Commitment}. */
  COMMITMENT("commitments"),
  /** {@link Publication}. */
  PUBLICATION("publications");

  private final String collection;

  RecordType(String collection) {
    this.collection = collection;
  }

  /**
   * The name of the collection that holds records of this type.
   *
   * @return the collection name, e.g. {@code "activities"}
   */
  public String collection() {
    return collection;
  }
}
