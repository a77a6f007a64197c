package org.engagement.measures.methods;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.engagement.core.ActivityMode;
import org.engagement.core.AreaId;
import org.engagement.core.CommunityInput;
import org.engagement.core.CountBasis;
import org.engagement.core.DemographicCounts;
import org.engagement.core.DemographicDimension;
import org.engagement.core.DimensionCounts;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementMethod;
import org.engagement.core.Openness;
import org.engagement.core.Scope;
import org.engagement.measures.Gap;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Indicator;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.RatingScale;
import org.engagement.measures.internal.DatasetIndex;
import org.engagement.measures.internal.InScope;
import org.engagement.measures.internal.InputSteps;
import org.engagement.measures.internal.ReferenceCounts;
import org.engagement.measures.outcome.DiverseNeedsMeasure;
import org.engagement.measures.stats.CategoryShare;
import org.engagement.measures.stats.RepresentationThresholds;
import org.engagement.measures.stats.Representativeness;

/**
 * What works where — the methods "shopping list" (2011 recommendations; 2006 §C.1; 2006 ¶10).
 * The 2011 report asks for "a 'shopping list' of options which suggest what can work and in what
 * circumstance"; the 2006 paper asks whether techniques "used with particular communities are
 * more or less effective" and whether expenditure is justified.
 *
 * <pre>{@code
 * MethodReport report = MethodAnalysis.standard().evaluate(data, scope);
 * report.method("YOUTH_PANEL_MEETING").orElseThrow().reach("AGE");   // r_c of each age band
 * report.bestReach();   // per under-represented community, the methods that reach it best
 * }</pre>
 *
 * <p><b>Definition</b> (docs/spec/measures.md §8). Population: the activities in scope (activity
 * date in the period, area in the subtree), every involvement level, grouped by method and, as a
 * second cut, by mode × openness. Per group ({@link MethodGroup}): use (activities, Σ attendance,
 * mean attendance); reach ({@link DimensionReach}: the group's demographic counts on the basis
 * M3 chose for the whole scope — counts of the other basis are left out — against the scope's
 * reference population by M3's rule: {@code ΣO}, {@code R}, every {@code r_c}, the
 * under-represented categories); voice (inputs raised at the group's activities — the input need
 * not be in scope, its activity must — Σ support, inputs per 100 attendees); influence (inputs
 * reaching RECORDED by M1's rule, inputs responded to by M2's rule, and their shares); cost (Σ
 * cost, cost per attendee, per input and per RECORDED input, over activities with a cost).
 * {@link BestReach}: for each category the scope's M3 finds under-represented, the methods ranked
 * by that category's {@code r_c}, largest first, ties by method name, among methods whose
 * {@code ΣO} on the dimension is at least 30 (configurable); a group with fewer than 5
 * activities (configurable) is marked and ranked last.
 *
 * <p>As in M3, the categories the scheme marks not compared (the under-16s by default) leave
 * both sides of the reach before any share is computed; their counts are still listed.
 *
 * <p>The analysis has a partial/merge path like a measure's: {@link #partial} over a set of
 * areas, {@link MethodPartial#merge}, {@link #result}. This class is immutable and thread-safe.
 */
public final class MethodAnalysis {

  /** The default smallest {@code ΣO} a method needs to be ranked for a community. */
  public static final long MINIMUM_REACH_BASE = 30;

  /** The default number of activities below which a group is marked "few activities". */
  public static final int FEW_ACTIVITIES = 5;

  private static final MethodAnalysis STANDARD =
      new MethodAnalysis(RepresentationThresholds.standard(), MINIMUM_REACH_BASE, FEW_ACTIVITIES);

  private final RepresentationThresholds thresholds;
  private final long minimumReachBase;
  private final int fewActivities;
  private final DiverseNeedsMeasure m3;

  private MethodAnalysis(
      RepresentationThresholds thresholds, long minimumReachBase, int fewActivities) {
    if (minimumReachBase < 0 || fewActivities < 0) {
      throw new IllegalArgumentException(
          "thresholds must not be negative: " + minimumReachBase + ", " + fewActivities);
    }
    this.thresholds = thresholds;
    this.minimumReachBase = minimumReachBase;
    this.fewActivities = fewActivities;
    this.m3 = DiverseNeedsMeasure.of(RatingScale.standard(RatingScale.SURVEY_MINIMUM_BASE), thresholds);
  }

  /**
   * The analysis with the default thresholds: under-representation as M3's ({@code q ≥ 0.02},
   * {@code r < 0.8}), a method ranked from {@code ΣO ≥ 30}, "few activities" below 5.
   *
   * @return the analysis, never null
   */
  public static MethodAnalysis standard() {
    return STANDARD;
  }

