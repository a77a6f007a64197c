package org.engagement.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.testkit.EngagementAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.engagement.core.Area;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.core.Scope;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.ValidationCode;
import org.engagement.core.validation.ValidationIssue;

/** The tunable datasets have the shape asked for, and the helpers around them do what they say. */
class DatasetArbitraryProperties {

  private static final DatasetValidator VALIDATOR = DatasetValidator.standard();

  @Provide
  Arbitrary<EngagementDataset> shaped() {
    return EngagementArbitraries.datasets().boroughs(2, 3).wards(4, 9).years(2, 2)
        .density(1, 3);
  }

  @Property(tries = 100)
  void shapedDatasets_areValid_andHaveTheShapeAskedFor(@ForAll("shaped") EngagementDataset data) {
    assertThat(VALIDATOR.validate(data)).isValid();

    assertThat(count(data, AreaLevel.FORCE)).isEqualTo(1);
    assertThat(count(data, AreaLevel.BOROUGH)).isBetween(2L, 3L);
    long wards = count(data, AreaLevel.WARD);
    assertThat(wards).isBetween(4L, 9L);
    assertThat(data.activities().size() % wards).isZero();
    assertThat(data.activities().size() / wards).isBetween(1L, 3L);
    assertThat(data.inputs()).hasSameSizeAs(data.activities());
    assertThat(data.responses()).hasSameSizeAs(data.activities());
    List<Integer> years = data.activities().stream().map(EngagementActivity::date)
        .map(LocalDate::getYear).distinct().sorted().toList();
    assertThat(years.get(years.size() - 1) - years.get(0)).isLessThanOrEqualTo(1);
    assertThat(years.get(0)).isBetween(2005, 2014);
  }

  @Property(tries = 50)
  void densityZero_stillGivesOneRecordOfEveryType(
      @ForAll("sparse") EngagementDataset data) {
    assertThat(VALIDATOR.validate(data)).isValid();
    for (RecordType type : RecordType.values()) {
      assertThat(data.count(type)).as(type.name()).isPositive();
    }
    assertThat(data.activities()).hasSize(1);
  }

  @Provide
  Arbitrary<EngagementDataset> sparse() {
    return EngagementArbitraries.datasets().wards(1, 30).density(0, 0);
  }

  @Property(tries = 100)
  void defects_makeTheDatasetInvalid_withTheCodesAskedFor(
      @ForAll("withDefects") EngagementDataset data) {
    List<ValidationIssue> issues = VALIDATOR.validate(data).issues();

    assertThat(issues).isNotEmpty();
    assertThat(issues).extracting(ValidationIssue::code)
        .containsAnyOf(ValidationCode.UNKNOWN_REFERENCE.name(), ValidationCode.DATE_ORDER.name());
  }

  @Provide
  Arbitrary<EngagementDataset> withDefects() {
    return EngagementArbitraries.datasets().defects(1, 3,
        Set.of(ValidationCode.UNKNOWN_REFERENCE, ValidationCode.DATE_ORDER));
  }

  @Property(tries = 100)
  void scopes_lieInTheDatasetsAreas_andEndByTheirAsOf(
      @ForAll("evaluations") Tuple2<EngagementDataset, Scope> evaluation) {
    EngagementDataset data = evaluation.get1();
    Scope scope = evaluation.get2();

    assertThat(data.areas()).extracting(Area::id).contains(scope.area());
    assertThat(scope.asOf()).isAfterOrEqualTo(scope.period().to());
    assertThat(scope.asOf()).isBeforeOrEqualTo(scope.period().to().plusDays(120));
  }

  @Provide
  Arbitrary<Tuple2<EngagementDataset, Scope>> evaluations() {
    return EngagementArbitraries.datasets().wards(1, 6).years(1, 3)
        .flatMap(data -> EngagementArbitraries.scopes(data).map(scope -> Tuple.of(data, scope)));
  }

  @Property(tries = 50)
  void shuffled_keepsTheRecordsOfEveryType(@ForAll("shaped") EngagementDataset data,
      @ForAll long seed) {
    EngagementDataset shuffled = EngagementArbitraries.shuffled(data, new Random(seed));

    for (RecordType type : RecordType.values()) {
      List<Object> before = new ArrayList<>(data.records(type));
      assertThat(new ArrayList<Object>(shuffled.records(type)))
          .containsExactlyInAnyOrderElementsOf(before);
    }
    assertThat(shuffled.scheme()).isEqualTo(data.scheme());
  }

  @Example
  void ranges_outsideTheirBounds_areRefusedWithTheBounds() {
    DatasetArbitrary datasets = EngagementArbitraries.datasets();

    assertThatThrownBy(() -> datasets.wards(0, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("wards must lie from 1 to 999 with min <= max: 0..3");
    assertThatThrownBy(() -> datasets.years(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> datasets.density(0, 101))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> datasets.boroughs(1, 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> datasets.defects(0, 1, Set.of(ValidationCode.VALIDATOR_FAILURE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no defect gives");
  }

  @Example
  void tuning_leavesTheOriginalAsItWas() {
    DatasetArbitrary datasets = EngagementArbitraries.datasets();
    DatasetArbitrary tuned = datasets.wards(5, 5).years(1, 1).density(2, 2).defects(0, 1);

    assertThat(datasets.toString()).isEqualTo("datasets(boroughs 1..3, wards 1..12, "
        + "years 2005-2014, density 1-3 records a type, defects 0..0)");
    assertThat(tuned.toString()).isEqualTo("datasets(boroughs 1..3, wards 5..5, years 1..1, "
        + "density 2..2, defects 0..1)");
  }

  private static long count(EngagementDataset data, AreaLevel level) {
    return data.areas().stream().filter(a -> a.level() == level).count();
  }
}
