package org.engagement.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.core.Survey;
import org.engagement.core.SurveyId;
import org.engagement.core.testing.EngagementArbitraries;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.MeasureStatus;
import org.engagement.measures.Scorecard;
import org.engagement.measures.ScorecardRow;
import org.engagement.measures.outcome.OutcomeMeasures;
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
            Arbitraries.of(AreaLevel.class).optional())
        .as((scope, level) -> scorecard(data, scope, level)));
  }

  /** Scopes over the dataset's areas (or an unknown one), any period, as-of and surveys. */
  private static Arbitrary<Scope> scopes(EngagementDataset data) {
    List<AreaId> areas = new ArrayList<>(data.areas().stream().map(Area::id).toList());
    areas.add(AreaId.of("E09000999"));
    List<SurveyId> surveys = data.surveys().stream().map(Survey::id).distinct().toList();
    Arbitrary<Set<SurveyId>> chosen = surveys.isEmpty() ? Arbitraries.just(Set.of())
        : Arbitraries.of(surveys).set().ofMaxSize(2);
    return Combinators.combine(Arbitraries.of(areas), EngagementArbitraries.periods(),
            Arbitraries.integers().between(0, 400), chosen)
        .as((area, period, late, read) -> Scope.builder().area(area).period(period)
            .asOf(period.to().plusDays(late)).surveys(read).build());
  }

  /** The scorecard with rows at the level when it lies below the scope's area, else alone. */
  private static Scorecard scorecard(EngagementDataset data, Scope scope,
      Optional<AreaLevel> level) {
    Optional<AreaLevel> own = data.level(scope.area());
    if (level.isPresent() && (own.isEmpty() || level.get().compareTo(own.get()) > 0)) {
      return MEASURES.scorecard(data, scope, level.get());
    }
    return MEASURES.scorecard(data, scope);
  }

  @Property(tries = 200)
  void readOfWrite_isTheScorecard(@ForAll("scorecards") Scorecard card) {
    String written = JSON.writeString(card);

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

      assertThat(numbers(tree)).allSatisfy(n -> assertThat(n).isFinite());
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

  /** Every number in a tree, depth first. */
  static List<Double> numbers(JsonNode node) {
    List<Double> out = new ArrayList<>();
    if (node.isNumber()) {
      out.add(node.doubleValue());
    }
    for (JsonNode child : node) {
      out.addAll(numbers(child));
    }
    return out;
  }
}
