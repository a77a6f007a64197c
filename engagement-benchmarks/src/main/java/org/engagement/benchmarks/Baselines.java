package org.engagement.benchmarks;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagement.core.ActivityId;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.CommunityInput;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.DecisionId;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Initiative;
import org.engagement.core.InitiativeId;
import org.engagement.core.InputId;
import org.engagement.core.Period;
import org.engagement.core.ResourceAllocation;

/**
 * Hand-written single-pass baselines of three outcome measures for every ward of a dataset: what
 * a competent programmer would write against the same in-memory {@link EngagementDataset}
 * without the SDK's measure machinery (no scopes, partials, index cache, evidence or gap lists,
 * indicators or ratings): a few passes over the record lists, hash maps by id, one counter pair
 * per ward. Each computes the numerator and denominator the SDK's measure gives a ward row of a
 * scorecard over the period, as of the period's end (docs/spec/measures.md §2):
 *
 * <ul>
 *   <li>{@link #dueConsideration M1}: inputs raised in the ward in the period, and those with a
 *       decision record dated on or after the input and by the as-of date that presents the input
 *       and records its consideration with a decided outcome and a non-blank reason (the first
 *       consideration of the input in that decision counts);
 *   <li>{@link #managementInfluence M2}: inputs raised in the ward in the period, and those with a
 *       responding allocation, dated from the input's date to the as-of date, that cites the input
 *       or implements a decision, dated by the as-of date, that accepted or partly accepted it;
 *   <li>{@link #mainstreaming M4}: initiatives and operations of the ward active in the period,
 *       and those with a linked activity (listed by the initiative or listing it) dated within the
 *       initiative's active period and by the as-of date.
 * </ul>
 */
public final class Baselines {

  /** A ward's figures: numerator over denominator. */
  public record Figures(long numerator, long denominator) {

    /** The score, or NaN when the denominator is 0. */
    public double score() {
      return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
  }

  private Baselines() {}

  /** The wards of the dataset, in dataset order, each with a counter pair. */
  private static Map<AreaId, long[]> wards(EngagementDataset data) {
    Map<AreaId, long[]> out = new LinkedHashMap<>();
    for (Area area : data.areas()) {
      if (area.level() == AreaLevel.WARD) {
        out.put(area.id(), new long[2]);
      }
    }
    return out;
  }

  private static Map<AreaId, Figures> figures(Map<AreaId, long[]> counts) {
    Map<AreaId, Figures> out = new LinkedHashMap<>(counts.size() * 2);
    counts.forEach((ward, c) -> out.put(ward, new Figures(c[0], c[1])));
    return out;
  }

  /**
   * M1, due consideration, for every ward.
   *
   * @param data the dataset
   * @param period the period; the as-of date is its end
   * @return each ward's recorded inputs over its raised inputs, in dataset order
   */
  public static Map<AreaId, Figures> dueConsideration(EngagementDataset data, Period period) {
    LocalDate asOf = period.to();
    Map<AreaId, long[]> wards = wards(data);
    Map<InputId, CommunityInput> inputs = new HashMap<>();
    for (CommunityInput input : data.inputs()) {
      if (period.contains(input.date()) && wards.containsKey(input.area())) {
        inputs.putIfAbsent(input.id(), input);
      }
    }
    Set<InputId> recorded = new HashSet<>();
    Set<InputId> seen = new HashSet<>();
    for (DecisionRecord decision : data.decisions()) {
      if (decision.date().isAfter(asOf)) {
        continue;
      }
      seen.clear();
      for (Consideration c : decision.considerations()) {
        if (!seen.add(c.input())) {
          continue;
        }
        CommunityInput input = inputs.get(c.input());
        if (input == null || decision.date().isBefore(input.date()) || !c.considered()
            || c.outcome().isEmpty() || !c.outcome().get().isDecided()
            || c.reason().isEmpty() || c.reason().get().isBlank()
            || !decision.presentedInputs().contains(c.input())) {
          continue;
        }
        recorded.add(c.input());
      }
    }
    for (CommunityInput input : inputs.values()) {
      long[] c = wards.get(input.area());
      c[1]++;
      if (recorded.contains(input.id())) {
        c[0]++;
      }
    }
    return figures(wards);
  }

