package org.engagement.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.CommunityInput;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class NationalSampleTest {

  private static final SampleGenerator SMALL =
      SampleGenerator.builder().seed(11).forces(3).boroughs(7).wards(100).build();
  private static final EngagementDataset DATA = SMALL.generate();

  @Test
  void generate_national_validatesWithoutAnyIssue() {
    ValidationReport report = DatasetValidator.standard().validate(DATA);

    assertThat(report.issues()).as(report.toString()).isEmpty();
  }

  @Test
  void generate_national_hasTheAreasAskedFor() {
    List<AreaId> forces = DATA.areas().stream()
        .filter(a -> a.level() == AreaLevel.FORCE).map(a -> a.id()).toList();
    assertThat(forces).containsExactly(AreaId.of("F01"), AreaId.of("F02"), AreaId.of("F03"));
    // 7 boroughs over 3 forces: 3, 2, 2; 100 wards over 7 boroughs: 15, 15, 14, 14, 14, 14, 14.
    assertThat(DATA.children(AreaId.of("F01"))).hasSize(3);
    assertThat(DATA.children(AreaId.of("F03"))).hasSize(2);
    assertThat(DATA.children(AreaId.of("B0001"))).hasSize(15);
    assertThat(DATA.children(AreaId.of("B0007"))).hasSize(14);
    int wards = 0;
    for (AreaId force : forces) {
      wards += DATA.areasAtLevel(force, AreaLevel.WARD).size();
    }
    assertThat(wards).isEqualTo(100);
    assertThat(DATA.issueCategories()).hasSameSizeAs(SampleData.lambeth().issueCategories());
  }

  @Test
  void generate_national_everyIdIsUniqueAcrossTheCountry() {
    for (RecordType type : RecordType.values()) {
      List<?> records = DATA.records(type);
      Set<String> ids = new HashSet<>();
      for (Object record : records) {
        String id = EngagementDataset.idOf(record);
        assertThat(ids.add(id)).as("%s %s is unique", type, id).isTrue();
      }
    }
  }

  @Test
  void generate_national_sameSeedGivesEqualDatasets_otherSeedsDiffer() {
    assertThat(SMALL.generate()).isEqualTo(DATA);
    assertThat(SampleGenerator.builder().seed(12).forces(3).boroughs(7).wards(100).build()
        .generate()).isNotEqualTo(DATA);
  }

  /**
   * A borough of the country is the one-borough generator's borough of as many wards, seeded
   * with the borough's seed, under other codes and ids: same counts of every record type (but
   * the force area and the categories, which the first borough of a force and of the dataset
   * add), and each ward's inputs are the same concerns, days and support.
   */
  @Test
  void generate_national_aBoroughIsTheOneBoroughSampleOfItsSeed() {
    int index = 4; // B0005, in force F02, 14 wards
    EngagementDataset alone = SampleGenerator.builder()
        .seed(SampleGenerator.boroughSeed(11, index)).wards(14).build().generate();
    AreaId borough = AreaId.of("B0005");
    Set<AreaId> here = DATA.subtree(borough);

    List<String> national = inputs(DATA, here);
    List<String> single = inputs(alone, alone.subtree(SampleData.LAMBETH));
    assertThat(national).hasSize(single.size()).isNotEmpty();
    assertThat(national).isEqualTo(single);
    assertThat(DATA.areasAtLevel(borough, AreaLevel.WARD)).hasSize(14);
  }

  private static List<String> inputs(EngagementDataset data, Set<AreaId> areas) {
    List<String> out = new ArrayList<>();
    for (CommunityInput input : data.inputs()) {
      if (areas.contains(input.area())) {
        out.add(input.date() + " " + input.summary() + " " + input.support());
      }
    }
    return out;
  }

  @Test
  void national_shapesTheCountryLikeEnglandAndWales() {
    SampleGenerator nine = SampleGenerator.national(9000);
    assertThat(nine.forces()).isEqualTo(43);
    assertThat(nine.boroughs()).isEqualTo(346);
    assertThat(SampleGenerator.national(21).generate()).isEqualTo(SampleData.lambeth());
    assertThat(SampleGenerator.national(2100).forces()).isEqualTo(10);
  }

  @Test
  void national_recordsGrowInProportionToWards() {
    EngagementDataset a = SampleGenerator.national(210).generate();
    long records = 0;
    for (RecordType type : RecordType.values()) {
      records += a.count(type);
    }
    // About 220 records a ward over the two years: 9,000 wards make about two million.
    assertThat(records / 210.0).isBetween(150.0, 300.0);
  }

  @Test
  void builder_moreBoroughsThanWards_isRejected() {
    assertThatThrownBy(() -> SampleGenerator.builder().boroughs(5).wards(4).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SampleGenerator.builder().forces(3).boroughs(2).wards(4).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
