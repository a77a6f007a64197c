package org.engagement.measures.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.Period;
import org.engagement.core.Scope;
import org.engagement.measures.MeasureResult;
import org.engagement.testkit.EngagementArbitraries;

/**
 * The standards on core's shared generators: any dataset is read without failing, fatigue pairs
 * agree with a brute-force search over every pair, pooled panel health is the sum of the panels,
 * and pro-rating needs exactly {@code k} over any calendar or financial year.
 */
class StandardsProperties {

  private static Arbitrary<Tuple2<EngagementDataset, Scope>> withScope(
      Arbitrary<EngagementDataset> datasets) {
    return datasets.flatMap(data -> {
      List<AreaId> areas = new ArrayList<>();
      data.areas().forEach(a -> areas.add(a.id()));
      areas.add(AreaId.of("UNKNOWN-AREA"));
      return Combinators.combine(Arbitraries.of(areas), EngagementArbitraries.periods(),
              Arbitraries.integers().between(0, 400))
          .as((area, period, days) -> Tuple.of(data,
              Scope.builder().area(area).period(period).asOf(period.to().plusDays(days)).build()));
    });
  }

  @Provide
  Arbitrary<Tuple2<EngagementDataset, Scope>> valid() {
    return withScope(EngagementArbitraries.validDatasets());
  }

  @Provide
  Arbitrary<Tuple2<EngagementDataset, Scope>> anything() {
    return withScope(EngagementArbitraries.arbitraryDatasets());
  }

  @Property(tries = 200)
  void anyDataset_isEvaluatedWithoutFailing(@ForAll("anything") Tuple2<EngagementDataset, Scope> input) {
    EngagementDataset data = input.get1();
    Scope scope = input.get2();
    ComplianceMatrix matrix = ComplianceMatrix.of(QualityStandards2012.catalogue(), data, scope);
    assertThat(matrix.results()).hasSize(25).allSatisfy(r -> {
      assertThat(r.attainment().isPresent()).isEqualTo(r.status() != RuleStatus.NOT_ASSESSABLE);
      r.areas().forEach(a -> assertThat(a.attainment()).isBetween(0.0, 1.0));
    });
    assertThat(matrix.toString()).isNotBlank();
    assertThat(matrix.toMarkdown()).endsWith("\n");
    assertThat(matrix.toCsv()).startsWith("area,");
    for (MeasureResult strand : ConsultationStrands.standard().evaluate(data, scope)) {
      strand.score().ifPresent(s -> assertThat(s).isBetween(0.0, 1.0));
    }
    EngagementPrinciples.standard().evaluate(data, scope);
    PanelHealthAssessment.standard().perPanel(data, scope);
    PanelHealthAssessment.standard().perBorough(data, scope);
  }

  @Property(tries = 200)
  void perAreaRules_attainmentIsTheShareOfAreasMet(
      @ForAll("valid") Tuple2<EngagementDataset, Scope> input) {
    for (String id : List.of("CE-1", "CE-2", "CE-3", "CE-4", "YE-1", "BE-2", "CT-1", "CT-2",
        "CT-3", "CT-4", "IA-1")) {
      RuleResult r = QualityStandards2012.catalogue().rule(id).orElseThrow()
          .evaluate(input.get1(), input.get2());
      if (r.attainment().isPresent() && !r.areas().isEmpty()) {
        long met = r.areas().stream().filter(a -> a.status() == RuleStatus.MET).count();
        assertThat(r.attainment().getAsDouble()).as(id).isEqualTo((double) met / r.areas().size());
      }
    }
  }

  @Property(tries = 300)
  void fatiguePairs_agreeWithABruteForceSearch(
      @ForAll("valid") Tuple2<EngagementDataset, Scope> input) {
    EngagementDataset data = input.get1();
    Scope scope = input.get2();
    List<EngagementActivity> consultations = data.activities().stream()
        .filter(a -> data.isWithin(a.area(), scope.area()) && scope.period().contains(a.date())
            && a.involvement().isAtLeast(InvolvementLevel.CONSULT))
        .toList();
    Set<String> expected = new HashSet<>();
    for (EngagementActivity a : consultations) {
      for (EngagementActivity b : consultations) {
        boolean shared = a.issueCategories().stream().anyMatch(b.issueCategories()::contains);
        boolean nested = data.isWithin(a.area(), b.area()) || data.isWithin(b.area(), a.area());
        boolean units = a.organisingUnit().isPresent() && b.organisingUnit().isPresent()
            && !a.organisingUnit().equals(b.organisingUnit());
        long days = Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
        if (a.id().compareTo(b.id()) < 0 && shared && nested && units && days <= 30) {
          expected.add(a.id() + "~" + b.id());
        }
      }
    }
    List<FatiguePair> pairs = ConsultationFatigue.pairs(data, scope);
    assertThat(pairs).extracting(p -> p.first() + "~" + p.second())
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Property(tries = 200)
  void pooledPanelHealth_isTheSumOfItsPanels(
      @ForAll("valid") Tuple2<EngagementDataset, Scope> input) {
    EngagementDataset data = input.get1();
    Scope scope = input.get2();
    List<PanelHealth> panels = PanelHealthAssessment.standard().perPanel(data, scope);
    for (PanelHealth borough : PanelHealthAssessment.standard().perBorough(data, scope)) {
      List<PanelHealth> mine = panels.stream()
          .filter(p -> data.isWithin(p.area(), borough.area())).toList();
      assertThat(borough.panels()).isEqualTo(mine.size());
      assertThat(borough.activeMembers()).isEqualTo(mine.stream().mapToLong(PanelHealth::activeMembers).sum());
      assertThat(borough.presentCategories())
          .isEqualTo(mine.stream().mapToLong(PanelHealth::presentCategories).sum());
      assertThat(borough.priorities()).isEqualTo(mine.stream().mapToLong(PanelHealth::priorities).sum());
      assertThat(borough.daysToAction()).hasSize(mine.stream().mapToInt(p -> p.daysToAction().size()).sum());
    }
  }

  @Property
  void required_anyCalendarOrFinancialYear_isExactlyK(
      @ForAll @IntRange(min = 1900, max = 2200) int year, @ForAll @IntRange(min = 0, max = 12) int k) {
    assertThat(Prorating.required(k, Period.year(year))).isEqualTo(k);
    assertThat(Prorating.required(k, Period.financialYear(year))).isEqualTo(k);
    assertThat(Prorating.required(k, Period.of(Period.year(year).from(), Period.year(year + 1).to())))
        .isEqualTo(2L * k);
  }
}
