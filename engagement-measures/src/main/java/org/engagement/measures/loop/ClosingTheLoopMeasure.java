package org.engagement.measures.loop;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.engagement.core.AreaId;
import org.engagement.core.CommunityInput;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Feedback;
import org.engagement.core.FeedbackFormat;
import org.engagement.core.FeedbackStage;
import org.engagement.core.RecordType;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Gap;
import org.engagement.measures.Indicator;
import org.engagement.measures.IndicatorKind;
import org.engagement.measures.Measure;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.RatingScale;
import org.engagement.measures.internal.DatasetIndex;
import org.engagement.measures.internal.InScope;
import org.engagement.measures.internal.InputSteps;
import org.engagement.measures.internal.Median;
import org.engagement.measures.internal.RecordTypes;
import org.engagement.measures.internal.Results;

/**
 * Closing the loop: "We asked, You said, We did" per input (2005 strand 5; 2006 outcome 5; the
 * 2012 standards). The 2005 strategy asks for feedback on "what was done or why not"; this
 * measure reads the {@link org.engagement.core.InputResponse input responses} that published
 * feedback carries.
 *
 * <pre>{@code
 * MeasureResult loop = ClosingTheLoopMeasure.standard().evaluate(data, scope);
 * loop.score();   // #answered inputs / #inputs
 * loop.gaps();    // [IN-0003 lacks ANSWERED, IN-0009 lacks CONSISTENT_ANSWER FB-0002 vs D-0004]
 * }</pre>
 *
 * <p><b>Formula</b> (docs/spec/measures.md §9). Population: the community inputs in scope (input
 * date in the period, input area in the subtree). An input is <em>answered</em> when a feedback
 * record published on or after the input's date and not after as-of (wherever it is, interim or
 * final) carries an input response for it. {@code score = #answered / #inputs}; NOT_ASSESSABLE
 * without inputs; the rating's base is the number of inputs (minimum 10 by default).
 *
 * <p>Indicators, in order: {@code inputs}, {@code answered}; {@code firstAnswers[actedOn]} and
 * {@code firstAnswers[notActedOn]} (what each answered input's first answer says — earliest
 * feedback date, then smallest feedback id); {@code medianDaysToFirstAnswer};
 * {@code contradictions}: inputs whose first answer says acted on while every RECORDED
 * consideration of the input (M1's rule: in a decision presenting it, dated on or after the
 * input and not after as-of, considered, decided and reasoned) is REJECTED — and there is at
 * least one — or says not acted on while some RECORDED consideration is ACCEPTED;
 * {@code answeringFeedback}, then {@code answeringFeedback[F]} (qualifier {@code format}) for
 * each {@link FeedbackFormat} and {@code answeringFeedback[S]} (qualifier {@code stage}) for each
 * {@link FeedbackStage}: counts over the feedback records that answer at least one input in
 * scope, each counted once.
 *
 * <p>Evidence: the answered inputs and their first answers' feedback ids. Gaps: every unanswered
 * input, lacking {@value #ANSWERED}; every contradiction, lacking {@value #CONSISTENT_ANSWER}
 * followed by the feedback id and the decision id (the first RECORDED decision that contradicts
 * it, by date then id), e.g. {@code CONSISTENT_ANSWER FB-0002 vs D-0004}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClosingTheLoopMeasure implements Measure<ClosingTheLoopPartial> {

  /** The step an unanswered input lacks. */
  public static final String ANSWERED = "ANSWERED";

  /** The step an input whose first answer contradicts its recorded decisions lacks. */
  public static final String CONSISTENT_ANSWER = "CONSISTENT_ANSWER";

  private static final Set<RecordType> RECORD_TYPES =
      RecordTypes.of(RecordType.AREA, RecordType.INPUT, RecordType.DECISION, RecordType.FEEDBACK);

  private static final ClosingTheLoopMeasure STANDARD =
      new ClosingTheLoopMeasure(RatingScale.standard(RatingScale.RATIO_MINIMUM_BASE));

  private final RatingScale ratingScale;

  private ClosingTheLoopMeasure(RatingScale ratingScale) {
    this.ratingScale = ratingScale;
  }

  /**
   * The measure with the default rating scale (minimum base 10).
   *
   * @return the measure, never null
   */
  public static ClosingTheLoopMeasure standard() {
    return STANDARD;
  }

  /**
   * The measure rated on another scale.
   *
   * @param ratingScale the scale, not null
   * @return the measure, never null
   */
  public static ClosingTheLoopMeasure of(RatingScale ratingScale) {
    return new ClosingTheLoopMeasure(ratingScale);
  }

  @Override
  public String code() {
    return "LOOP";
  }

  @Override
  public String title() {
    return "Closing the loop";
  }

  @Override
  public RatingScale ratingScale() {
    return ratingScale;
  }

  /**
   * {@inheritDoc}
   *
   * @return areas, inputs, the feedback that answers them and the decisions that present them
   *     (for contradictions): {@code [AREA, INPUT, DECISION, FEEDBACK]}
   */
  @Override
  public Set<RecordType> recordTypes() {
    return RECORD_TYPES;
  }

  @Override
  public ClosingTheLoopPartial emptyPartial() {
    return ClosingTheLoopPartial.builder()
        .inputs(0)
        .answered(0)
        .actedOn(0)
        .notActedOn(0)
        .contradictions(0)
        .build();
  }

  private static DatasetIndex index(EvaluationContext context) {
    return DatasetIndex.of(context);
  }

  @Override
  public ClosingTheLoopPartial partial(
      EvaluationContext context, Scope scope, Set<AreaId> areas) {
    EngagementDataset data = context.dataset();
    DatasetIndex index = index(context);
    long inputs = 0;
    long answered = 0;
    long actedOn = 0;
    long notActedOn = 0;
    long contradictions = 0;
    List<Long> days = new ArrayList<>();
    Map<String, FeedbackFormat> formats = new TreeMap<>();
    Map<String, FeedbackStage> stages = new TreeMap<>();
    ImmutableClosingTheLoopPartial.Builder builder = ClosingTheLoopPartial.builder();
    for (AreaId area : InScope.areas(data, scope, areas)) {
      for (CommunityInput input : index.inputsIn(area)) {
        if (!InScope.inPeriod(scope, input.date())) {
          continue;
        }
        inputs++;
        DatasetIndex.FeedbackResponse first = null;
        for (DatasetIndex.FeedbackResponse fr : index.responsesTo(input.id())) {
          Feedback feedback = fr.feedback();
          if (feedback.published().isBefore(input.date())
              || !InScope.notAfterAsOf(scope, feedback.published())) {
            continue;
          }
          if (first == null) {
            first = fr;
          }
          formats.put(feedback.id().value(), feedback.format());
          stages.put(feedback.id().value(), feedback.stage());
        }
        if (first == null) {
          builder.addGaps(Gap.of(input.id().value(), ANSWERED));
          continue;
        }
        answered++;
        boolean acted = first.response().actedOn();
        if (acted) {
          actedOn++;
        } else {
          notActedOn++;
        }
        days.add(ChronoUnit.DAYS.between(input.date(), first.feedback().published()));
        builder.addEvidence(input.id().value(), first.feedback().id().value());
        DecisionRecord contradicting = contradiction(index, scope, input, acted);
        if (contradicting != null) {
          contradictions++;
          builder.addGaps(
              Gap.of(
                  input.id().value(),
                  CONSISTENT_ANSWER + " " + first.feedback().id().value() + " vs "
                      + contradicting.id().value()));
        }
      }
    }
    return builder
        .inputs(inputs)
        .answered(answered)
        .actedOn(actedOn)
        .notActedOn(notActedOn)
        .contradictions(contradictions)
        .daysToFirstAnswer(days)
        .formats(formats)
        .stages(stages)
        .build();
  }

  /**
   * The first RECORDED decision (by date, then id) that the first answer contradicts, or null:
   * acted on while every RECORDED consideration is REJECTED (the first such decision), or not
   * acted on while some RECORDED consideration is ACCEPTED (the first ACCEPTED one).
   */
  private static DecisionRecord contradiction(
      DatasetIndex index, Scope scope, CommunityInput input, boolean actedOn) {
    Map<DecisionRecord, Consideration> considerations = new HashMap<>();
    for (DatasetIndex.DecisionConsideration dc : index.considerationsOf(input.id())) {
      considerations.putIfAbsent(dc.decision(), dc.consideration());
    }
    DecisionRecord firstRejected = null;
    DecisionRecord firstAccepted = null;
    boolean allRejected = true;
    for (DecisionRecord decision : index.decisionsPresenting(input.id())) {
      if (decision.date().isBefore(input.date()) || !InScope.notAfterAsOf(scope, decision.date())) {
        continue;
      }
      Consideration c = considerations.get(decision);
      if (!InputSteps.isRecorded(c)) {
        continue;
      }
      ConsiderationOutcome outcome = c.outcome().orElseThrow();
      if (outcome == ConsiderationOutcome.REJECTED) {
        if (firstRejected == null) {
          firstRejected = decision;
        }
      } else {
        allRejected = false;
      }
      if (outcome == ConsiderationOutcome.ACCEPTED && firstAccepted == null) {
        firstAccepted = decision;
      }
    }
    if (actedOn) {
      return allRejected ? firstRejected : null;
    }
    return firstAccepted;
  }

  @Override
  public MeasureResult result(
      EvaluationContext context, Scope scope, ClosingTheLoopPartial partial) {
    List<Indicator> indicators = new ArrayList<>();
    indicators.add(Indicator.count("inputs", partial.inputs()));
    indicators.add(Indicator.count("answered", partial.answered()));
    indicators.add(Indicator.count("firstAnswers", partial.actedOn()).with("says", "actedOn"));
    indicators.add(Indicator.count("firstAnswers", partial.notActedOn()).with("says", "notActedOn"));
    OptionalDouble median = Median.of(partial.daysToFirstAnswer());
    indicators.add(
        median.isPresent()
            ? Indicator.days("medianDaysToFirstAnswer", median.getAsDouble())
            : Indicator.notAssessable("medianDaysToFirstAnswer", IndicatorKind.DAYS, "no answered input"));
    indicators.add(Indicator.count("contradictions", partial.contradictions()));
    indicators.add(Indicator.count("answeringFeedback", partial.formats().size()));
    Map<FeedbackFormat, Long> formats = new EnumMap<>(FeedbackFormat.class);
    partial.formats().values().forEach(f -> formats.merge(f, 1L, Long::sum));
    for (FeedbackFormat format : FeedbackFormat.values()) {
      indicators.add(Indicator.count("answeringFeedback", formats.getOrDefault(format, 0L))
          .with("format", format.name()));
    }
    Map<FeedbackStage, Long> stages = new EnumMap<>(FeedbackStage.class);
    partial.stages().values().forEach(s -> stages.merge(s, 1L, Long::sum));
    for (FeedbackStage stage : FeedbackStage.values()) {
      indicators.add(Indicator.count("answeringFeedback", stages.getOrDefault(stage, 0L))
          .with("stage", stage.name()));
    }
    return Results.ratio(
        this,
        scope,
        partial.answered(),
        partial.inputs(),
        "no community input in scope",
        indicators,
        partial.evidence(),
        partial.gaps());
  }

  /**
   * Returns the code, title and scale.
   *
   * @return e.g. {@code LOOP Closing the loop (RatingScale{...})}
   */
  @Override
  public String toString() {
    return code() + " " + title() + " (" + ratingScale + ")";
  }
}