  /**
   * The analysis with other thresholds.
   *
   * @param thresholds when a category is under-represented, not null
   * @param minimumReachBase the smallest {@code ΣO} a method needs to be ranked, zero or more
   * @param fewActivities the number of activities below which a group is marked, zero or more
   * @return the analysis, never null
   */
  public static MethodAnalysis of(
      RepresentationThresholds thresholds, long minimumReachBase, int fewActivities) {
    return new MethodAnalysis(thresholds, minimumReachBase, fewActivities);
  }

  private static DatasetIndex index(EvaluationContext context) {
    return DatasetIndex.of(context);
  }

  /**
   * The partial of no records: the identity of {@link MethodPartial#merge}.
   *
   * @return the empty partial, never null
   */
  public MethodPartial emptyPartial() {
    return new MethodPartial(Map.of(), m3.emptyPartial());
  }

  /**
   * The partial over the activities in scope whose area lies in {@code areas}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @param areas the part's areas, not null; areas outside the scope's subtree add nothing
   * @return the partial, never null
   */
  public MethodPartial partial(EngagementDataset data, Scope scope, Set<AreaId> areas) {
    return partial(EvaluationContext.of(data), scope, areas);
  }

  /**
   * The partial over the activities in scope whose area lies in {@code areas}, with the indexes
   * of a context built once for many calls.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @param areas the part's areas, not null; areas outside the scope's subtree add nothing
   * @return the partial, never null
   */
  public MethodPartial partial(EvaluationContext context, Scope scope, Set<AreaId> areas) {
    EngagementDataset data = context.dataset();
    DatasetIndex index = index(context);
    Map<String, Tally> groups = new TreeMap<>();
    for (AreaId area : InScope.areas(data, scope, areas)) {
      for (EngagementActivity activity : index.activitiesIn(area)) {
        if (!InScope.inPeriod(scope, activity.date())) {
          continue;
        }
        Tally one = tally(index, scope, activity);
        groups.merge(MethodCut.METHOD + ":" + activity.method().name(), one, Tally::plus);
        groups.merge(
            MethodCut.MODE_OPENNESS + ":" + activity.mode().name() + "/" + activity.openness().name(),
            one, Tally::plus);
      }
    }
    return new MethodPartial(groups, m3.partial(context, scope, areas));
  }

  /**
   * The partial over the scope's whole population.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @return the partial, never null
   */
  public MethodPartial partial(EngagementDataset data, Scope scope) {
    return partial(data, scope, data.subtree(scope.area()));
  }

  private static Tally tally(DatasetIndex index, Scope scope, EngagementActivity activity) {
    Optional<Long> attended = activity.attendance().filter(n -> n >= 0);
    Map<CountBasis, SortedMap<String, SortedMap<String, Long>>> counts = new EnumMap<>(CountBasis.class);
    Map<CountBasis, SortedSet<String>> negative = new EnumMap<>(CountBasis.class);
    if (activity.demographics().isPresent()) {
      DemographicCounts d = activity.demographics().get();
      SortedMap<String, SortedMap<String, Long>> dims = new TreeMap<>();
      for (DimensionCounts dimension : d.dimensions()) {
        dims.put(dimension.dimension(), new TreeMap<>(dimension.counts()));
        if (dimension.counts().values().stream().anyMatch(n -> n < 0)) {
          negative.computeIfAbsent(d.basis(), k -> new TreeSet<>()).add(dimension.dimension());
        }
      }
      counts.put(d.basis(), dims);
    }
    long inputs = 0;
    long support = 0;
    long recorded = 0;
    long responded = 0;
    for (CommunityInput input : index.inputsAt(activity.id())) {
      inputs++;
      support += input.support();
      if (InputSteps.recorded(index, scope, input)) {
        recorded++;
      }
      if (InputSteps.respondedTo(index, scope, input)) {
        responded++;
      }
    }
    Optional<BigDecimal> cost = activity.cost();
    boolean costed = cost.isPresent();
    BigDecimal amount = cost.orElse(BigDecimal.ZERO);
    return new Tally(
        1,
        attended.orElse(0L),
        attended.isPresent() ? 1 : 0,
        counts,
        negative,
        inputs,
        support,
        attended.isPresent() ? inputs : 0,
        recorded,
        responded,
        amount,
        costed ? 1 : 0,
        costed && attended.isPresent() ? amount : BigDecimal.ZERO,
        costed && attended.isPresent() ? attended.get() : 0,
        costed ? inputs : 0,
        costed ? recorded : 0);
  }

