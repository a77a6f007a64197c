package org.engagement.measures.outcome;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.engagement.core.AreaId;
import org.engagement.core.CountBasis;
import org.engagement.core.DemographicCounts;
import org.engagement.core.DemographicDimension;
import org.engagement.core.DimensionCounts;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.OutcomeMeasure;
import org.engagement.core.Scope;
import org.engagement.measures.BaseKind;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Gap;
import org.engagement.measures.Indicator;
import org.engagement.measures.IndicatorKind;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.RatingScale;
import org.engagement.measures.internal.DatasetIndex;
import org.engagement.measures.internal.ReferenceCounts;
import org.engagement.measures.internal.InScope;
import org.engagement.measures.internal.Results;
import org.engagement.measures.stats.ChiSquare;
import org.engagement.measures.stats.RepresentationThresholds;
import org.engagement.measures.stats.Representativeness;

/**
 * M3, understanding diverse needs. Outcome 3 of the 2006 report: "The police service understands
 * the needs of the different communities it serves." Its measure: "evidence of the diversity of
 * the members of the public involved in its community engagement activities according to the six
 * primary demographic dimensions."
 *
 * <pre>{@code
 * MeasureResult m3 = DiverseNeedsMeasure.standard().evaluate(data, scope);
 * m3.indicator("R[ETHNICITY]");   // 1 − Duncan's D against the borough's census counts
 * m3.gaps();                      // [AGE/AGE_16_24 lacks REPRESENTATION, ...]
 * }</pre>
 *
 * <p><b>Formula</b> (docs/spec/measures.md §2, §1). Participants: the attendance demographic counts
 * of the activities in scope (activity date) with involvement at least CONSULT, summed — the
 * RESPONDENTS-basis counts when any activity in scope has them, otherwise the RESPONSES-basis
 * counts (the {@code basis} indicator says which). Reference, per dimension: the scope area's
 * reference population for that dimension (its latest year not after the year of the period's
 * end, else its earliest year; among records of that year the smallest id), or else the sum
 * over its child areas, recursively, each choosing its own year — and none if any child has
 * none. A primary dimension (as the dataset's scheme marks it) is <i>assessable</i> when a
 * reference with a positive total was found and the stated total {@code ΣO > 0}.
 *
 * <p>Per dimension, with {@code p_c = O_c/ΣO}, {@code q_c = ref_c/Σref}: {@code R = 1 − D},
 * Duncan's {@code D = ½ Σ |p_c − q_c|}, the chi-square goodness of fit over the categories with
 * {@code q_c > 0} (descriptive: attendances are not independent draws), and the not-stated rate
 * {@code notStated / (stated + notStated)}.
 *
 * <p>{@code score = mean of R over the assessable primary dimensions}; NOT_ASSESSABLE when none
 * is. The rating's base is the smallest {@code ΣO} among them (minimum 30 by default).
 *
 * <p>Indicators, in order: {@code basis}; for each primary dimension in scheme order
 * {@code R[DIM]}, {@code D[DIM]}, {@code chiSquare[DIM]}, {@code df[DIM]}, {@code pValue[DIM]},
 * {@code notStatedRate[DIM]}; then {@code monitoringCoverage} = Σ attendance of those activities
 * that record a stated count in some primary dimension / Σ attendance of those activities
 * (activities without a total attendance add to neither side). A dimension with a negative
 * count, observed or in the reference — invalid data, which the dataset validator reports — is
 * not assessable, and a negative attendance counts as none. Evidence: the activities whose
 * counts were used. Gaps: each under-represented category ({@code q_c ≥ 0.02} and
 * {@code r_c < 0.8} by default) as {@code DIM/CATEGORY}, lacking {@code REPRESENTATION}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DiverseNeedsMeasure extends OutcomeMeasureBase<DiverseNeedsPartial> {

  /** The step an under-represented category lacks. */
  public static final String REPRESENTATION = "REPRESENTATION";

  private static final DiverseNeedsMeasure STANDARD =
      new DiverseNeedsMeasure(
          RatingScale.standard(RatingScale.SURVEY_MINIMUM_BASE), RepresentationThresholds.standard());

  private final RepresentationThresholds thresholds;

  private DiverseNeedsMeasure(RatingScale ratingScale, RepresentationThresholds thresholds) {
    super(OutcomeMeasure.UNDERSTANDING_DIVERSE_NEEDS, "Understanding diverse needs", ratingScale);
    this.thresholds = thresholds;
  }

  /**
   * Returns M3 with the default rating scale (minimum base 30) and under-representation
   * thresholds ({@code q ≥ 0.02}, {@code r < 0.8}).
   *
   * @return the measure, never null
   */
  public static DiverseNeedsMeasure standard() {
    return STANDARD;
  }

  /**
   * Returns M3 with another rating scale and thresholds.
   *
   * @param ratingScale the scale, not null
   * @param thresholds when a category is under-represented, not null
   * @return the measure, never null
   */
  public static DiverseNeedsMeasure of(RatingScale ratingScale, RepresentationThresholds thresholds) {
    return new DiverseNeedsMeasure(ratingScale, thresholds);
  }

  /**
   * The under-representation thresholds.
   *
   * @return the thresholds, never null
   */
  public RepresentationThresholds thresholds() {
    return thresholds;
  }

  @Override
  public DiverseNeedsPartial emptyPartial() {
    return DiverseNeedsPartial.builder().monitoredAttendance(0).attendance(0).build();
  }

  @Override
  public DiverseNeedsPartial partial(EvaluationContext context, Scope scope, Set<AreaId> areas) {
    EngagementDataset data = context.dataset();
    DatasetIndex index = DatasetIndex.of(context);
    Set<String> primary = new HashSet<>();
    data.scheme().primaryDimensions().forEach(d -> primary.add(d.code()));
    Map<CountBasis, ObservedCounts> observed = new EnumMap<>(CountBasis.class);
    long monitored = 0;
    long attendance = 0;
    for (AreaId area : InScope.areas(data, scope, areas)) {
      for (EngagementActivity activity : index.activitiesIn(area)) {
        if (!InScope.inPeriod(scope, activity.date())
            || !activity.involvement().isAtLeast(InvolvementLevel.CONSULT)) {
          continue;
        }
        Optional<DemographicCounts> counts = activity.demographics();
        if (activity.attendance().isPresent() && activity.attendance().get() >= 0) {
          long attended = activity.attendance().get();
          attendance = Math.addExact(attendance, attended);
          boolean recordsPrimary =
              counts.isPresent()
                  && counts.get().dimensions().stream()
                      .anyMatch(d -> primary.contains(d.dimension()) && d.stated() > 0);
          if (recordsPrimary) {
            monitored = Math.addExact(monitored, attended);
          }
        }
        if (counts.isPresent()) {
          ObservedCounts one = observedOf(activity.id().value(), counts.get());
          observed.merge(counts.get().basis(), one, ObservedCounts::merge);
        }
      }
    }
    return DiverseNeedsPartial.builder()
        .observed(observed)
        .monitoredAttendance(monitored)
        .attendance(attendance)
        .build();
  }

  private static ObservedCounts observedOf(String activity, DemographicCounts counts) {
    SortedMap<String, SortedMap<String, Long>> stated = new TreeMap<>();
    SortedMap<String, Long> notStated = new TreeMap<>();
    ImmutableObservedCounts.Builder out = ObservedCounts.builder();
    for (DimensionCounts dimension : counts.dimensions()) {
      stated.put(dimension.dimension(), new TreeMap<>(dimension.counts()));
      notStated.put(dimension.dimension(), dimension.notStated());
      if (dimension.notStated() < 0 || dimension.counts().values().stream().anyMatch(n -> n < 0)) {
        out.addNegative(dimension.dimension());
      }
    }
    return out
        .present(true)
        .stated(stated)
        .notStated(notStated)
        .addActivities(activity)
        .build();
  }

  @Override
  public MeasureResult result(EvaluationContext context, Scope scope, DiverseNeedsPartial partial) {
    EngagementDataset data = context.dataset();
    DatasetIndex index = DatasetIndex.of(context);
    Optional<CountBasis> basis =
        partial.observed(CountBasis.RESPONDENTS).present()
            ? Optional.of(CountBasis.RESPONDENTS)
            : partial.observed(CountBasis.RESPONSES).present()
                ? Optional.of(CountBasis.RESPONSES)
                : Optional.empty();
    ObservedCounts counts = basis.map(partial::observed).orElse(ObservedCounts.empty());
    List<Indicator> indicators = new ArrayList<>();
    indicators.add(
        basis.isPresent()
            ? Indicator.label("basis", basis.get().name())
            : Indicator.notAssessable("basis", IndicatorKind.LABEL, "no demographic counts in scope"));
    List<Gap> gaps = new ArrayList<>();
    double sumR = 0;
    int assessable = 0;
    long base = Long.MAX_VALUE;
    int year = scope.period().to().getYear();
    for (DemographicDimension dimension : data.scheme().primaryDimensions()) {
      String code = dimension.code();
      Map<String, Long> stated = counts.stated().getOrDefault(code, new TreeMap<>());
      long statedTotal = stated.values().stream().reduce(0L, Math::addExact);
      long notStated = counts.notStated().getOrDefault(code, 0L);
      Optional<Map<String, Long>> reference =
          ReferenceCounts.of(data, index, scope.area(), code, year);
      boolean negative =
          counts.negative().contains(code)
              || reference.map(m -> m.values().stream().anyMatch(n -> n < 0)).orElse(false);
      boolean hasReference =
          reference.isPresent() && reference.get().values().stream().reduce(0L, Math::addExact) > 0;
      String why =
          negative ? "negative count" : !hasReference ? "no reference population" : "no stated count";
      if (!negative && hasReference && statedTotal > 0) {
        // categories only in the reference are observed zero times; listing them keeps the
        // categories of the comparison in scheme order
        Map<String, Long> observed = new HashMap<>(stated);
        reference.get().keySet().forEach(c -> observed.putIfAbsent(c, 0L));
        Representativeness r =
            Representativeness.of(
                ReferenceCounts.inSchemeOrder(dimension, observed),
                ReferenceCounts.inSchemeOrder(dimension, reference.get()), thresholds);
        assessable++;
        sumR += r.representativeness();
        base = Math.min(base, statedTotal);
        indicators.add(Indicator.statistic("R[" + code + "]", r.representativeness()));
        indicators.add(Indicator.statistic("D[" + code + "]", r.dissimilarity()));
        if (r.chiSquare().isPresent()) {
          ChiSquare chi = r.chiSquare().get();
          indicators.add(Indicator.statistic("chiSquare[" + code + "]", chi.statistic()));
          indicators.add(Indicator.count("df[" + code + "]", chi.degreesOfFreedom()));
          indicators.add(Indicator.pValue("pValue[" + code + "]", chi.pValue()));
        } else {
          String reason = r.chiSquareNotAssessableReason().orElse("");
          indicators.add(Indicator.notAssessable("chiSquare[" + code + "]", IndicatorKind.STATISTIC, reason));
          indicators.add(Indicator.notAssessable("df[" + code + "]", IndicatorKind.COUNT, reason));
          indicators.add(Indicator.notAssessable("pValue[" + code + "]", IndicatorKind.P_VALUE, reason));
        }
        for (String category : r.underRepresented()) {
          gaps.add(Gap.of(code + "/" + category, REPRESENTATION));
        }
      } else {
        for (String name : List.of("R", "D", "chiSquare", "df", "pValue")) {
          IndicatorKind kind =
              name.equals("df") ? IndicatorKind.COUNT
                  : name.equals("pValue") ? IndicatorKind.P_VALUE : IndicatorKind.STATISTIC;
          indicators.add(Indicator.notAssessable(name + "[" + code + "]", kind, why));
        }
      }
      long all = Math.addExact(statedTotal, notStated);
      indicators.add(
          negative
              ? Indicator.notAssessable("notStatedRate[" + code + "]", IndicatorKind.SHARE, why)
              : all == 0
              ? Indicator.notAssessable("notStatedRate[" + code + "]", IndicatorKind.SHARE, "no count")
              : Indicator.demographicShare(
                  "notStatedRate[" + code + "]", (double) notStated / all, notStated));
    }
    indicators.add(
        partial.attendance() == 0
            ? Indicator.notAssessable(
                "monitoringCoverage", IndicatorKind.SHARE, "no recorded attendance")
            : Indicator.share(
                "monitoringCoverage", (double) partial.monitoredAttendance() / partial.attendance()));
    OptionalDouble score =
        assessable == 0 ? OptionalDouble.empty() : OptionalDouble.of(sumR / assessable);
    String reason =
        basis.isEmpty()
            ? "no demographic counts of consultations in scope"
            : "no primary dimension has both a reference population and a stated count";
    return Results.mean(
        this,
        scope,
        score,
        assessable == 0 ? 0 : base,
        BaseKind.STATED_TOTAL,
        reason,
        indicators,
        counts.activities(),
        gaps);
  }

  /**
   * Returns the code, scale and thresholds.
   *
   * @return e.g. {@code M3 Understanding diverse needs (RatingScale{...}, q≥0.02 r<0.8)}
   */
  @Override
  public String toString() {
    return code() + " " + title() + " (" + ratingScale() + ", " + thresholds + ")";
  }
}