  /**
   * M2, influence on management, for every ward.
   *
   * @param data the dataset
   * @param period the period; the as-of date is its end
   * @return each ward's inputs responded to over its inputs, in dataset order
   */
  public static Map<AreaId, Figures> managementInfluence(EngagementDataset data, Period period) {
    LocalDate asOf = period.to();
    Map<AreaId, long[]> wards = wards(data);
    Map<InputId, CommunityInput> inputs = new HashMap<>();
    for (CommunityInput input : data.inputs()) {
      if (period.contains(input.date()) && wards.containsKey(input.area())) {
        inputs.putIfAbsent(input.id(), input);
      }
    }
    Set<InputId> responded = new HashSet<>();
    // The latest allocation, by the as-of date, that implements each decision.
    Map<DecisionId, LocalDate> latestImplementing = new HashMap<>();
    for (ResourceAllocation allocation : data.allocations()) {
      LocalDate date = allocation.date();
      if (date.isAfter(asOf)) {
        continue;
      }
      for (InputId cited : allocation.respondsTo()) {
        CommunityInput input = inputs.get(cited);
        if (input != null && !date.isBefore(input.date())) {
          responded.add(cited);
        }
      }
      if (allocation.decision().isPresent()) {
        latestImplementing.merge(allocation.decision().get(), date,
            (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    Set<InputId> seen = new HashSet<>();
    for (DecisionRecord decision : data.decisions()) {
      LocalDate latest = latestImplementing.get(decision.id());
      if (latest == null || decision.date().isAfter(asOf)) {
        continue;
      }
      seen.clear();
      for (Consideration c : decision.considerations()) {
        if (!seen.add(c.input()) || !c.considered()
            || !c.outcome().map(ConsiderationOutcome::isAccepted).orElse(false)) {
          continue;
        }
        CommunityInput input = inputs.get(c.input());
        if (input != null && !latest.isBefore(input.date())) {
          responded.add(c.input());
        }
      }
    }
    for (CommunityInput input : inputs.values()) {
      long[] c = wards.get(input.area());
      c[1]++;
      if (responded.contains(input.id())) {
        c[0]++;
      }
    }
    return figures(wards);
  }

  /**
   * M4, mainstreaming, for every ward.
   *
   * @param data the dataset
   * @param period the period; the as-of date is its end
   * @return each ward's initiatives with engagement over its initiatives active in the period,
   *     in dataset order
   */
  public static Map<AreaId, Figures> mainstreaming(EngagementDataset data, Period period) {
    LocalDate asOf = period.to();
    Map<AreaId, long[]> wards = wards(data);
    Map<InitiativeId, Initiative> initiatives = new HashMap<>();
    for (Initiative initiative : data.initiatives()) {
      if (wards.containsKey(initiative.area())
          && period.overlaps(initiative.start(), initiative.end())) {
        initiatives.putIfAbsent(initiative.id(), initiative);
      }
    }
    Map<ActivityId, EngagementActivity> activities = new HashMap<>();
    Set<InitiativeId> engaged = new HashSet<>();
    for (EngagementActivity activity : data.activities()) {
      if (activities.putIfAbsent(activity.id(), activity) != null) {
        continue;
      }
      for (InitiativeId id : activity.initiatives()) {
        Initiative initiative = initiatives.get(id);
        if (initiative != null && qualifies(initiative, activity, asOf)) {
          engaged.add(id);
        }
      }
    }
    for (Initiative initiative : initiatives.values()) {
      long[] c = wards.get(initiative.area());
      c[1]++;
      boolean with = engaged.contains(initiative.id());
      List<ActivityId> listed = initiative.activities();
      for (int i = 0; !with && i < listed.size(); i++) {
        EngagementActivity activity = activities.get(listed.get(i));
        with = activity != null && qualifies(initiative, activity, asOf);
      }
      if (with) {
        c[0]++;
      }
    }
    return figures(wards);
  }

  private static boolean qualifies(Initiative initiative, EngagementActivity activity,
      LocalDate asOf) {
    LocalDate date = activity.date();
    return !date.isBefore(initiative.start())
        && (initiative.end().isEmpty() || !date.isAfter(initiative.end().get()))
        && !date.isAfter(asOf);
  }
}
