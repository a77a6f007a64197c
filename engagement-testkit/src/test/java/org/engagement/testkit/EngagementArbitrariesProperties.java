package org.engagement.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.engagement.core.Area;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Period;
import org.engagement.core.RecordType;

/** The generators make what their Javadoc promises. */
class EngagementArbitrariesProperties {

  @Provide
  Arbitrary<List<Area>> areaTrees() {
    return EngagementArbitraries.areaTrees();
  }

  @Provide
  Arbitrary<EngagementDataset> validDatasets() {
    return EngagementArbitraries.validDatasets();
  }

  @Provide
  Arbitrary<EngagementDataset> datasetsWithUniqueIds() {
    return EngagementArbitraries.arbitraryDatasetsWithUniqueIds();
  }

  @Provide
  Arbitrary<Period> periods() {
    return EngagementArbitraries.periods();
  }

  @Property(tries = 200)
  void areaTrees_areAForceOverBoroughsOverWards(@ForAll("areaTrees") List<Area> areas) {
    EngagementDataset data = EngagementDataset.builder().addAllAreas(areas).build();

    assertThat(areas.get(0).level()).isEqualTo(AreaLevel.FORCE);
    assertThat(areas.get(0).parent()).isEmpty();
    assertThat(data.areasAtLevel(areas.get(0).id(), AreaLevel.BOROUGH)).isNotEmpty();
    for (Area area : areas.subList(1, areas.size())) {
      AreaLevel expectedParent =
          area.level() == AreaLevel.WARD ? AreaLevel.BOROUGH : AreaLevel.FORCE;
      assertThat(area.parent().flatMap(data::level)).contains(expectedParent);
    }
    for (Area borough : areas) {
      if (borough.level() == AreaLevel.BOROUGH) {
        assertThat(data.children(borough.id())).isNotEmpty();
      }
    }
  }

  @Property(tries = 200)
  void validDatasets_holdRecordsOfEveryType(@ForAll("validDatasets") EngagementDataset data) {
    for (RecordType type : RecordType.values()) {
      assertThat(data.count(type)).as(type.collection()).isPositive();
    }
    assertThat(data.surveys()).allSatisfy(s -> assertThat(s.questions()).isNotEmpty());
  }

  @Property(tries = 200)
  void validDatasets_countRespondentsWithinAttendance(
      @ForAll("validDatasets") EngagementDataset data) {
    for (EngagementActivity activity : data.activities()) {
      Optional<Long> attendance = activity.attendance();
      activity.demographics().ifPresent(counts -> counts.dimensions().forEach(d -> {
        if (attendance.isPresent() && counts.basis().name().equals("RESPONDENTS")) {
          assertThat(d.stated() + d.notStated()).isLessThanOrEqualTo(attendance.get());
        }
      }));
    }
  }

  @Property(tries = 200)
  void arbitraryDatasetsWithUniqueIds_haveUniqueIds(
      @ForAll("datasetsWithUniqueIds") EngagementDataset data) {
    for (RecordType type : RecordType.values()) {
      Set<String> ids = new HashSet<>();
      for (Object record : data.records(type)) {
        assertThat(ids.add(EngagementDataset.idOf(record))).as(type.collection()).isTrue();
      }
    }
  }

  @Property
  void periods_lieWithinTheGeneratedDays(@ForAll("periods") Period period) {
    assertThat(period.from()).isBetween(EngagementArbitraries.FIRST_DAY,
        EngagementArbitraries.LAST_DAY);
    assertThat(period.to()).isAfterOrEqualTo(period.from());
  }
}
