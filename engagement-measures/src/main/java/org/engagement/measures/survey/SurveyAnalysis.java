package org.engagement.measures.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.engagement.core.AreaId;
import org.engagement.core.DemographicCategory;
import org.engagement.core.DemographicDimension;
import org.engagement.core.DemographicScheme;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.internal.ExactProportion;
import org.engagement.measures.stats.ProportionChange;
import org.engagement.measures.stats.WeightedProportion;
import org.engagement.measures.survey.SurveyReader.ValidAnswer;

/**
 * Survey figures on demand: any BINARY or LIKERT_5 question as a weighted proportion, broken
 * down by demographic group, or compared between two scopes (docs/spec/measures.md §1, §3, §4).
 *
 * <pre>{@code
 * SurveyQuestion listen = SurveyQuestion.of(StandardRole.POLICE_LISTEN).in(SurveyPopulation.PUBLIC);
 * SurveyAnalysis.estimate(data, scope, listen);              // p, interval, bases
 * SurveyAnalysis.breakdown(data, scope, listen);             // by every demographic category
 * SurveyAnalysis.change(data, wave2011, wave2012, listen);   // did it increase?
 * }</pre>
 *
 * <p>Valid answers (§1): BINARY YES is 1, NO and DONT_KNOW are 0; LIKERT_5 4 or 5 is 1, 1 to 3
 * and DONT_KNOW are 0; a skipped question or any other token is not a valid answer, and a
 * response whose weight is not positive (invalid data) is not read. Responses to every survey in
 * scope that has the question are pooled.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SurveyAnalysis {

  /** The label of the NOT_STATED row of a breakdown. */
  public static final String NOT_STATED_LABEL = "Not stated";

  private SurveyAnalysis() {}

  /**
   * The weighted proportion of valid answers to a question in a scope.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @param question the question, not null
   * @return the estimate, empty when there is no valid answer, never null
   */
  public static SurveyEstimate estimate(
      EvaluationContext context, Scope scope, SurveyQuestion question) {
    return SurveyEstimate.of(
        question,
        scope,
        SurveyReader.sum(SurveyReader.read(context, scope, question)).toProportion());
  }

  /**
   * The weighted proportion of valid answers to a question in a scope, with a new
   * {@link EvaluationContext} of {@code data}: this call indexes the whole dataset. For more than
   * one call, build the context once and use
   * {@link #estimate(EvaluationContext, Scope, SurveyQuestion)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @param question the question, not null
   * @return the estimate, empty when there is no valid answer, never null
   */
  public static SurveyEstimate estimate(EngagementDataset data, Scope scope, SurveyQuestion question) {
    return estimate(EvaluationContext.of(data), scope, question);
  }

  /**
   * The change of a question's figure from one scope (A) to another (B). The two response sets
   * must not share a response: comparing a borough with one of its wards, or two overlapping
   * periods of the same survey, is refused.
   *
   * @param context the dataset and its indexes, not null
   * @param before scope A, the baseline, not null
   * @param after scope B, not null
   * @param question the question, not null
   * @return the change, never null
   * @throws IllegalArgumentException if the two response sets share a response, or either has no
   *     valid answer
   */
  public static SurveyChange change(
      EvaluationContext context, Scope before, Scope after, SurveyQuestion question) {
    List<ValidAnswer> a = SurveyReader.read(context, before, question);
    List<ValidAnswer> b = SurveyReader.read(context, after, question);
    Set<String> shared = new TreeSet<>();
    a.forEach(x -> shared.add(x.response().id().value()));
    Set<String> inB = new TreeSet<>();
    b.forEach(x -> inB.add(x.response().id().value()));
    shared.retainAll(inB);
    if (!shared.isEmpty()) {
      throw new IllegalArgumentException(
          "response sets overlap: " + shared.size() + " response(s) in both scopes, first "
              + shared.iterator().next() + "; compare disjoint periods, waves or areas");
    }
    requireAnswers(a, "before", before, question);
    requireAnswers(b, "after", after, question);
    return SurveyChange.of(
        SurveyEstimate.of(question, before, SurveyReader.sum(a).toProportion()),
        SurveyEstimate.of(question, after, SurveyReader.sum(b).toProportion()));
  }

  /**
   * The change of a question's figure from one scope (A) to another (B), with a new
   * {@link EvaluationContext} of {@code data}: this call indexes the whole dataset. For more than
   * one call, build the context once and use
   * {@link #change(EvaluationContext, Scope, Scope, SurveyQuestion)}.
   *
   * @param data the dataset, not null
   * @param before scope A, the baseline, not null
   * @param after scope B, not null
   * @param question the question, not null
   * @return the change, never null
   * @throws IllegalArgumentException if the two response sets share a response, or either has no
   *     valid answer
   */
  public static SurveyChange change(
      EngagementDataset data, Scope before, Scope after, SurveyQuestion question) {
    return change(EvaluationContext.of(data), before, after, question);
  }

  /**
   * The change of a question's figure from the rest of an ancestor (A) to an area (B), over the
   * same period (docs/spec/measures.md §11): "does this ward's public differ from the rest of its
   * borough". A reads the respondents of the ancestor's subtree outside the area's subtree; its
   * estimate carries the ancestor's scope. INCREASE reads as "B is above the rest".
   *
   * @param data the dataset, not null
   * @param scope the area's scope, not null
   * @param ancestor an area strictly above the scope's area, not null
   * @param question the question, not null
   * @return the change from the rest to the area, never null
   * @throws IllegalArgumentException if {@code ancestor} does not strictly contain the scope's
   *     area, or either side has no valid answer
   */
  public static SurveyChange againstRestOf(
      EngagementDataset data, Scope scope, AreaId ancestor, SurveyQuestion question) {
    if (ancestor.equals(scope.area()) || !data.isWithin(scope.area(), ancestor)) {
      throw new IllegalArgumentException(
          "response sets overlap: " + scope.area() + " and the rest of " + ancestor + " ("
              + ancestor + " must lie strictly above " + scope.area() + ")");
    }
    EvaluationContext context = EvaluationContext.of(data);
    Set<AreaId> rest = new java.util.LinkedHashSet<>(data.subtree(ancestor));
    rest.removeAll(data.subtree(scope.area()));
    Scope restScope = Scope.builder().from(scope).area(ancestor).build();
    List<ValidAnswer> a = SurveyReader.read(context, restScope, question, rest);
    List<ValidAnswer> b = SurveyReader.read(context, scope, question);
    requireAnswers(a, "rest", restScope, question);
    requireAnswers(b, "area", scope, question);
    return SurveyChange.of(
        SurveyEstimate.of(question, restScope, SurveyReader.sum(a).toProportion()),
        SurveyEstimate.of(question, scope, SurveyReader.sum(b).toProportion()));
  }

  private static void requireAnswers(
      List<ValidAnswer> answers, String side, Scope scope, SurveyQuestion question) {
    if (answers.isEmpty()) {
      throw new IllegalArgumentException(
          "no valid answer to " + question + " in the " + side + " scope: " + SurveyTables.describe(scope));
    }
  }

  /**
   * A question's figure broken down by every category of every dimension of the dataset's
   * demographic scheme (§4). A respondent who states no category of a dimension, or one the
   * scheme does not know, counts as NOT_STATED, so that each dimension's rows add up to the
   * overall figure. Each group is compared with the rest of the sample (NOT_STATED included)
   * by the change test of §1, the group as B.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @param question the question, not null
   * @return the breakdown, never null
   */
  public static SurveyBreakdown breakdown(
      EvaluationContext context, Scope scope, SurveyQuestion question) {
    EngagementDataset data = context.dataset();
    List<ValidAnswer> answers = SurveyReader.read(context, scope, question);
    WeightedProportion overall = SurveyReader.sum(answers).toProportion();
    ImmutableSurveyBreakdown.Builder out = SurveyBreakdown.builder().question(question).scope(scope).overall(overall);
    for (DemographicDimension dimension : data.scheme().dimensions()) {
      Map<String, String> labels = new LinkedHashMap<>();
      for (DemographicCategory category : dimension.categories()) {
        labels.put(category.code(), category.label());
      }
      labels.put(DemographicScheme.NOT_STATED, NOT_STATED_LABEL);
      Map<String, List<ValidAnswer>> byCategory = new LinkedHashMap<>();
      labels.keySet().forEach(code -> byCategory.put(code, new ArrayList<>()));
      for (ValidAnswer answer : answers) {
        String stated = answer.response().demographics().get(dimension.code());
        String category =
            stated != null && dimension.category(stated).isPresent() ? stated : DemographicScheme.NOT_STATED;
        byCategory.get(category).add(answer);
      }
      Map<String, ExactProportion> sums = new LinkedHashMap<>();
      byCategory.forEach((code, list) -> sums.put(code, SurveyReader.sum(list)));
      ImmutableDimensionBreakdown.Builder rows =
          DimensionBreakdown.builder().dimension(dimension.code()).label(dimension.label());
      for (Map.Entry<String, ExactProportion> group : sums.entrySet()) {
        ExactProportion rest = ExactProportion.EMPTY;
        for (Map.Entry<String, ExactProportion> other : sums.entrySet()) {
          if (!other.getKey().equals(group.getKey())) {
            rest = rest.merge(other.getValue());
          }
        }
        rows.addGroups(group(group.getKey(), labels.get(group.getKey()), group.getValue().toProportion(),
            rest.toProportion(), overall));
      }
      out.addDimensions(rows.build());
    }
    return out.build();
  }

  private static GroupEstimate group(
      String code, String label, WeightedProportion p, WeightedProportion rest, WeightedProportion overall) {
    return GroupEstimate.of(code, label, p, rest,
        p.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(p.proportion() - overall.proportion()));
  }

  /**
   * A question's figure broken down by every category of every dimension of the dataset's
   * demographic scheme, with a new {@link EvaluationContext} of {@code data}: this call indexes
   * the whole dataset. For more than one call, build the context once and use
   * {@link #breakdown(EvaluationContext, Scope, SurveyQuestion)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @param question the question, not null
   * @return the breakdown, never null
   */
  public static SurveyBreakdown breakdown(EngagementDataset data, Scope scope, SurveyQuestion question) {
    return breakdown(EvaluationContext.of(data), scope, question);
  }
}
