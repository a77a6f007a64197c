package org.engagement.json;

import static org.engagement.json.Collections2.enumeration;
import static org.engagement.json.Scalars.DATE;
import static org.engagement.json.Scalars.DOUBLE;
import static org.engagement.json.Scalars.LONG;
import static org.engagement.json.Scalars.PERIOD_CODEC;
import static org.engagement.json.Scalars.TEXT;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.engagement.core.CountBasis;
import org.engagement.core.Scope;
import org.engagement.core.SurveyId;
import org.engagement.measures.BaseKind;
import org.engagement.measures.Comparison;
import org.engagement.measures.ComparisonSide;
import org.engagement.measures.ComparisonVerdict;
import org.engagement.measures.Gap;
import org.engagement.measures.Indicator;
import org.engagement.measures.IndicatorKind;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.MeasureStatus;
import org.engagement.measures.Rating;
import org.engagement.measures.RatingScale;
import org.engagement.measures.Scorecard;
import org.engagement.measures.ScorecardComparison;
import org.engagement.measures.ScorecardRow;
import org.engagement.measures.Trend;
import org.engagement.measures.TrendPoint;
import org.engagement.measures.loop.Retention;
import org.engagement.measures.methods.BestReach;
import org.engagement.measures.methods.DimensionReach;
import org.engagement.measures.methods.MethodCut;
import org.engagement.measures.methods.MethodGroup;
import org.engagement.measures.methods.MethodReport;
import org.engagement.measures.methods.RankedGroup;
import org.engagement.measures.stats.CochranArmitage;
import org.engagement.measures.stats.Interval;
import org.engagement.measures.stats.ProportionChange;
import org.engagement.measures.stats.TrendVerdict;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of measure results: a result with its scope, score or reason, indicators, rating,
 * evidence and gaps; a scorecard with its total row and one row per area; a rating scale. The
 * descriptions are the measures' Javadoc; the results' JSON Schema is made from them, together
 * with the validation results of {@link Reports}.
 *
 * <p>Each type is one table of properties in canonical order, like the dataset's types in
 * {@link Format}. A new result type is one more table here and one entry in {@link #DOCUMENTS}
 * (a top-level document) or {@link #PARTS} (a value inside one).
 */
final class Results {

  private Results() {}

  static final Codec<MeasureStatus> MEASURE_STATUS = enumeration(MeasureStatus.class,
      "Whether a result has a score: SCORED, or NOT_ASSESSABLE when a denominator is 0 or "
          + "required data is absent (no score, and the result says why).");

  static final Codec<BaseKind> BASE_KIND = enumeration(BaseKind.class,
      "What the base of a result counts: DENOMINATOR (of a ratio measure: M1, M2, M4), "
          + "STATED_TOTAL (the smallest stated demographic total, M3), SURVEY_ANSWERS (the "
          + "smallest unweighted number of valid survey answers, M5) or PARTICIPANTS (the "
          + "distinct participants of repeat participation, a count of people).");

  static final Codec<MethodCut> METHOD_CUT = enumeration(MethodCut.class,
      "How activities are grouped: METHOD (the key is the method's name) or MODE_OPENNESS "
          + "(the key is MODE/OPENNESS, e.g. SINGLE/OPEN).");

  static final Codec<IndicatorKind> INDICATOR_KIND = enumeration(IndicatorKind.class,
      "What an indicator's value is: COUNT (a whole number), SHARE (in [0, 1]), DAYS, "
          + "QUANTITY (in the unit its name gives), STATISTIC, P_VALUE, or LABEL (text, no "
          + "value).");

  static final Codec<Rating> RATING = enumeration(Rating.class,
      "The rating of a score: the five grades OUTSTANDING, GOOD, ADEQUATE, "
          + "REQUIRES_IMPROVEMENT, INADEQUATE; INSUFFICIENT_DATA when the base is below the "
          + "scale's minimum (the score is shown, not graded); NOT_RATED when there is no score.");

  /**
   * A finite figure: a whole number without a fraction when it is one (counts read {@code 24},
   * not {@code 24.0}), else the shortest form that reads back exactly; never NaN or infinite.
   */
  static final Codec<Double> FIGURE = new Codec<>() {
    @Override
    public void write(JsonGenerator g, Double value, WriteContext wc) {
      double v = value;
      boolean negativeZero = Double.doubleToRawLongBits(v) == Long.MIN_VALUE;
      if (v == Math.rint(v) && Math.abs(v) < 0x1p53 && !negativeZero) {
        g.writeNumber((long) v);
      } else {
        DOUBLE.write(g, value, wc);
      }
    }

    @Override
    public Double read(JsonParser p, ReadContext rc) {
      return DOUBLE.read(p, rc);
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return DOUBLE.schema(s);
    }
  };

  /** What a measure looked at. */
  public static final ObjectBinding<Scope, Scope.Builder> SCOPE =
      ObjectBinding.define(Scope.class,
              "What a measure looks at: an area and its whole subtree, a period of whole days, "
                  + "an as-of date after which evidence is ignored, and optionally the survey "
                  + "waves to read.",
              Scope::builder, Scope.Builder::build)
          .required("area", Format.AREA_ID, Scope::area, Scope.Builder::area,
              "The root of the area subtree.")
          .required("period", PERIOD_CODEC, Scope::period, Scope.Builder::period,
              "The period, both days inclusive.")
          .defaulted("asOf", DATE, Scope::asOf, Scope.Builder::asOf,
              "The date after which evidence is ignored, never before the period's end; the "
                  + "period's end by default.")
          .list("surveys", Format.SURVEY_ID, Results::surveys, Scope.Builder::surveys,
              "The survey waves read, sorted; absent means every survey.")
          .build();

  /** A record that fails a measure. */
  public static final ObjectBinding<Gap, Slots> GAP =
      ObjectBinding.define(Gap.class,
              "A record that fails a measure, with the first step it lacks: an input never "
                  + "presented to decision-makers, an initiative without linked engagement, an "
                  + "under-represented category.",
              Slots::new, s -> Gap.of(s.get("id"), s.get("lacks")))
          .required("id", TEXT, Gap::id, Slots.set("id"),
              "The failing record's id, or for M3 DIMENSION/CATEGORY.")
          .required("lacks", TEXT, Gap::lacks, Slots.set("lacks"),
              "The first step it lacks, named by the measure, e.g. PRESENTED.")
          .build();

  /** One named figure of a result. */
  public static final ObjectBinding<Indicator, Slots> INDICATOR =
      ObjectBinding.define(Indicator.class,
              "One named figure of a measure result: a funnel count, a share, a median, a "
                  + "statistic; a label's text; or, when it cannot be computed, no value and the "
                  + "reason. Exactly one of value and note is present.",
              Slots::new, Results::indicator)
          .required("name", TEXT, Indicator::name, Slots.set("name"),
              "The name of the figure without its qualifiers, e.g. R or respondingShare; "
                  + "unique within a result together with qualifiers.")
          .map("qualifiers", Collections2.orderedMap("qualifier name", TEXT),
              Indicator::qualifiers, Slots.set("qualifiers"),
              "What the figure is about, in order: qualifier name to value, e.g. dimension to "
                  + "ETHNICITY then category to BLACK, or resourceType then unit. The label for "
                  + "people is the name followed by the values in brackets, separated by /: "
                  + "r[ETHNICITY/BLACK]. Absent for a figure of the whole result.")
          .required("kind", INDICATOR_KIND, Indicator::kind, Slots.set("kind"),
              "What the value is.")
          .optional("value", FIGURE, i -> boxed(i.value()), Slots.set("value"),
              "The value, a finite number; absent for a label or when not assessable.")
          .optional("note", TEXT, Indicator::note, Slots.set("note"),
              "A label's text, or why the value is absent; absent for a numeric value.")
          .optional("surveyBase", LONG, i -> boxed(i.surveyBase()), Slots.set("surveyBase"),
              "The unweighted number of valid answers a survey figure rests on; absent for "
                  + "figures that do not come from survey answers.")
          .optional("demographicCount", LONG, i -> boxed(i.demographicCount()),
              Slots.set("demographicCount"),
              "The count of people a share or statistic rests on (those who did not state a "
                  + "dimension; the observed count of a category's representation ratio), or for "
                  + "a count of people (the participants of repeat participation) the count "
                  + "itself; absent for other figures.")
          .build();

  /** The result of one measure for one scope. */
  public static final ObjectBinding<MeasureResult, MeasureResult.Builder> MEASURE_RESULT =
      ObjectBinding.define(MeasureResult.class,
              "The result of one measure for one scope: a score in [0, 1] or NOT_ASSESSABLE "
                  + "with a reason (never NaN, never a silent 0), the numerator and denominator "
                  + "of a ratio measure, named indicators, a rating, the evidence and the gaps.",
              MeasureResult::builder, MeasureResult.Builder::build)
          .required("measure", TEXT, MeasureResult::measure, MeasureResult.Builder::measure,
              "The measure's code, e.g. M1.")
          .required("title", TEXT, MeasureResult::title, MeasureResult.Builder::title,
              "The measure's title, e.g. Due consideration.")
          .required("scope", SCOPE, MeasureResult::scope, MeasureResult.Builder::scope,
              "The scope evaluated.")
          .required("status", MEASURE_STATUS, MeasureResult::status,
              MeasureResult.Builder::status, "Whether there is a score.")
          .optional("reason", TEXT, MeasureResult::reason, MeasureResult.Builder::reason,
              "Why there is no score; present exactly when NOT_ASSESSABLE.")
          .optional("score", FIGURE, r -> boxed(r.score()), (b, v) -> b.score(v),
              "The score in [0, 1]; present exactly when SCORED.")
          .optional("numerator", LONG, r -> boxed(r.numerator()), (b, v) -> b.numerator(v),
              "The numerator of a ratio measure; absent for mean-based measures (M3, M5).")
          .optional("denominator", LONG, r -> boxed(r.denominator()),
              (b, v) -> b.denominator(v),
              "The denominator of a ratio measure; absent for mean-based measures (M3, M5).")
          .required("base", LONG, MeasureResult::base, MeasureResult.Builder::base,
              "The base the rating rests on, zero or more; 0 when NOT_ASSESSABLE.")
          .defaulted("baseKind", BASE_KIND, MeasureResult::baseKind,
              MeasureResult.Builder::baseKind, "What the base counts; DENOMINATOR by default.")
          .required("rating", RATING, MeasureResult::rating, MeasureResult.Builder::rating,
              "The rating; NOT_RATED when NOT_ASSESSABLE.")
          .optional("ratingNote", TEXT, MeasureResult::ratingNote,
              MeasureResult.Builder::ratingNote,
              "Why a score has no grade when neither the status nor the base says so: a "
                  + "measure not rated by default (A3-A5), or M3 resting on too few dimensions.")
          .optional("scoreNote", TEXT, MeasureResult::scoreNote, MeasureResult.Builder::scoreNote,
              "What the score rests on when it rests on less than all it could, e.g. 3 of 6 "
                  + "dimensions for M3; every published form of the score shows it.")
          .list("indicators", INDICATOR, MeasureResult::indicators,
              MeasureResult.Builder::indicators,
              "The named indicators, in the measure's documented order.")
          .list("evidence", TEXT, MeasureResult::evidence, MeasureResult.Builder::evidence,
              "The ids of the records that support the score, sorted in ordinal string order, "
                  + "each once.")
          .list("gaps", GAP, MeasureResult::gaps, MeasureResult.Builder::gaps,
              "The failing records and the step each lacks, sorted by id then step.")
          .build();

  /** One row of a scorecard. */
  public static final ObjectBinding<ScorecardRow, Slots> SCORECARD_ROW =
      ObjectBinding.define(ScorecardRow.class,
              "One row of a scorecard: an area and the result of each measure for it, in the "
                  + "scorecard's measure order.",
              Slots::new, s -> Scorecards.row(s.get("area"), s.get("name"),
                  Optional.ofNullable(s.get("level")), orEmpty(s.get("results"))))
          .required("area", Format.AREA_ID, ScorecardRow::area, Slots.set("area"), "The area.")
          .required("name", TEXT, ScorecardRow::name, Slots.set("name"),
              "The area's name, or its id when the dataset does not know the area.")
          .optional("level", Format.AREA_LEVEL, ScorecardRow::level, Slots.set("level"),
              "The area's level; absent when the dataset does not know the area.")
          .list("results", MEASURE_RESULT, ScorecardRow::results, Slots.set("results"),
              "The results, one per measure, in the scorecard's measure order.")
          .build();

  /** A scorecard. */
  public static final ObjectBinding<Scorecard, Slots> SCORECARD =
      ObjectBinding.define(Scorecard.class,
              "Measures for a scope and for each of its areas at a chosen level, with the "
                  + "scope's own row computed from its records by exact roll-up, never by "
                  + "averaging the rows below.",
              Slots::new, s -> Scorecards.scorecard(s.get("scope"),
                  Optional.ofNullable(s.get("level")), orEmpty(s.get("measures")), s.get("total"),
                  orEmpty(s.get("rows"))))
          .required("scope", SCOPE, Scorecard::scope, Slots.set("scope"),
              "The scope of the total row; the rows share its period, as-of date and surveys.")
          .optional("level", Format.AREA_LEVEL, Scorecard::level, Slots.set("level"),
              "The level of the rows; absent for a scorecard of the scope alone.")
          .list("measures", TEXT, Scorecard::measures, Slots.set("measures"),
              "The measures' codes, in column order.")
          .required("total", SCORECARD_ROW, Scorecard::total, Slots.set("total"),
              "The scope's own row, rolled up exactly from its records.")
          .list("rows", SCORECARD_ROW, Scorecard::rows, Slots.set("rows"),
              "One row per area at the level, sorted by area id.")
          .build();

  static final Codec<ComparisonVerdict> COMPARISON_VERDICT = enumeration(ComparisonVerdict.class,
      "The verdict of a comparison, population B against population A, from the 95% Newcombe "
          + "interval of p_B − p_A: ABOVE (lower bound above 0), BELOW (upper bound below 0), "
          + "NO_SIGNIFICANT_DIFFERENCE, or NOT_ASSESSABLE when a denominator is 0.");

  static final Codec<TrendVerdict> TREND_VERDICT = enumeration(TrendVerdict.class,
      "The verdict of a Cochran–Armitage trend test: RISING or FALLING when the two-sided "
          + "p-value is below 0.05 (by the sign of z), NO_SIGNIFICANT_TREND, or NOT_ASSESSABLE "
          + "when fewer than 3 periods have records.");

  /** One population of a comparison. */
  public static final ObjectBinding<ComparisonSide, Slots> COMPARISON_SIDE =
      ObjectBinding.define(ComparisonSide.class,
              "One of the two populations of a comparison: what it is, the scope whose records "
                  + "it holds, and the ratio measure's numerator and denominator over it.",
              Slots::new, s -> ComparisonSide.of(s.get("label"), s.get("scope"),
                  s.<Long>get("numerator"), s.<Long>get("denominator")))
          .required("label", TEXT, ComparisonSide::label, Slots.set("label"),
              "What the population is: an area and period, or the rest of an ancestor.")
          .required("scope", SCOPE, ComparisonSide::scope, Slots.set("scope"),
              "The scope whose records it holds; for the rest of an ancestor, the ancestor's.")
          .required("numerator", LONG, ComparisonSide::numerator, Slots.set("numerator"),
              "The numerator, from 0 to the denominator.")
          .required("denominator", LONG, ComparisonSide::denominator, Slots.set("denominator"),
              "The denominator, zero or more.")
          .derivedOptional("proportion", FIGURE, c -> boxed(c.proportion()),
              "numerator / denominator; absent when the denominator is 0.")
          .derivedOptional("intervalLower", FIGURE, c -> c.interval().map(Interval::lower),
              "The lower bound of the 95% Wilson interval with n = denominator.")
          .derivedOptional("intervalUpper", FIGURE, c -> c.interval().map(Interval::upper),
              "The upper bound of the 95% Wilson interval with n = denominator.")
          .build();

  /** The participants of one period of an area also seen in a later period (§10). */
  public static final ObjectBinding<Retention, Slots> RETENTION =
      ObjectBinding.define(Retention.class,
              "Retention between two periods of one area (docs/spec/measures.md §10): of the "
                  + "participants of the first period (the cohort), those also seen in the second.",
              Slots::new, s -> Retention.of(s.get("first"), s.get("second"),
                  s.<Long>get("cohort"), s.<Long>get("retained"),
                  s.<Long>get("secondParticipants")))
          .required("first", SCOPE, Retention::first, Slots.set("first"),
              "The earlier scope (A).")
          .required("second", SCOPE, Retention::second, Slots.set("second"),
              "The later scope (B), the same area, a period not overlapping A's.")
          .required("cohort", LONG, Retention::cohort, Slots.set("cohort"),
              "The distinct participant ids of A (a count of people).")
          .required("retained", LONG, Retention::retained, Slots.set("retained"),
              "The ids of A also seen in B.")
          .required("secondParticipants", LONG, Retention::secondParticipants,
              Slots.set("secondParticipants"), "The distinct participant ids of B.")
          .derivedOptional("retention", FIGURE, r -> boxed(r.retention()),
              "retained / cohort; absent when the cohort is empty.")
          .build();

  /** A ratio measure compared between two disjoint populations. */
  public static final ObjectBinding<Comparison, Slots> COMPARISON =
      ObjectBinding.define(Comparison.class,
              "A ratio measure compared between two disjoint populations (two periods of an "
                  + "area, two areas, or an area against the rest of an ancestor) by the change "
                  + "test: d = p_B − p_A with n = denominator, its 95% Newcombe interval, the "
                  + "two-proportion z-test and the minimum detectable difference. Every figure "
                  + "after b is computed from the two populations' counts.",
              Slots::new, s -> Comparison.of(s.get("measure"), s.get("title"), s.get("a"),
                  s.get("b")))
          .required("measure", TEXT, Comparison::measure, Slots.set("measure"),
              "The measure's code, e.g. M1.")
          .required("title", TEXT, Comparison::title, Slots.set("title"),
              "The measure's title.")
          .required("a", COMPARISON_SIDE, Comparison::a, Slots.set("a"),
              "Population A, the baseline; for an area against the rest of an ancestor, the "
                  + "rest.")
          .required("b", COMPARISON_SIDE, Comparison::b, Slots.set("b"),
              "Population B, compared with A; the area.")
          .derived("verdict", COMPARISON_VERDICT, Comparison::verdict, "The verdict.")
          .derivedOptional("reason", TEXT, Comparison::reason,
              "Why the comparison is NOT_ASSESSABLE; absent otherwise.")
          .derivedOptional("difference", FIGURE,
              c -> c.change().map(ProportionChange::difference), "d = p_B − p_A.")
          .derivedOptional("intervalLower", FIGURE,
              c -> c.change().map(x -> x.interval().lower()),
              "The lower bound of d's 95% Newcombe interval.")
          .derivedOptional("intervalUpper", FIGURE,
              c -> c.change().map(x -> x.interval().upper()),
              "The upper bound of d's 95% Newcombe interval.")
          .derivedOptional("z", FIGURE, c -> c.change().map(ProportionChange::z),
              "The two-proportion z statistic with the pooled proportion.")
          .derivedOptional("pValue", FIGURE, c -> c.change().map(ProportionChange::pValue),
              "The two-sided p-value of z.")
          .derivedOptional("minimumDetectableDifference", FIGURE,
              c -> c.change().map(ProportionChange::minimumDetectableDifference),
              "The minimum detectable difference at 95% confidence and 80% power.")
          .build();

  /** One period of a trend. */
  public static final ObjectBinding<TrendPoint, Slots> TREND_POINT =
      ObjectBinding.define(TrendPoint.class,
              "One period of a trend: the ratio measure's numerator and denominator in it.",
              Slots::new, s -> TrendPoint.of(s.get("period"), s.<Long>get("numerator"),
                  s.<Long>get("denominator")))
          .required("period", PERIOD_CODEC, TrendPoint::period, Slots.set("period"),
              "The period, both days inclusive.")
          .required("numerator", LONG, TrendPoint::numerator, Slots.set("numerator"),
              "The numerator, from 0 to the denominator.")
          .required("denominator", LONG, TrendPoint::denominator, Slots.set("denominator"),
              "The denominator; 0 leaves the period out of the test.")
          .derivedOptional("proportion", FIGURE, t -> boxed(t.proportion()),
              "numerator / denominator; absent when the denominator is 0.")
          .derivedOptional("intervalLower", FIGURE, t -> t.interval().map(Interval::lower),
              "The lower bound of the 95% Wilson interval with n = denominator.")
          .derivedOptional("intervalUpper", FIGURE, t -> t.interval().map(Interval::upper),
              "The upper bound of the 95% Wilson interval with n = denominator.")
          .build();

  /** A ratio measure over consecutive periods and its Cochran–Armitage trend test. */
  public static final ObjectBinding<Trend, Slots> TREND =
      ObjectBinding.define(Trend.class,
              "A ratio measure over three or more consecutive, non-overlapping periods of one "
                  + "area and the Cochran–Armitage test for a linear trend with period scores "
                  + "1..k over the periods with records. Every figure after points is computed "
                  + "from the points.",
              Slots::new, s -> Trend.of(s.<String>get("measure"), s.<String>get("title"), s.get("area"),
                  orEmpty(s.get("points"))))
          .required("measure", TEXT, Trend::measure, Slots.set("measure"),
              "The measure's code, e.g. M1.")
          .required("title", TEXT, Trend::title, Slots.set("title"), "The measure's title.")
          .required("area", Format.AREA_ID, Trend::area, Slots.set("area"), "The area.")
          .list("points", TREND_POINT, Trend::points, Slots.set("points"),
              "Every period in time order, those left out of the test (denominator 0) included.")
          .derived("verdict", TREND_VERDICT, Trend::verdict, "The verdict.")
          .derivedOptional("reason", TEXT, Trend::reason,
              "Why the trend is NOT_ASSESSABLE; absent otherwise.")
          .derivedOptional("pooledProportion", FIGURE,
              t -> t.test().map(CochranArmitage::pooledProportion), "p̄ = Σ x_i / N.")
          .derivedOptional("statistic", FIGURE, t -> t.test().map(CochranArmitage::statistic),
              "T = Σ t_i (x_i − n_i p̄).")
          .derivedOptional("variance", FIGURE, t -> t.test().map(CochranArmitage::variance),
              "Var = p̄(1−p̄)(Σ n_i t_i² − (Σ n_i t_i)² / N).")
          .derivedOptional("z", FIGURE, t -> t.test().map(CochranArmitage::z),
              "z = T / √Var; 0 when Var = 0.")
          .derivedOptional("pValue", FIGURE, t -> t.test().map(CochranArmitage::pValue),
              "The two-sided p-value of z; 1 when Var = 0.")
          .build();

  /** Every row of a scorecard against the rest of its scope area. */
  public static final ObjectBinding<ScorecardComparison, Slots> SCORECARD_COMPARISON =
      ObjectBinding.define(ScorecardComparison.class,
              "Every row of a scorecard against the rest of the scorecard's scope area, per "
                  + "ratio measure; the comparisons are computed from the scorecard.",
              Slots::new, s -> ScorecardComparison.of(s.<Scorecard>get("scorecard")))
          .required("scorecard", SCORECARD, ScorecardComparison::scorecard,
              Slots.set("scorecard"), "The scorecard compared.")
          .derived("comparisons", Collections2.list(COMPARISON), ScorecardComparison::comparisons,
              "Each row's comparison per ratio measure, rows in order, measures in column "
                  + "order.")
          .build();

  /** How scores become ratings. */
  public static final ObjectBinding<RatingScale, RatingScale.Builder> RATING_SCALE =
      ObjectBinding.define(RatingScale.class,
              "How a score becomes a rating: four descending thresholds in [0, 1] and a minimum "
                  + "base. A score rates OUTSTANDING when it reaches outstanding − 1e-12, else "
                  + "GOOD when it reaches good, and so on down to INADEQUATE; below the minimum "
                  + "base it is INSUFFICIENT_DATA. The defaults are conventions of this SDK, not "
                  + "policy of any police authority.",
              RatingScale::builder, RatingScale.Builder::build)
          .defaulted("outstanding", DOUBLE, RatingScale::outstanding,
              RatingScale.Builder::outstanding, "The threshold of OUTSTANDING; 0.9 by default.")
          .defaulted("good", DOUBLE, RatingScale::good, RatingScale.Builder::good,
              "The threshold of GOOD; 0.75 by default.")
          .defaulted("adequate", DOUBLE, RatingScale::adequate, RatingScale.Builder::adequate,
              "The threshold of ADEQUATE; 0.6 by default.")
          .defaulted("requiresImprovement", DOUBLE, RatingScale::requiresImprovement,
              RatingScale.Builder::requiresImprovement,
              "The threshold of REQUIRES_IMPROVEMENT; 0.4 by default.")
          .defaulted("minimumBase", LONG, RatingScale::minimumBase,
              RatingScale.Builder::minimumBase,
              "The smallest base that is graded, zero or more; 10 by default.")
          .optional("notRatedReason", TEXT, RatingScale::notRatedReason,
              RatingScale.Builder::notRatedReason,
              "Present for a scale that grades nothing: every score is NOT_RATED, and this is "
                  + "why (the default of A3-A5).")
          .build();

  static final Codec<Map<String, Long>> CATEGORY_COUNTS =
      Collections2.map("category", Function.identity(), LONG);

  static final Codec<Map<String, Double>> CATEGORY_RATIOS =
      Collections2.map("category", Function.identity(), FIGURE);

  /** How one group of activities reaches the communities of one dimension. */
  public static final ObjectBinding<DimensionReach, Slots> DIMENSION_REACH =
      ObjectBinding.define(DimensionReach.class,
              "How one group of activities reaches the communities of one primary dimension: its "
                  + "stated counts on the basis M3 chose for the scope, against the scope's "
                  + "reference population.",
              Slots::new, s -> new DimensionReach(s.get("dimension"), s.get("observedTotal"),
                  s.get("assessable"), unboxed(s.get("representativeness")),
                  orEmptyMap(s.<Map<String, Long>>get("counts")),
                  orEmptyMap(s.<Map<String, Double>>get("ratios")),
                  orEmpty(s.<List<String>>get("underRepresented"))))
          .required("dimension", TEXT, DimensionReach::dimension, Slots.set("dimension"),
              "The dimension's code.")
          .required("observedTotal", LONG, DimensionReach::observedTotal,
              Slots.set("observedTotal"), "The stated total, ΣO.")
          .required("assessable", Scalars.BOOLEAN, DimensionReach::assessable,
              Slots.set("assessable"),
              "Whether a reference was found, ΣO > 0 and no count is negative.")
          .optional("representativeness", FIGURE, r -> boxed(r.representativeness()),
              Slots.set("representativeness"), "R = 1 − D; absent when not assessable.")
          .map("counts", CATEGORY_COUNTS, DimensionReach::counts, Slots.set("counts"),
              "The stated count of each category (demographic counts).")
          .map("ratios", CATEGORY_RATIOS, DimensionReach::ratios, Slots.set("ratios"),
              "The representation ratio r_c of each category with a reference share above 0.")
          .list("underRepresented", TEXT, DimensionReach::underRepresented,
              Slots.set("underRepresented"), "The under-represented categories, in scheme order.")
          .build();

  /** One method's place in a ranking. */
  public static final ObjectBinding<RankedGroup, Slots> RANKED_GROUP =
      ObjectBinding.define(RankedGroup.class,
              "One method's place in the ranking of the methods that best reach a community.",
              Slots::new, s -> new RankedGroup(s.get("method"), s.<Double>get("ratio"),
                  s.<Long>get("observed"), s.<Long>get("observedTotal"),
                  s.<Boolean>get("fewActivities")))
          .required("method", TEXT, RankedGroup::method, Slots.set("method"), "The method.")
          .required("ratio", FIGURE, RankedGroup::ratio, Slots.set("ratio"),
              "The category's representation ratio among the method's participants.")
          .required("observed", LONG, RankedGroup::observed, Slots.set("observed"),
              "The category's stated count among them (a demographic count).")
          .required("observedTotal", LONG, RankedGroup::observedTotal,
              Slots.set("observedTotal"), "ΣO of the dimension among them.")
          .required("fewActivities", Scalars.BOOLEAN, RankedGroup::fewActivities,
              Slots.set("fewActivities"), "Whether the method has few activities (ranked last).")
          .build();

  /** The methods that best reach one under-represented community. */
  public static final ObjectBinding<BestReach, Slots> BEST_REACH =
      ObjectBinding.define(BestReach.class,
              "The methods that best reach one community under-represented in the scope's M3, "
                  + "ranked by the category's representation ratio, largest first.",
              Slots::new, s -> new BestReach(s.get("dimension"), s.get("category"),
                  orEmpty(s.<List<RankedGroup>>get("ranking"))))
          .required("dimension", TEXT, BestReach::dimension, Slots.set("dimension"),
              "The dimension's code.")
          .required("category", TEXT, BestReach::category, Slots.set("category"),
              "The under-represented category.")
          .list("ranking", RANKED_GROUP, BestReach::ranking, Slots.set("ranking"),
              "The ranked methods, best first; absent when no method has the minimum base.")
          .build();

  /** The figures of one group of activities. */
  public static final ObjectBinding<MethodGroup, Slots> METHOD_GROUP =
      ObjectBinding.define(MethodGroup.class,
              "The figures of one group of activities: use, reach, voice, influence and cost "
                  + "(amounts in pounds).",
              Slots::new, Results::methodGroup)
          .required("cut", METHOD_CUT, MethodGroup::cut, Slots.set("cut"), "The grouping.")
          .required("key", TEXT, MethodGroup::key, Slots.set("key"),
              "The method's name, or MODE/OPENNESS.")
          .required("activities", LONG, MethodGroup::activities, Slots.set("activities"),
              "The activities in scope in the group.")
          .required("attendance", LONG, MethodGroup::attendance, Slots.set("attendance"),
              "Σ total attendance of those that record one.")
          .required("activitiesWithAttendance", LONG, MethodGroup::activitiesWithAttendance,
              Slots.set("activitiesWithAttendance"), "The activities that record attendance.")
          .optional("meanAttendance", FIGURE, g -> boxed(g.meanAttendance()),
              Slots.set("meanAttendance"), "Mean attendance; absent when none records one.")
          .list("reach", DIMENSION_REACH, MethodGroup::reach, Slots.set("reach"),
              "Per primary dimension, in scheme order, the group's reach.")
          .required("inputs", LONG, MethodGroup::inputs, Slots.set("inputs"),
              "The inputs raised at the group's activities.")
          .required("support", LONG, MethodGroup::support, Slots.set("support"),
              "Σ support of those inputs.")
          .optional("inputsPer100Attendees", FIGURE, g -> boxed(g.inputsPer100Attendees()),
              Slots.set("inputsPer100Attendees"),
              "Inputs per 100 attendees over activities that record attendance.")
          .required("recorded", LONG, MethodGroup::recorded, Slots.set("recorded"),
              "The inputs reaching RECORDED (M1).")
          .required("responded", LONG, MethodGroup::responded, Slots.set("responded"),
              "The inputs responded to by an allocation (M2).")
          .optional("recordedShare", FIGURE, g -> boxed(g.recordedShare()),
              Slots.set("recordedShare"), "recorded / inputs; absent without inputs.")
          .optional("respondedShare", FIGURE, g -> boxed(g.respondedShare()),
              Slots.set("respondedShare"), "responded / inputs; absent without inputs.")
          .required("cost", Scalars.DECIMAL, MethodGroup::cost, Slots.set("cost"),
              "Σ cost of the activities with a cost, in pounds, exact.")
          .required("costedActivities", LONG, MethodGroup::costedActivities,
              Slots.set("costedActivities"), "The activities with a cost.")
          .optional("costPerAttendee", Scalars.DECIMAL, MethodGroup::costPerAttendee,
              Slots.set("costPerAttendee"), "Cost per attendee, to the penny.")
          .optional("costPerInput", Scalars.DECIMAL, MethodGroup::costPerInput,
              Slots.set("costPerInput"), "Cost per input, to the penny.")
          .optional("costPerRecordedInput", Scalars.DECIMAL, MethodGroup::costPerRecordedInput,
              Slots.set("costPerRecordedInput"),
              "Cost per RECORDED input, to the penny; absent when none reached RECORDED.")
          .required("fewActivities", Scalars.BOOLEAN, MethodGroup::fewActivities,
              Slots.set("fewActivities"), "Whether the group has few activities.")
          .build();

  /** What works where: the methods "shopping list". */
  public static final ObjectBinding<MethodReport, Slots> METHOD_REPORT =
      ObjectBinding.define(MethodReport.class,
              "What works where, the methods \"shopping list\": use, reach, voice, influence and "
                  + "cost per method and per mode × openness, and the methods that best reach "
                  + "each under-represented community.",
              Slots::new, s -> new MethodReport(s.get("scope"),
                  Optional.ofNullable(s.<CountBasis>get("basis")),
                  orEmpty(s.<List<MethodGroup>>get("methods")),
                  orEmpty(s.<List<MethodGroup>>get("modeOpenness")),
                  orEmpty(s.<List<BestReach>>get("bestReach")),
                  s.<Long>get("minimumReachBase"), s.<Long>get("fewActivities").intValue()))
          .required("scope", SCOPE, MethodReport::scope, Slots.set("scope"), "The scope.")
          .optional("basis", Format.COUNT_BASIS, MethodReport::basis, Slots.set("basis"),
              "The count basis M3 chose for the scope; absent without counts.")
          .list("methods", METHOD_GROUP, MethodReport::methods, Slots.set("methods"),
              "The groups by method, in method order.")
          .list("modeOpenness", METHOD_GROUP, MethodReport::modeOpenness,
              Slots.set("modeOpenness"), "The groups by mode × openness.")
          .list("bestReach", BEST_REACH, MethodReport::bestReach, Slots.set("bestReach"),
              "Per under-represented category, the methods that best reach it.")
          .required("minimumReachBase", LONG, MethodReport::minimumReachBase,
              Slots.set("minimumReachBase"), "The smallest ΣO a method needs to be ranked.")
          .required("fewActivities", LONG, r -> (long) r.fewActivities(),
              Slots.set("fewActivities"),
              "The number of activities below which a group is marked few activities.")
          .build();

  /**
   * The types written as documents of their own, in the order the schema offers them (then the
   * validation report): the results' schema accepts a document of any of them. Not "exactly
   * one": {@code {}} is both a rating scale and a report, every property of both being
   * optional.
   */
  static final List<ObjectBinding<?, ?>> DOCUMENTS =
      List.of(SCORECARD, MEASURE_RESULT, RATING_SCALE, METHOD_REPORT, COMPARISON, TREND,
          SCORECARD_COMPARISON, RETENTION);

  /** The types only found inside a document. */
  static final List<ObjectBinding<?, ?>> PARTS =
      List.of(SCORECARD_ROW, INDICATOR, GAP, SCOPE, METHOD_GROUP, DIMENSION_REACH, BEST_REACH,
          RANKED_GROUP, COMPARISON_SIDE, TREND_POINT);

  /**
   * The bindings of measure results, for the Jackson module; the validation results are
   * {@link Reports#bindings()}.
   *
   * @return the scorecard, result, rating scale, comparison, trend and scorecard comparison
   *     bindings, then those of their parts
   */
  public static List<ObjectBinding<?, ?>> bindings() {
    return Stream.concat(DOCUMENTS.stream(), PARTS.stream()).toList();
  }

  private static Indicator indicator(Slots s) {
    Indicator out = unqualified(s);
    Map<String, String> qualifiers = s.get("qualifiers");
    if (qualifiers != null) {
      for (Map.Entry<String, String> q : qualifiers.entrySet()) {
        out = out.with(q.getKey(), q.getValue());
      }
    }
    return out;
  }

  private static Indicator unqualified(Slots s) {
    String name = s.get("name");
    IndicatorKind kind = s.get("kind");
    Double value = s.get("value");
    String note = s.get("note");
    Long base = s.get("surveyBase");
    Long count = s.get("demographicCount");
    if ((value == null) == (note == null)) {
      throw new IllegalArgumentException("indicator " + name + " must have either a value or a "
          + "note");
    }
    if (count != null && kind == IndicatorKind.COUNT && value != null && base == null
        && value == count.doubleValue()) {
      return Indicator.people(name, count);
    }
    if (count != null) {
      if (value == null || base != null
          || (kind != IndicatorKind.SHARE && kind != IndicatorKind.STATISTIC)) {
        throw new IllegalArgumentException("indicator " + name + " must be a share or a "
            + "statistic with a value and no survey base to have a demographic count: " + count);
      }
      return kind == IndicatorKind.SHARE ? Indicator.demographicShare(name, value, count)
          : Indicator.demographicStatistic(name, value, count);
    }
    if (base != null) {
      if (value == null) {
        throw new IllegalArgumentException("indicator " + name + " must have a value to have a "
            + "survey base: " + base);
      }
      return Indicator.survey(name, kind, value, base);
    }
    if (value == null) {
      return kind == IndicatorKind.LABEL ? Indicator.label(name, note)
          : Indicator.notAssessable(name, kind, note);
    }
    switch (kind) {
      case COUNT:
        // A count is a long made a double: 2^63 is Long.MAX_VALUE rounded, and reads back to it.
        if (value != Math.rint(value) || Math.abs(value) > 0x1p63) {
          throw new IllegalArgumentException("count indicator " + name + " must be a whole "
              + "number within the range of a long: " + value);
        }
        return Indicator.count(name, value.longValue());
      case SHARE:
        return Indicator.share(name, value);
      case DAYS:
        return Indicator.days(name, value);
      case QUANTITY:
        return Indicator.quantity(name, value);
      case STATISTIC:
        return Indicator.statistic(name, value);
      case P_VALUE:
        return Indicator.pValue(name, value);
      default:
        throw new IllegalArgumentException("label indicator " + name + " must have a note, "
            + "not a value: " + value);
    }
  }

  private static MethodGroup methodGroup(Slots s) {
    return new MethodGroup(s.get("cut"), s.get("key"), s.<Long>get("activities"),
        s.<Long>get("attendance"), s.<Long>get("activitiesWithAttendance"),
        unboxed(s.get("meanAttendance")), orEmpty(s.<List<DimensionReach>>get("reach")),
        s.<Long>get("inputs"), s.<Long>get("support"), unboxed(s.get("inputsPer100Attendees")),
        s.<Long>get("recorded"), s.<Long>get("responded"), unboxed(s.get("recordedShare")),
        unboxed(s.get("respondedShare")), s.get("cost"), s.<Long>get("costedActivities"),
        Optional.ofNullable(s.<BigDecimal>get("costPerAttendee")),
        Optional.ofNullable(s.<BigDecimal>get("costPerInput")),
        Optional.ofNullable(s.<BigDecimal>get("costPerRecordedInput")),
        s.<Boolean>get("fewActivities"));
  }

  private static OptionalDouble unboxed(@Nullable Double value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  private static <K, V> Map<K, V> orEmptyMap(@Nullable Map<K, V> map) {
    return map == null ? Map.of() : map;
  }

  private static List<SurveyId> surveys(Scope scope) {
    return scope.surveys().stream().sorted(Comparator.comparing(SurveyId::toString)).toList();
  }

  private static <V> List<V> orEmpty(@Nullable List<V> list) {
    return list == null ? List.of() : list;
  }

  private static Optional<Double> boxed(OptionalDouble value) {
    return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
  }

  private static Optional<Long> boxed(OptionalLong value) {
    return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
  }
}
