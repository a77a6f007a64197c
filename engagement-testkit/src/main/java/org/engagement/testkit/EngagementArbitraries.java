package org.engagement.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.engagement.core.ActivityId;
import org.engagement.core.ActivityMode;
import org.engagement.core.AllocationId;
import org.engagement.core.AnalysisId;
import org.engagement.core.AnalysisRecord;
import org.engagement.core.Answer;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.BoroughTier;
import org.engagement.core.Commitment;
import org.engagement.core.CommitmentId;
import org.engagement.core.CommunityInput;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.CountBasis;
import org.engagement.core.DecisionId;
import org.engagement.core.DecisionRecord;
import org.engagement.core.DemographicCategory;
import org.engagement.core.DemographicCounts;
import org.engagement.core.DemographicDimension;
import org.engagement.core.DemographicScheme;
import org.engagement.core.DimensionCounts;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.EngagementLevel;
import org.engagement.core.EngagementMethod;
import org.engagement.core.Feedback;
import org.engagement.core.FeedbackFormat;
import org.engagement.core.FeedbackId;
import org.engagement.core.FeedbackStage;
import org.engagement.core.GroupId;
import org.engagement.core.HardToHearGroup;
import org.engagement.core.Initiative;
import org.engagement.core.InitiativeId;
import org.engagement.core.InitiativeKind;
import org.engagement.core.InputId;
import org.engagement.core.InputResponse;
import org.engagement.core.InvolvementLevel;
import org.engagement.core.IssueCategory;
import org.engagement.core.KeyMessage;
import org.engagement.core.LocalPerformanceTarget;
import org.engagement.core.Measurement;
import org.engagement.core.MemberCategory;
import org.engagement.core.MessageId;
import org.engagement.core.Openness;
import org.engagement.core.Panel;
import org.engagement.core.PanelId;
import org.engagement.core.PanelKind;
import org.engagement.core.PanelMember;
import org.engagement.core.ParticipantId;
import org.engagement.core.Period;
import org.engagement.core.PopulationId;
import org.engagement.core.Priority;
import org.engagement.core.PriorityId;
import org.engagement.core.PrioritySource;
import org.engagement.core.Publication;
import org.engagement.core.PublicationId;
import org.engagement.core.PublicationKind;
import org.engagement.core.Question;
import org.engagement.core.QuestionId;
import org.engagement.core.QuestionType;
import org.engagement.core.RecordId;
import org.engagement.core.RecordType;
import org.engagement.core.ReferencePopulation;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.ResourceType;
import org.engagement.core.ResponseId;
import org.engagement.core.Scope;
import org.engagement.core.RoleAssignment;
import org.engagement.core.RoleId;
import org.engagement.core.RoleKind;
import org.engagement.core.Stakeholder;
import org.engagement.core.StakeholderId;
import org.engagement.core.StakeholderKind;
import org.engagement.core.StandardRole;
import org.engagement.core.Survey;
import org.engagement.core.SurveyId;
import org.engagement.core.SurveyPopulation;
import org.engagement.core.SurveyResponse;
import org.engagement.core.TargetId;
import org.engagement.core.Weighting;
import org.engagement.core.validation.IssuePath;

