package org.engagement.examples.report;

import java.util.ArrayList;
import java.util.List;
import org.engagement.examples.report.Page.Block;
import org.engagement.examples.report.Page.Cell;
import org.engagement.examples.report.Page.Table;

/**
 * Reads the SDK's published Markdown (the tables of {@code MarkdownTables}, {@code
 * ComplianceMatrix.toMarkdown}, {@code MethodTables}) into blocks for the page, so that the report
 * shows exactly what the published tables show. It reads only the forms those renderers write:
 * headings, tables, list items and paragraphs, with {@code **bold**} dropped.
 */
final class MarkdownBlocks {

  private MarkdownBlocks() {}

  /**
   * The blocks of published Markdown.
   *
   * @param markdown the Markdown
   * @param skipHeadings whether to leave out its headings (the page has its own)
   * @return the blocks, in order
   */
  static List<Block> read(String markdown, boolean skipHeadings) {
    List<Block> blocks = new ArrayList<>();
    List<String> lines = markdown.lines().toList();
    List<String> items = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i).strip();
      if (!line.startsWith("- ") && !items.isEmpty()) {
        blocks.add(new Block("ul", "", List.copyOf(items), null));
        items.clear();
      }
      if (line.isEmpty()) {
        i++;
      } else if (line.startsWith("#")) {
        if (!skipHeadings) {
          blocks.add(new Block("h", plain(line.replaceFirst("^#+\\s*", "")), List.of(), null));
        }
        i++;
      } else if (line.startsWith("|")) {
        List<String> header = cells(line);
        List<List<Cell>> rows = new ArrayList<>();
        i += 2; // the header and its separator
        while (i < lines.size() && lines.get(i).strip().startsWith("|")) {
          rows.add(cells(lines.get(i).strip()).stream().map(MarkdownBlocks::cell).toList());
          i++;
        }
        blocks.add(new Block("table", "", List.of(), new Table(header, rows)));
      } else if (line.startsWith("- ")) {
        items.add(plain(line.substring(2)));
        i++;
      } else {
        blocks.add(new Block("p", plain(line), List.of(), null));
        i++;
      }
    }
    if (!items.isEmpty()) {
      blocks.add(new Block("ul", "", List.copyOf(items), null));
    }
    return blocks;
  }

  private static Cell cell(String text) {
    boolean numeric = !text.isEmpty() && (Character.isDigit(text.charAt(0))
        || text.startsWith("+") || text.startsWith("−") || text.startsWith("-0")
        || text.startsWith("▲") || text.startsWith("▼"));
    return new Cell(text, null, numeric);
  }

  /** The cells of a table line, split at the bars that are not escaped. */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(plain(cell.toString().strip()));
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(plain(cell.toString().strip()));
    return cells;
  }

  private static String plain(String text) {
    return text.replace("**", "");
  }
}
