package org.engagement.examples.cli;

/** How {@code standards} prints its tables; it has no JSON document. */
enum TableFormat {
  /** The console view of {@code toString()}: nothing suppressed, for the analyst. */
  TEXT,
  /** A published Markdown table, with disclosure control where the figures need it. */
  MD,
  /** A published CSV table, with disclosure control where the figures need it. */
  CSV
}
