package org.engagement.examples.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.engagement.core.ReferencePopulation;
import org.engagement.examples.ScriptRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CensusProfileTest {

  @Test
  void readEthnicity_londonProfile_sumsTheGroupsOntoTheScheme() {
    List<ReferencePopulation> london = CensusProfile.readEthnicity(
        ScriptRunner.bundledData("reference/london-census-2011-ethnic-group.csv"), 2011, "KS201EW");
    assertThat(london).singleElement().satisfies(p -> {
      assertThat(p.id().toString()).isEqualTo("POP-E12000007-ETHNICITY-2011");
      assertThat(p.year()).isEqualTo(2011);
      // Sums of the file's rows per category_group; they add up to 8,173,941 residents.
      assertThat(p.counts()).isEqualTo(Map.of("WHITE", 4_887_435L, "MIXED", 405_279L,
          "ASIAN", 1_511_546L, "BLACK", 1_088_640L, "OTHER", 281_041L));
    });
  }

  @Test
  void readEthnicity_unknownGroup_failsNamingTheLine(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("profile.csv");
    Files.writeString(csv, "area_code,area_name,dimension,category_group,category,count\n"
        + "E12000007,London,ETHNICITY,White,White: Irish,10\n"
        + "E12000007,London,ETHNICITY,Martian,Martian,3\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CensusProfile.readEthnicity(csv, 2011, "test"));
    assertThat(e).hasMessage("line 3: unknown category_group: Martian");
  }
}
