package org.engagement.measures.outcome;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InitiativeKind;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.OutcomeMeasure;
import org.engagement.core.RecordType;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Gap;
import org.engagement.measures.Indicator;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.RatingScale;
import org.engagement.measures.internal.DatasetIndex;
import org.engagement.measures.internal.InScope;
import org.engagement.measures.internal.RecordTypes;
import org.engagement.measures.internal.SortedLists;
import org.engagement.measures.internal.Results;

/**
 * M4, mainstreaming. Outcome 4 of the 2006 report: "Community engagement is mainstreamed
 * throughout police service business." Its measure: "evidence of community engagement activity
 * as a feature of the initiatives and operations it undertakes."
 *
 * <pre>{@code
 * MeasureResult m4 = MainstreamingMeasure.standard().evaluate(data, scope);
 * m4.indicator("kindWithEngagement", "kind", "OPERATION");   // label kindWithEngagement[OPERATION]
 * }</pre>
 *
 * <p><b>Formula</b> (docs/spec/measures.md §2). Population: the initiatives and operations whose
 * area is in the scope's subtree and whose active period ({@code start ≤ to} and no end or
 * {@code end ≥ from}) overlaps the scope's period. One counts when at least one engagement
 * activity, of any involvement level, dated within its active period and not after as-of, is
 * linked to it from either side (the initiative's activities or the activity's initiatives).
 *
 * <p>{@code score = #with engagement / #population}; NOT_ASSESSABLE without initiatives; the
 * rating's base is the population (minimum 10 by default).
 *
 * <p>Indicators, in order: {@code kindTotal[K]} and {@code kindWithEngagement[K]} (qualifier
 * {@code kind}) for each kind; {@code unitTotal[U]} and {@code unitWithEngagement[U]} (qualifier
 * {@code businessUnit}) for each business unit, sorted; {@code highestLevel[L]} (qualifier
 * {@code involvement}) for each involvement level: the number of initiatives whose highest
 * qualifying linked activity is at that level. Evidence: the initiatives with engagement and
 * their qualifying activities. Gaps: every other initiative, lacking {@code LINKED_ACTIVITY}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MainstreamingMeasure extends OutcomeMeasureBase<MainstreamingPartial> {

  private static final Set<RecordType> RECORD_TYPES =
      RecordTypes.of(RecordType.AREA, RecordType.ACTIVITY, RecordType.INITIATIVE);

  /** The step an initiative without qualifying engagement lacks. */
  public static final String LINKED_ACTIVITY = "LINKED_ACTIVITY";

  private static final MainstreamingMeasure STANDARD =
      new MainstreamingMeasure(RatingScale.standard(RatingScale.RATIO_MINIMUM_BASE));

  private MainstreamingMeasure(RatingScale ratingScale) {
    super(OutcomeMeasure.MAINSTREAMING, "Mainstreaming", ratingScale);
  }

  /**
   * Returns M4 with the default rating scale (minimum base 10).
   *
   * @return the measure, never null
   */
  public static MainstreamingMeasure standard() {
    return STANDARD;
  }

  /**
   * Returns M4 rated on another scale.
   *
   * @param ratingScale the scale, not null
   * @return the measure, never null
   */
  public static MainstreamingMeasure of(RatingScale ratingScale) {
    return new MainstreamingMeasure(ratingScale);
  }

  /**
   * {@inheritDoc}
   *
   * @return areas, initiatives and the activities they link: {@code [AREA, ACTIVITY, INITIATIVE]}
   */
  @Override
  public Set<RecordType> recordTypes() {
    return RECORD_TYPES;
  }

  @Override
  public MainstreamingPartial emptyPartial() {
    return MainstreamingPartial.builder().population(0).withEngagement(0).build();
  }

  @Override
  public MainstreamingPartial partial(EvaluationContext context, Scope scope, Set<AreaId> areas) {
    EngagementDataset data = context.dataset();
    DatasetIndex index = DatasetIndex.of(context);
    long from = scope.period().from().toEpochDay();
    long to = scope.period().to().toEpochDay();
    long asOf = scope.asOf().toEpochDay();
    long population = 0;
    long with = 0;
    long[] kindTotal = new long[KINDS.length];
    long[] kindWith = new long[KINDS.length];
    long[] highest = new long[LEVELS.length];
    // per business unit: {total, with engagement}
    Map<String, long[]> units = new TreeMap<>();
    List<String> evidence = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    for (AreaId area : InScope.areas(data, scope, areas)) {
      for (DatasetIndex.InitiativeLinks links : index.initiativeLinksIn(area)) {
        if (links.startDay() > to || links.endDay() < from) {
          continue;
        }
        population++;
        int kind = links.kind();
        kindTotal[kind]++;
        long[] unit = units.computeIfAbsent(links.businessUnit(), k -> new long[2]);
        unit[0]++;
        long first = links.startDay();
        long last = Math.min(links.endDay(), asOf);
        int level = -1;
        for (int i = 0; i < links.linkedCount(); i++) {
          long day = links.linkedDay(i);
          if (day >= first && day <= last) {
            if (level < 0) {
              evidence.add(links.id());
            }
            evidence.add(links.linkedId(i));
            level = Math.max(level, links.linkedLevel(i));
          }
        }
        if (level < 0) {
          gaps.add(Gap.of(links.id(), LINKED_ACTIVITY));
        } else {
          with++;
          kindWith[kind]++;
          unit[1]++;
          highest[level]++;
        }
      }
    }
    Map<String, Long> unitTotal = new TreeMap<>();
    Map<String, Long> unitWith = new TreeMap<>();
    units.forEach((unit, counts) -> {
      unitTotal.put(unit, counts[0]);
      if (counts[1] > 0) {
        unitWith.put(unit, counts[1]);
      }
    });
    return MainstreamingPartial.builder()
        .evidence(SortedLists.sortDistinct(evidence))
        .gaps(SortedLists.sortDistinct(gaps))
        .population(population)
        .withEngagement(with)
        .kindTotal(counts(KINDS, kindTotal))
        .kindWith(counts(KINDS, kindWith))
        .unitTotal(unitTotal)
        .unitWith(unitWith)
        .highestLevel(counts(LEVELS, highest))
        .build();
  }

  private static final InitiativeKind[] KINDS = InitiativeKind.values();
  private static final InvolvementLevel[] LEVELS = InvolvementLevel.values();

  /** The non-zero counts by constant, as the partial holds them. */
  private static <E extends Enum<E>> Map<E, Long> counts(E[] constants, long[] counts) {
    Map<E, Long> out = new EnumMap<>(constants[0].getDeclaringClass());
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        out.put(constants[i], counts[i]);
      }
    }
    return out;
  }

  @Override
  public MeasureResult result(
      EvaluationContext context, Scope scope, MainstreamingPartial partial) {
    List<Indicator> indicators = new ArrayList<>();
    for (InitiativeKind kind : InitiativeKind.values()) {
      indicators.add(Indicator.count("kindTotal", partial.kindTotal().getOrDefault(kind, 0L))
          .with("kind", kind.name()));
      indicators.add(
          Indicator.count("kindWithEngagement", partial.kindWith().getOrDefault(kind, 0L))
              .with("kind", kind.name()));
    }
    for (Map.Entry<String, Long> unit : partial.unitTotal().entrySet()) {
      indicators.add(Indicator.count("unitTotal", unit.getValue()).with("businessUnit", unit.getKey()));
      indicators.add(
          Indicator.count("unitWithEngagement", partial.unitWith().getOrDefault(unit.getKey(), 0L))
              .with("businessUnit", unit.getKey()));
    }
    for (InvolvementLevel level : InvolvementLevel.values()) {
      indicators.add(
          Indicator.count("highestLevel", partial.highestLevel().getOrDefault(level, 0L))
              .with("involvement", level.name()));
    }
    return Results.ratio(
        this,
        scope,
        partial.withEngagement(),
        partial.population(),
        "no initiative or operation in scope",
        indicators,
        partial.evidence(),
        partial.gaps());
  }
}
