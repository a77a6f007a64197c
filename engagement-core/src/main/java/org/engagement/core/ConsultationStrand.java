package org.engagement.core;

/**
 * The six strands of the 2005 draft MPS consultation strategy (appendix 2), each with a goal,
 * activities and benefits in the source; the measures module assesses each from data.
 */
public enum ConsultationStrand {
  /** 1: building a consultation community — stakeholders and hard-to-hear groups. */
  CONSULTATION_COMMUNITY(1, "Building a consultation community"),
  /** 2: ensuring effective dialogue — methods, e-methods, advance notice. */
  EFFECTIVE_DIALOGUE(2, "Ensuring effective dialogue"),
  /** 3: analysing results. */
  ANALYSING_RESULTS(3, "Analysing results"),
  /** 4: influencing decisions. */
  INFLUENCING_DECISIONS(4, "Influencing decisions"),
  /** 5: giving feedback. */
  GIVING_FEEDBACK(5, "Giving feedback"),
  /** 6: co-ordinating activity — consultation fatigue, forward schedule, central co-ordination. */
  COORDINATING_ACTIVITY(6, "Co-ordinating activity");

  private final int number;
  private final String title;

  ConsultationStrand(int number, String title) {
    this.number = number;
    this.title = title;
  }

  /**
   * The strand's number in the source.
   *
   * @return 1 to 6
   */
  public int number() {
    return number;
  }

  /**
   * The strand's title in the source.
   *
   * @return the title, never blank
   */
  public String title() {
    return title;
  }
}
