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
import java.util.TreeMap;
import org.engagement.core.AreaId;
import org.engagement.core.CountBasis;
import org.engagement.core.DemographicCounts;
import org.engagement.core.DemographicDimension;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.OutcomeMeasure;
import org.engagement.core.RecordType;
import org.engagement.core.Scope;
import org.engagement.measures.BaseKind;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.Gap;
import org.engagement.measures.Indicator;
import org.engagement.measures.IndicatorKind;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.Rating;
import org.engagement.measures.RatingScale;
import org.engagement.measures.internal.DatasetIndex;
import org.engagement.measures.internal.RecordTypes;
import org.engagement.measures.internal.ReferenceCounts;
import org.engagement.measures.internal.InScope;
import org.engagement.measures.internal.Results;
import org.engagement.measures.stats.CategoryShare;
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
 * m3.indicator("R", "dimension", "ETHNICITY");   // 1 − Duncan's D against the census counts
 * m3.indicator("r", "dimension", "AGE", "category", "AGE_16_24");   // p_c / q_c
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
 * <p>Categories the scheme marks {@linkplain org.engagement.core.DemographicCategory#compared()
 * not compared} (the default scheme's AGE_0_15) leave both sides — observed and reference —
 * before any share is computed; their counts still count as stated for the not-stated rate and
 * monitoring coverage (docs/spec/measures.md §1).
 *
 * <p>{@code score = mean of R over the assessable primary dimensions}; NOT_ASSESSABLE when none
 * is. The rating's base is the smallest compared {@code ΣO} among them (minimum 30 by default),
 * and the rating needs at least 3 assessable primary dimensions ({@link
 * #withMinimumDimensions(int)}); with fewer it is INSUFFICIENT_DATA and the
 * {@linkplain MeasureResult#ratingNote() rating note} says why. A score resting on fewer than all
 * the primary dimensions carries the {@linkplain MeasureResult#scoreNote() score note}
 * {@code "3 of 6 dimensions"}, which every published form of the score shows.
 *
 * <p>Indicators, in order, each per-dimension one keyed by the qualifier {@code dimension}:
 * {@code basis}; for each primary dimension in scheme order {@code R[DIM]}, {@code D[DIM]},
 * {@code chiSquare[DIM]}, {@code df[DIM]} (reported even when the chi-square is not
 * assessable), {@code pValue[DIM]}, {@code notStatedRate[DIM]}; then the representation ratio
 * {@code r[DIM/CATEGORY]} (qualifiers {@code dimension} and {@code category}) of every compared
 * category of every assessable primary dimension, not assessable where the category has no
 * reference share; {@code assessableDimensions} and {@code primaryDimensions}; then
 * {@code monitoringCoverage} = Σ attendance of those activities that record a stated count in
 * some primary dimension / Σ attendance of those activities (activities without a total
 * attendance add to neither side). A dimension with a negative count, observed or in the
 * reference — invalid data, which the dataset validator reports — is not assessable, and a
 * negative attendance counts as none. Evidence: the activities whose counts were used. Gaps:
 * each under-represented category ({@code q_c ≥ 0.02} and {@code r_c < 0.8} by default) as
 * {@code DIM/CATEGORY}, lacking {@code REPRESENTATION}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DiverseNeedsMeasure extends OutcomeMeasureBase<DiverseNeedsPartial> {

  private static final Set<RecordType> RECORD_TYPES =
      RecordTypes.of(RecordType.AREA, RecordType.REFERENCE_POPULATION, RecordType.ACTIVITY);

  /** The qualifier naming the dimension of a per-dimension indicator. */
  public static final String DIMENSION = "dimension";

  /** The qualifier naming the category of a per-category indicator. */
  public static final String CATEGORY = "category";

  /** The step an under-represented category lacks. */
  public static final String REPRESENTATION = "REPRESENTATION";

  /** The default number of assessable primary dimensions a rating needs. */
  public static final int MINIMUM_DIMENSIONS = 3;

  private static final DiverseNeedsMeasure STANDARD =
      new DiverseNeedsMeasure(
          RatingScale.standard(RatingScale.SURVEY_MINIMUM_BASE), RepresentationThresholds.standard(),
          MINIMUM_DIMENSIONS);

  private final RepresentationThresholds thresholds;
  private final int minimumDimensions;

  private DiverseNeedsMeasure(
      RatingScale ratingScale, RepresentationThresholds thresholds, int minimumDimensions) {
    super(OutcomeMeasure.UNDERSTANDING_DIVERSE_NEEDS, "Understanding diverse needs", ratingScale);
    if (minimumDimensions < 0) {
      throw new IllegalArgumentException(
          "minimum number of dimensions must not be negative: " + minimumDimensions);
    }
    this.thresholds = thresholds;
    this.minimumDimensions = minimumDimensions;
  }

  /**
   * Returns M3 with the default rating scale (minimum base 30), under-representation thresholds
   * ({@code q ≥ 0.02}, {@code r < 0.8}) and minimum of 3 assessable primary dimensions.
   *
   * @return the measure, never null
   */
  public static DiverseNeedsMeasure standard() {
    return STANDARD;
  }

  /**
   * Returns M3 with another rating scale and thresholds, and the default minimum of 3 assessable
   * primary dimensions.
   *
   * @param ratingScale the scale, not null
   * @param thresholds when a category is under-represented, not null
   * @return the measure, never null
   */
  public static DiverseNeedsMeasure of(RatingScale ratingScale, RepresentationThresholds thresholds) {
    return new DiverseNeedsMeasure(ratingScale, thresholds, MINIMUM_DIMENSIONS);
  }

  /**
   * Returns this measure with another minimum number of assessable primary dimensions for a
   * rating; with fewer, a score is INSUFFICIENT_DATA (docs/spec/measures.md §2 M3).
   *
   * @param dimensions the minimum, zero or more; 3 by default
   * @return a new measure; this one is unaffected
   * @throws IllegalArgumentException if {@code dimensions} is negative
   */
  public DiverseNeedsMeasure withMinimumDimensions(int dimensions) {
    return new DiverseNeedsMeasure(ratingScale(), thresholds, dimensions);
  }

  /**
   * The number of assessable primary dimensions a rating needs.
   *
   * @return zero or more; 3 by default
   */
  public int minimumDimensions() {
    return minimumDimensions;
  }

  /**
   * The under-representation thresholds.
   *
   * @return the thresholds, never null
   */
  public RepresentationThresholds thresholds() {
    return thresholds;
  }

  /**
   * {@inheritDoc}
   *
   * @return areas, reference populations and activities (with the demographic scheme): {@code [AREA, REFERENCE_POPULATION, ACTIVITY]}
   */
  @Override
  public Set<RecordType> recordTypes() {
    return RECORD_TYPES;
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
    Map<CountBasis, ObservedCounts.Accumulator> observed = new EnumMap<>(CountBasis.class);
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
          observed.computeIfAbsent(counts.get().basis(), b -> new ObservedCounts.Accumulator())
              .add(activity.id().value(), counts.get());
        }
      }
    }
    Map<CountBasis, ObservedCounts> sums = new EnumMap<>(CountBasis.class);
    observed.forEach((basis, counts) -> sums.put(basis, counts.toCounts()));
    return DiverseNeedsPartial.builder()
        .observed(sums)
        .monitoredAttendance(monitored)
        .attendance(attendance)
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
    List<Indicator> ratios = new ArrayList<>();
    double sumR = 0;
    int assessable = 0;
    long base = Long.MAX_VALUE;
    int year = scope.period().to().getYear();
    List<DemographicDimension> primaryDimensions = data.scheme().primaryDimensions();
    for (DemographicDimension dimension : primaryDimensions) {
      String code = dimension.code();
      Map<String, Long> stated = counts.stated().getOrDefault(code, new TreeMap<>());
      long statedTotal = total(stated);
      long notStated = counts.notStated().getOrDefault(code, 0L);
      Optional<Map<String, Long>> reference =
          ReferenceCounts.of(data, index, scope.area(), code, year);
      boolean negative =
          counts.negative().contains(code)
              || (reference.isPresent() && ObservedCounts.anyNegative(reference.get()));
      // categories not compared leave both sides before any share is computed (§1); they still
      // count as stated for the not-stated rate below
      Map<String, Long> compared = ReferenceCounts.compared(dimension, stated);
      Map<String, Long> comparedReference = ReferenceCounts.compared(dimension, reference.orElse(Map.of()));
      long comparedTotal = total(compared);
      boolean hasReference =
          reference.isPresent()
              && total(comparedReference) > 0;
      String why =
          negative ? "negative count" : !hasReference ? "no reference population" : "no stated count";
      if (!negative && hasReference && comparedTotal > 0) {
        // categories only in the reference are observed zero times; listing them keeps the
        // categories of the comparison in scheme order
        Map<String, Long> observed = new HashMap<>(compared);
        comparedReference.keySet().forEach(c -> observed.putIfAbsent(c, 0L));
        Representativeness r =
            Representativeness.of(
                ReferenceCounts.inSchemeOrder(dimension, observed),
                ReferenceCounts.inSchemeOrder(dimension, comparedReference), thresholds);
        assessable++;
        sumR += r.representativeness();
        base = Math.min(base, comparedTotal);
        indicators.add(Indicator.statistic("R", r.representativeness()).with(DIMENSION, code));
        indicators.add(Indicator.statistic("D", r.dissimilarity()).with(DIMENSION, code));
        if (r.chiSquare().isPresent()) {
          ChiSquare chi = r.chiSquare().get();
          indicators.add(Indicator.statistic("chiSquare", chi.statistic()).with(DIMENSION, code));
          indicators.add(Indicator.count("df", chi.degreesOfFreedom()).with(DIMENSION, code));
          indicators.add(Indicator.pValue("pValue", chi.pValue()).with(DIMENSION, code));
        } else {
          String reason = r.chiSquareNotAssessableReason().orElse("");
          indicators.add(Indicator.notAssessable("chiSquare", IndicatorKind.STATISTIC, reason)
              .with(DIMENSION, code));
          indicators.add(Indicator.count("df", r.degreesOfFreedom()).with(DIMENSION, code));
          indicators.add(Indicator.notAssessable("pValue", IndicatorKind.P_VALUE, reason)
              .with(DIMENSION, code));
        }
        ratios.addAll(ratios(code, r));
        for (String category : r.underRepresented()) {
          gaps.add(Gap.of(code + "/" + category, REPRESENTATION));
        }
      } else {
        for (String name : List.of("R", "D", "chiSquare", "df", "pValue")) {
          IndicatorKind kind =
              name.equals("df") ? IndicatorKind.COUNT
                  : name.equals("pValue") ? IndicatorKind.P_VALUE : IndicatorKind.STATISTIC;
          indicators.add(Indicator.notAssessable(name, kind, why).with(DIMENSION, code));
        }
      }
      long all = Math.addExact(statedTotal, notStated);
      indicators.add(
          (negative
              ? Indicator.notAssessable("notStatedRate", IndicatorKind.SHARE, why)
              : all == 0
              ? Indicator.notAssessable("notStatedRate", IndicatorKind.SHARE, "no count")
              : Indicator.demographicShare("notStatedRate", (double) notStated / all, notStated))
              .with(DIMENSION, code));
    }
    indicators.addAll(ratios);
    indicators.add(Indicator.count("assessableDimensions", assessable));
    indicators.add(Indicator.count("primaryDimensions", primaryDimensions.size()));
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
    MeasureResult result =
        Results.mean(
            this,
            scope,
            score,
            assessable == 0 ? 0 : base,
            BaseKind.STATED_TOTAL,
            reason,
            indicators,
            counts.activities(),
            gaps);
    return onDimensions(result, assessable, primaryDimensions.size());
  }

  /** The sum of counts, exact; a loop rather than a stream, as it runs per row and dimension. */
  private static long total(Map<String, Long> counts) {
    long sum = 0;
    for (long n : counts.values()) {
      sum = Math.addExact(sum, n);
    }
    return sum;
  }

  /**
   * Says how many primary dimensions a score rests on when it rests on fewer than all, and
   * withholds the grade when they are fewer than the minimum (docs/spec/measures.md §2 M3).
   */
  private MeasureResult onDimensions(MeasureResult result, int assessable, int primary) {
    if (!result.isScored() || assessable >= primary) {
      return result;
    }
    MeasureResult.Builder out =
        MeasureResult.builder().from(result).scoreNote(assessable + " of " + primary + " dimensions");
    if (assessable < minimumDimensions && result.rating().isGrade()) {
      out.rating(Rating.INSUFFICIENT_DATA)
          .ratingNote("rests on " + assessable + " of " + primary
              + " primary dimensions; a rating needs " + minimumDimensions);
    }
    return out.build();
  }

  /**
   * The representation ratio {@code r_c} of every compared category, keyed by dimension and
   * category; not assessable where the category has no reference share. Each rests on the
   * category's observed count, for disclosure control.
   */
  private static List<Indicator> ratios(String dimension, Representativeness r) {
    List<Indicator> out = new ArrayList<>();
    for (CategoryShare share : r.categories()) {
      Indicator ratio =
          share.ratio().isPresent()
              ? Indicator.demographicStatistic("r", share.ratio().getAsDouble(), share.observed())
              : Indicator.notAssessable("r", IndicatorKind.STATISTIC, "no reference share (q = 0)");
      out.add(ratio.with(DIMENSION, dimension).with(CATEGORY, share.category()));
    }
    return out;
  }

  /**
   * Returns the code, scale and thresholds.
   *
   * @return e.g. {@code M3 Understanding diverse needs (RatingScale{...}, q≥0.02 r<0.8, minimum 3
   *     dimensions)}
   */
  @Override
  public String toString() {
    return code() + " " + title() + " (" + ratingScale() + ", " + thresholds
        + ", minimum " + minimumDimensions + " dimensions)";
  }
}
