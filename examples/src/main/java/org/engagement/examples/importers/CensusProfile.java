package org.engagement.examples.importers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagement.core.AreaId;
import org.engagement.core.PopulationId;
import org.engagement.core.PrimaryDimension;
import org.engagement.core.ReferencePopulation;

/**
 * Reads a census ethnic-group profile into reference populations on the default scheme.
 *
 * <pre>{@code
 * List<ReferencePopulation> london = CensusProfile.readEthnicity(
 *     Path.of("examples/data/reference/london-census-2011-ethnic-group.csv"), 2011,
 *     "2011 Census, ONS table KS201EW (Open Government Licence v3.0)");
 * london.get(0).counts();   // {WHITE=4887435, MIXED=405279, ASIAN=1511546, BLACK=1088640, OTHER=281041}
 * }</pre>
 *
 * <p>The file has the columns {@code area_code, area_name, dimension, category_group, category,
 * count}; rows of dimension ETHNICITY are summed per area by their {@code category_group}, which
 * maps onto the default scheme's codes: White → WHITE, Mixed → MIXED, Asian → ASIAN, Black →
 * BLACK, Other → OTHER (the census puts Arab under Other). A row of another group, another
 * dimension or a count that is not a whole number fails the read: a reference missing a group
 * would silently inflate the shares of the rest.
 *
 * <p>Caution (from the reference data's README): such a profile counts residents of all ages, so
 * comparing a youth-only engagement with it mixes age structure into the ethnicity gap; say so
 * wherever the comparison is shown.
 *
 * <p>This class is thread-safe: it holds no state.
 */
public final class CensusProfile {

  private CensusProfile() {}

  /**
   * Reads the ETHNICITY reference populations of a census profile, one per area.
   *
   * @param csv the file, not null
   * @param year the census year, e.g. 2011
   * @param source where the figures come from, with their licence; not blank
   * @return one reference population per area code, in file order, with id
   *     {@code POP-<area>-ETHNICITY-<year>}
   * @throws java.io.UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if a row has another dimension, an unknown category group
   *     or a count that is not a non-negative whole number
   */
  public static List<ReferencePopulation> readEthnicity(Path csv, int year, String source) {
    Map<String, Map<String, Long>> byArea = new LinkedHashMap<>();
    int line = 1;
    for (Map<String, String> row : CsvFiles.withHeader(csv)) {
      line++;
      String dimension = row.getOrDefault("dimension", "");
      if (!dimension.equals(PrimaryDimension.ETHNICITY.code())) {
        throw new IllegalArgumentException("line " + line + ": dimension must be ETHNICITY: "
            + dimension);
      }
      String group = row.getOrDefault("category_group", "");
      String category = switch (group) {
        case "White" -> "WHITE";
        case "Mixed" -> "MIXED";
        case "Asian" -> "ASIAN";
        case "Black" -> "BLACK";
        case "Other" -> "OTHER";
        default -> throw new IllegalArgumentException(
            "line " + line + ": unknown category_group: " + group);
      };
      long count;
      try {
        count = Long.parseLong(row.getOrDefault("count", "").strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("line " + line + ": count must be a whole number: "
            + row.get("count"), e);
      }
      if (count < 0) {
        throw new IllegalArgumentException("line " + line + ": count must not be negative: "
            + count);
      }
      byArea.computeIfAbsent(row.getOrDefault("area_code", ""), a -> new LinkedHashMap<>())
          .merge(category, count, Math::addExact);
    }
    List<ReferencePopulation> populations = new ArrayList<>();
    byArea.forEach((area, counts) -> populations.add(ReferencePopulation.builder()
        .id(PopulationId.of("POP-" + area + "-ETHNICITY-" + year))
        .area(AreaId.of(area))
        .year(year)
        .dimension(PrimaryDimension.ETHNICITY.code())
        .putAllCounts(counts)
        .source(source)
        .build()));
    return populations;
  }
}
