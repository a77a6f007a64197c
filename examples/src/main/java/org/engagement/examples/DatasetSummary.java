package org.engagement.examples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;

/**
 * How many records of each type a dataset holds in each area: a table with the areas as rows, in
 * tree order and indented by depth, and the record types that are placed in an area as columns,
 * with a total row; then the counts of the record types that have no area.
 *
 * <pre>{@code
 * DatasetSummary summary = DatasetSummary.of(SampleData.lambeth());
 * summary.count(SampleData.LAMBETH, RecordType.ACTIVITY);   // 20: its own, not its wards'
 * System.out.print(summary.render());
 * // area                     stakeholders  hardToHearGroups  referencePopulations  activities
 * // London (E12000007)                  0                 0                     0           0
 * //   Lambeth (E09000022)               4                 4                     0          20
 * //     Bishop's (E05000416)            2                 0                     3          12
 * // ...
 * }</pre>
 *
 * <p>Each record is counted once, in its own area, never again in the area's ancestors, so each
 * column adds up to the total row, which is the dataset's count of that type. Records are placed
 * as {@link RecordType#placement} places them: most types name their area directly (a
 * stakeholder by its home area); an analysis is placed by its activity's area and a priority by
 * its panel's area. A record whose area is not reached from a root of the
 * area tree (an unknown area, an area on a cycle, a reference that does not resolve) is counted
 * in a row of its own, shown only when it is not empty. Issue categories, areas, feedback and
 * surveys have no area and are counted apart.
 *
 * <p>The summary holds counts only, never the content of a record. This class is immutable and
 * thread-safe.
 */
public final class DatasetSummary {

  /** The widest line {@link #render()} writes, in characters. */
  public static final int DEFAULT_WIDTH = 100;

  private static final String AREA_HEADER = "area";
  private static final String OUTSIDE_LABEL = "(area not in the tree)";
  private static final String TOTAL_LABEL = "total";

  private final List<String> rowLabels;
  private final List<AreaId> rowAreas;
  private final Map<RecordType, Map<AreaId, Integer>> counts;
  private final Map<RecordType, Integer> outside;
  private final Map<RecordType, Integer> totals;
  private final Map<RecordType, Integer> withoutArea;

  private DatasetSummary(EngagementDataset dataset) {
    List<String> labels = new ArrayList<>();
    List<AreaId> areas = new ArrayList<>();
    for (AreaId root : roots(dataset)) {
      addSubtree(dataset, root, 0, labels, areas, new HashSet<>());
    }
    this.rowLabels = List.copyOf(labels);
    this.rowAreas = List.copyOf(areas);

    Map<RecordType, Map<AreaId, Integer>> byArea = new EnumMap<>(RecordType.class);
    Map<RecordType, Integer> unplaced = new EnumMap<>(RecordType.class);
    Map<RecordType, Integer> all = new EnumMap<>(RecordType.class);
    Set<AreaId> rows = new HashSet<>(areas);
    placements(dataset).forEach((type, placed) -> {
      Map<AreaId, Integer> perArea = new LinkedHashMap<>();
      int notInTree = 0;
      for (Optional<AreaId> area : placed) {
        if (area.isPresent() && rows.contains(area.get())) {
          perArea.merge(area.get(), 1, Integer::sum);
        } else {
          notInTree++;
        }
      }
      byArea.put(type, Collections.unmodifiableMap(perArea));
      unplaced.put(type, notInTree);
      all.put(type, placed.size());
    });
    Map<RecordType, Integer> others = new EnumMap<>(RecordType.class);
    for (RecordType type : RecordType.values()) {
      if (!byArea.containsKey(type)) {
        others.put(type, dataset.count(type));
      }
    }
    this.counts = Collections.unmodifiableMap(byArea);
    this.outside = Collections.unmodifiableMap(unplaced);
    this.totals = Collections.unmodifiableMap(all);
    this.withoutArea = Collections.unmodifiableMap(others);
  }

  /**
   * Counts the records of a dataset per area and type.
   *
   * @param dataset the dataset, not null; it need not be valid
   * @return the summary, never null
   */
  public static DatasetSummary of(EngagementDataset dataset) {
    return new DatasetSummary(dataset);
  }

  /**
   * The record types placed in an area, the table's columns.
   *
   * @return the types in {@link RecordType} order, never null
   */
  public List<RecordType> placedTypes() {
    return List.copyOf(counts.keySet());
  }

  /**
   * The record types without an area: the issue taxonomy, the areas themselves, feedback and
   * surveys.
   *
   * @return the types in {@link RecordType} order, never null
   */
  public List<RecordType> typesWithoutArea() {
    return List.copyOf(withoutArea.keySet());
  }

  /**
   * The areas of the table's rows, in tree order: each root (an area without a known parent) in
   * id order, followed by its descendants depth first in id order.
   *
   * @return the area ids, never null
   */
  public List<AreaId> areas() {
    return rowAreas;
  }

  /**
   * The number of records of one type whose own area is {@code area}; records of its descendants
   * are not included.
   *
   * @param area the area, not null
   * @param type a type of {@link #placedTypes()}, not null
   * @return the count, 0 or more; 0 for an area outside the tree or a type without an area
   */
  public int count(AreaId area, RecordType type) {
    return counts.getOrDefault(type, Map.of()).getOrDefault(area, 0);
  }

