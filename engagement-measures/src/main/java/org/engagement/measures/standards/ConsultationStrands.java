package org.engagement.measures.standards;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.engagement.core.ActivityMode;
import org.engagement.core.AnalysisRecord;
import org.engagement.core.ConsultationStrand;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementMethod;
import org.engagement.core.Feedback;
import org.engagement.core.FeedbackStage;
import org.engagement.core.GroupId;
import org.engagement.core.HardToHearGroup;
import org.engagement.core.Scope;
import org.engagement.core.Stakeholder;
import org.engagement.core.StakeholderId;
import org.engagement.core.Weighting;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Gap;
import org.engagement.measures.Indicator;
import org.engagement.measures.IndicatorKind;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.MeasureStatus;
import org.engagement.measures.RatingScale;
import org.engagement.measures.internal.Median;
import org.engagement.measures.outcome.DueConsiderationMeasure;

/**
 * The six consultation strands of the 2005 draft strategy (docs/spec/measures.md §5), each a
 * {@link MeasureResult} coded {@code S1}…{@code S6} whose score is its primary (★) indicator,
 * rated with a minimum base of 5 (the ★ denominator). Strand 4's ★ is M1: its result is
 * {@link DueConsiderationMeasure}'s, recoded {@code S4} and rated on the strands' scale.
 *
 * <pre>{@code
 * ConsultationStrands strands = ConsultationStrands.standard();
 * MeasureResult s5 = strands.evaluate(ConsultationStrand.GIVING_FEEDBACK, data, scope);
 * s5.score();                                  // share of consultations answered by feedback
 * s5.indicator("medianDaysToFeedback");
 * }</pre>
 *
 * <p>"Consultations" are activities in scope with involvement ≥ CONSULT; strands 2 and 6 read
 * every activity in scope. Fatigue pairs ({@link ConsultationFatigue}) are counted in strand 6.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConsultationStrands {

  /** The default minimum ★ denominator below which a strand is INSUFFICIENT_DATA. */
  public static final long MINIMUM_BASE = 5;

  private static final int ANNOUNCED_DAYS = 14;
  private static final int CURRENT_DAYS = 365;

  private final RatingScale ratingScale;

  private ConsultationStrands(RatingScale ratingScale) {
    this.ratingScale = ratingScale;
  }

  /**
   * The strands with the default scale (PEEL-like thresholds, minimum base 5 — a convention, not
   * MPA policy).
   *
   * @return the strands, never null
   */
  public static ConsultationStrands standard() {
    return of(RatingScale.standard(MINIMUM_BASE));
  }

  /**
   * The strands with a given scale.
   *
   * @param ratingScale the scale, not null
   * @return the strands, never null
   */
  public static ConsultationStrands of(RatingScale ratingScale) {
    return new ConsultationStrands(ratingScale);
  }

  /** {@return the scale the strands are rated on, never null} */
  public RatingScale ratingScale() {
    return ratingScale;
  }

  /**
   * Evaluates every strand, in order.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @return six results, S1 to S6, never null
   */
  public List<MeasureResult> evaluate(EvaluationContext context, Scope scope) {
    List<MeasureResult> out = new ArrayList<>();
    for (ConsultationStrand strand : ConsultationStrand.values()) {
      out.add(evaluate(strand, context, scope));
    }
    return List.copyOf(out);
  }

  /**
   * Evaluates every strand, in order, with a new {@link EvaluationContext} of {@code data}: this
   * call indexes the whole dataset. For more than one call, build the context once and use
   * {@link #evaluate(EvaluationContext, Scope)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @return six results, S1 to S6, never null
   */
  public List<MeasureResult> evaluate(EngagementDataset data, Scope scope) {
    return evaluate(EvaluationContext.of(data), scope);
  }

  /**
   * Evaluates one strand.
   *
   * @param strand the strand, not null
   * @param evaluation the dataset and its indexes, not null
   * @param scope the scope, not null
   * @return the result, never null
   */
  public MeasureResult evaluate(
      ConsultationStrand strand, EvaluationContext evaluation, Scope scope) {
    RuleContext context = RuleContext.of(evaluation, scope);
    return switch (strand) {
      case CONSULTATION_COMMUNITY -> community(strand, context);
      case EFFECTIVE_DIALOGUE -> dialogue(strand, context);
      case ANALYSING_RESULTS -> analysis(strand, context);
      case INFLUENCING_DECISIONS -> influence(strand, context);
      case GIVING_FEEDBACK -> feedback(strand, context);
      case COORDINATING_ACTIVITY -> coordination(strand, context);
    };
  }

  /**
   * Evaluates one strand, with a new {@link EvaluationContext} of {@code data}: this call
   * indexes the whole dataset. For more than one call, build the context once and use
   * {@link #evaluate(ConsultationStrand, EvaluationContext, Scope)}.
   *
   * @param strand the strand, not null
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @return the result, never null
   */
  public MeasureResult evaluate(ConsultationStrand strand, EngagementDataset data, Scope scope) {
    return evaluate(strand, EvaluationContext.of(data), scope);
  }

  private MeasureResult community(ConsultationStrand strand, RuleContext c) {
    List<HardToHearGroup> groups = c.under(c.scope().area(), c.index()::hardToHearGroupsIn);
    List<Stakeholder> stakeholders = c.under(c.scope().area(), c.index()::stakeholdersHomedIn);
    Set<GroupId> represented = new HashSet<>();
    long current = 0;
    for (Stakeholder s : stakeholders) {
      represented.addAll(s.groups());
      if (s.lastUpdated()
          .filter(d -> c.notAfterAsOf(d)
              && ChronoUnit.DAYS.between(d, c.scope().asOf()) <= CURRENT_DAYS)
          .isPresent()) {
        current++;
      }
    }
    List<String> evidence = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    for (HardToHearGroup g : groups) {
      if (represented.contains(g.id())) {
        evidence.add(g.id().value());
      } else {
        gaps.add(Gap.of(g.id().value(), "STAKEHOLDER"));
      }
    }
    List<List<StakeholderId>> duplicates =
        StakeholderNames.likelyDuplicates(c.evaluation(), c.scope());
    List<Indicator> indicators = new ArrayList<>();
    indicators.add(Indicator.count("hardToHearGroups", groups.size()));
    indicators.add(Indicator.count("represented", evidence.size()));
    indicators.add(Indicator.count("stakeholders", stakeholders.size()));
    indicators.add(share("currentRecords", current, stakeholders.size(), "no stakeholder in scope"));
    indicators.add(Indicator.count("likelyDuplicateGroups", duplicates.size()));
    indicators.add(Indicator.count(
        "likelyDuplicateStakeholders", duplicates.stream().mapToLong(List::size).sum()));
    return ratio(strand, c.scope(), evidence.size(), groups.size(),
        "no hard-to-hear group declared in scope", indicators, evidence, gaps);
  }

  private List<EngagementActivity> activities(RuleContext c) {
    return c.under(c.scope().area(), c.index()::activitiesIn).stream()
        .filter(a -> c.inPeriod(a.date()))
        .toList();
  }

  private MeasureResult dialogue(ConsultationStrand strand, RuleContext c) {
    List<EngagementActivity> activities = activities(c);
    Set<EngagementMethod> methods = EnumSet.noneOf(EngagementMethod.class);
    long eMethods = 0;
    List<String> evidence = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    for (EngagementActivity a : activities) {
      methods.add(a.method());
      eMethods += a.method().isEMethod() ? 1 : 0;
      boolean announced =
          a.announcedDate()
              .filter(d -> ChronoUnit.DAYS.between(d, a.date()) >= ANNOUNCED_DAYS)
              .isPresent();
      if (announced) {
        evidence.add(a.id().value());
      } else {
        gaps.add(Gap.of(a.id().value(), "ANNOUNCED_14_DAYS_BEFORE"));
      }
    }
    List<Indicator> indicators = new ArrayList<>();
    indicators.add(Indicator.count("activities", activities.size()));
    indicators.add(Indicator.count("distinctMethods", methods.size()));
    indicators.add(share("eMethodShare", eMethods, activities.size(), "no activity in scope"));
    indicators.add(Indicator.count("announced14DaysBefore", evidence.size()));
    return ratio(strand, c.scope(), evidence.size(), activities.size(), "no activity in scope",
        indicators, evidence, gaps);
  }

  private MeasureResult analysis(ConsultationStrand strand, RuleContext c) {
    List<EngagementActivity> consultations = ConsultationFatigue.consultations(c);
    long quantitative = 0;
    long qualitative = 0;
    long weighted = 0;
    long independent = 0;
    List<String> evidence = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    for (EngagementActivity a : consultations) {
      List<AnalysisRecord> analyses =
          c.index().analysesOf(a.id()).stream().filter(r -> c.notAfterAsOf(r.date())).toList();
      if (analyses.isEmpty()) {
        gaps.add(Gap.of(a.id().value(), "ANALYSIS"));
        continue;
      }
      evidence.add(a.id().value());
      analyses.forEach(r -> evidence.add(r.id().value()));
      quantitative += analyses.stream().anyMatch(AnalysisRecord::quantitative) ? 1 : 0;
      qualitative += analyses.stream().anyMatch(AnalysisRecord::qualitative) ? 1 : 0;
      weighted += analyses.stream().anyMatch(r -> r.weighted() == Weighting.YES) ? 1 : 0;
      independent += analyses.stream().anyMatch(AnalysisRecord::independent) ? 1 : 0;
    }
    long analysed = consultations.size() - gaps.size();
    String none = "no analysed consultation";
    List<Indicator> indicators = new ArrayList<>();
    indicators.add(Indicator.count("consultations", consultations.size()));
    indicators.add(Indicator.count("analysed", analysed));
    indicators.add(share("quantitativeShare", quantitative, analysed, none));
    indicators.add(share("qualitativeShare", qualitative, analysed, none));
    indicators.add(share("weightedShare", weighted, analysed, none));
    indicators.add(share("independentShare", independent, analysed, none));
    return ratio(strand, c.scope(), analysed, consultations.size(), "no consultation in scope",
        indicators, evidence, gaps);
  }

  private MeasureResult influence(ConsultationStrand strand, RuleContext c) {
    MeasureResult m1 = DueConsiderationMeasure.standard().evaluate(c.evaluation(), c.scope());
    return MeasureResult.builder()
        .from(m1)
        .measure(code(strand))
        .title(strand.title())
        .rating(ratingScale.rate(m1.score(), m1.base()))
        .build();
  }

  private MeasureResult feedback(ConsultationStrand strand, RuleContext c) {
    List<EngagementActivity> consultations = ConsultationFatigue.consultations(c);
    List<Long> days = new ArrayList<>();
    long threeParts = 0;
    long continuous = 0;
    long continuousWithInterim = 0;
    List<String> evidence = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    for (EngagementActivity a : consultations) {
      List<Feedback> answers =
          c.index().feedbackAnswering(a.id()).stream()
              .filter(f -> c.notAfterAsOf(f.published()))
              .toList();
      boolean isContinuous = a.mode() == ActivityMode.CONTINUOUS;
      continuous += isContinuous ? 1 : 0;
      if (answers.isEmpty()) {
        gaps.add(Gap.of(a.id().value(), "FEEDBACK"));
        continue;
      }
      evidence.add(a.id().value());
      answers.forEach(f -> evidence.add(f.id().value()));
      days.add(ChronoUnit.DAYS.between(a.date(), answers.get(0).published()));
      threeParts += answers.stream().anyMatch(Feedback::hasAllThreeParts) ? 1 : 0;
      if (isContinuous && answers.stream().anyMatch(f -> f.stage() == FeedbackStage.INTERIM)) {
        continuousWithInterim++;
      }
    }
    long answered = days.size();
    OptionalDouble median = Median.of(days);
    List<Indicator> indicators = new ArrayList<>();
    indicators.add(Indicator.count("consultations", consultations.size()));
    indicators.add(Indicator.count("answered", answered));
    indicators.add(median.isPresent()
        ? Indicator.days("medianDaysToFeedback", median.getAsDouble())
        : Indicator.notAssessable("medianDaysToFeedback", IndicatorKind.DAYS, "no answered consultation"));
    indicators.add(share("threePartShare", threeParts, consultations.size(), "no consultation in scope"));
    indicators.add(share("continuousWithInterimShare", continuousWithInterim, continuous,
        "no continuous consultation in scope"));
    return ratio(strand, c.scope(), answered, consultations.size(), "no consultation in scope",
        indicators, new TreeSet<>(evidence), gaps);
  }

  private MeasureResult coordination(ConsultationStrand strand, RuleContext c) {
    List<EngagementActivity> activities = activities(c);
    List<String> evidence = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    for (EngagementActivity a : activities) {
      if (a.inForwardSchedule()) {
        evidence.add(a.id().value());
      } else {
        gaps.add(Gap.of(a.id().value(), "FORWARD_SCHEDULE"));
      }
    }
    List<FatiguePair> pairs = ConsultationFatigue.pairs(c.evaluation(), c.scope());
    List<Indicator> indicators = new ArrayList<>();
    indicators.add(Indicator.count("activities", activities.size()));
    indicators.add(Indicator.count("inForwardSchedule", evidence.size()));
    indicators.add(Indicator.count("fatiguePairs", pairs.size()));
    return ratio(strand, c.scope(), evidence.size(), activities.size(), "no activity in scope",
        indicators, evidence, gaps);
  }

  private static Indicator share(String name, long numerator, long denominator, String empty) {
    return denominator == 0
        ? Indicator.notAssessable(name, IndicatorKind.SHARE, empty)
        : Indicator.share(name, (double) numerator / denominator);
  }

  private static String code(ConsultationStrand strand) {
    return "S" + strand.number();
  }

  private MeasureResult ratio(
      ConsultationStrand strand, Scope scope, long numerator, long denominator, String empty,
      List<Indicator> indicators, java.util.Collection<String> evidence, List<Gap> gaps) {
    MeasureResult.Builder out =
        MeasureResult.builder()
            .measure(code(strand))
            .title(strand.title())
            .scope(scope)
            .indicators(indicators)
            .evidence(new TreeSet<>(evidence))
            .gaps(new TreeSet<>(gaps))
            .numerator(numerator)
            .denominator(denominator);
    if (denominator == 0) {
      return out.status(MeasureStatus.NOT_ASSESSABLE).reason(empty).base(0)
          .rating(ratingScale.rate(OptionalDouble.empty(), 0)).build();
    }
    OptionalDouble score = OptionalDouble.of((double) numerator / denominator);
    return out.status(MeasureStatus.SCORED).score(score).base(denominator)
        .rating(ratingScale.rate(score, denominator)).build();
  }

  /**
   * Returns the scale.
   *
   * @return e.g. {@code ConsultationStrands (RatingScale{...})}
   */
  @Override
  public String toString() {
    return "ConsultationStrands (" + ratingScale + ")";
  }
}