/**
 * jqwik generators for the SDK's values and whole datasets: the one place where test data is
 * generated, shared by every property of the SDK.
 *
 * <pre>
 * &#64;Provide
 * Arbitrary&lt;EngagementDataset&gt; datasets() {
 *   return EngagementArbitraries.validDatasets();
 * }
 *
 * &#64;Property
 * void myMeasure_neverNegative(&#64;ForAll("datasets") EngagementDataset data) { ... }
 * </pre>
 *
 * <p>{@link #validDatasets()} are datasets the validator accepts without any issue: a force area
 * with boroughs and wards, and one to three records of every type, with references that resolve,
 * dates in order and counts within attendance. {@link #arbitraryDatasets()} are datasets of
 * anything the builders accept: dangling references, duplicate ids, cycles in the area tree,
 * dates in any order, negative counts, unknown codes and blank strings. Dates lie between
 * {@link #FIRST_DAY} and {@link #LAST_DAY} (arbitrary datasets go further).
 *
 * <p>Datasets are built from lists of small whole numbers that decide each record's fields, so
 * that jqwik shrinks a failing dataset towards fewer records and simpler values.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EngagementArbitraries {

  /** The first day of generated dates. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2005, 1, 1);

  /** The last day of generated dates. */
  public static final LocalDate LAST_DAY = LocalDate.of(2014, 12, 31);

  private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);

  /** How many numbers decide one record. */
  private static final int SEEDS_PER_RECORD = 32;

  /** The kinds of plan a dataset is built from, in the order they are built. */
  private static final int SCHEME = 0;
  private static final int GROUPS = 1;
  private static final int STAKEHOLDERS = 2;
  private static final int POPULATIONS = 3;
  private static final int PANELS = 4;
  private static final int INITIATIVES = 5;
  private static final int ACTIVITIES = 6;
  private static final int INPUTS = 7;
  private static final int ANALYSES = 8;
  private static final int DECISIONS = 9;
  private static final int TARGETS = 10;
  private static final int ALLOCATIONS = 11;
  private static final int FEEDBACK = 12;
  private static final int SURVEYS = 13;
  private static final int RESPONSES = 14;
  private static final int PRIORITIES = 15;
  private static final int ROLES = 16;
  private static final int MESSAGES = 17;
  private static final int COMMITMENTS = 18;
  private static final int PUBLICATIONS = 19;
  private static final int ISSUE_CATEGORIES = 20;
  private static final int PLAN_KINDS = 21;

  private static final List<IssueCategory> TAXONOMY = List.of(
      IssueCategory.of("ASB", "Anti-social behaviour"),
      IssueCategory.of("BURGLARY", "Burglary"),
      IssueCategory.of("DRUGS", "Drugs"),
      IssueCategory.of("TRAFFIC", "Traffic and speeding"),
      IssueCategory.of("YOUTH", "Youth nuisance"),
      IssueCategory.of("VIOLENCE", "Violence"));
  private static final DemographicDimension LANGUAGE = DemographicDimension.builder()
      .code("LANGUAGE").label("Main language")
      .addCategories(DemographicCategory.of("ENGLISH", "English"),
          DemographicCategory.of("WELSH", "Welsh"), DemographicCategory.of("POLISH", "Polish"))
      .build();
  private static final List<String> TEXTS = List.of("Brixton ward panel", "Street surgery",
      "Have your say", "Youth forum", "Stop and search", "Café conversation", "Estate walkabout");
  private static final List<String> UNITS = List.of("officer hours", "posts", "GBP", "vehicles");
  private static final List<String> CHANNELS =
      List.of("ward newsletter", "Twitter", "website", "panel meeting", "local press");

  private EngagementArbitraries() {}

  // ---- values --------------------------------------------------------------------------------

  /**
   * Texts that every typed id accepts: 1 to 16 letters, digits and some punctuation, accented
   * letters and inner spaces, never blank and without surrounding white space.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<String> idTexts() {
    return Arbitraries.strings()
        .withCharRange('A', 'Z').withCharRange('a', 'z').withCharRange('0', '9')
        .withChars("-_./ éßΩ")
        .ofMinLength(1).ofMaxLength(16)
        .map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  /**
   * Ids of one type.
   *
   * @param of the id type's factory, e.g. {@code AreaId::of}, not null
   * @param <T> the id type
   * @return the arbitrary, never null
   */
  public static <T extends RecordId> Arbitrary<T> ids(Function<String, T> of) {
    return idTexts().map(of);
  }

  /**
   * Dates from {@link #FIRST_DAY} to {@link #LAST_DAY}.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, DAYS).map(FIRST_DAY::plusDays);
  }

  /**
   * Periods starting from {@link #FIRST_DAY} to {@link #LAST_DAY}: single days, spans of up to
   * 800 days, calendar years and financial years.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<Period> periods() {
    Arbitrary<Period> spans = Combinators.combine(dates(), Arbitraries.integers().between(0, 800))
        .as((from, days) -> Period.of(from, from.plusDays(days)));
    Arbitrary<Integer> years = Arbitraries.integers().between(FIRST_DAY.getYear(),
        LAST_DAY.getYear());
    return Arbitraries.oneOf(spans, dates().map(Period::ofDay), years.map(Period::year),
        years.map(Period::financialYear));
  }

  /**
   * Well-formed area trees: one force area, one to three boroughs under it and one to four wards
   * under each borough, listed root first; some wards declare a business presence.
   *
   * @return the arbitrary of area lists, never null
   */
  public static Arbitrary<List<Area>> areaTrees() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 4).list().ofMinSize(1).ofMaxSize(3), wardFlags())
        .as(EngagementArbitraries::tree);
  }

  /** A force area, boroughs with so many wards each, and flags for business presence. */
  static List<Area> tree(List<Integer> wardsPerBorough, List<Integer> flags) {
    AreaId force = AreaId.of("E23000001");
    List<Area> areas = new ArrayList<>();
    areas.add(Area.builder().id(force).name("Metropolitan Police District")
        .level(AreaLevel.FORCE).build());
    int ward = 0;
    for (int b = 0; b < wardsPerBorough.size(); b++) {
      AreaId borough = AreaId.of(String.format("E09%06d", b + 1));
      areas.add(Area.builder().id(borough).name("Borough " + (b + 1)).level(AreaLevel.BOROUGH)
          .parent(force).build());
      for (int w = 0; w < wardsPerBorough.get(b); w++, ward++) {
        areas.add(Area.builder().id(AreaId.of(String.format("E05%03d%03d", b + 1, w + 1)))
            .name("Ward " + (b + 1) + "." + (w + 1)).level(AreaLevel.WARD).parent(borough)
            .businessPresence(flags.get(ward % flags.size()) == 0)
            .build());
      }
    }
    return areas;
  }

  /**
   * Areas as anything the builder accepts: ids from a small pool (so duplicates happen), any
   * level, parents that may be unknown, and parent links that may form cycles.
   *
   * @return the arbitrary of area lists, never null
   */
  public static Arbitrary<List<Area>> arbitraryAreas() {
    return plans(0, 6).map(plans -> {
      List<Area> areas = new ArrayList<>();
      for (List<Integer> plan : plans) {
        Seeds s = new Seeds(plan);
        attempt(() -> {
          Area.Builder area = Area.builder().id(AreaId.of("A" + s.below(4)))
              .name(s.of(JUNK_TEXTS)).level(s.of(AreaLevel.values()))
              .businessPresence(s.maybe());
          if (s.below(4) > 0) {
            area.parent(AreaId.of("A" + s.below(5)));
          }
          return area.build();
        }).ifPresent(areas::add);
      }
      return areas;
    });
  }

  /**
   * Issue paths from small pools: the dataset itself or an area or input record, and up to three
   * field segments among list indexes ({@code "2"}, {@code "10"}, {@code "01"}), names and the
   * empty segment, so that equal prefixes and indexes against names meet often.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<IssuePath> issuePaths() {
    Arbitrary<String> segments = Arbitraries.of("0", "1", "2", "10", "01", "1a", "a", "B", "");
    return Combinators.combine(
            Arbitraries.of(RecordType.AREA, RecordType.INPUT).injectNull(0.2),
            Arbitraries.integers().between(0, 2),
            segments.list().ofMaxSize(3))
        .as((type, index, field) -> type == null
            ? IssuePath.builder().field(field).build()
            : IssuePath.of(type, index, "ID", field.toArray(String[]::new)));
  }

  // ---- datasets ------------------------------------------------------------------------------

  /**
   * Datasets that the validator accepts without any issue, with one to three records of every
   * type over an {@linkplain #areaTrees() area tree}: activities with attendance and demographic
   * counts within it, inputs raised at them, decisions with considerations of presented inputs,
   * allocations, feedback, surveys with questions and responses with valid answers, panels with
   * members, priorities, reference populations and all the rest. Ids are numbered by position,
   * e.g. {@code ACT-001}. The scheme is the default one, sometimes with an extra LANGUAGE
   * dimension. The same as {@link #datasets()} with its default shape.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<EngagementDataset> validDatasets() {
    return datasets();
  }

  /**
   * Datasets of a shape you choose, valid unless you ask for defects: tune the number of
   * boroughs and wards, the years the records span, the records per ward and the number of
   * targeted defects.
   *
   * <pre>{@code
   * EngagementArbitraries.datasets().wards(1, 30).years(1, 2).density(5, 20)
   * }</pre>
   *
   * <p>With its default shape (one to three boroughs, one to twelve wards, dates over
   * {@link #FIRST_DAY} to {@link #LAST_DAY}, one to three records of every type, no defects) it
   * gives the same kind of datasets as {@link #validDatasets()}.
   *
   * @return the tunable arbitrary, seeded and shrinkable by jqwik, never null
   */
  public static DatasetArbitrary datasets() {
    return DatasetArbitrary.defaults();
  }

  private static final int SCOPE_YEARS_FROM = 1900;
  private static final int SCOPE_YEARS_TO = 2100;

  /** The kinds of record whose number {@link DatasetArbitrary#density(int, int)} sets. */
  private static final Set<Integer> CYCLE =
      Set.of(ACTIVITIES, INPUTS, ANALYSES, DECISIONS, ALLOCATIONS, FEEDBACK, RESPONSES);

  /** Flags that decide which wards declare a business presence. */
  static Arbitrary<List<Integer>> wardFlags() {
    return Arbitraries.integers().between(0, 3).list().ofSize(12);
  }

  /**
   * The plans of a valid dataset: {@code cycle} records of each kind of the engagement cycle
   * (at least one), or one to three when {@code cycle} is negative; one to three of the rest.
   */
  static Arbitrary<List<List<List<Integer>>>> datasetPlans(int cycle) {
    List<Arbitrary<List<List<Integer>>>> kinds = new ArrayList<>();
    for (int kind = 0; kind < PLAN_KINDS; kind++) {
      int n = Math.max(1, cycle);
      kinds.add(cycle >= 0 && CYCLE.contains(kind) ? plans(n, n) : plans(1, 3));
    }
    return Combinators.combine(kinds).as(List::copyOf);
  }

  /**
   * A valid dataset over {@code areas}: dated over {@code years} calendar years from 2005 + a
   * year picked by {@code firstYear}, or over the whole window when {@code years} is 0.
   */
  static EngagementDataset validDataset(List<Area> areas, List<List<List<Integer>>> plans,
      int years, int firstYear) {
    if (years == 0) {
      return new ValidDataset(areas, plans).build();
    }
    int span = LAST_DAY.getYear() - FIRST_DAY.getYear() + 1;
    int start = FIRST_DAY.getYear() + firstYear % Math.max(1, span - years + 1);
    LocalDate first = LocalDate.of(start, 1, 1);
    int days = (int) ChronoUnit.DAYS.between(first, LocalDate.of(start + years - 1, 12, 31));
    return new ValidDataset(areas, plans, first, days).build();
  }

  /**
   * Datasets of anything the builders accept: ids from small pools (duplicates), references that
   * may not resolve, cycles in the area tree, dates in any order, negative and huge counts,
   * unknown dimensions, categories and issue codes, blank strings, out-of-range answers, and
   * sometimes a scheme of its own. Values that a builder rejects (an area its own parent, a
   * non-finite weight, a dimension listed twice) are skipped, never the rest of the dataset.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<EngagementDataset> arbitraryDatasets() {
    return Combinators.combine(arbitraryAreas(), plans(0, 4).list().ofSize(PLAN_KINDS))
        .as((areas, plans) -> new ArbitraryDataset(areas, plans).build());
  }

  /**
   * {@linkplain #arbitraryDatasets() Arbitrary datasets} in which the ids of each record type
   * (and the codes of the issue taxonomy) are unique: the later records with an id are dropped.
   * Useful where a property compares lookups, which return the first record with an id.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<EngagementDataset> arbitraryDatasetsWithUniqueIds() {
    return arbitraryDatasets().map(EngagementArbitraries::withoutDuplicateIds);
  }

  /**
   * Datasets at the extremes of what the records hold, for round trips through your own
   * serialisation or storage: any scheme, and up to two records of every type whose values are
   * any text (control characters, lone surrogates, characters outside the Basic Multilingual
   * Plane), ids of printable characters, dates of years 1 to 9999, decimals of up to 30 digits
   * and any scale, whole numbers of the whole range, finite doubles of any sign, optional fields
   * present or absent, and empty or short lists and maps. References seldom resolve: most are
   * not valid.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<EngagementDataset> extremeDatasets() {
    return ExtremeDatasets.datasets();
  }

  /**
   * Any text of up to 14 characters: every UTF-16 code unit (a lone surrogate included, as a
   * Java string may hold one), pairs that make characters outside the Basic Multilingual Plane,
   * quotes, backslashes and control characters.
   *
   * @return the arbitrary, never null
   */
  public static Arbitrary<String> anyTexts() {
    return ExtremeDatasets.text();
  }

  /**
   * Scopes to evaluate a dataset in: any of its areas (the force area when it has none), over a
   * financial year, a calendar year, a quarter of a financial year or the whole span of its
   * activities, in the years its activities are dated in (those from 1900 to 2100; 2005 to 2014
   * when it has none), as of the period's end or up to 120 days after it.
   *
   * <pre>{@code
   * @Provide
   * Arbitrary<Tuple2<EngagementDataset, Scope>> evaluations() {
   *   return EngagementArbitraries.datasets().wards(1, 6)
   *       .flatMap(data -> EngagementArbitraries.scopes(data).map(scope -> Tuple.of(data, scope)));
   * }
   * }</pre>
   *
   * @param dataset the dataset, not null
   * @return the arbitrary, never null
   */
  public static Arbitrary<Scope> scopes(EngagementDataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    List<AreaId> areas = dataset.areas().stream().map(Area::id).distinct().toList();
    List<LocalDate> days = dataset.activities().stream().map(EngagementActivity::date)
        .filter(day -> day.getYear() >= SCOPE_YEARS_FROM && day.getYear() <= SCOPE_YEARS_TO)
        .sorted().toList();
    LocalDate first = days.isEmpty() ? FIRST_DAY : days.get(0);
    LocalDate last = days.isEmpty() ? LAST_DAY : days.get(days.size() - 1);
    Arbitrary<Integer> years = Arbitraries.integers().between(first.getYear() - 1,
        last.getYear());
    Arbitrary<Period> periods = Arbitraries.oneOf(
        years.map(Period::financialYear),
        years.map(Period::year),
        Combinators.combine(years, Arbitraries.integers().between(0, 3)).as((year, quarter) -> {
          LocalDate from = LocalDate.of(year, 4, 1).plusMonths(3L * quarter);
          return Period.of(from, from.plusMonths(3).minusDays(1));
        }),
        Arbitraries.just(Period.of(first, last)));
    return Combinators.combine(
            areas.isEmpty() ? Arbitraries.just(AreaId.of("E23000001")) : Arbitraries.of(areas),
            periods, Arbitraries.integers().between(0, 120))
        .as((area, period, late) -> Scope.builder().area(area).period(period)
            .asOf(period.to().plusDays(late)).build());
  }

  /**
   * The same dataset with the records of every type in another order: a property that a result
   * does not depend on the order of the records compares the two.
   *
   * @param dataset the dataset, not null
   * @param random the source of the order, e.g. {@code new Random(seed)} with a jqwik-generated
   *     seed, not null
   * @return the dataset with its lists shuffled, never null
   */
  public static EngagementDataset shuffled(EngagementDataset dataset, Random random) {
    EngagementDataset.Builder out = EngagementDataset.builder().from(dataset);
    for (RecordType type : RecordType.values()) {
      List<Object> records = new ArrayList<>(dataset.records(type));
      Collections.shuffle(records, random);
      type.set(out, records);
    }
    return out.build();
  }

  /**
   * The targeted {@linkplain Mutations mutations}, one at a time.
   *
   * @return the arbitrary of {@link Mutations#list()}, never null
   */
  public static Arbitrary<Mutations.Mutation> mutations() {
    return Arbitraries.of(Mutations.list());
  }

  private static EngagementDataset withoutDuplicateIds(EngagementDataset dataset) {
    EngagementDataset out = dataset;
    for (RecordType type : RecordType.values()) {
      Set<String> seen = new HashSet<>();
      List<Object> first = new ArrayList<>();
      for (Object record : dataset.records(type)) {
        if (seen.add(EngagementDataset.idOf(record))) {
          first.add(record);
        }
      }
      if (first.size() < dataset.count(type)) {
        out = Mutations.withRecords(out, type, first);
      }
    }
    return out;
  }

  /** Lists of record plans: each plan is the numbers that decide one record's fields. */
  private static Arbitrary<List<List<Integer>>> plans(int min, int max) {
    return Arbitraries.integers().between(0, 9_999).list().ofSize(SEEDS_PER_RECORD)
        .list().ofMinSize(min).ofMaxSize(max);
  }

  private static <T> Optional<T> attempt(Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (IllegalArgumentException rejectedByTheBuilder) {
      return Optional.empty();
    }
  }

  /** Reads the numbers of one plan in turn; shrinking a number to 0 simplifies the value. */
  private static final class Seeds {
    private final List<Integer> values;
    private final LocalDate first;
    private final int days;
    private int next;

    Seeds(List<Integer> values) {
      this(values, FIRST_DAY, DAYS);
    }

    /** Seeds whose {@link #day()} lies from {@code first} to {@code days} days after it. */
    Seeds(List<Integer> values, LocalDate first, int days) {
      this.values = values;
      this.first = first;
      this.days = days;
    }

    /** The next number, 0 to 9,999; the plan is read round again when used up. */
    int next() {
      return values.get(next++ % values.size());
    }

    /** A number from 0 to {@code bound - 1}. */
    int below(int bound) {
      return next() % bound;
    }

    int between(int min, int max) {
      return min + below(max - min + 1);
    }

    boolean maybe() {
      return below(2) == 1;
    }

    LocalDate day() {
      return first.plusDays(below(days + 1));
    }

    <T> T of(T[] values) {
      return values[below(values.length)];
    }

    <T> T of(List<T> values) {
      return values.get(below(values.size()));
    }

    /** Up to {@code max} distinct values of {@code from}, in the order picked. */
    <T> List<T> some(List<T> from, int max) {
      List<T> out = new ArrayList<>();
      if (from.isEmpty()) {
        return out;
      }
      int n = below(max + 1);
      for (int i = 0; i < n; i++) {
        T pick = of(from);
        if (!out.contains(pick)) {
          out.add(pick);
        }
      }
      return out;
    }
  }

  // ---- valid datasets ------------------------------------------------------------------------

  /** Builds a valid dataset from its plans, record types in dependency order. */
  private static final class ValidDataset {
    private final List<Area> areas;
    private final List<AreaId> areaIds;
    private final List<List<List<Integer>>> plans;
    private final EngagementDataset.Builder out = EngagementDataset.builder();
    private DemographicScheme scheme = DemographicScheme.defaultScheme();
    private final List<String> codes = new ArrayList<>();
    private final List<GroupId> groups = new ArrayList<>();
    private final List<PanelId> panels = new ArrayList<>();
    private final List<InitiativeId> initiatives = new ArrayList<>();
    private final List<ActivityId> activityIds = new ArrayList<>();
    private final List<EngagementActivity> activities = new ArrayList<>();
    private final List<CommunityInput> inputs = new ArrayList<>();
    private final List<DecisionId> decisions = new ArrayList<>();
    private final Map<DecisionId, DecisionRecord> decided = new HashMap<>();
    private final List<Survey> surveys = new ArrayList<>();
    private final LocalDate first;
    private final int days;

    ValidDataset(List<Area> areas, List<List<List<Integer>>> plans) {
      this(areas, plans, FIRST_DAY, DAYS);
    }

    /** Records dated from {@code first} to {@code days} days after it (later where they follow
     * the records they cite). */
    ValidDataset(List<Area> areas, List<List<List<Integer>>> plans, LocalDate first, int days) {
      this.areas = areas;
      this.areaIds = areas.stream().map(Area::id).toList();
      this.plans = plans;
      this.first = first;
      this.days = days;
    }

    private List<Seeds> plans(int kind) {
      return plans.get(kind).stream().map(plan -> new Seeds(plan, first, days)).toList();
    }

    EngagementDataset build() {
      out.addAllAreas(areas);
      schemeAndTaxonomy(plans(SCHEME).get(0));
      // ids are numbered by position, so records can cite records built after them
      for (int i = 0; i < plans.get(PANELS).size(); i++) {
        panels.add(PanelId.of(String.format("PANEL-%02d", i + 1)));
      }
      for (int i = 0; i < plans.get(INITIATIVES).size(); i++) {
        initiatives.add(InitiativeId.of(String.format("OP-%02d", i + 1)));
      }
      for (int i = 0; i < plans.get(ACTIVITIES).size(); i++) {
        activityIds.add(ActivityId.of(String.format("ACT-%03d", i + 1)));
      }
      for (int i = 0; i < plans.get(DECISIONS).size(); i++) {
        decisions.add(DecisionId.of(String.format("DEC-%03d", i + 1)));
      }
      each(GROUPS, this::group);
      each(STAKEHOLDERS, this::stakeholder);
      populations();
      each(PANELS, this::panel);
      each(INITIATIVES, this::initiative);
      each(ACTIVITIES, this::activity);
      each(INPUTS, this::input);
      each(ANALYSES, this::analysis);
      each(DECISIONS, this::decision);
      each(TARGETS, this::target);
      each(ALLOCATIONS, this::allocation);
      each(FEEDBACK, this::feedback);
      each(SURVEYS, this::survey);
      each(RESPONSES, this::response);
      each(PRIORITIES, this::priority);
      each(ROLES, this::role);
      each(MESSAGES, this::message);
      each(COMMITMENTS, this::commitment);
      each(PUBLICATIONS, this::publication);
      return out.build();
    }

    private interface RecordPlan {
      void build(Seeds s, int index);
    }

    private void each(int kind, RecordPlan plan) {
      List<Seeds> seeds = plans(kind);
      for (int i = 0; i < seeds.size(); i++) {
        plan.build(seeds.get(i), i);
      }
    }

    private void schemeAndTaxonomy(Seeds s) {
      if (s.maybe()) {
        scheme = DemographicScheme.builder().from(DemographicScheme.defaultScheme())
            .addDimensions(LANGUAGE).build();
      }
      out.scheme(scheme);
      for (IssueCategory category : TAXONOMY) {
        if (codes.isEmpty() || s.maybe()) {
          out.addIssueCategories(category);
          codes.add(category.code());
        }
      }
    }

    private void group(Seeds s, int i) {
      GroupId id = GroupId.of(String.format("HTH-%02d", i + 1));
      groups.add(id);
      HardToHearGroup.Builder group = HardToHearGroup.builder().id(id).name(s.of(TEXTS))
          .area(s.of(areaIds));
      if (s.maybe()) {
        group.description("Hard to reach by traditional methods");
      }
      out.addHardToHearGroups(group.build());
    }

    private void stakeholder(Seeds s, int i) {
      Stakeholder.Builder stakeholder = Stakeholder.builder()
          .id(StakeholderId.of(String.format("SH-%03d", i + 1))).name(s.of(TEXTS))
          .kind(s.of(StakeholderKind.values())).homeArea(s.of(areaIds))
          .addAllAreasServed(s.some(areaIds, 2)).addAllGroups(s.some(groups, 2))
          .contactConsent(s.maybe());
      if (s.maybe()) {
        stakeholder.lastUpdated(s.day());
      }
      out.addStakeholders(stakeholder.build());
    }

    private void populations() {
      Set<String> keys = new HashSet<>();
      List<Seeds> seeds = plans(POPULATIONS);
      for (int i = 0; i < seeds.size(); i++) {
        Seeds s = seeds.get(i);
        AreaId area = s.of(areaIds);
        int year = s.of(List.of(2001, 2011, 2021));
        DemographicDimension dimension = s.of(scheme.dimensions());
        if (!keys.add(area + "|" + year + "|" + dimension.code())) {
          continue;
        }
        ReferencePopulation.Builder population = ReferencePopulation.builder()
            .id(PopulationId.of(String.format("POP-%03d", i + 1))).area(area).year(year)
            .dimension(dimension.code()).source("Census " + year);
        for (DemographicCategory category : dimension.categories()) {
          if (s.maybe()) {
            population.putCounts(category.code(), (long) s.next() * 37);
          }
        }
        out.addReferencePopulations(population.build());
      }
    }

    private DemographicCounts counts(Seeds s, CountBasis basis) {
      DemographicCounts.Builder counts = DemographicCounts.builder().basis(basis);
      for (DemographicDimension dimension : s.some(scheme.dimensions(), 3)) {
        DimensionCounts.Builder dim = DimensionCounts.builder().dimension(dimension.code());
        for (DemographicCategory category : dimension.categories()) {
          if (s.maybe()) {
            dim.putCounts(category.code(), (long) s.below(21));
          }
        }
        counts.addDimensions(dim.notStated(s.below(6)).build());
      }
      return counts.build();
    }

    private void panel(Seeds s, int i) {
      LocalDate from = s.day();
      Panel.Builder panel = Panel.builder().id(panels.get(i)).kind(s.of(PanelKind.values()))
          .name(s.of(TEXTS)).area(s.of(areaIds)).activeFrom(from)
          .openness(s.of(Openness.values()));
      if (s.maybe()) {
        panel.activeTo(from.plusDays(s.below(2000)));
      }
      int members = s.below(4);
      for (int m = 0; m < members; m++) {
        LocalDate joined = s.day();
        PanelMember.Builder member = PanelMember.builder()
            .member(ParticipantId.of(String.format("P-%02d-%d", i + 1, m + 1)))
            .category(s.of(MemberCategory.values())).joined(joined);
        if (s.maybe()) {
          member.left(joined.plusDays(s.below(1000)));
        }
        if (s.maybe()) {
          member.induction(joined.plusDays(s.below(90)));
        }
        panel.addMembers(member.build());
      }
      if (s.maybe()) {
        panel.membershipDemographics(counts(s, s.of(CountBasis.values())));
      }
      if (panels.size() > 1 && s.maybe()) {
        panel.addLinks(panels.get((i + 1 + s.below(panels.size() - 1)) % panels.size()));
      }
      out.addPanels(panel.build());
    }

    private void initiative(Seeds s, int i) {
      LocalDate start = s.day();
      Initiative.Builder initiative = Initiative.builder().id(initiatives.get(i))
          .kind(s.of(InitiativeKind.values())).name(s.of(TEXTS)).businessUnit("Safer Neighbourhoods")
          .area(s.of(areaIds)).start(start).addAllActivities(s.some(activityIds, 2));
      if (s.maybe()) {
        initiative.end(start.plusDays(s.below(720)));
      }
      out.addInitiatives(initiative.build());
    }

    private void activity(Seeds s, int i) {
      LocalDate date = s.day();
      EngagementActivity.Builder activity = EngagementActivity.builder().id(activityIds.get(i))
          .title(s.of(TEXTS)).date(date).area(s.of(areaIds))
          .engagementLevel(s.of(EngagementLevel.values()))
          .involvement(s.of(InvolvementLevel.values())).method(s.of(EngagementMethod.values()))
          .openness(s.of(Openness.values())).addAllPartners(s.some(List.of("Council", "CDRP"), 2))
          .addAllIssueCategories(s.some(codes, 2)).inForwardSchedule(s.maybe())
          .addAllInitiatives(s.some(initiatives, 2));
      if (s.maybe()) {
        activity.mode(ActivityMode.CONTINUOUS).endDate(date.plusDays(s.below(181)));
      }
      if (s.maybe()) {
        activity.boroughTier(s.of(BoroughTier.values()));
      }
      if (s.maybe()) {
        activity.organisingUnit("Safer Neighbourhoods team");
      }
      boolean attendanceRecorded = s.maybe();
      if (s.maybe()) {
        DemographicCounts counts = counts(s, s.of(CountBasis.values()));
        activity.demographics(counts);
        long most = counts.dimensions().stream()
            .mapToLong(d -> d.stated() + d.notStated()).max().orElse(0);
        if (attendanceRecorded) {
          // respondents are counted once per dimension: attendance is at least each total
          long extra = s.below(21);
          activity.attendance(counts.basis() == CountBasis.RESPONDENTS ? most + extra : extra);
        }
      } else if (attendanceRecorded) {
        activity.attendance((long) s.below(201));
      }
      int participants = s.below(4);
      for (int p = 0; p < participants; p++) {
        activity.addParticipants(ParticipantId.of("P-" + s.below(30)));
      }
      if (s.maybe()) {
        activity.announcedDate(date.minusDays(s.below(61)));
      }
      if (s.maybe()) {
        activity.panel(s.of(panels));
      }
      if (s.maybe()) {
        activity.sltAttended(s.maybe());
      }
      if (s.maybe()) {
        activity.cost(BigDecimal.valueOf(s.next(), 2));
      }
      EngagementActivity built = activity.build();
      activities.add(built);
      out.addActivities(built);
    }

    private void input(Seeds s, int i) {
      EngagementActivity activity = s.of(activities);
      CommunityInput input = CommunityInput.builder()
          .id(InputId.of(String.format("IN-%03d", i + 1))).activity(activity.id())
          .area(s.of(areaIds)).date(activity.date().plusDays(s.below(31)))
          .issueCategory(s.of(codes)).summary(s.of(TEXTS)).support(s.between(1, 60))
          .build();
      inputs.add(input);
      out.addInputs(input);
    }

    private void analysis(Seeds s, int i) {
      EngagementActivity activity = s.of(activities);
      out.addAnalyses(AnalysisRecord.builder()
          .id(AnalysisId.of(String.format("AN-%03d", i + 1))).activity(activity.id())
          .date(activity.date().plusDays(s.below(91))).quantitative(s.maybe())
          .qualitative(s.maybe()).weighted(s.of(Weighting.values())).independent(s.maybe())
          .build());
    }

    private void decision(Seeds s, int i) {
      List<CommunityInput> presented = s.some(inputs, 3);
      LocalDate latest = presented.stream().map(CommunityInput::date)
          .max(LocalDate::compareTo).orElse(s.day());
      DecisionRecord.Builder decision = DecisionRecord.builder().id(decisions.get(i))
          .body(s.of(List.of("Borough SLT", "Tasking meeting", "CPEG"))).area(s.of(areaIds))
          .date(latest.plusDays(s.below(61)));
      for (CommunityInput input : presented) {
        decision.addPresentedInputs(input.id());
        if (s.maybe()) {
          Consideration.Builder consideration =
              Consideration.builder().input(input.id()).considered(s.maybe());
          if (s.maybe()) {
            consideration.outcome(s.of(ConsiderationOutcome.values()));
          }
          if (s.maybe()) {
            consideration.reason("Recorded in the minutes");
          }
          if (s.maybe()) {
            consideration.evidenceRef("Minutes, item " + s.between(1, 12));
          }
          decision.addConsiderations(consideration.build());
        }
      }
      if (s.maybe()) {
        decision.summary("Patrols moved");
      }
      DecisionRecord built = decision.build();
      decided.put(built.id(), built);
      out.addDecisions(built);
    }

    private void target(Seeds s, int i) {
      LocalDate day = s.day();
      TargetId id = TargetId.of(String.format("TGT-%02d", i + 1));
      AreaId area = s.of(areaIds);
      BigDecimal value = BigDecimal.valueOf(s.next());
      List<CommunityInput> informedBy = s.some(inputs, 2);
      // a target is set after the inputs that informed it were raised
      LocalDate set = latest(day, informedBy.stream().map(CommunityInput::date).toList());
      out.addTargets(LocalPerformanceTarget.builder().id(id).area(area).setDate(set)
          .period(Period.financialYear(set.getYear())).metric("Residential burglaries")
          .value(value).addAllInformedBy(ids(informedBy))
          .build());
    }

    private static LocalDate latest(LocalDate first, List<LocalDate> others) {
      LocalDate out = first;
      for (LocalDate d : others) {
        if (d.isAfter(out)) {
          out = d;
        }
      }
      return out;
    }

    private void allocation(Seeds s, int i) {
      LocalDate day = s.day();
      ResourceAllocation.Builder allocation = ResourceAllocation.builder()
          .id(AllocationId.of(String.format("ALLOC-%03d", i + 1)))
          .area(s.of(areaIds)).resourceType(s.of(ResourceType.values()))
          .quantity(BigDecimal.valueOf(s.next(), 1)).unit(s.of(UNITS))
          .issueCategory(s.of(codes));
      List<CommunityInput> respondsTo = new ArrayList<>(s.some(inputs, 2));
      List<LocalDate> after = new ArrayList<>();
      if (s.maybe()) {
        DecisionRecord decision = decided.get(s.of(decisions));
        allocation.decision(decision.id());
        after.add(decision.date());
        // an allocation implementing a decision does not respond to an input it rejected
        respondsTo.removeIf(input -> decision.considerations().stream().anyMatch(c ->
            c.input().equals(input.id())
                && c.outcome().equals(Optional.of(ConsiderationOutcome.REJECTED))));
      }
      respondsTo.forEach(input -> after.add(input.date()));
      // and is dated on or after the decision and the inputs it responds to
      allocation.date(latest(day, after)).addAllRespondsTo(ids(respondsTo));
      if (s.maybe()) {
        allocation.description("Extra patrols");
      }
      out.addAllocations(allocation.build());
    }

    private void feedback(Seeds s, int i) {
      List<EngagementActivity> answers = s.some(activities, 3);
      LocalDate answered = answers.stream().map(EngagementActivity::date)
          .max(LocalDate::compareTo).orElse(s.day());
      List<CommunityInput> responded = s.some(inputs, 2);
      // published after the activities it answers and the inputs it responds to
      LocalDate latest = latest(answered, responded.stream().map(CommunityInput::date).toList());
      Feedback.Builder feedback = Feedback.builder()
          .id(FeedbackId.of(String.format("FB-%03d", i + 1)))
          .published(latest.plusDays(s.below(121))).channel(s.of(CHANNELS))
          .format(s.of(FeedbackFormat.values())).stage(s.of(FeedbackStage.values()));
      answers.forEach(a -> feedback.addAnswers(a.id()));
      if (s.maybe()) {
        feedback.weAsked("What should we focus on?");
      }
      if (s.maybe()) {
        feedback.youSaid("Groups gathering after dark");
      }
      if (s.maybe()) {
        feedback.weDid("Evening patrols");
      }
      for (CommunityInput input : responded) {
        feedback.addResponses(InputResponse.of(input.id(), s.maybe(), "Patrols since November"));
      }
      out.addFeedback(feedback.build());
    }

    private void survey(Seeds s, int i) {
      Survey.Builder survey = Survey.builder().id(SurveyId.of(String.format("SURVEY-%02d", i + 1)))
          .name(s.of(List.of("Public Attitude Survey", "Participant survey")))
          .wave(String.valueOf(2005 + s.below(10))).population(s.of(SurveyPopulation.values()));
      if (s.maybe()) {
        survey.area(s.of(areaIds));
      }
      int q = 0;
      for (StandardRole role : s.some(List.of(StandardRole.values()), 3)) {
        survey.addQuestions(Question.builder().id(QuestionId.of("Q" + ++q)).text(role.name())
            .type(role.expectedType()).role(role).build());
      }
      int extra = s.between(1, 3);
      for (int e = 0; e < extra; e++) {
        QuestionType type = s.of(QuestionType.values());
        Question.Builder question = Question.builder().id(QuestionId.of("Q" + ++q))
            .text("Question " + q).type(type);
        if (type == QuestionType.CATEGORICAL) {
          question.addCategories("ASB");
          question.addAllCategories(s.some(List.of("BURGLARY", "DRUGS", "OTHER"), 2));
        }
        survey.addQuestions(question.build());
      }
      Survey built = survey.build();
      surveys.add(built);
      out.addSurveys(built);
    }

    private void response(Seeds s, int i) {
      Survey survey = s.of(surveys);
      SurveyResponse.Builder response = SurveyResponse.builder()
          .id(ResponseId.of(String.format("R-%04d", i + 1))).survey(survey.id()).date(s.day())
          .area(s.of(areaIds)).weight(s.between(1, 500) / 100.0);
      for (DemographicDimension dimension : s.some(scheme.dimensions(), 3)) {
        response.putDemographics(dimension.code(), s.maybe()
            ? DemographicScheme.NOT_STATED : s.of(dimension.categories()).code());
      }
      for (Question question : survey.questions()) {
        List<String> tokens = new ArrayList<>(switch (question.type()) {
          case BINARY -> List.of(Answer.YES, Answer.NO);
          case LIKERT_5 -> List.of("1", "2", "3", "4", "5");
          case CATEGORICAL -> question.categories();
        });
        tokens.add(Answer.DONT_KNOW);
        int choice = s.below(tokens.size() + 1);
        if (choice < tokens.size()) {
          response.putAnswers(question.id(), Answer.of(tokens.get(choice)));
        }
      }
      out.addResponses(response.build());
    }

    private void priority(Seeds s, int i) {
      LocalDate set = s.day();
      Priority.Builder priority = Priority.builder()
          .id(PriorityId.of(String.format("PRI-%03d", i + 1))).panel(s.of(panels))
          .issue(s.of(TEXTS)).source(s.of(PrioritySource.values())).setDate(set);
      if (s.maybe()) {
        priority.category(s.of(codes));
      }
      if (s.maybe()) {
        priority.action("Weekly patrols");
        if (s.maybe()) {
          priority.actionDate(set.plusDays(s.below(201)));
        }
      }
      out.addPriorities(priority.build());
    }

    private void role(Seeds s, int i) {
      LocalDate from = s.day();
      RoleAssignment.Builder role = RoleAssignment.builder()
          .id(RoleId.of(String.format("ROLE-%02d", i + 1))).role(s.of(RoleKind.values()))
          .area(s.of(areaIds)).from(from);
      if (s.maybe()) {
        role.title("Coordinator");
      }
      if (s.maybe()) {
        role.to(from.plusDays(s.below(1500)));
      }
      if (s.maybe()) {
        role.holder(ParticipantId.of("P-" + s.below(30)));
      }
      out.addRoles(role.build());
    }

    private void message(Seeds s, int i) {
      KeyMessage.Builder message = KeyMessage.builder()
          .id(MessageId.of(String.format("MSG-%02d", i + 1))).date(s.day()).area(s.of(areaIds))
          .message(s.of(TEXTS)).addAllChannels(s.some(CHANNELS, 2));
      if (s.maybe()) {
        message.accessible(s.maybe());
      }
      if (s.maybe()) {
        message.consistent(s.maybe());
      }
      if (s.maybe()) {
        message.timely(s.maybe());
      }
      if (s.maybe()) {
        message.widestAudience(s.maybe());
      }
      out.addKeyMessages(message.build());
    }

    private void commitment(Seeds s, int i) {
      Commitment.Builder commitment = Commitment.builder()
          .id(CommitmentId.of(String.format("YE-%02d", i + 1))).area(s.of(areaIds))
          .description("Volunteer Police Cadets").target(BigDecimal.valueOf(s.between(1, 9_999)))
          .deadline(s.day());
      if (s.maybe()) {
        commitment.standard("YE-2");
      }
      if (s.maybe()) {
        commitment.unit("cadets");
      }
      int measurements = s.below(4);
      for (int m = 0; m < measurements; m++) {
        commitment.addMeasurements(Measurement.of(s.day(), BigDecimal.valueOf(s.next())));
      }
      out.addCommitments(commitment.build());
    }

    private void publication(Seeds s, int i) {
      Publication.Builder publication = Publication.builder()
          .id(PublicationId.of(String.format("PUB-%03d", i + 1)))
          .kind(s.of(PublicationKind.values())).title(s.of(TEXTS)).date(s.day())
          .area(s.of(areaIds));
      if (s.maybe()) {
        publication.panel(s.of(panels));
      }
      out.addPublications(publication.build());
    }

    private static List<InputId> ids(List<CommunityInput> inputs) {
      return inputs.stream().map(CommunityInput::id).toList();
    }
  }

  // ---- arbitrary datasets --------------------------------------------------------------------

  private static final List<String> JUNK_TEXTS =
      List.of("", " ", "\t", "x", "Lambeth", "NOT_STATED", "ASB", "Café");
  private static final List<String> ISSUE_CODES =
      List.of("ASB", "DRUGS", "NOISE", "asb", "", " ");
  private static final List<String> DIMENSIONS =
      List.of("AGE", "GENDER", "ETHNICITY", "LANGUAGE", "", " ", "NOT_STATED");
  private static final List<String> CATEGORIES = List.of("FEMALE", "MALE", "WHITE", "AGE_16_24",
      "NOT_STATED", "WELSH", "", "x");
  private static final List<Long> LONGS =
      List.of(0L, 1L, 2L, 35L, -1L, -100L, 1_000_000L, Long.MAX_VALUE, Long.MIN_VALUE);
  private static final List<Integer> INTS =
      List.of(1, 0, -1, 5, Integer.MAX_VALUE, Integer.MIN_VALUE);
  private static final List<String> DECIMALS =
      List.of("0", "1", "-1", "0.5", "-0.0001", "1E+12", "12345678901234567890.5");
  private static final List<Double> WEIGHTS = List.of(1.0, 0.0, -0.0, -1.5, Double.MIN_VALUE,
      1e300, Double.NaN, Double.POSITIVE_INFINITY);
  private static final List<String> TOKENS = List.of("YES", "NO", "DONT_KNOW", "1", "5", "0",
      "6", "-3", "7", "10", "MAYBE", "ASB", "99999999999", "05", " ", "yes", "-");

  /** Builds a dataset of anything the builders accept from its plans. */
  private static final class ArbitraryDataset {
    private final List<Area> areas;
    private final List<List<List<Integer>>> plans;
    private final EngagementDataset.Builder out = EngagementDataset.builder();

    ArbitraryDataset(List<Area> areas, List<List<List<Integer>>> plans) {
      this.areas = areas;
      this.plans = plans;
    }

    private <T> void each(int kind, Function<Seeds, T> build, Consumer<T> add) {
      for (List<Integer> plan : plans.get(kind)) {
        attempt(() -> build.apply(new Seeds(plan))).ifPresent(add);
      }
    }

    EngagementDataset build() {
      out.addAllAreas(areas);
      each(SCHEME, this::scheme, out::scheme);
      each(ISSUE_CATEGORIES, s -> IssueCategory.of(s.of(ISSUE_CODES), s.of(JUNK_TEXTS)),
          out::addIssueCategories);
      each(GROUPS, s -> HardToHearGroup.of(GroupId.of("G" + s.below(3)), s.of(JUNK_TEXTS),
          areaRef(s)), out::addHardToHearGroups);
      each(STAKEHOLDERS, this::stakeholder, out::addStakeholders);
      each(POPULATIONS, this::population, out::addReferencePopulations);
      each(PANELS, this::panel, out::addPanels);
      each(INITIATIVES, this::initiative, out::addInitiatives);
      each(ACTIVITIES, this::activity, out::addActivities);
      each(INPUTS, this::input, out::addInputs);
      each(ANALYSES, s -> AnalysisRecord.builder().id(AnalysisId.of("AN" + s.below(3)))
          .activity(activityRef(s)).date(date(s)).quantitative(s.maybe()).qualitative(s.maybe())
          .weighted(s.of(Weighting.values())).independent(s.maybe()).build(), out::addAnalyses);
      each(DECISIONS, this::decision, out::addDecisions);
      each(TARGETS, s -> LocalPerformanceTarget.builder().id(TargetId.of("T" + s.below(3)))
          .area(areaRef(s)).setDate(date(s)).period(Period.ofDay(date(s))).metric(s.of(JUNK_TEXTS))
          .value(decimal(s)).addInformedBy(inputRef(s)).build(), out::addTargets);
      each(ALLOCATIONS, this::allocation, out::addAllocations);
      each(FEEDBACK, this::feedback, out::addFeedback);
      each(SURVEYS, this::survey, out::addSurveys);
      each(RESPONSES, this::response, out::addResponses);
      each(PRIORITIES, this::priority, out::addPriorities);
      each(ROLES, s -> {
        RoleAssignment.Builder role = RoleAssignment.builder().id(RoleId.of("RO" + s.below(3)))
            .role(s.of(RoleKind.values())).area(areaRef(s)).from(date(s));
        if (s.maybe()) {
          role.to(date(s));
        }
        return role.build();
      }, out::addRoles);
      each(MESSAGES, s -> KeyMessage.builder().id(MessageId.of("M" + s.below(3))).date(date(s))
          .area(areaRef(s)).message(s.of(JUNK_TEXTS)).build(), out::addKeyMessages);
      each(COMMITMENTS, s -> Commitment.builder().id(CommitmentId.of("C" + s.below(3)))
          .area(areaRef(s)).description(s.of(JUNK_TEXTS)).target(decimal(s)).deadline(date(s))
          .addMeasurements(Measurement.of(date(s), decimal(s))).build(), out::addCommitments);
      each(PUBLICATIONS, s -> {
        Publication.Builder publication = Publication.builder()
            .id(PublicationId.of("PUB" + s.below(3))).kind(s.of(PublicationKind.values()))
            .title(s.of(JUNK_TEXTS)).date(date(s)).area(areaRef(s));
        if (s.maybe()) {
          publication.panel(panelRef(s));
        }
        return publication.build();
      }, out::addPublications);
      return out.build();
    }

    private static AreaId areaRef(Seeds s) {
      return AreaId.of("A" + s.below(6));
    }

    private static ActivityId activityRef(Seeds s) {
      return ActivityId.of("ACT" + s.below(4));
    }

    private static InputId inputRef(Seeds s) {
      return InputId.of("IN" + s.below(4));
    }

    private static PanelId panelRef(Seeds s) {
      return PanelId.of("PAN" + s.below(3));
    }

    private static LocalDate date(Seeds s) {
      // about one date in 150 lies just outside the supported range, on either side
      int n = s.below(7_550);
      return n < 7_500 ? LocalDate.of(2000, 1, 1).plusDays(n)
          : n < 7_525 ? LocalDate.of(1899, 12, 31) : LocalDate.of(3000, 1, 1);
    }

    private static BigDecimal decimal(Seeds s) {
      return new BigDecimal(s.of(DECIMALS));
    }

    private DemographicScheme scheme(Seeds s) {
      if (s.below(3) == 0) {
        return DemographicScheme.defaultScheme();
      }
      DemographicScheme.Builder scheme = DemographicScheme.builder();
      int dimensions = s.below(4);
      for (int d = 0; d < dimensions; d++) {
        DemographicDimension.Builder dimension = DemographicDimension.builder()
            .code(s.of(DIMENSIONS)).label(s.of(JUNK_TEXTS)).primary(s.maybe());
        int categories = s.between(1, 3);
        for (int c = 0; c < categories; c++) {
          dimension.addCategories(DemographicCategory.of(s.of(CATEGORIES), s.of(JUNK_TEXTS)));
        }
        scheme.addDimensions(dimension.build());
      }
      return scheme.build();
    }

    private static Map<String, Long> counts(Seeds s) {
      Map<String, Long> counts = new LinkedHashMap<>();
      int n = s.below(4);
      for (int i = 0; i < n; i++) {
        counts.put(s.of(CATEGORIES), s.of(LONGS));
      }
      return counts;
    }

    private static Optional<DemographicCounts> demographics(Seeds s) {
      if (!s.maybe()) {
        return Optional.empty();
      }
      return attempt(() -> {
        DemographicCounts.Builder counts =
            DemographicCounts.builder().basis(s.of(CountBasis.values()));
        int n = s.below(3);
        for (int i = 0; i < n; i++) {
          counts.addDimensions(DimensionCounts.builder().dimension(s.of(DIMENSIONS))
              .counts(counts(s)).notStated(s.of(LONGS)).build());
        }
        return counts.build();
      });
    }

    private Stakeholder stakeholder(Seeds s) {
      return Stakeholder.builder().id(StakeholderId.of("SH" + s.below(3)))
          .name(s.of(JUNK_TEXTS)).kind(s.of(StakeholderKind.values())).homeArea(areaRef(s))
          .addAreasServed(areaRef(s)).addGroups(GroupId.of("G" + s.below(4))).build();
    }

    private ReferencePopulation population(Seeds s) {
      return ReferencePopulation.builder().id(PopulationId.of("POP" + s.below(4)))
          .area(AreaId.of("A" + s.below(2))).year(2011 + 10 * s.below(2))
          .dimension(s.of(DIMENSIONS))
          .counts(counts(s)).build();
    }

    private Panel panel(Seeds s) {
      Panel.Builder panel = Panel.builder().id(panelRef(s)).kind(s.of(PanelKind.values()))
          .name(s.of(JUNK_TEXTS)).area(areaRef(s)).activeFrom(date(s))
          .openness(s.of(Openness.values())).addLinks(panelRef(s))
          .membershipDemographics(demographics(s));
      if (s.maybe()) {
        panel.activeTo(date(s));
      }
      int members = s.below(3);
      for (int m = 0; m < members; m++) {
        PanelMember.Builder member = PanelMember.builder().member(ParticipantId.of("P" + m))
            .category(s.of(MemberCategory.values())).joined(date(s));
        if (s.maybe()) {
          member.left(date(s));
        }
        panel.addMembers(member.build());
      }
      return panel.build();
    }

    private Initiative initiative(Seeds s) {
      Initiative.Builder initiative = Initiative.builder().id(InitiativeId.of("OP" + s.below(3)))
          .kind(s.of(InitiativeKind.values())).name(s.of(JUNK_TEXTS))
          .businessUnit(s.of(JUNK_TEXTS)).area(areaRef(s)).start(date(s)).addActivities(activityRef(s));
      if (s.maybe()) {
        initiative.end(date(s));
      }
      return initiative.build();
    }

    private EngagementActivity activity(Seeds s) {
      EngagementActivity.Builder activity = EngagementActivity.builder()
          .id(ActivityId.of("ACT" + s.below(3))).title(s.of(JUNK_TEXTS)).date(date(s))
          .area(areaRef(s)).engagementLevel(s.of(EngagementLevel.values()))
          .involvement(s.of(InvolvementLevel.values())).method(s.of(EngagementMethod.values()))
          .openness(s.of(Openness.values())).addIssueCategories(s.of(ISSUE_CODES))
          .addInitiatives(InitiativeId.of("OP" + s.below(4))).demographics(demographics(s));
      if (s.maybe()) {
        activity.endDate(date(s));
      }
      if (s.below(4) > 0) {
        activity.attendance(s.of(LONGS));
      }
      if (s.maybe()) {
        activity.panel(panelRef(s));
      }
      if (s.maybe()) {
        activity.cost(decimal(s));
      }
      return activity.build();
    }

    private CommunityInput input(Seeds s) {
      return CommunityInput.builder().id(inputRef(s)).activity(activityRef(s)).area(areaRef(s))
          .date(date(s)).issueCategory(s.of(ISSUE_CODES)).summary(s.of(JUNK_TEXTS))
          .support(s.of(INTS)).build();
    }

    private DecisionRecord decision(Seeds s) {
      DecisionRecord.Builder decision = DecisionRecord.builder()
          .id(DecisionId.of("DEC" + s.below(3))).body(s.of(JUNK_TEXTS)).area(areaRef(s))
          .date(date(s));
      int presented = s.below(3);
      for (int i = 0; i < presented; i++) {
        decision.addPresentedInputs(inputRef(s));
      }
      int considered = s.below(3);
      for (int i = 0; i < considered; i++) {
        // one number decides both: considered when odd, and rejected in half the cases
        int how = s.below(4);
        Consideration.Builder c =
            Consideration.builder().input(inputRef(s)).considered(how % 2 == 1);
        if (how >= 2) {
          c.outcome(ConsiderationOutcome.REJECTED);
        }
        decision.addConsiderations(c.build());
      }
      return decision.build();
    }

    private ResourceAllocation allocation(Seeds s) {
      ResourceAllocation.Builder allocation = ResourceAllocation.builder()
          .id(AllocationId.of("AL" + s.below(3))).date(date(s)).area(areaRef(s))
          .resourceType(s.of(ResourceType.values())).quantity(decimal(s))
          .unit(s.of(JUNK_TEXTS)).issueCategory(s.of(ISSUE_CODES)).addRespondsTo(inputRef(s));
      if (s.maybe()) {
        allocation.decision(DecisionId.of("DEC" + s.below(4)));
      }
      return allocation.build();
    }

    private Feedback feedback(Seeds s) {
      return Feedback.builder().id(FeedbackId.of("FB" + s.below(3))).published(date(s))
          .channel(s.of(JUNK_TEXTS)).format(s.of(FeedbackFormat.values()))
          .addAnswers(activityRef(s), activityRef(s))
          .addResponses(InputResponse.of(inputRef(s), s.maybe(), s.of(JUNK_TEXTS)))
          .build();
    }

    private Survey survey(Seeds s) {
      Survey.Builder survey = Survey.builder().id(SurveyId.of("S" + s.below(3)))
          .name(s.of(JUNK_TEXTS)).wave(s.of(JUNK_TEXTS)).population(s.of(SurveyPopulation.values()));
      if (s.maybe()) {
        survey.area(areaRef(s));
      }
      int questions = s.between(1, 3);
      for (int q = 0; q < questions; q++) {
        Question.Builder question = Question.builder().id(QuestionId.of("Q" + s.below(3)))
            .text(s.of(JUNK_TEXTS)).type(s.of(QuestionType.values()))
            .addAllCategories(s.some(ISSUE_CODES, 2));
        if (s.maybe()) {
          // mostly three roles, so that two questions of a survey share one now and then
          question.role(s.maybe() ? StandardRole.values()[s.below(3)] : s.of(StandardRole.values()));
        }
        survey.addQuestions(question.build());
      }
      return survey.build();
    }

    private SurveyResponse response(Seeds s) {
      Map<QuestionId, Answer> answers = new HashMap<>();
      int n = s.below(6);
      for (int i = 0; i < n; i++) {
        attempt(() -> Answer.of(s.of(TOKENS)))
            .ifPresent(answer -> answers.put(QuestionId.of("Q" + s.below(4)), answer));
      }
      Map<String, String> demographics = new HashMap<>();
      int d = s.below(3);
      for (int i = 0; i < d; i++) {
        demographics.put(s.of(DIMENSIONS), s.of(CATEGORIES));
      }
      return SurveyResponse.builder().id(ResponseId.of("R" + s.below(3)))
          .survey(SurveyId.of("S" + s.below(s.maybe() ? 3 : 4))).date(date(s)).area(areaRef(s))
          .weight(s.of(WEIGHTS)).demographics(demographics).answers(answers).build();
    }

    private Priority priority(Seeds s) {
      Priority.Builder priority = Priority.builder().id(PriorityId.of("PRI" + s.below(3)))
          .panel(panelRef(s)).issue(s.of(JUNK_TEXTS)).source(s.of(PrioritySource.values()))
          .setDate(date(s));
      if (s.maybe()) {
        priority.category(s.of(ISSUE_CODES));
      }
      if (s.maybe()) {
        priority.actionDate(date(s));
      }
      return priority.build();
    }
  }
}
