package org.engagement.measures.methods;

/** How {@link MethodAnalysis} groups activities (docs/spec/measures.md §8). */
public enum MethodCut {
  /** By engagement method: the group's key is the method's name, e.g. {@code WARD_PANEL_MEETING}. */
  METHOD,
  /** By mode × openness: the group's key is {@code MODE/OPENNESS}, e.g. {@code SINGLE/OPEN}. */
  MODE_OPENNESS
}
