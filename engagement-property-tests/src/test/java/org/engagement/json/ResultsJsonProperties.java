package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.core.Survey;
import org.engagement.core.SurveyId;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.MeasureStatus;
import org.engagement.measures.Scorecard;
import org.engagement.measures.ScorecardRow;
import org.engagement.measures.outcome.OutcomeMeasures;
import org.engagement.testkit.EngagementArbitraries;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Results written to JSON read back equal, for the scorecards and results of the five outcome
 * measures evaluated on engagement-core's generated datasets (valid or not), and the written
 * documents hold only finite numbers, give NOT_ASSESSABLE results a reason and no score, and
 * conform to the published results schema.
 */
class ResultsJsonProperties {

  private static final EngagementJson JSON = EngagementJson.standard();
  private static final JsonMapper STRICT = JsonMapper.builder().build();
  private static final OutcomeMeasures MEASURES = OutcomeMeasures.standard();

  @Provide
  Arbitrary<Scorecard> scorecards() {
    Arbitrary<EngagementDataset> datasets = Arbitraries.oneOf(
        EngagementArbitraries.validDatasets(), EngagementArbitraries.arbitraryDatasets());
    return datasets.flatMap(data -> Combinators.combine(scopes(data),
            Arbitraries.integers().between(0, 3))
        .as((scope, level) -> scorecard(data, scope, level)));
  }

  /**
   * Scopes over the dataset's areas, most often one with areas below it, or over an unknown
   * area; any period, as-of date and surveys.
   */
  private static Arbitrary<Scope> scopes(EngagementDataset data) {
    List<AreaId> areas = new ArrayList<>(data.areas().stream().map(Area::id).toList());
    areas.add(AreaId.of("E09000999"));
    List<AreaId> parents = data.areas().stream().flatMap(a -> a.parent().stream()).distinct()
        .toList();
    Arbitrary<AreaId> area = parents.isEmpty() ? Arbitraries.of(areas)
        : Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(areas)),
            Tuple.of(3, Arbitraries.of(parents)));
    List<SurveyId> surveys = data.surveys().stream().map(Survey::id).distinct().toList();
    Arbitrary<Set<SurveyId>> chosen = surveys.isEmpty() ? Arbitraries.just(Set.of())
        : Arbitraries.of(surveys).set().ofMaxSize(2);
    return Combinators.combine(area, EngagementArbitraries.periods(),
            Arbitraries.integers().between(0, 400), chosen)
        .as((root, period, late, read) -> Scope.builder().area(root).period(period)
            .asOf(period.to().plusDays(late)).surveys(read).build());
  }

  /**
   * The scorecard of the scope alone when {@code pick} is 0 or no level lies below the scope's
   * area, else with rows at one of the levels below it.
   */
  private static Scorecard scorecard(EngagementDataset data, Scope scope, int pick) {
    Optional<AreaLevel> own = data.level(scope.area());
    List<AreaLevel> below = Arrays.stream(AreaLevel.values())
        .filter(l -> own.isEmpty() || l.compareTo(own.get()) > 0).toList();
    if (pick == 0 || below.isEmpty()) {
      return MEASURES.scorecard(data, scope);
    }
    return MEASURES.scorecard(data, scope, below.get(pick % below.size()));
  }

  @Property(tries = 200)
  void readOfWrite_isTheScorecard(@ForAll("scorecards") Scorecard card) {
    String written = JSON.writeString(card);
    Statistics.label("shape").collect(card.rows().isEmpty() ? "scope alone" : "with rows")
        .coverage(c -> c.check("with rows").percentage(p -> p >= 10));
    Statistics.label("scored").collect(card.total().results().stream()
            .anyMatch(MeasureResult::isScored))
        .coverage(c -> c.check(true).percentage(p -> p >= 10));

    assertThat(JSON.readScorecard(written)).isEqualTo(card);
    assertThat(JSON.writeString(JSON.readScorecard(written))).isEqualTo(written);
    assertThat(JSON.readScorecard(JSON.disable(JsonFeature.INDENT_OUTPUT).writeString(card)))
        .isEqualTo(card);
  }

  @Property(tries = 200)
  void readOfWrite_isEachResult(@ForAll("scorecards") Scorecard card) {
    for (MeasureResult result : results(card)) {
      String written = JSON.writeString(result);

      assertThat(JSON.readMeasureResult(written)).isEqualTo(result);
    }
  }

  @Property(tries = 200)
  void writtenResults_holdOnlyFiniteNumbers_andNoScoreWhenNotAssessable(
      @ForAll("scorecards") Scorecard card) {
    for (MeasureResult result : results(card)) {
      // The default parser refuses NaN and Infinity: reading is the first assertion.
      JsonNode tree = STRICT.readTree(JSON.writeString(result));

      assertThat(ResultsJsonTest.numbers(tree)).allSatisfy(n -> assertThat(n).isFinite());
      if (result.status() == MeasureStatus.NOT_ASSESSABLE) {
        assertThat(tree.has("score")).isFalse();
        assertThat(tree.get("reason").asString()).isNotBlank();
        assertThat(tree.get("rating").asString()).isEqualTo("NOT_RATED");
      } else {
        assertThat(tree.get("score").doubleValue()).isBetween(0.0, 1.0);
      }
    }
  }

  @Property(tries = 50)
  void writtenScorecards_conformToTheResultsSchema(@ForAll("scorecards") Scorecard card) {
    assertThat(ResultsSchemaTest.errors(JSON.writeString(card))).isEmpty();
    assertThat(ResultsSchemaTest.errors(JSON.writeString(card.total().results().get(0))))
        .isEmpty();
  }

  private static List<MeasureResult> results(Scorecard card) {
    List<ScorecardRow> rows = new ArrayList<>(card.rows());
    rows.add(card.total());
    return rows.stream().flatMap(r -> r.results().stream()).collect(Collectors.toList());
  }
}
