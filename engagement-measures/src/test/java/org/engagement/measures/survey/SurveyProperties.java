package org.engagement.measures.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.engagement.measures.survey.PublicSurveys.LISTEN;
import static org.engagement.measures.survey.PublicSurveys.listen;
import static org.engagement.measures.testing.Records.SCOPE_B;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.SurveyResponse;
import org.engagement.measures.DisclosureControl;
import org.engagement.measures.Suppression;
import org.engagement.measures.stats.Interval;
import org.engagement.measures.stats.WeightedProportion;
import org.engagement.measures.testing.Records;

/** Laws of survey estimates, breakdowns and their disclosure control, on random public surveys. */
class SurveyProperties {

  private static final AreaId[] AREAS = {Records.B, Records.W1, Records.W2, Records.W3};
  private static final String[] ETHNICITIES = {"ASIAN", "BLACK", "MIXED", "WHITE", "OTHER", null};
  private static final String[] ANSWERS = {"1", "2", "3", "4", "5", "DONT_KNOW", "7"};
  private static final double[] WEIGHTS = {0.25, 0.5, 1, 1, 1.5, 2, 3.7};

  /** Up to {@code size} random responses to L in FY2012; weight {@code weight} when positive. */
  private static List<SurveyResponse> responses(Random r, int size, double weight) {
    List<SurveyResponse> out = new ArrayList<>();
    // A skewed ethnicity mix so that small groups, and so suppression, are common.
    for (int i = 0; i < size; i++) {
      String ethnicity = ETHNICITIES[Math.min(r.nextInt(9), ETHNICITIES.length - 1)];
      out.add(listen(String.format("R-%04d", i), "P12", AREAS[r.nextInt(AREAS.length)], "2012-07-01",
          weight > 0 ? weight : WEIGHTS[r.nextInt(WEIGHTS.length)], ethnicity, ANSWERS[r.nextInt(ANSWERS.length)]));
    }
    return out;
  }

  private static EngagementDataset data(List<SurveyResponse> responses) {
    return PublicSurveys.dataset().addAllResponses(responses).build();
  }

  @Property(tries = 200)
  void estimate_intervalContainsTheEstimate(@ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int size) {
    WeightedProportion p =
        SurveyAnalysis.estimate(data(responses(new Random(seed), size, 0)), SCOPE_B, LISTEN).proportion();
    if (!p.isEmpty()) {
      assertThat(p.interval().contains(p.proportion())).isTrue();
    }
  }

  @Property(tries = 100)
  void estimate_intervalNarrows_asTheBaseGrows(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int size, @ForAll @IntRange(min = 2, max = 4) int copies) {
    List<SurveyResponse> once = responses(new Random(seed), size, 0);
    List<SurveyResponse> many = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      for (SurveyResponse response : once) {
        many.add(listen(response.id().value() + "-" + c, "P12", response.area(), "2012-07-01", response.weight(),
            response.demographics().get("ETHNICITY"), response.answers().values().iterator().next().token()));
      }
    }
    WeightedProportion small = SurveyAnalysis.estimate(data(once), SCOPE_B, LISTEN).proportion();
    WeightedProportion large = SurveyAnalysis.estimate(data(many), SCOPE_B, LISTEN).proportion();
    if (!small.isEmpty()) {
      assertThat(large.proportion()).isCloseTo(small.proportion(), within(1e-12));
      assertThat(large.effectiveSize()).isGreaterThan(small.effectiveSize());
      assertThat(width(large.interval())).isLessThanOrEqualTo(width(small.interval()) + 1e-12);
    }
  }

  private static double width(Interval interval) {
    return interval.upper() - interval.lower();
  }

  @Property(tries = 200)
  void estimate_equalWeights_giveTheUnweightedFigures(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int size, @ForAll @IntRange(min = 1, max = 400) int w) {
    double weight = w / 40.0;
    List<SurveyResponse> responses = responses(new Random(seed), size, weight);
    EngagementDataset data = data(responses);
    WeightedProportion p = SurveyAnalysis.estimate(data, SCOPE_B, LISTEN).proportion();
    long n = 0;
    long yes = 0;
    for (SurveyResponse r : responses) {
      String token = r.answers().values().iterator().next().token();
      boolean valid = !token.equals("7") && !r.area().equals(Records.W3);
      n += valid ? 1 : 0;
      yes += valid && (token.equals("4") || token.equals("5")) ? 1 : 0;
    }
    assertThat(p.n()).isEqualTo(n);
    if (n > 0) {
      Interval unweighted = WeightedProportion.unweighted(yes, n).interval();
      assertThat(p.proportion()).isCloseTo((double) yes / n, within(1e-9));
      assertThat(p.effectiveSize()).isCloseTo(n, within(1e-9));
      assertThat(p.interval().lower()).isCloseTo(unweighted.lower(), within(1e-9));
      assertThat(p.interval().upper()).isCloseTo(unweighted.upper(), within(1e-9));
    }
  }

  /**
   * No withheld cell of a breakdown whose total is shown can be recovered by subtraction: when
   * any cell with a figure is withheld, at least two are — for figures and counts alike, under
   * any thresholds.
   */
  @Property(tries = 300)
  void breakdown_suppression_neverLeavesOneWithheldCellBesideAShownTotal(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 120) int size,
      @ForAll @IntRange(min = 0, max = 60) int surveyBase,
      @ForAll @IntRange(min = 0, max = 12) int count) {
    SurveyBreakdown b = SurveyAnalysis.breakdown(data(responses(new Random(seed), size, 0)), SCOPE_B, LISTEN);
    DisclosureControl control = DisclosureControl.of(surveyBase, count);
    for (DimensionBreakdown d : b.dimensions()) {
      List<Suppression> figures = SurveyTables.figureSuppression(b, d, control);
      List<Suppression> counts = SurveyTables.countSuppression(b, d, control);
      if (!SurveyTables.overallWithheld(b.overall(), control)) {
        assertThat(withheld(d, figures)).isNotEqualTo(1);
      }
      if (!control.suppressesCount(b.overall().n())) {
        assertThat(withheld(d, counts)).isNotEqualTo(1);
      }
      for (int i = 0; i < d.groups().size(); i++) {
        // A count withheld always withholds the figure too.
        if (counts.get(i) != Suppression.NONE) {
          assertThat(figures.get(i)).isNotEqualTo(Suppression.NONE);
        }
      }
    }
  }

  private static long withheld(DimensionBreakdown d, List<Suppression> suppression) {
    long out = 0;
    for (int i = 0; i < d.groups().size(); i++) {
      out += d.groups().get(i).base() > 0 && suppression.get(i) != Suppression.NONE ? 1 : 0;
    }
    return out;
  }

  @Property(tries = 100)
  void publicSurveyMeasures_mergeLaw_singleAreasGiveTheScopeResult(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int size) {
    EngagementDataset data = data(responses(new Random(seed), size, 0));
    List<Set<AreaId>> parts = data.subtree(SCOPE_B.area()).stream().map(Set::of).toList();
    PublicSurveyMeasure a3 = PublicSurveyMeasure.policeListen();
    assertThat(a3.evaluate(data, SCOPE_B, parts)).isEqualTo(a3.evaluate(data, SCOPE_B));
  }
}
