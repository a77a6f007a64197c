package org.engagement.measures.outcome;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.engagement.core.AreaId;
import org.engagement.core.CommunityInput;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.EngagementDataset;
import org.engagement.core.OutcomeMeasure;
import org.engagement.core.RecordType;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Gap;
import org.engagement.measures.Indicator;
import org.engagement.measures.IndicatorKind;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.RatingScale;
import org.engagement.measures.internal.DatasetIndex;
import org.engagement.measures.internal.InScope;
import org.engagement.measures.internal.Median;
import org.engagement.measures.internal.RecordTypes;
import org.engagement.measures.internal.Results;
import org.engagement.measures.internal.SortedLists;

/**
 * M1, due consideration. Outcome 1 of the 2006 report: "Information supplied by the public
 * through community-police engagement is given due consideration by the police service in its
 * decision-making." Its measure: "documentary evidence of consultatively-generated information
 * being presented to decision-makers; this information being considered in the decision-making
 * process; and a record being made of why it was accepted or rejected in reaching the decision."
 *
 * <pre>{@code
 * MeasureResult m1 = DueConsiderationMeasure.standard().evaluate(data, scope);
 * m1.score();        // #RECORDED / #inputs
 * m1.gaps();         // [IN-0003 lacks PRESENTED, IN-0007 lacks RECORDED, ...]
 * }</pre>
 *
 * <p><b>Formula</b> (docs/spec/measures.md §2). Population: the community inputs in scope (input
 * date in the period, input area in the subtree). For each input, across every decision record
 * dated on or after the input's date and not after as-of (wherever it is), the furthest {@link
 * Step} reached: PRESENTED (listed among the decision's presented inputs), CONSIDERED (and its
 * consideration there has {@code considered = true}), RECORDED (and the outcome is ACCEPTED,
 * PARTLY_ACCEPTED or REJECTED, and the reason is not blank). DEFERRED reaches CONSIDERED, not
 * RECORDED.
 *
 * <p>{@code score = #RECORDED / #inputs}; NOT_ASSESSABLE without inputs; the rating's base is
 * the number of inputs (minimum 10 by default).
 *
 * <p>Indicators, in order: {@code raised}, {@code presented}, {@code considered},
 * {@code recorded} (cumulative funnel counts); {@code recorded.ACCEPTED},
 * {@code recorded.PARTLY_ACCEPTED}, {@code recorded.REJECTED} (each recorded input counted once,
 * by its first RECORDED decision: earliest date, then smallest decision id);
 * {@code medianDaysToDecision} (input date to that decision). Evidence: the recorded inputs and
 * their first recording decisions. Gaps: every other input with the first step it lacks.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DueConsiderationMeasure extends OutcomeMeasureBase<DueConsiderationPartial> {

  private static final Set<RecordType> RECORD_TYPES =
      RecordTypes.of(RecordType.AREA, RecordType.INPUT, RecordType.DECISION);

  /** The steps of M1's funnel, in order. */
  public enum Step {
    /** Listed among the inputs presented to decision-makers. */
    PRESENTED,
    /** Presented, and its consideration has {@code considered = true}. */
    CONSIDERED,
    /** Considered, with a decided outcome (not DEFERRED) and a reason that is not blank. */
    RECORDED
  }

  private static final DueConsiderationMeasure STANDARD =
      new DueConsiderationMeasure(RatingScale.standard(RatingScale.RATIO_MINIMUM_BASE));

  private DueConsiderationMeasure(RatingScale ratingScale) {
    super(OutcomeMeasure.DUE_CONSIDERATION, "Due consideration", ratingScale);
  }

  /**
   * Returns M1 with the default rating scale (minimum base 10).
   *
   * @return the measure, never null
   */
  public static DueConsiderationMeasure standard() {
    return STANDARD;
  }

  /**
   * Returns M1 rated on another scale.
   *
   * @param ratingScale the scale, not null
   * @return the measure, never null
   */
  public static DueConsiderationMeasure of(RatingScale ratingScale) {
    return new DueConsiderationMeasure(ratingScale);
  }

  /**
   * {@inheritDoc}
   *
   * @return areas, inputs and the decisions that present them: {@code [AREA, INPUT, DECISION]}
   */
  @Override
  public Set<RecordType> recordTypes() {
    return RECORD_TYPES;
  }

  @Override
  public DueConsiderationPartial emptyPartial() {
    return DueConsiderationPartial.builder()
        .raised(0)
        .presented(0)
        .considered(0)
        .recorded(0)
        .build();
  }

  @Override
  public DueConsiderationPartial partial(
      EvaluationContext context, Scope scope, Set<AreaId> areas) {
    EngagementDataset data = context.dataset();
    DatasetIndex index = DatasetIndex.of(context);
    long raised = 0;
    long presented = 0;
    long considered = 0;
    long recorded = 0;
    long[] outcomeCounts = new long[OUTCOMES.length];
    List<Long> days = new ArrayList<>();
    List<String> inputEvidence = new ArrayList<>();
    List<String> decisionEvidence = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    long from = scope.period().from().toEpochDay();
    long to = scope.period().to().toEpochDay();
    long asOf = scope.asOf().toEpochDay();
    for (AreaId area : InScope.areas(data, scope, areas)) {
      for (DatasetIndex.InputLinks links : index.inputLinksIn(area)) {
        long day = links.day();
        if (day < from || day > to) {
          continue;
        }
        raised++;
        Step furthest = null;
        int firstRecorded = -1;
        for (int i = 0, n = links.presentedCount(); i < n; i++) {
          long decided = links.decisionDay(i);
          if (decided < day || decided > asOf) {
            continue;
          }
          Step step = stepOf(links.facts(i));
          if (furthest == null || step.compareTo(furthest) > 0) {
            furthest = step;
          }
          if (step == Step.RECORDED && firstRecorded < 0) {
            firstRecorded = i;
          }
        }
        if (furthest != null) {
          presented++;
        }
        if (furthest != null && furthest.compareTo(Step.CONSIDERED) >= 0) {
          considered++;
        }
        CommunityInput input = links.input();
        if (firstRecorded >= 0) {
          recorded++;
          outcomeCounts[links.outcome(firstRecorded).ordinal()]++;
          days.add(links.decisionDay(firstRecorded) - day);
          inputEvidence.add(input.id().value());
          decisionEvidence.add(links.presentedIn(firstRecorded).id().value());
        } else {
          Step lacks = furthest == null ? Step.PRESENTED : Step.values()[furthest.ordinal() + 1];
          gaps.add(Gap.of(input.id().value(), lacks.name()));
        }
      }
    }
    Map<ConsiderationOutcome, Long> outcomes = new EnumMap<>(ConsiderationOutcome.class);
    for (ConsiderationOutcome outcome : OUTCOMES) {
      if (outcomeCounts[outcome.ordinal()] > 0) {
        outcomes.put(outcome, outcomeCounts[outcome.ordinal()]);
      }
    }
    return DueConsiderationPartial.builder()
        .raised(raised)
        .presented(presented)
        .considered(considered)
        .recorded(recorded)
        .outcomes(outcomes)
        .daysToDecision(days)
        .evidence(SortedLists.mergeSorted(SortedLists.sortDistinct(inputEvidence),
            SortedLists.sortDistinct(decisionEvidence)))
        .gaps(SortedLists.sortDistinct(gaps))
        .build();
  }

  private static final ConsiderationOutcome[] OUTCOMES = ConsiderationOutcome.values();

  /**
   * How far an input got in a decision, from what the index read of its consideration there
   * ({@link DatasetIndex.InputLinks#facts}): recorded when considered with a decided outcome and
   * a reason that is not blank, considered when considered, else only presented (a decision with
   * no consideration of the input too).
   */
  private static Step stepOf(int facts) {
    if ((facts & DatasetIndex.InputLinks.CONSIDERED) == 0) {
      return Step.PRESENTED;
    }
    int recorded = DatasetIndex.InputLinks.DECIDED | DatasetIndex.InputLinks.REASONED;
    return (facts & recorded) == recorded ? Step.RECORDED : Step.CONSIDERED;
  }

  @Override
  public MeasureResult result(
      EvaluationContext context, Scope scope, DueConsiderationPartial partial) {
    List<Indicator> indicators = new ArrayList<>();
    indicators.add(Indicator.count("raised", partial.raised()));
    indicators.add(Indicator.count("presented", partial.presented()));
    indicators.add(Indicator.count("considered", partial.considered()));
    indicators.add(Indicator.count("recorded", partial.recorded()));
    for (ConsiderationOutcome outcome : ConsiderationOutcome.values()) {
      if (outcome.isDecided()) {
        indicators.add(
            Indicator.count("recorded." + outcome.name(), partial.outcomes().getOrDefault(outcome, 0L)));
      }
    }
    OptionalDouble median = Median.of(partial.daysToDecision());
    indicators.add(
        median.isPresent()
            ? Indicator.days("medianDaysToDecision", median.getAsDouble())
            : Indicator.notAssessable("medianDaysToDecision", IndicatorKind.DAYS, "no recorded input"));
    return Results.ratio(
        this,
        scope,
        partial.recorded(),
        partial.raised(),
        "no community input in scope",
        indicators,
        partial.evidence(),
        partial.gaps());
  }
}
