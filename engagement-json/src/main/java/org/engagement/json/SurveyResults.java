package org.engagement.json;

import static org.engagement.json.Scalars.LONG;
import static org.engagement.json.Scalars.TEXT;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.engagement.core.QuestionId;
import org.engagement.core.StandardRole;
import org.engagement.core.SurveyPopulation;
import org.engagement.measures.stats.ChangeVerdict;
import org.engagement.measures.stats.ProportionChange;
import org.engagement.measures.stats.WeightedProportion;
import org.engagement.measures.survey.DimensionBreakdown;
import org.engagement.measures.survey.GroupEstimate;
import org.engagement.measures.survey.SurveyBreakdown;
import org.engagement.measures.survey.SurveyChange;
import org.engagement.measures.survey.SurveyEstimate;
import org.engagement.measures.survey.SurveyQuestion;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of survey figures on demand (docs/spec/measures.md §1, §4): a question's weighted
 * proportion in a scope, its change between two scopes, and its breakdown by demographic group. Every proportion is stored as
 * its four sums, from which its figure, effective size and interval are derived; a group's
 * comparison with the rest of the sample is derived from the group's and the rest's sums.
 */
final class SurveyResults {

  private SurveyResults() {}

  static final Codec<ChangeVerdict> CHANGE_VERDICT = Collections2.enumeration(ChangeVerdict.class,
      "The verdict of the change test of docs/spec/measures.md §1 from the 95% Newcombe interval "
          + "of B − A: INCREASE (lower bound above 0), DECREASE (upper bound below 0) or "
          + "NO_SIGNIFICANT_CHANGE.");

  /** A weighted proportion by its sums. */
  static final ObjectBinding<WeightedProportion, Slots> WEIGHTED_PROPORTION =
      ObjectBinding.define(WeightedProportion.class,
              "A weighted proportion of valid survey answers (docs/spec/measures.md §1), stored "
                  + "as its sums: p = Σw·y / Σw, n_eff = (Σw)² / Σw², and the 95% Wilson "
                  + "interval with n = n_eff.",
              Slots::new, s -> WeightedProportion.of(s.<Long>get("n"), s.<Double>get("sumOfWeights"),
                  s.<Double>get("sumOfSquaredWeights"), s.<Double>get("weightedSuccesses")))
          .required("n", LONG, WeightedProportion::n, Slots.set("n"),
              "The unweighted number of valid answers (the base).")
          .required("sumOfWeights", Results.FIGURE, WeightedProportion::sumOfWeights,
              Slots.set("sumOfWeights"), "Σw.")
          .required("sumOfSquaredWeights", Results.FIGURE,
              WeightedProportion::sumOfSquaredWeights, Slots.set("sumOfSquaredWeights"), "Σw².")
          .required("weightedSuccesses", Results.FIGURE, WeightedProportion::weightedSuccesses,
              Slots.set("weightedSuccesses"), "Σw·y, from 0 to Σw.")
          .derivedOptional("proportion", Results.FIGURE,
              p -> p.isEmpty() ? Optional.empty() : Optional.of(p.proportion()),
              "p = Σw·y / Σw; absent when n is 0.")
          .derivedOptional("effectiveSize", Results.FIGURE,
              p -> p.isEmpty() ? Optional.empty() : Optional.of(p.effectiveSize()),
              "n_eff = (Σw)² / Σw²; absent when n is 0.")
          .derivedOptional("intervalLower", Results.FIGURE,
              p -> p.isEmpty() ? Optional.empty() : Optional.of(p.interval().lower()),
              "The lower bound of the 95% Wilson interval with n = n_eff.")
          .derivedOptional("intervalUpper", Results.FIGURE,
              p -> p.isEmpty() ? Optional.empty() : Optional.of(p.interval().upper()),
              "The upper bound of the 95% Wilson interval with n = n_eff.")
          .build();

  /** Which question is read. */
  static final ObjectBinding<SurveyQuestion, Slots> SURVEY_QUESTION =
      ObjectBinding.define(SurveyQuestion.class,
              "Which survey question is read: by its standard role in every survey that has it, "
                  + "or by its id; optionally only in surveys of one population. Exactly one of "
                  + "role and question.",
              Slots::new, SurveyResults::question)
          .optional("role", Format.STANDARD_ROLE, SurveyQuestion::role, Slots.set("role"),
              "The standard role, e.g. POLICE_LISTEN.")
          .optional("question", Format.QUESTION_ID, SurveyQuestion::questionId,
              Slots.set("question"), "The question's id.")
          .optional("population", Format.SURVEY_POPULATION, SurveyQuestion::population,
              Slots.set("population"), "Only surveys of this population; absent for every one.")
          .build();

