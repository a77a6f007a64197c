package org.engagement.examples.cli;

/** How {@code scorecard} and {@code measure} print their results. */
enum OutputFormat {
  /** The console table of {@code toString()}: nothing suppressed, for the analyst. */
  TEXT,
  /** A published Markdown table, with disclosure control. */
  MD,
  /** A published CSV table, with disclosure control. */
  CSV,
  /**
   * The result document of {@code EngagementJson.writeString}: nothing suppressed, for programs,
   * read back with {@code readScorecard} or {@code readMeasureResult}.
   */
  JSON
}
