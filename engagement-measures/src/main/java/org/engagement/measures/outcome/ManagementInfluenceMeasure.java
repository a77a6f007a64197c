package org.engagement.measures.outcome;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.engagement.core.AreaId;
import org.engagement.core.CommunityInput;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.OutcomeMeasure;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Gap;
import org.engagement.measures.Indicator;
import org.engagement.measures.IndicatorKind;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.RatingScale;
import org.engagement.measures.internal.DatasetIndex;
import org.engagement.measures.internal.InScope;
import org.engagement.measures.internal.RecordTypes;
import org.engagement.measures.internal.Results;
import org.engagement.measures.internal.SortedLists;
import org.engagement.measures.stats.Spearman;

/**
 * M2, influence on management. Outcome 2 of the 2006 report: "Information supplied by the
 * public through community-police engagement does influence police service management." Its
 * measure: "evidence of alignment or allocation of police resources (human, financial, physical
 * etc) in response to community input."
 *
 * <pre>{@code
 * MeasureResult m2 = ManagementInfluenceMeasure.standard().evaluate(data, scope);
 * m2.indicator("respondingShare", "resourceType", "HUMAN", "unit", "officer hours");  // share of hours that respond to input
 * }</pre>
 *
 * <p><b>Formula</b> (docs/spec/measures.md §2). An allocation <i>responds to</i> an input when it
 * cites the input directly, or cites a decision dated not after as-of whose consideration of that
 * input is considered with outcome ACCEPTED or PARTLY_ACCEPTED (no reason needed); and the
 * allocation is dated on or after the input's date and not after as-of. Any allocation in the
 * dataset may respond, wherever it is.
 *
 * <p>{@code score = #inputs in scope to which at least one allocation responds / #inputs in
 * scope}; NOT_ASSESSABLE without inputs; the rating's base is the number of inputs (minimum 10
 * by default).
 *
 * <p>Indicators, in order: {@code inputs}, {@code respondedTo}, {@code allocations} and
 * {@code respondingAllocations} (allocations in scope by allocation date, and those that respond
 * to at least one input anywhere in the dataset); then for each resource type and unit, sorted:
 * {@code allocated[T/u]} (Σ quantity in scope), {@code respondingShare[T/u]} (the share of that
 * quantity held by responding allocations; never adding different units) and
 * {@code spearman[T/u]} (Spearman's rho between community demand per issue category — Σ support
 * of the inputs in scope — and the quantity allocated per category, over the union of the
 * categories of those inputs and of the allocations of that type and unit in scope, 0 where a
 * side has none); each keyed by the qualifiers {@code resourceType} and {@code unit}, whose values
 * the label joins with {@code /}. A negative quantity (invalid data, which the dataset validator reports) adds
 * to no quantity. Evidence: the inputs responded to and the allocations that respond to them.
 * Gaps: every other input, lacking {@code RESPONDING_ALLOCATION}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ManagementInfluenceMeasure extends OutcomeMeasureBase<ManagementInfluencePartial> {

  private static final Set<RecordType> RECORD_TYPES =
      RecordTypes.of(RecordType.AREA, RecordType.INPUT, RecordType.DECISION,
          RecordType.ALLOCATION);

  /** The step an input without a responding allocation lacks. */
  public static final String RESPONDING_ALLOCATION = "RESPONDING_ALLOCATION";

  private static final ManagementInfluenceMeasure STANDARD =
      new ManagementInfluenceMeasure(RatingScale.standard(RatingScale.RATIO_MINIMUM_BASE));

  private ManagementInfluenceMeasure(RatingScale ratingScale) {
    super(OutcomeMeasure.INFLUENCE_ON_MANAGEMENT, "Influence on management", ratingScale);
  }

  /**
   * Returns M2 with the default rating scale (minimum base 10).
   *
   * @return the measure, never null
   */
  public static ManagementInfluenceMeasure standard() {
    return STANDARD;
  }

  /**
   * Returns M2 rated on another scale.
   *
   * @param ratingScale the scale, not null
   * @return the measure, never null
   */
  public static ManagementInfluenceMeasure of(RatingScale ratingScale) {
    return new ManagementInfluenceMeasure(ratingScale);
  }

  /**
   * {@inheritDoc}
   *
   * @return areas, inputs, the decisions that consider them and the allocations that respond: {@code [AREA, INPUT, DECISION, ALLOCATION]}
   */
  @Override
  public Set<RecordType> recordTypes() {
    return RECORD_TYPES;
  }

  @Override
  public ManagementInfluencePartial emptyPartial() {
    return ManagementInfluencePartial.builder()
        .inputs(0)
        .respondedTo(0)
        .allocations(0)
        .respondingAllocations(0)
        .build();
  }

  @Override
  public ManagementInfluencePartial partial(
      EvaluationContext context, Scope scope, Set<AreaId> areas) {
    EngagementDataset data = context.dataset();
    DatasetIndex index = DatasetIndex.of(context);
    ImmutableManagementInfluencePartial.Builder out = ManagementInfluencePartial.builder();
    List<String> evidence = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    long inputs = 0;
    long respondedTo = 0;
    long allocations = 0;
    long responding = 0;
    // Σ support per issue category, sorted once at the end
    Map<String, long[]> support = new HashMap<>();
    Map<ResourceUnit, BigDecimal> allocated = new TreeMap<>();
    Map<ResourceUnit, BigDecimal> allocatedResponding = new TreeMap<>();
    Map<ResourceUnit, SortedMap<String, BigDecimal>> byCategory = new TreeMap<>();
    List<AreaId> inScope = InScope.areas(data, scope, areas);
    long asOf = scope.asOf().toEpochDay();
    long from = scope.period().from().toEpochDay();
    long to = scope.period().to().toEpochDay();
    for (AreaId area : inScope) {
      List<DatasetIndex.InputLinks> inputsHere = index.inputLinksIn(area);
      DatasetIndex.Responders[] respondersHere = index.respondersIn(area);
      for (int k = 0; k < inputsHere.size(); k++) {
        DatasetIndex.InputLinks links = inputsHere.get(k);
        long day = links.day();
        if (day < from || day > to) {
          continue;
        }
        CommunityInput input = links.input();
        inputs++;
        support.computeIfAbsent(input.issueCategory(), c -> new long[1])[0] += input.support();
        int before = evidence.size();
        evidence.add(input.id().value());
        if (addRespondingAllocations(asOf, day, respondersHere[k], evidence)) {
          respondedTo++;
        } else {
          evidence.remove(before);
          gaps.add(Gap.of(input.id().value(), RESPONDING_ALLOCATION));
        }
      }
      List<ResourceAllocation> allocationsHere = index.allocationsIn(area);
      long[] respondingFrom = index.respondingFromIn(area);
      for (int k = 0; k < allocationsHere.size(); k++) {
        ResourceAllocation allocation = allocationsHere.get(k);
        if (!InScope.inPeriod(scope, allocation.date())) {
          continue;
        }
        allocations++;
        boolean responds = asOf >= respondingFrom[k];
        if (responds) {
          responding++;
        }
        if (allocation.quantity().signum() < 0) {
          continue;
        }
        ResourceUnit unit = ResourceUnit.of(allocation.resourceType(), allocation.unit());
        allocated.merge(unit, allocation.quantity(), BigDecimal::add);
        byCategory
            .computeIfAbsent(unit, u -> new TreeMap<>())
            .merge(allocation.issueCategory(), allocation.quantity(), BigDecimal::add);
        if (responds) {
          allocatedResponding.merge(unit, allocation.quantity(), BigDecimal::add);
        }
      }
    }
    Map<String, Long> demand = new TreeMap<>();
    support.forEach((category, sum) -> demand.put(category, sum[0]));
    return out.inputs(inputs)
        .evidence(SortedLists.sortDistinct(evidence))
        .gaps(SortedLists.sortDistinct(gaps))
        .respondedTo(respondedTo)
        .allocations(allocations)
        .respondingAllocations(responding)
        .demand(demand)
        .allocated(allocated)
        .allocatedResponding(allocatedResponding)
        .allocatedByCategory(byCategory)
        .build();
  }

  /**
   * Adds the ids of the allocations anywhere in the dataset that respond to an input, in any
   * order and perhaps repeated, to {@code out}.
   *
   * @return whether there is at least one
   */
  private static boolean addRespondingAllocations(
      long asOf, long inputDay, DatasetIndex.Responders responders, List<String> out) {
    int before = out.size();
    for (int i = 0, n = responders.count(); i < n; i++) {
      long allocated = responders.allocationDay(i);
      if (responders.decisionDay(i) <= asOf && allocated >= inputDay && allocated <= asOf) {
        out.add(responders.allocation(i).id().value());
      }
    }
    return out.size() > before;
  }

  @Override
  public MeasureResult result(
      EvaluationContext context, Scope scope, ManagementInfluencePartial partial) {
    List<Indicator> indicators = new ArrayList<>();
    indicators.add(Indicator.count("inputs", partial.inputs()));
    indicators.add(Indicator.count("respondedTo", partial.respondedTo()));
    indicators.add(Indicator.count("allocations", partial.allocations()));
    indicators.add(Indicator.count("respondingAllocations", partial.respondingAllocations()));
    for (Map.Entry<ResourceUnit, BigDecimal> entry : partial.allocated().entrySet()) {
      ResourceUnit unit = entry.getKey();
      BigDecimal total = entry.getValue();
      BigDecimal responding = partial.allocatedResponding().getOrDefault(unit, BigDecimal.ZERO);
      indicators.add(keyed(Indicator.quantity("allocated", total.doubleValue()), unit));
      indicators.add(keyed(
          total.signum() == 0
              ? Indicator.notAssessable("respondingShare", IndicatorKind.SHARE, "no quantity allocated")
              : Indicator.share("respondingShare", share(responding, total)),
          unit));
      indicators.add(
          keyed(spearman(partial.demand(), partial.allocatedByCategory().get(unit)), unit));
    }
    return Results.ratio(
        this,
        scope,
        partial.respondedTo(),
        partial.inputs(),
        "no community input in scope",
        indicators,
        partial.evidence(),
        partial.gaps());
  }

  /**
   * {@code part / total} to DECIMAL128 precision, as a double; none and all, the common cases,
   * without the division.
   */
  private static double share(BigDecimal part, BigDecimal total) {
    if (part.signum() == 0) {
      return 0.0;
    }
    if (part.compareTo(total) == 0) {
      return 1.0;
    }
    return part.divide(total, MathContext.DECIMAL128).doubleValue();
  }

  /** Keys an indicator of one (resource type, unit) by both, as separate qualifiers. */
  private static Indicator keyed(Indicator indicator, ResourceUnit unit) {
    return indicator.with("resourceType", unit.type().toString()).with("unit", unit.unit());
  }

  private static final SortedMap<String, BigDecimal> EMPTY_QUANTITIES =
      java.util.Collections.emptySortedMap();

  private static Indicator spearman(
      SortedMap<String, Long> demand, SortedMap<String, BigDecimal> allocated) {
    SortedMap<String, BigDecimal> quantities = allocated == null ? EMPTY_QUANTITIES : allocated;
    // the union of both maps' categories, in order: one merge of two sorted key sequences
    int n = demand.size() + quantities.size();
    double[] x = new double[n];
    double[] y = new double[n];
    int i = 0;
    java.util.Iterator<Map.Entry<String, Long>> d = demand.entrySet().iterator();
    java.util.Iterator<Map.Entry<String, BigDecimal>> q = quantities.entrySet().iterator();
    Map.Entry<String, Long> nextD = d.hasNext() ? d.next() : null;
    Map.Entry<String, BigDecimal> nextQ = q.hasNext() ? q.next() : null;
    while (nextD != null || nextQ != null) {
      int order = nextD == null ? 1 : nextQ == null ? -1 : nextD.getKey().compareTo(nextQ.getKey());
      x[i] = order <= 0 ? nextD.getValue() : 0L;
      y[i] = order >= 0 ? nextQ.getValue().doubleValue() : 0.0;
      i++;
      if (order <= 0) {
        nextD = d.hasNext() ? d.next() : null;
      }
      if (order >= 0) {
        nextQ = q.hasNext() ? q.next() : null;
      }
    }
    if (i < n) {
      x = java.util.Arrays.copyOf(x, i);
      y = java.util.Arrays.copyOf(y, i);
    }
    Spearman rho = Spearman.of(x, y);
    String name = "spearman";
    return rho.isAssessable()
        ? Indicator.statistic(name, rho.rho().getAsDouble())
        : Indicator.notAssessable(name, IndicatorKind.STATISTIC, rho.notAssessableReason().orElse(""));
  }
}
