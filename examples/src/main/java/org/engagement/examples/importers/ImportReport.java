package org.engagement.examples.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an import could not map: one entry per source row, with the reason, in source order.
 *
 * <pre>{@code
 * ImportReport report = PolisImporter.read(dir).report();
 * report.mapped();      // 31: rows that became records
 * report.unmapped();    // [comment 7: facilitator statement is no self-description ..., ...]
 * report.isComplete();  // false
 * }</pre>
 *
 * <p>A row that was mapped in part (a priority whose action date could not be read, say) is
 * counted as mapped and listed too, marked {@linkplain Unmapped#inPart() in part}, with what was
 * left out; the summary line counts it once, among the mapped rows. This class is immutable and
 * thread-safe.
 *
 * @param source what was imported, e.g. the directory or file name; not blank
 * @param mapped how many rows became records, zero or more
 * @param unmapped the rows not mapped, or mapped in part, with reasons; never null
 */
public record ImportReport(String source, int mapped, List<Unmapped> unmapped) {

  /**
   * Checks and copies the fields.
   *
   * @param source what was imported, e.g. the directory or file name; not blank
   * @param mapped how many rows became records, zero or more
   * @param unmapped the rows not mapped, or mapped in part, with reasons; never null
   * @throws IllegalArgumentException if the source is blank or the count negative
   */
  public ImportReport {
    if (source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank");
    }
    if (mapped < 0) {
      throw new IllegalArgumentException("mapped must not be negative: " + mapped);
    }
    unmapped = List.copyOf(unmapped);
  }

  /**
   * Whether every row was mapped in full.
   *
   * @return true when nothing is listed as unmapped
   */
  public boolean isComplete() {
    return unmapped.isEmpty();
  }

  /**
   * How many rows were not mapped at all.
   *
   * @return the listed rows that are not {@linkplain Unmapped#inPart() mapped in part}
   */
  public int notMapped() {
    return (int) unmapped.stream().filter(row -> row.kind() == Kind.NOT_MAPPED).count();
  }

  /**
   * Returns the summary line and one line per row not mapped, or mapped in part.
   *
   * @return e.g. {@code ImportReport comments.csv: 31 mapped, 2 not mapped} then
   *     {@code   comment 0: rejected by the moderator}; with rows mapped in part, {@code 3
   *     mapped (1 in part), 3 not mapped}
   */
  @Override
  public String toString() {
    int inPart = unmapped.size() - notMapped();
    StringBuilder out = new StringBuilder("ImportReport ").append(source).append(": ")
        .append(mapped).append(" mapped")
        .append(inPart > 0 ? " (" + inPart + " in part)" : "")
        .append(", ").append(notMapped()).append(" not mapped");
    for (Unmapped row : unmapped) {
      out.append(System.lineSeparator()).append("  ").append(row);
    }
    return out.toString();
  }

  /**
   * A source row that could not be mapped, or was mapped in part.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param row names the row in the source, e.g. {@code comment 13} or {@code [4]}; not blank
   * @param reason why, in lower case; not blank
   * @param kind whether the row was left out, or became a record without what the reason names
   */
  public record Unmapped(String row, String reason, Kind kind) {

    /**
     * A row that was not mapped at all.
     *
     * @param row names the row in the source; not blank
     * @param reason why, in lower case; not blank
     * @throws IllegalArgumentException if either is blank
     */
    public Unmapped(String row, String reason) {
      this(row, reason, Kind.NOT_MAPPED);
    }

    /**
     * Whether the row became a record all the same.
     *
     * @return true for {@link Kind#MAPPED_IN_PART}
     */
    public boolean inPart() {
      return kind == Kind.MAPPED_IN_PART;
    }

    /**
     * Checks the fields.
     *
     * @param row names the row in the source, e.g. {@code comment 13} or {@code [4]}; not blank
     * @param reason why, in lower case; not blank
     * @param kind whether the row was left out, or became a record without what the reason names
     * @throws IllegalArgumentException if either is blank
     */
    public Unmapped {
      Objects.requireNonNull(kind, "kind");
      if (row.isBlank() || reason.isBlank()) {
        throw new IllegalArgumentException("row and reason must not be blank: " + row + ", "
            + reason);
      }
    }

    /**
     * Returns the row and the reason.
     *
     * @return {@code row: reason}, or {@code row (mapped in part): reason}
     */
    @Override
    public String toString() {
      return row + (inPart() ? " (mapped in part)" : "") + ": " + reason;
    }
  }

  /** What became of a row listed in the report. */
  public enum Kind {
    /** The row became no record. */
    NOT_MAPPED,
    /** The row became a record without some of its values; the reason says which. */
    MAPPED_IN_PART
  }

  /** Collects the rows of one import. Not thread-safe. */
  static final class Collector {
    private final String source;
    private int mapped;
    private final List<Unmapped> unmapped = new ArrayList<>();

    Collector(String source) {
      this.source = source;
    }

    void mapped() {
      mapped++;
    }

    void unmapped(String row, String reason) {
      unmapped.add(new Unmapped(row, reason));
    }

    void mappedInPart(String row, String reason) {
      unmapped.add(new Unmapped(row, reason, Kind.MAPPED_IN_PART));
    }

    ImportReport report() {
      return new ImportReport(source, mapped, unmapped);
    }
  }
}
