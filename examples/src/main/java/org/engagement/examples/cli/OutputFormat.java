package org.engagement.examples.cli;

/** How the analysis commands print their results. */
enum OutputFormat {
  /** The console table of {@code toString()}: nothing suppressed, for the analyst. */
  TEXT,
  /** A published Markdown table, with disclosure control. */
  MD,
  /** A published CSV table, with disclosure control. */
  CSV,
  /**
   * A JSON document, nothing suppressed, for programs: where a binding exists the result
   * document of {@code EngagementJson.writeString}, read back with {@code readScorecard},
   * {@code readMeasureResult} and the like.
   */
  JSON
}