  /**
   * The number of records of one type whose area is not a row of the table: an unknown area, an
   * area on a cycle, or a reference (an analysis's activity, a priority's panel) that does not
   * resolve.
   *
   * @param type the type, not null
   * @return the count, 0 or more; 0 for a type without an area
   */
  public int outsideTree(RecordType type) {
    return outside.getOrDefault(type, 0);
  }

  /**
   * The number of records of one type in the dataset: a column's total, or the count of a type
   * without an area.
   *
   * @param type the type, not null
   * @return the count, 0 or more
   */
  public int total(RecordType type) {
    return totals.containsKey(type) ? totals.get(type) : withoutArea.get(type);
  }

  /**
   * Renders the table within {@link #DEFAULT_WIDTH} characters a line.
   *
   * @return the table and the line of types without an area, each line ending with the platform's
   *     line separator; never null
   */
  public String render() {
    return render(DEFAULT_WIDTH);
  }

  /**
   * Renders the table; columns that do not fit in {@code width} continue in further blocks
   * below, each repeating the area column.
   *
   * @param width the widest line wanted, in characters; a block always holds at least one column,
   *     so a line is longer than {@code width} only when one column does not fit beside the areas
   * @return the table and the line of types without an area, each line ending with the platform's
   *     line separator; never null
   */
  public String render(int width) {
    List<String> labels = new ArrayList<>(rowLabels);
    boolean anyOutside = outside.values().stream().anyMatch(n -> n > 0);
    if (anyOutside) {
      labels.add(OUTSIDE_LABEL);
    }
    labels.add(TOTAL_LABEL);
    int labelWidth = AREA_HEADER.length();
    for (String label : labels) {
      labelWidth = Math.max(labelWidth, label.length());
    }
    String nl = System.lineSeparator();
    StringBuilder out = new StringBuilder();
    for (List<RecordType> block : blocks(labelWidth, width)) {
      if (out.length() > 0) {
        out.append(nl);
      }
      out.append(pad(AREA_HEADER, labelWidth));
      for (RecordType type : block) {
        out.append("  ").append(type.collection());
      }
      out.append(nl);
      for (int row = 0; row < labels.size(); row++) {
        out.append(pad(labels.get(row), labelWidth));
        for (RecordType type : block) {
          int value =
              row < rowAreas.size() ? count(rowAreas.get(row), type)
                  : labels.get(row).equals(OUTSIDE_LABEL) ? outsideTree(type) : total(type);
          String number = Integer.toString(value);
          out.append("  ").append(" ".repeat(columnWidth(type) - number.length())).append(number);
        }
        out.append(nl);
      }
    }
    out.append(nl);
    StringBuilder line = new StringBuilder("Not counted by area:");
    String separator = " ";
    for (Map.Entry<RecordType, Integer> entry : withoutArea.entrySet()) {
      String item = entry.getKey().collection() + " " + entry.getValue();
      if (line.length() + separator.length() + item.length() > width) {
        out.append(line.append(separator.strip())).append(nl);
        line = new StringBuilder(" ");
        separator = " ";
      }
      line.append(separator).append(item);
      separator = ", ";
    }
    return out.append(line).append(nl).toString();
  }

  /**
   * Returns the rendered table.
   *
   * @return {@link #render()}
   */
  @Override
  public String toString() {
    return render();
  }

  private List<List<RecordType>> blocks(int labelWidth, int width) {
    List<List<RecordType>> blocks = new ArrayList<>();
    List<RecordType> block = new ArrayList<>();
    int used = labelWidth;
    for (RecordType type : counts.keySet()) {
      int needed = 2 + columnWidth(type);
      if (!block.isEmpty() && used + needed > width) {
        blocks.add(block);
        block = new ArrayList<>();
        used = labelWidth;
      }
      block.add(type);
      used += needed;
    }
    if (!block.isEmpty()) {
      blocks.add(block);
    }
    return blocks;
  }

  private int columnWidth(RecordType type) {
    return Math.max(type.collection().length(), Integer.toString(total(type)).length());
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }

  /** Areas without a parent, or whose parent is unknown, in id order. */
  private static List<AreaId> roots(EngagementDataset dataset) {
    return dataset.areas().stream()
        .filter(a -> a.parent().flatMap(dataset::area).isEmpty())
        .map(Area::id)
        .distinct()
        .sorted()
        .toList();
  }

  private static void addSubtree(EngagementDataset dataset, AreaId id, int depth,
      List<String> labels, List<AreaId> areas, Set<AreaId> seen) {
    if (!seen.add(id)) {
      return;
    }
    Area area = dataset.area(id).orElseThrow();
    labels.add("  ".repeat(depth) + area.name() + " (" + id + ")");
    areas.add(id);
    for (AreaId child : dataset.children(id)) {
      addSubtree(dataset, child, depth + 1, labels, areas, seen);
    }
  }

  /**
   * The area of every record of each type that is {@linkplain RecordType#isPlaced() placed in
   * one}, in {@link RecordType} order.
   */
  private static Map<RecordType, List<Optional<AreaId>>> placements(EngagementDataset d) {
    Map<RecordType, List<Optional<AreaId>>> out = new EnumMap<>(RecordType.class);
    for (RecordType type : RecordType.values()) {
      if (type.isPlaced()) {
        out.put(type, type.records(d).stream().map(r -> type.placement(r, d)).toList());
      }
    }
    return out;
  }
}
