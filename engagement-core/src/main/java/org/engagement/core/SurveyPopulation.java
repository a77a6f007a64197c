package org.engagement.core;

/** Whom a {@link Survey} asks. */
public enum SurveyPopulation {
  /** People who took part in engagement (2006 outcome 5). */
  PARTICIPANTS,
  /** Residents at large, like MOPAC's Public Attitude Survey (2005 additional measures). */
  PUBLIC
}