  /**
   * The report of a scope from the partial over its whole population.
   *
   * @param data the dataset, not null (the reference populations are read from it)
   * @param scope the scope the partial covers, not null
   * @param partial the merged partial of the scope's population, not null
   * @return the report, never null
   */
  public MethodReport result(EngagementDataset data, Scope scope, MethodPartial partial) {
    return result(EvaluationContext.of(data), scope, partial);
  }

  /**
   * The report of a scope from the partial over its whole population, with the indexes of a
   * context built once for many calls.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope the partial covers, not null
   * @param partial the merged partial of the scope's population, not null
   * @return the report, never null
   */
  public MethodReport result(EvaluationContext context, Scope scope, MethodPartial partial) {
    EngagementDataset data = context.dataset();
    DatasetIndex index = index(context);
    MeasureResult scopeM3 = m3.result(context, scope, partial.m3());
    Optional<CountBasis> basis =
        scopeM3.indicator("basis").flatMap(Indicator::note)
            .filter(n -> scopeM3.indicator("basis").get().value().isEmpty()
                && (n.equals("RESPONDENTS") || n.equals("RESPONSES")))
            .map(CountBasis::valueOf);
    int year = scope.period().to().getYear();
    Map<String, Optional<Map<String, Long>>> references = new HashMap<>();
    for (DemographicDimension dimension : data.scheme().primaryDimensions()) {
      references.put(
          dimension.code(), ReferenceCounts.of(data, index, scope.area(), dimension.code(), year));
    }
    List<MethodGroup> methods = new ArrayList<>();
    List<MethodGroup> modes = new ArrayList<>();
    for (EngagementMethod method : EngagementMethod.values()) {
      Tally t = partial.groups().get(MethodCut.METHOD + ":" + method.name());
      if (t != null) {
        methods.add(group(data, MethodCut.METHOD, method.name(), t, basis, references));
      }
    }
    for (ActivityMode mode : ActivityMode.values()) {
      for (Openness openness : Openness.values()) {
        String key = mode.name() + "/" + openness.name();
        Tally t = partial.groups().get(MethodCut.MODE_OPENNESS + ":" + key);
        if (t != null) {
          modes.add(group(data, MethodCut.MODE_OPENNESS, key, t, basis, references));
        }
      }
    }
    return new MethodReport(
        scope, basis, methods, modes, bestReach(data, scopeM3, methods), minimumReachBase,
        fewActivities);
  }

  private List<BestReach> bestReach(
      EngagementDataset data, MeasureResult scopeM3, List<MethodGroup> methods) {
    Set<String> under = new java.util.HashSet<>();
    for (Gap gap : scopeM3.gaps()) {
      if (gap.lacks().equals(DiverseNeedsMeasure.REPRESENTATION)) {
        under.add(gap.id());
      }
    }
    List<BestReach> out = new ArrayList<>();
    for (DemographicDimension dimension : data.scheme().primaryDimensions()) {
      List<String> categories = new ArrayList<>();
      dimension.categories().forEach(c -> categories.add(c.code()));
      for (String gapId : new TreeSet<>(under)) {
        String category = gapId.substring(gapId.indexOf('/') + 1);
        if (gapId.startsWith(dimension.code() + "/") && !categories.contains(category)) {
          categories.add(category);
        }
      }
      for (String category : categories) {
        if (!under.contains(dimension.code() + "/" + category)) {
          continue;
        }
        List<RankedGroup> ranking = new ArrayList<>();
        for (MethodGroup g : methods) {
          Optional<DimensionReach> reach = g.reach(dimension.code());
          if (reach.isEmpty() || !reach.get().assessable()
              || reach.get().observedTotal() < minimumReachBase
              || !reach.get().ratios().containsKey(category)) {
            continue;
          }
          ranking.add(new RankedGroup(g.key(), reach.get().ratios().get(category),
              reach.get().counts().getOrDefault(category, 0L), reach.get().observedTotal(),
              g.fewActivities()));
        }
        ranking.sort(
            Comparator.comparing(RankedGroup::fewActivities)
                .thenComparing(RankedGroup::ratio, Comparator.reverseOrder())
                .thenComparing(RankedGroup::method));
        out.add(new BestReach(dimension.code(), category, ranking));
      }
    }
    return out;
  }

