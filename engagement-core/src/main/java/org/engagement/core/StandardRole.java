package org.engagement.core;

/**
 * The standard meaning of a survey question that measures read. At most one question per role in
 * a survey; each role expects one {@link QuestionType}.
 */
public enum StandardRole {
  /** "Did you receive feedback on your contribution?" (2006 outcome 5). */
  FEEDBACK_RECEIVED(QuestionType.BINARY),
  /** "Can you cite a change that resulted?" (2006 outcome 5). */
  CAN_CITE_CHANGE(QuestionType.BINARY),
  /** "Your contribution was worthwhile" (2006 outcome 5 itself). */
  CONTRIBUTION_WORTHWHILE(QuestionType.LIKERT_5),
  /** "The police listen to the views of local people" (2005 additional measure 3). */
  POLICE_LISTEN(QuestionType.LIKERT_5),
  /** "Are you aware of the ways to engage with the police?" (2005 additional measure 4). */
  AWARE_OF_ENGAGEMENT_METHODS(QuestionType.BINARY),
  /** "Have you been involved in policing in your area?" (2005 additional measure 5). */
  INVOLVED_IN_POLICING(QuestionType.BINARY),
  /** Confidence in local policing. */
  CONFIDENCE(QuestionType.LIKERT_5),
  /** "The police keep people well informed". */
  WELL_INFORMED(QuestionType.LIKERT_5),
  /** "The police treat everyone fairly". */
  TREAT_FAIRLY(QuestionType.LIKERT_5),
  /** "The police can be relied upon when needed". */
  RELIED_UPON(QuestionType.LIKERT_5),
  /** "The police deal with the things that matter to this community". */
  DEAL_WITH_WHAT_MATTERS(QuestionType.LIKERT_5);

  private final QuestionType expectedType;

  StandardRole(QuestionType expectedType) {
    this.expectedType = expectedType;
  }

  /**
   * The question type this role requires.
   *
   * @return the type, never null
   */
  public QuestionType expectedType() {
    return expectedType;
  }
}