  /** A question's figure in a scope. */
  static final ObjectBinding<SurveyEstimate, Slots> SURVEY_ESTIMATE =
      ObjectBinding.define(SurveyEstimate.class,
              "A survey question's weighted proportion of valid answers in a scope, every "
                  + "survey in scope that has the question pooled (docs/spec/measures.md §1).",
              Slots::new, s -> SurveyEstimate.of(s.get("question"), s.get("scope"),
                  s.get("proportion")))
          .required("question", SURVEY_QUESTION, SurveyEstimate::question,
              Slots.set("question"), "The question read.")
          .required("scope", Results.SCOPE, SurveyEstimate::scope, Slots.set("scope"),
              "The scope.")
          .required("proportion", WEIGHTED_PROPORTION, SurveyEstimate::proportion,
              Slots.set("proportion"), "The weighted proportion; n is 0 without a valid answer.")
          .build();

  /** A question's figure from one scope to another. */
  static final ObjectBinding<SurveyChange, Slots> SURVEY_CHANGE =
      ObjectBinding.define(SurveyChange.class,
              "The change of a survey question's figure from one scope (A, the baseline) to "
                  + "another (B) by the test of docs/spec/measures.md §1: d = p_B − p_A, its 95% "
                  + "Newcombe interval, the verdict, the two-proportion z-test with n = n_eff and "
                  + "the minimum detectable difference. Every figure after the two estimates "
                  + "(before, after) is computed from them.",
              Slots::new, s -> SurveyChange.of(s.get("before"), s.get("after")))
          .required("before", SURVEY_ESTIMATE, SurveyChange::before, Slots.set("before"),
              "Estimate A, the baseline; for an area against the rest of an ancestor, the rest "
                  + "(with the ancestor's scope).")
          .required("after", SURVEY_ESTIMATE, SurveyChange::after, Slots.set("after"),
              "Estimate B.")
          .derived("difference", Results.FIGURE, c -> c.change().difference(),
              "d = p_B − p_A.")
          .derived("intervalLower", Results.FIGURE, c -> c.change().interval().lower(),
              "The lower bound of d's 95% Newcombe interval.")
          .derived("intervalUpper", Results.FIGURE, c -> c.change().interval().upper(),
              "The upper bound of d's 95% Newcombe interval.")
          .derived("verdict", CHANGE_VERDICT, c -> c.change().verdict(), "The verdict.")
          .derived("pooledProportion", Results.FIGURE, c -> c.change().pooledProportion(),
              "The pooled proportion of the z-test.")
          .derived("z", Results.FIGURE, c -> c.change().z(), "The two-proportion z statistic.")
          .derived("pValue", Results.FIGURE, c -> c.change().pValue(),
              "The two-sided p-value of z.")
          .derived("minimumDetectableDifference", Results.FIGURE,
              c -> c.change().minimumDetectableDifference(),
              "The minimum detectable difference at 95% confidence and 80% power.")
          .build();

  /** One category's row of a breakdown. */
  static final ObjectBinding<GroupEstimate, Slots> GROUP_ESTIMATE =
      ObjectBinding.define(GroupEstimate.class,
              "One demographic category's row of a breakdown (docs/spec/measures.md §4): its "
                  + "weighted proportion, its gap to the overall figure, and the change test of "
                  + "§1 with the rest of the sample as A and the group as B.",
              Slots::new, s -> GroupEstimate.of(s.get("category"), s.get("label"),
                  s.get("proportion"), s.get("rest"), unboxed(s.get("gap"))))
          .required("category", TEXT, GroupEstimate::category, Slots.set("category"),
              "The category code, or NOT_STATED.")
          .required("label", TEXT, GroupEstimate::label, Slots.set("label"),
              "The category's label.")
          .required("proportion", WEIGHTED_PROPORTION, GroupEstimate::proportion,
              Slots.set("proportion"), "The group's weighted proportion.")
          .required("rest", WEIGHTED_PROPORTION, GroupEstimate::rest, Slots.set("rest"),
              "The weighted proportion of every other respondent with a valid answer.")
          .optional("gap", Results.FIGURE, g -> boxed(g.gap()), Slots.set("gap"),
              "group − overall; absent when the group has no valid answer.")
          .derivedOptional("difference", Results.FIGURE,
              g -> g.versusRest().map(ProportionChange::difference), "d = p_group − p_rest.")
          .derivedOptional("differenceLower", Results.FIGURE,
              g -> g.versusRest().map(c -> c.interval().lower()),
              "The lower bound of d's 95% Newcombe interval.")
          .derivedOptional("differenceUpper", Results.FIGURE,
              g -> g.versusRest().map(c -> c.interval().upper()),
              "The upper bound of d's 95% Newcombe interval.")
          .derivedOptional("verdict", CHANGE_VERDICT,
              g -> g.versusRest().map(ProportionChange::verdict),
              "INCREASE: the group is above the rest; DECREASE: below.")
          .derivedOptional("z", Results.FIGURE, g -> g.versusRest().map(ProportionChange::z),
              "The two-proportion z statistic.")
          .derivedOptional("pValue", Results.FIGURE,
              g -> g.versusRest().map(ProportionChange::pValue), "The two-sided p-value of z.")
          .build();

