package org.engagement.measures.standards;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.engagement.core.ActivityId;
import org.engagement.core.CommunityInput;
import org.engagement.core.DemographicDimension;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementPrinciple;
import org.engagement.core.Initiative;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.Scope;
import org.engagement.measures.BaseKind;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Gap;
import org.engagement.measures.Indicator;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.MeasureStatus;
import org.engagement.measures.RatingScale;

/**
 * The six engagement principles of the 2011 report (docs/spec/measures.md §6), checked per activity
 * in scope: information (announced before its date), inclusion (a stated count in a primary
 * dimension), preparation (in the forward schedule), integration (linked to an initiative from
 * either side, or an input raised at it PRESENTED in a decision dated on or after the input and
 * not after as-of), involve (involvement ≥ CONSULT) and feedback (answered by feedback not after
 * as-of). Score = mean over activities of the share of principles met; indicators give the
 * share of activities meeting each principle; rated with a minimum base of 10 activities.
 *
 * <pre>{@code
 * MeasureResult p = EngagementPrinciples.standard().evaluate(data, scope);
 * p.indicator("INFORMATION");   // share of activities announced beforehand
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EngagementPrinciples {

  /** The code of the result. */
  public static final String CODE = "P";

  /** The default minimum number of activities below which the rating is INSUFFICIENT_DATA. */
  public static final long MINIMUM_BASE = 10;

  private final RatingScale ratingScale;

  private EngagementPrinciples(RatingScale ratingScale) {
    this.ratingScale = ratingScale;
  }

  /**
   * The principles with the default scale (minimum base 10).
   *
   * @return never null
   */
  public static EngagementPrinciples standard() {
    return of(RatingScale.standard(MINIMUM_BASE));
  }

  /**
   * The principles with a given scale.
   *
   * @param ratingScale the scale, not null
   * @return never null
   */
  public static EngagementPrinciples of(RatingScale ratingScale) {
    return new EngagementPrinciples(ratingScale);
  }

  /**
   * The principles each activity in scope meets.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @return one entry per activity dated in the period in the scope's subtree, sorted by id
   */
  public List<ActivityPrinciples> perActivity(EvaluationContext context, Scope scope) {
    EngagementDataset data = context.dataset();
    RuleContext c = RuleContext.of(context, scope);
    Set<ActivityId> listedByInitiatives = new HashSet<>();
    for (Initiative i : data.initiatives()) {
      listedByInitiatives.addAll(i.activities());
    }
    Set<String> primary = new HashSet<>();
    for (DemographicDimension d : data.scheme().primaryDimensions()) {
      primary.add(d.code());
    }
    List<ActivityPrinciples> out = new ArrayList<>();
    List<EngagementActivity> activities =
        c.under(scope.area(), c.index()::activitiesIn).stream()
            .filter(a -> c.inPeriod(a.date()))
            .sorted(java.util.Comparator.comparing(a -> a.id().value()))
            .toList();
    for (EngagementActivity a : activities) {
      Set<EngagementPrinciple> met = EnumSet.noneOf(EngagementPrinciple.class);
      if (a.announcedDate().filter(d -> d.isBefore(a.date())).isPresent()) {
        met.add(EngagementPrinciple.INFORMATION);
      }
      if (a.demographics().stream().flatMap(d -> d.dimensions().stream())
          .anyMatch(d -> primary.contains(d.dimension()) && d.stated() > 0)) {
        met.add(EngagementPrinciple.INCLUSION);
      }
      if (a.inForwardSchedule()) {
        met.add(EngagementPrinciple.PREPARATION);
      }
      if (!a.initiatives().isEmpty() || listedByInitiatives.contains(a.id()) || presented(c, a)) {
        met.add(EngagementPrinciple.INTEGRATION);
      }
      if (a.involvement().isAtLeast(InvolvementLevel.CONSULT)) {
        met.add(EngagementPrinciple.INVOLVE);
      }
      if (c.index().feedbackAnswering(a.id()).stream().anyMatch(f -> c.notAfterAsOf(f.published()))) {
        met.add(EngagementPrinciple.FEEDBACK);
      }
      out.add(new ActivityPrinciples(a.id(), met));
    }
    return List.copyOf(out);
  }

  /**
   * The principles each activity in scope meets, with a new {@link EvaluationContext} of
   * {@code data}: this call indexes the whole dataset. For more than one call, build the context
   * once and use {@link #perActivity(EvaluationContext, Scope)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @return one entry per activity dated in the period in the scope's subtree, sorted by id
   */
  public List<ActivityPrinciples> perActivity(EngagementDataset data, Scope scope) {
    return perActivity(EvaluationContext.of(data), scope);
  }

  private static boolean presented(RuleContext c, EngagementActivity a) {
    for (CommunityInput input : c.index().inputsAt(a.id())) {
      boolean any =
          c.index().decisionsPresenting(input.id()).stream()
              .anyMatch(d -> !d.date().isBefore(input.date()) && c.notAfterAsOf(d.date()));
      if (any) {
        return true;
      }
    }
    return false;
  }

  /**
   * Evaluates the principles for a scope.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @return the result: score = mean share of principles met; NOT_ASSESSABLE without activities
   */
  public MeasureResult evaluate(EvaluationContext context, Scope scope) {
    List<ActivityPrinciples> activities = perActivity(context, scope);
    Map<EngagementPrinciple, Long> counts = new EnumMap<>(EngagementPrinciple.class);
    List<String> evidence = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    long total = 0;
    for (ActivityPrinciples a : activities) {
      total += a.met().size();
      if (!a.met().isEmpty()) {
        evidence.add(a.activity().value());
      }
      for (EngagementPrinciple p : EngagementPrinciple.values()) {
        if (a.meets(p)) {
          counts.merge(p, 1L, Long::sum);
        } else {
          gaps.add(Gap.of(a.activity().value(), p.name()));
        }
      }
    }
    List<Indicator> indicators = new ArrayList<>();
    indicators.add(Indicator.count("activities", activities.size()));
    for (EngagementPrinciple p : EngagementPrinciple.values()) {
      if (!activities.isEmpty()) {
        indicators.add(Indicator.share(p.name(), (double) counts.getOrDefault(p, 0L) / activities.size()));
      }
    }
    MeasureResult.Builder out =
        MeasureResult.builder()
            .measure(CODE)
            .title("Engagement principles")
            .scope(scope)
            .baseKind(BaseKind.DENOMINATOR)
            .indicators(indicators)
            .evidence(new java.util.TreeSet<>(evidence))
            .gaps(new java.util.TreeSet<>(gaps));
    if (activities.isEmpty()) {
      return out.status(MeasureStatus.NOT_ASSESSABLE).reason("no activity in scope").base(0)
          .rating(ratingScale.rate(OptionalDouble.empty(), 0)).build();
    }
    OptionalDouble score =
        OptionalDouble.of((double) total / (EngagementPrinciple.values().length * (double) activities.size()));
    return out.status(MeasureStatus.SCORED).score(score).base(activities.size())
        .rating(ratingScale.rate(score, activities.size())).build();
  }

  /**
   * Evaluates the principles for a scope, with a new {@link EvaluationContext} of {@code data}:
   * this call indexes the whole dataset. For more than one call, build the context once and use
   * {@link #evaluate(EvaluationContext, Scope)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @return the result: score = mean share of principles met; NOT_ASSESSABLE without activities
   */
  public MeasureResult evaluate(EngagementDataset data, Scope scope) {
    return evaluate(EvaluationContext.of(data), scope);
  }

  /**
   * Returns the scale.
   *
   * @return e.g. {@code EngagementPrinciples (RatingScale{...})}
   */
  @Override
  public String toString() {
    return "EngagementPrinciples (" + ratingScale + ")";
  }
}