  private MethodGroup group(
      EngagementDataset data, MethodCut cut, String key, Tally t, Optional<CountBasis> basis,
      Map<String, Optional<Map<String, Long>>> references) {
    List<DimensionReach> reach = new ArrayList<>();
    for (DemographicDimension dimension : data.scheme().primaryDimensions()) {
      reach.add(reach(dimension, t, basis, references.get(dimension.code())));
    }
    OptionalDouble recordedShare =
        t.inputs() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) t.recorded() / t.inputs());
    OptionalDouble respondedShare =
        t.inputs() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) t.responded() / t.inputs());
    return new MethodGroup(
        cut,
        key,
        t.activities(),
        t.attendance(),
        t.withAttendance(),
        t.withAttendance() == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of((double) t.attendance() / t.withAttendance()),
        reach,
        t.inputs(),
        t.support(),
        t.attendance() == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of(100.0 * t.inputsAtAttended() / t.attendance()),
        t.recorded(),
        t.responded(),
        recordedShare,
        respondedShare,
        t.cost().setScale(Math.max(2, t.cost().scale()), RoundingMode.UNNECESSARY),
        t.costed(),
        perUnit(t.costWithAttendance(), t.attendanceWithCost()),
        perUnit(t.cost(), t.inputsAtCosted()),
        perUnit(t.cost(), t.recordedAtCosted()),
        t.activities() < fewActivities);
  }

  private static Optional<BigDecimal> perUnit(BigDecimal amount, long units) {
    return units == 0
        ? Optional.empty()
        : Optional.of(amount.divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_EVEN));
  }

  private DimensionReach reach(
      DemographicDimension dimension, Tally t, Optional<CountBasis> basis,
      Optional<Map<String, Long>> reference) {
    String code = dimension.code();
    Map<String, Long> all =
        basis.isPresent() ? t.counts(basis.get(), code) : Map.of();
    // as in M3, categories not compared leave both sides before any share is computed (§1)
    Map<String, Long> stated = ReferenceCounts.compared(dimension, all);
    reference = reference.map(m -> ReferenceCounts.compared(dimension, m));
    long total = stated.values().stream().reduce(0L, Math::addExact);
    boolean negative =
        (basis.isPresent() && t.negative(basis.get(), code))
            || reference.map(m -> m.values().stream().anyMatch(n -> n < 0)).orElse(false);
    boolean hasReference =
        reference.isPresent() && reference.get().values().stream().mapToLong(Long::longValue).sum() > 0;
    Map<String, Long> counts = ReferenceCounts.inSchemeOrder(dimension, all);
    if (negative || !hasReference || total <= 0) {
      return new DimensionReach(code, total, false, OptionalDouble.empty(), counts, Map.of(), List.of());
    }
    Map<String, Long> observed = new HashMap<>(stated);
    reference.get().keySet().forEach(c -> observed.putIfAbsent(c, 0L));
    Representativeness r =
        Representativeness.of(
            ReferenceCounts.inSchemeOrder(dimension, observed),
            ReferenceCounts.inSchemeOrder(dimension, reference.get()), thresholds);
    Map<String, Double> ratios = new LinkedHashMap<>();
    for (CategoryShare share : r.categories()) {
      share.ratio().ifPresent(v -> ratios.put(share.category(), v));
    }
    return new DimensionReach(
        code, total, true, OptionalDouble.of(r.representativeness()), counts, ratios,
        r.underRepresented());
  }

  /**
   * The report of a scope.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @return the report, never null
   */
  public MethodReport evaluate(EngagementDataset data, Scope scope) {
    EvaluationContext context = EvaluationContext.of(data);
    return result(context, scope, partial(context, scope, data.subtree(scope.area())));
  }

  /**
   * The report of a scope by merging the partials of its parts; equal to
   * {@link #evaluate(EngagementDataset, Scope)} when the parts partition the scope's subtree.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @param parts disjoint sets of areas, not null
   * @return the report, never null
   */
  public MethodReport evaluate(
      EngagementDataset data, Scope scope, Collection<? extends Set<AreaId>> parts) {
    EvaluationContext context = EvaluationContext.of(data);
    List<MethodPartial> partials = new ArrayList<>();
    for (Set<AreaId> part : parts) {
      partials.add(partial(context, scope, part));
    }
    return result(context, scope, emptyPartial().mergeAll(partials));
  }

  /**
   * Returns the thresholds.
   *
   * @return e.g. {@code MethodAnalysis{q≥0.02 r<0.8, ranked from ΣO ≥ 30, few activities < 5}}
   */
  @Override
  public String toString() {
    return "MethodAnalysis{" + thresholds + ", ranked from ΣO ≥ " + minimumReachBase
        + ", few activities < " + fewActivities + "}";
  }
}