  /** One dimension's rows. */
  static final ObjectBinding<DimensionBreakdown, Slots> DIMENSION_BREAKDOWN =
      ObjectBinding.define(DimensionBreakdown.class,
              "A survey figure broken down by the categories of one demographic dimension: one "
                  + "row per category in scheme order, NOT_STATED last.",
              Slots::new, s -> DimensionBreakdown.of(s.get("dimension"), s.get("label"),
                  orEmpty(s.get("groups"))))
          .required("dimension", TEXT, DimensionBreakdown::dimension, Slots.set("dimension"),
              "The dimension code, e.g. ETHNICITY.")
          .required("label", TEXT, DimensionBreakdown::label, Slots.set("label"),
              "The dimension's label.")
          .list("groups", GROUP_ESTIMATE, DimensionBreakdown::groups, Slots.set("groups"),
              "One row per category.")
          .build();

  /** A question's figure by demographic group. */
  static final ObjectBinding<SurveyBreakdown, Slots> SURVEY_BREAKDOWN =
      ObjectBinding.define(SurveyBreakdown.class,
              "A survey question's figure in a scope broken down by the categories of the "
                  + "dataset's demographic dimensions (docs/spec/measures.md §4); a respondent "
                  + "who states no known category of a dimension counts as NOT_STATED, so each "
                  + "dimension's rows add up to the overall figure.",
              Slots::new, s -> SurveyBreakdown.of(s.get("question"), s.get("scope"),
                  s.get("overall"), orEmpty(s.get("dimensions"))))
          .required("question", SURVEY_QUESTION, SurveyBreakdown::question,
              Slots.set("question"), "The question read.")
          .required("scope", Results.SCOPE, SurveyBreakdown::scope, Slots.set("scope"),
              "The scope.")
          .required("overall", WEIGHTED_PROPORTION, SurveyBreakdown::overall,
              Slots.set("overall"), "The overall weighted proportion.")
          .list("dimensions", DIMENSION_BREAKDOWN, SurveyBreakdown::dimensions,
              Slots.set("dimensions"), "One breakdown per dimension, in scheme order.")
          .build();

  /** The types written as documents of their own. */
  static final List<ObjectBinding<?, ?>> DOCUMENTS =
      List.of(SURVEY_ESTIMATE, SURVEY_BREAKDOWN, SURVEY_CHANGE);

  /** The types only found inside a document. */
  static final List<ObjectBinding<?, ?>> PARTS =
      List.of(WEIGHTED_PROPORTION, SURVEY_QUESTION, GROUP_ESTIMATE, DIMENSION_BREAKDOWN);

  /**
   * The bindings of survey figures, for the Jackson module.
   *
   * @return the estimate and breakdown bindings, then those of their parts
   */
  static List<ObjectBinding<?, ?>> bindings() {
    return java.util.stream.Stream.concat(DOCUMENTS.stream(), PARTS.stream()).toList();
  }

  private static SurveyQuestion question(Slots s) {
    StandardRole role = s.get("role");
    QuestionId id = s.get("question");
    if ((role == null) == (id == null)) {
      throw new IllegalArgumentException("a survey question needs exactly one of role and"
          + " question");
    }
    SurveyQuestion out = role != null ? SurveyQuestion.of(role) : SurveyQuestion.of(id);
    SurveyPopulation population = s.get("population");
    return population == null ? out : out.in(population);
  }

  private static OptionalDouble unboxed(@Nullable Double value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  private static Optional<Double> boxed(OptionalDouble value) {
    return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
  }

  private static <V> List<V> orEmpty(@Nullable List<V> list) {
    return list == null ? List.of() : list;
  }
}
