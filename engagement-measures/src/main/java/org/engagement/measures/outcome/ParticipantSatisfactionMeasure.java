package org.engagement.measures.outcome;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Feedback;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.OutcomeMeasure;
import org.engagement.core.RecordType;
import org.engagement.core.Scope;
import org.engagement.core.StandardRole;
import org.engagement.measures.BaseKind;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Gap;
import org.engagement.measures.Indicator;
import org.engagement.measures.IndicatorKind;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.RatingScale;
import org.engagement.measures.internal.DatasetIndex;
import org.engagement.measures.internal.ExactProportion;
import org.engagement.measures.internal.InScope;
import org.engagement.measures.internal.RecordTypes;
import org.engagement.measures.internal.Results;
import org.engagement.measures.internal.SortedLists;
import org.engagement.measures.internal.SurveyIndicators;
import org.engagement.measures.stats.WeightedProportion;

/**
 * M5, participant satisfaction. Outcome 5 of the 2006 report: "Members of the public who give
 * their time to community-police engagement activities are satisfied that their contribution has
 * been worthwhile." Its measure: participants "have received feedback following their
 * consultation to explain its results and how they have been acted upon or why they have not
 * been acted upon; members of the public are able to cite examples of changes they have observed
 * in the planning or delivery of policing as a result of their contribution."
 *
 * <pre>{@code
 * MeasureResult m5 = ParticipantSatisfactionMeasure.standard().evaluate(data, scope);
 * m5.indicator("p[CONTRIBUTION_WORTHWHILE]");
 * }</pre>
 *
 * <p><b>Formula</b> (docs/spec/measures.md §2, §1). Responses in scope (response date in the
 * period, respondent's area in the subtree, and in the scope's surveys if it names any) to surveys
 * whose population is PARTICIPANTS. Three components, each the weighted proportion
 * {@code p = Σ w·y / Σ w} over valid answers to the question with that standard role, with its
 * 95% Wilson interval on Kish's {@code n_eff = (Σw)²/Σw²}: FEEDBACK_RECEIVED and CAN_CITE_CHANGE
 * (BINARY: YES is 1; NO and DONT_KNOW are 0) — the two halves of the 2006 measure — and
 * CONTRIBUTION_WORTHWHILE (LIKERT_5: 4 or 5 is 1; 1 to 3 and DONT_KNOW are 0) — the outcome
 * itself. A skipped question, or any other token, is not a valid answer, and a response whose
 * weight is not positive (invalid data, which the dataset validator reports) is not read; a
 * component without valid answers is not assessable. Responses to every participant survey in
 * scope are pooled.
 *
 * <p>{@code score = mean of p over the assessable components}; NOT_ASSESSABLE when none is. The
 * rating's base is the smallest unweighted {@code n} among them (minimum 30 by default).
 *
 * <p>Indicators, in order: for each component {@code p[ROLE]}, {@code lower[ROLE]},
 * {@code upper[ROLE]}, {@code n[ROLE]}, {@code nEff[ROLE]}; then {@code consultations},
 * {@code consultationsWithFeedback} and {@code feedbackCoverage}: the share of consultations
 * (activities in scope with involvement at least CONSULT) answered by at least one feedback,
 * interim or final, published not after as-of (strand 5). Evidence: the responses with at least
 * one valid component answer. Gaps: the consultations without such feedback, lacking
 * {@code FEEDBACK}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ParticipantSatisfactionMeasure extends OutcomeMeasureBase<ParticipantSatisfactionPartial> {

  private static final Set<RecordType> RECORD_TYPES =
      RecordTypes.of(RecordType.AREA, RecordType.ACTIVITY, RecordType.FEEDBACK,
          RecordType.SURVEY, RecordType.RESPONSE);

  /** The components, in order. */
  public static final List<StandardRole> COMPONENTS =
      List.of(
          StandardRole.FEEDBACK_RECEIVED,
          StandardRole.CAN_CITE_CHANGE,
          StandardRole.CONTRIBUTION_WORTHWHILE);

  /** The step a consultation without published feedback lacks. */
  public static final String FEEDBACK = "FEEDBACK";

  private static final ParticipantSatisfactionMeasure STANDARD =
      new ParticipantSatisfactionMeasure(RatingScale.standard(RatingScale.SURVEY_MINIMUM_BASE));

  private ParticipantSatisfactionMeasure(RatingScale ratingScale) {
    super(OutcomeMeasure.PARTICIPANT_SATISFACTION, "Participant satisfaction", ratingScale);
  }

  /**
   * Returns M5 with the default rating scale (minimum base 30).
   *
   * @return the measure, never null
   */
  public static ParticipantSatisfactionMeasure standard() {
    return STANDARD;
  }

  /**
   * Returns M5 rated on another scale.
   *
   * @param ratingScale the scale, not null
   * @return the measure, never null
   */
  public static ParticipantSatisfactionMeasure of(RatingScale ratingScale) {
    return new ParticipantSatisfactionMeasure(ratingScale);
  }

  /**
   * {@inheritDoc}
   *
   * @return areas, activities, the feedback that answers them, surveys and their responses: {@code [AREA, ACTIVITY, FEEDBACK, SURVEY, RESPONSE]}
   */
  @Override
  public Set<RecordType> recordTypes() {
    return RECORD_TYPES;
  }

  @Override
  public ParticipantSatisfactionPartial emptyPartial() {
    return ParticipantSatisfactionPartial.builder().consultations(0).consultationsWithFeedback(0).build();
  }

  @Override
  public ParticipantSatisfactionPartial partial(
      EvaluationContext context, Scope scope, Set<AreaId> areas) {
    EngagementDataset data = context.dataset();
    DatasetIndex index = DatasetIndex.of(context);
    ImmutableParticipantSatisfactionPartial.Builder out = ParticipantSatisfactionPartial.builder();
    List<ExactProportion.Accumulator> sums = new ArrayList<>(COMPONENTS.size());
    COMPONENTS.forEach(role -> sums.add(ExactProportion.accumulator()));
    StandardRole[] roles = COMPONENTS.toArray(new StandardRole[0]);
    List<String> evidence = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    long consultations = 0;
    long answered = 0;
    long from = scope.period().from().toEpochDay();
    long to = scope.period().to().toEpochDay();
    for (AreaId area : InScope.areas(data, scope, areas)) {
      DatasetIndex.ParticipantResponses responses = index.participantResponsesIn(area);
      for (int r = 0, n = responses.count(); r < n; r++) {
        long day = responses.day(r);
        double weight = responses.weight(r);
        if (day < from || day > to || !(weight > 0)
            || (!scope.surveys().isEmpty() && !scope.surveys().contains(responses.survey(r)))) {
          continue;
        }
        boolean valid = false;
        for (int i = 0; i < roles.length; i++) {
          int answer = responses.answer(r, roles[i]);
          if (answer != DatasetIndex.ParticipantResponses.NO_ANSWER) {
            sums.get(i).add(weight, answer == DatasetIndex.ParticipantResponses.SUCCESS);
            valid = true;
          }
        }
        if (valid) {
          evidence.add(responses.id(r));
        }
      }
      for (EngagementActivity activity : index.activitiesIn(area)) {
        if (!InScope.inPeriod(scope, activity.date())
            || !activity.involvement().isAtLeast(InvolvementLevel.CONSULT)) {
          continue;
        }
        consultations++;
        boolean hasFeedback = false;
        for (Feedback feedback : index.feedbackAnswering(activity.id())) {
          if (InScope.notAfterAsOf(scope, feedback.published())) {
            hasFeedback = true;
            break;
          }
        }
        if (hasFeedback) {
          answered++;
        } else {
          gaps.add(Gap.of(activity.id().value(), FEEDBACK));
        }
      }
    }
    Map<StandardRole, ExactProportion> components = new EnumMap<>(StandardRole.class);
    for (int i = 0; i < COMPONENTS.size(); i++) {
      components.put(COMPONENTS.get(i), sums.get(i).toExact());
    }
    return out.components(components)
        .evidence(SortedLists.sortDistinct(evidence))
        .gaps(SortedLists.sortDistinct(gaps))
        .consultations(consultations)
        .consultationsWithFeedback(answered)
        .build();
  }

  @Override
  public MeasureResult result(
      EvaluationContext context, Scope scope, ParticipantSatisfactionPartial partial) {
    List<Indicator> indicators = new ArrayList<>();
    double sum = 0;
    int assessable = 0;
    long base = Long.MAX_VALUE;
    for (StandardRole role : COMPONENTS) {
      WeightedProportion p = partial.component(role).toProportion();
      indicators.addAll(SurveyIndicators.of("role", role.name(), p));
      if (p.isEmpty()) {
        continue;
      }
      sum += p.proportion();
      assessable++;
      base = Math.min(base, p.n());
    }
    indicators.add(Indicator.count("consultations", partial.consultations()));
    indicators.add(Indicator.count("consultationsWithFeedback", partial.consultationsWithFeedback()));
    indicators.add(
        partial.consultations() == 0
            ? Indicator.notAssessable("feedbackCoverage", IndicatorKind.SHARE, "no consultation in scope")
            : Indicator.share(
                "feedbackCoverage",
                (double) partial.consultationsWithFeedback() / partial.consultations()));
    return Results.mean(
        this,
        scope,
        assessable == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / assessable),
        assessable == 0 ? 0 : base,
        BaseKind.SURVEY_ANSWERS,
        "no valid answer to a participant survey in scope",
        indicators,
        partial.evidence(),
        partial.gaps());
  }
}
