package org.engagement.measures.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.engagement.core.ActivityId;
import org.engagement.core.Answer;
import org.engagement.core.AreaId;
import org.engagement.core.CommunityInput;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.DecisionId;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Feedback;
import org.engagement.core.Initiative;
import org.engagement.core.InitiativeId;
import org.engagement.core.InputId;
import org.engagement.core.LocalPerformanceTarget;
import org.engagement.core.Question;
import org.engagement.core.RecordType;
import org.engagement.core.ReferencePopulation;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.StandardRole;
import org.engagement.core.Survey;
import org.engagement.core.SurveyId;
import org.engagement.core.SurveyPopulation;
import org.engagement.core.SurveyResponse;
import org.engagement.measures.EvaluationContext;
import org.jspecify.annotations.Nullable;

/**
 * The secondary indexes of one dataset, each built on first use in one pass over a record list
 * (so that a context used for M1 alone never indexes the survey responses): records by
 * area (one grouping per {@link RecordType} whose records {@linkplain RecordType#hasArea() name
 * one}), inputs by activity, decisions and considerations by input, allocations by input and by
 * decision, activities by initiative (links from either side), feedback by activity,
 * reference populations by area and dimension, and the responses to surveys of participants by
 * area with what each answers ({@link ParticipantResponses}). Every list is sorted by date, then
 * id, or by id.
 *
 * <p>{@link #of} builds the indexes once per {@link EvaluationContext} and keeps them in it, so
 * that every measure and rule evaluated with one context shares one build; nothing is cached
 * between contexts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DatasetIndex {

  /** A consideration of an input, with the decision that holds it. */
  public record DecisionConsideration(DecisionRecord decision, Consideration consideration) {}

  /**
   * An input with the decisions that present it, by date, then id, and for each its
   * consideration of the input (the first in that decision, or null): looked up once when the
   * index is built rather than once per input per evaluation, and held in arrays, which the
   * measures walk without an iterator per input. Beside them it keeps the input's date, each
   * decision's date and what each consideration says ({@link #facts}, {@link #outcome}), read
   * once when the index is built, so that a measure compares numbers and does not visit the
   * records again.
   */
  public static final class InputLinks {
    /** A {@linkplain #facts fact} of a consideration: it was considered. */
    public static final int CONSIDERED = 1;
    /** A {@linkplain #facts fact} of a consideration: its outcome is a decided one. */
    public static final int DECIDED = 2;
    /** A {@linkplain #facts fact} of a consideration: it gives a reason that is not blank. */
    public static final int REASONED = 4;
    /**
     * Where the byte of facts keeps the outcome's ordinal plus one (0 for none), above the flags:
     * room for thirty-one outcomes (there are four).
     */
    private static final int OUTCOME_SHIFT = 3;
    private static final ConsiderationOutcome[] OUTCOMES = ConsiderationOutcome.values();

    private static final DecisionRecord[] NO_DECISIONS = {};
    private static final Consideration[] NO_CONSIDERATIONS = {};
    private static final byte[] NO_FACTS = {};

    private final CommunityInput input;
    private final long day;
    private final DecisionRecord[] decisions;
    private final Consideration[] considerations;
    private final long[] decisionDays;
    private final byte[] facts;
    private final List<DecisionConsideration> considered;

    InputLinks(CommunityInput input, List<DecisionRecord> presentedIn,
        List<DecisionConsideration> considered) {
      this.input = input;
      this.day = input.date().toEpochDay();
      int n = presentedIn.size();
      this.decisions = n == 0 ? NO_DECISIONS : presentedIn.toArray(new DecisionRecord[n]);
      this.considerations = n == 0 ? NO_CONSIDERATIONS : new Consideration[n];
      this.decisionDays = n == 0 ? NO_DAYS : new long[n];
      this.facts = n == 0 ? NO_FACTS : new byte[n];
      for (int i = 0; i < n; i++) {
        for (DecisionConsideration dc : considered) {
          if (dc.decision() == decisions[i]) {
            considerations[i] = dc.consideration();
            break;
          }
        }
        decisionDays[i] = decisions[i].date().toEpochDay();
        facts[i] = (byte) factsOf(considerations[i]);
      }
      this.considered = considered;
    }

    private static int factsOf(Consideration c) {
      if (c == null) {
        return 0;
      }
      int facts = c.considered() ? CONSIDERED : 0;
      if (c.outcome().isPresent()) {
        facts |= (c.outcome().get().ordinal() + 1) << OUTCOME_SHIFT;
      }
      if (c.outcome().map(ConsiderationOutcome::isDecided).orElse(false)) {
        facts |= DECIDED;
      }
      if (c.reason().map(r -> !r.isBlank()).orElse(false)) {
        facts |= REASONED;
      }
      return facts;
    }

    /** {@return the input} */
    public CommunityInput input() {
      return input;
    }

    /** {@return the input's date, as an epoch day} */
    public long day() {
      return day;
    }

    /**
     * The date of the decision {@link #presentedIn(int) presentedIn(i)}.
     *
     * @param i from 0 to {@link #presentedCount()}
     * @return its date, as an epoch day
     */
    public long decisionDay(int i) {
      return decisionDays[i];
    }

    /**
     * What the consideration {@link #considerationIn(int) considerationIn(i)} says, read once
     * when the index is built, so that a measure does not visit the consideration again.
     *
     * @param i from 0 to {@link #presentedCount()}
     * @return {@link #CONSIDERED}, {@link #DECIDED} and {@link #REASONED}, or-ed; 0 when the
     *     decision has no consideration of the input
     */
    public int facts(int i) {
      return facts[i] & (CONSIDERED | DECIDED | REASONED);
    }

    /**
     * The outcome of the consideration {@link #considerationIn(int) considerationIn(i)}, read
     * once when the index is built.
     *
     * @param i from 0 to {@link #presentedCount()}
     * @return its outcome, or null when it has none or the decision has no consideration of the
     *     input
     */
    public @Nullable ConsiderationOutcome outcome(int i) {
      int ordinal = ((facts[i] & 0xFF) >>> OUTCOME_SHIFT) - 1;
      return ordinal < 0 ? null : OUTCOMES[ordinal];
    }

    /** {@return how many decisions present the input} */
    public int presentedCount() {
      return decisions.length;
    }

    /**
     * A decision that presents the input.
     *
     * @param i from 0 to {@link #presentedCount()}, by decision date, then id
     * @return the decision
     */
    public DecisionRecord presentedIn(int i) {
      return decisions[i];
    }

    /**
     * The consideration of the input in the decision {@link #presentedIn(int) presentedIn(i)}.
     *
     * @param i from 0 to {@link #presentedCount()}
     * @return the first consideration of the input there, or null when it has none
     */
    public Consideration considerationIn(int i) {
      return considerations[i];
    }

    /** {@return what {@link DatasetIndex#considerationsOf} gives for the input} */
    public List<DecisionConsideration> considerations() {
      return considered;
    }
  }

  /**
   * The allocations that may respond to an input (docs/spec/measures.md §2, M2): those that cite
   * it, and those that implement a decision whose consideration of it (the first in that
   * decision) is considered and accepted, each with that decision's date; whether one responds
   * in a scope depends only on the dates, which the measure checks.
   */
  public static final class Responders {
    private static final Responders NONE = new Responders(List.of(), List.of());
    private final ResourceAllocation[] allocations;
    private final long[] allocationDays;
    private final long[] decisionDays;

    Responders(List<ResourceAllocation> allocations, List<java.time.LocalDate> decisionDates) {
      this.allocations = allocations.toArray(new ResourceAllocation[0]);
      this.allocationDays = new long[this.allocations.length];
      this.decisionDays = new long[this.allocations.length];
      for (int i = 0; i < this.allocations.length; i++) {
        allocationDays[i] = this.allocations[i].date().toEpochDay();
        java.time.LocalDate decided = decisionDates.get(i);
        decisionDays[i] = decided == null ? Long.MIN_VALUE : decided.toEpochDay();
      }
    }

    /**
     * The date of an allocation that may respond.
     *
     * @param i from 0 to {@link #count()}
     * @return the date of {@link #allocation(int) allocation(i)}, as an epoch day
     */
    public long allocationDay(int i) {
      return allocationDays[i];
    }

    /**
     * The date of the accepting decision an allocation implements.
     *
     * @param i from 0 to {@link #count()}
     * @return the decision's date as an epoch day, or {@code Long.MIN_VALUE} when the allocation
     *     cites the input itself
     */
    public long decisionDay(int i) {
      return decisionDays[i];
    }

    /** {@return how many allocations may respond} */
    public int count() {
      return allocations.length;
    }

    /**
     * An allocation that may respond.
     *
     * @param i from 0 to {@link #count()}
     * @return the allocation
     */
    public ResourceAllocation allocation(int i) {
      return allocations[i];
    }
  }

  /**
   * The responses whose area is one area to the surveys of participants the dataset holds
   * ({@link SurveyPopulation#PARTICIPANTS}, those M5 reads), by id, with what a measure reads of
   * each held side by side: its id, survey, date (an epoch day) and design weight, and for each
   * {@link StandardRole} what it answers to its survey's first question of that role
   * ({@link #answer}). Read once when the index is built, so that a measure walks arrays and does
   * not visit the responses, their maps of answers or their surveys again. Responses to surveys
   * of the public, or to surveys the dataset does not hold, are left out, unread.
   */
  public static final class ParticipantResponses {
    /**
     * An {@linkplain #answer answer}: none that is valid (the survey asks no question of the role,
     * the response does not answer it, or the answer is not valid for the question's type).
     */
    public static final int NO_ANSWER = 0;
    /** An {@linkplain #answer answer}: valid, and not a success (e.g. NO, DONT_KNOW, 1 to 3). */
    public static final int NOT_SUCCESS = 1;
    /** An {@linkplain #answer answer}: valid, and a success (YES, or 4 or 5 of five). */
    public static final int SUCCESS = 2;

    private static final StandardRole[] ROLES = StandardRole.values();

    static {
      // two bits a role in an int
      if (ROLES.length > Integer.SIZE / 2) {
        throw new AssertionError("too many standard roles for an int: " + ROLES.length);
      }
    }

    private static final ParticipantResponses NONE =
        new ParticipantResponses(List.of(), id -> null);

    private final String[] ids;
    private final SurveyId[] surveys;
    private final long[] days;
    private final double[] weights;
    /**
     * Two bits a role, at twice its ordinal: {@link #NO_ANSWER}, {@link #NOT_SUCCESS} or
     * {@link #SUCCESS}.
     */
    private final int[] answers;

    /** The responses to surveys of participants, each judged by its survey's questions. */
    ParticipantResponses(List<SurveyResponse> responses, Function<SurveyId, SurveyRoles> surveyOf) {
      int n = responses.size();
      ids = new String[n];
      surveys = new SurveyId[n];
      days = new long[n];
      weights = new double[n];
      answers = new int[n];
      for (int i = 0; i < n; i++) {
        SurveyResponse response = responses.get(i);
        ids[i] = response.id().value();
        surveys[i] = response.survey();
        days[i] = response.date().toEpochDay();
        weights[i] = response.weight();
        answers[i] = surveyOf.apply(response.survey()).answers(response);
      }
    }

    /** {@return how many responses to surveys of participants the area holds} */
    public int count() {
      return ids.length;
    }

    /**
     * The id of a response.
     *
     * @param i from 0 to {@link #count()}
     * @return its id's text
     */
    public String id(int i) {
      return ids[i];
    }

    /**
     * The survey a response answers.
     *
     * @param i from 0 to {@link #count()}
     * @return its survey's id
     */
    public SurveyId survey(int i) {
      return surveys[i];
    }

    /**
     * The date of a response.
     *
     * @param i from 0 to {@link #count()}
     * @return its date as an epoch day
     */
    public long day(int i) {
      return days[i];
    }

    /**
     * The design weight of a response.
     *
     * @param i from 0 to {@link #count()}
     * @return its weight, as the response gives it
     */
    public double weight(int i) {
      return weights[i];
    }

    /**
     * What a response answers to its survey's first question of a role (as {@link
     * Survey#question(StandardRole)} finds it), judged by {@link ValidAnswers#success} with the
     * question's own type.
     *
     * @param i from 0 to {@link #count()}
     * @param role the role
     * @return {@link #NO_ANSWER}, {@link #NOT_SUCCESS} or {@link #SUCCESS}
     */
    public int answer(int i, StandardRole role) {
      return (answers[i] >>> (2 * role.ordinal())) & 3;
    }
  }

  /** A survey's first question of each standard role (null where it asks none). */
  private static final class SurveyRoles {
    private final @Nullable Question[] byRole;

    SurveyRoles(Survey survey) {
      byRole = new Question[ParticipantResponses.ROLES.length];
      for (StandardRole role : ParticipantResponses.ROLES) {
        byRole[role.ordinal()] = survey.question(role).orElse(null);
      }
    }

    /** A response's answers to this survey's questions of each role, two bits a role. */
    int answers(SurveyResponse response) {
      int out = 0;
      for (int r = 0; r < byRole.length; r++) {
        Question question = byRole[r];
        if (question == null) {
          continue;
        }
        Answer answer = response.answers().get(question.id());
        if (answer == null) {
          continue;
        }
        Optional<Boolean> success = ValidAnswers.success(question.type(), answer);
        if (success.isPresent()) {
          out |= (success.get() ? ParticipantResponses.SUCCESS : ParticipantResponses.NOT_SUCCESS)
              << (2 * r);
        }
      }
      return out;
    }
  }

  /**
   * An initiative with what M4 reads of it (id, kind, business unit, active period as epoch days)
   * and the activities linked to it from either side, by id, with their dates, ids and
   * involvement levels: resolved once when the index is built and held side by side, so that M4
   * walks arrays without a look-up per initiative and without visiting the records themselves.
   */
  public static final class InitiativeLinks {
    private final String id;
    private final int kind;
    private final String businessUnit;
    private final long startDay;
    private final long endDay;
    private final long[] activityDays;
    private final String[] activityIds;
    private final byte[] activityLevels;

    InitiativeLinks(Initiative initiative, List<EngagementActivity> linked) {
      this.id = initiative.id().value();
      this.kind = initiative.kind().ordinal();
      this.businessUnit = initiative.businessUnit();
      this.startDay = initiative.start().toEpochDay();
      this.endDay = initiative.end().map(java.time.LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
      int n = linked.size();
      this.activityDays = new long[n];
      this.activityIds = new String[n];
      this.activityLevels = new byte[n];
      for (int i = 0; i < n; i++) {
        EngagementActivity activity = linked.get(i);
        activityDays[i] = activity.date().toEpochDay();
        activityIds[i] = activity.id().value();
        activityLevels[i] = (byte) activity.involvement().ordinal();
      }
    }

    /** {@return the initiative's id} */
    public String id() {
      return id;
    }

    /** {@return the ordinal of the initiative's {@link org.engagement.core.InitiativeKind}} */
    public int kind() {
      return kind;
    }

    /** {@return the initiative's business unit} */
    public String businessUnit() {
      return businessUnit;
    }

    /** {@return the first day of the initiative's active period, as an epoch day} */
    public long startDay() {
      return startDay;
    }

    /** {@return the last day of its active period as an epoch day, or Long.MAX_VALUE when open} */
    public long endDay() {
      return endDay;
    }

    /** {@return how many activities are linked to the initiative} */
    public int linkedCount() {
      return activityDays.length;
    }

    /**
     * The date of a linked activity.
     *
     * @param i from 0 to {@link #linkedCount()}, by activity id
     * @return the activity's date, as an epoch day
     */
    public long linkedDay(int i) {
      return activityDays[i];
    }

    /**
     * The id of a linked activity.
     *
     * @param i from 0 to {@link #linkedCount()}
     * @return the activity's id
     */
    public String linkedId(int i) {
      return activityIds[i];
    }

    /**
     * The involvement level of a linked activity.
     *
     * @param i from 0 to {@link #linkedCount()}
     * @return the ordinal of the activity's {@link org.engagement.core.InvolvementLevel}
     */
    public int linkedLevel(int i) {
      return activityLevels[i];
    }
  }

  /**
   * A feedback record and what it says about one input (its first response to that input).
   *
   * @param feedback the feedback
   * @param response its response to the input
   */
  public record FeedbackResponse(Feedback feedback, org.engagement.core.InputResponse response) {}

  private static final Comparator<DecisionRecord> DECISION_ORDER =
      Comparator.comparing(DecisionRecord::date).thenComparing(d -> d.id().value());
  private static final Comparator<DecisionConsideration> CONSIDERATION_ORDER =
      Comparator.comparing(DecisionConsideration::decision, DECISION_ORDER);
  private static final Comparator<ResourceAllocation> ALLOCATION_ORDER =
      Comparator.comparing(ResourceAllocation::date).thenComparing(a -> a.id().value());

  /** The records of each type that {@linkplain RecordType#hasArea() names an area}, by area. */
  private final Map<RecordType, Lazy<Map<AreaId, List<Object>>>> byArea =
      new EnumMap<>(RecordType.class);
  private final Lazy<Map<ActivityId, List<CommunityInput>>> inputsByActivity;
  private final Lazy<Map<InputId, List<DecisionRecord>>> decisionsByPresentedInput;
  private final Lazy<Map<InputId, List<DecisionConsideration>>> considerationsByInput;
  private final Lazy<Map<InputId, List<ResourceAllocation>>> allocationsByInput;
  private final Lazy<Map<DecisionId, List<ResourceAllocation>>> allocationsByDecision;
  private final Lazy<Map<InitiativeId, List<EngagementActivity>>> activitiesByInitiative;
  private final Lazy<Map<ActivityId, List<Feedback>>> feedbackByActivity;
  private final Lazy<Map<InputId, List<FeedbackResponse>>> responsesByInput;
  private final Lazy<Map<AreaId, Map<String, List<ReferencePopulation>>>> referenceByArea;
  private final Lazy<Map<String, List<org.engagement.core.Commitment>>> commitmentsByStandard;
  private final Lazy<Map<org.engagement.core.PanelId, List<org.engagement.core.Publication>>> publicationsByPanel;
  private final Lazy<Map<org.engagement.core.PanelId, List<org.engagement.core.Priority>>> prioritiesByPanel;
  private final Lazy<Map<org.engagement.core.PanelId, List<EngagementActivity>>> activitiesByPanel;
  private final Lazy<Map<ActivityId, List<org.engagement.core.AnalysisRecord>>> analysesByActivity;

  private final Lazy<Map<AreaId, List<InputLinks>>> inputLinksByArea;
  private final Lazy<Map<AreaId, Responders[]>> respondersByArea;
  private final Lazy<Map<AreaId, InitiativeLinks[]>> initiativeLinksByArea;
  private final Lazy<Map<AreaId, long[]>> respondingFromByArea;
  private final Lazy<Map<AreaId, ParticipantResponses>> participantResponsesByArea;

  private DatasetIndex(EngagementDataset data) {
    inputLinksByArea = new Lazy<>(() -> buildInputLinks(data));
    respondersByArea = new Lazy<>(this::buildResponders);
    initiativeLinksByArea = new Lazy<>(this::buildInitiativeLinks);
    respondingFromByArea = new Lazy<>(() -> buildRespondingFrom(data));
    participantResponsesByArea = new Lazy<>(() -> buildParticipantResponses(data));
    for (RecordType type : RecordType.values()) {
      if (type.hasArea()) {
        byArea.put(type, new Lazy<>(() -> groupByArea(data, type)));
      }
    }
    inputsByActivity =
        new Lazy<>(() -> group(data.inputs(), CommunityInput::activity, Comparator.comparing(i -> i.id().value())));
    Lazy<Object[]> decisionsByPresentedInputPair =
        new Lazy<>(() -> buildDecisionsByPresentedInput(data));
    decisionsByPresentedInput = new Lazy<>(() -> cast(decisionsByPresentedInputPair.get()[0]));
    considerationsByInput = new Lazy<>(() -> cast(decisionsByPresentedInputPair.get()[1]));
    Lazy<Object[]> allocationsByInputPair = new Lazy<>(() -> buildAllocationsByInput(data));
    allocationsByInput = new Lazy<>(() -> cast(allocationsByInputPair.get()[0]));
    allocationsByDecision = new Lazy<>(() -> cast(allocationsByInputPair.get()[1]));
    activitiesByInitiative = new Lazy<>(() -> buildActivitiesByInitiative(data));
    feedbackByActivity = new Lazy<>(() -> buildFeedbackByActivity(data));
    responsesByInput = new Lazy<>(() -> buildResponsesByInput(data));
    referenceByArea = new Lazy<>(this::buildReferenceByArea);
    commitmentsByStandard =
        new Lazy<>(() -> group(data.commitments().stream().filter(c -> c.standard().isPresent()).toList(), c -> c.standard().orElseThrow(), Comparator.comparing(c -> c.id().value())));
    publicationsByPanel =
        new Lazy<>(() -> group(data.publications().stream().filter(p -> p.panel().isPresent()).toList(), p -> p.panel().orElseThrow(), Comparator.comparing(p -> p.id().value())));
    prioritiesByPanel =
        new Lazy<>(() -> group(data.priorities(), org.engagement.core.Priority::panel, Comparator.comparing(p -> p.id().value())));
    activitiesByPanel =
        new Lazy<>(() -> group(data.activities().stream().filter(a -> a.panel().isPresent()).toList(), a -> a.panel().orElseThrow(), Comparator.comparing(a -> a.id().value())));
    analysesByActivity =
        new Lazy<>(() -> group(data.analyses(), org.engagement.core.AnalysisRecord::activity, Comparator.comparing(a -> a.id().value())));
  }

  private static Object[] buildDecisionsByPresentedInput(EngagementDataset data) {
    Map<InputId, LinksBuilder> all = new HashMap<>();
    collectLinks(data, id -> all.computeIfAbsent(id, k -> new LinksBuilder()));
    Map<InputId, List<DecisionRecord>> presented = new HashMap<>();
    Map<InputId, List<DecisionConsideration>> considered = new HashMap<>();
    all.forEach((id, links) -> {
      links.sort();
      if (links.presented != null) {
        presented.put(id, links.presented);
      }
      if (links.considered != null) {
        considered.put(id, links.considered);
      }
    });
    return new Object[] {freeze(presented), freeze(considered)};
  }

  /**
   * Walks the decisions once and adds, to the accumulator {@code target} gives for an input id
   * (none when it gives null), each decision presenting the input (once per decision) and the
   * input's first consideration in each decision, in the order of the decisions. An input id
   * that a decision names twice finds the accumulator already holding that decision, so no
   * decision's list is searched for repeats.
   */
  private static void collectLinks(EngagementDataset data, Function<InputId, LinksBuilder> target) {
    List<DecisionRecord> decisions = data.decisions();
    for (int d = 0, n = decisions.size(); d < n; d++) {
      DecisionRecord decision = decisions.get(d);
      List<InputId> presented = decision.presentedInputs();
      for (int i = 0, m = presented.size(); i < m; i++) {
        LinksBuilder b = target.apply(presented.get(i));
        if (b != null) {
          b.present(d, decision);
        }
      }
      List<Consideration> considerations = decision.considerations();
      for (int i = 0, m = considerations.size(); i < m; i++) {
        Consideration c = considerations.get(i);
        LinksBuilder b = target.apply(c.input());
        if (b != null) {
          b.consider(d, decision, c);
        }
      }
    }
  }

  /**
   * The elements of a record's list whose key no earlier element has, in order: the first
   * occurrence counts. The list itself when nothing repeats; short lists, the common case, are
   * scanned without a set.
   */
  private static <T, K> List<T> firstByKey(List<T> list, Function<T, K> key) {
    int n = list.size();
    if (n <= 32) {
      List<T> out = null;
      for (int i = 0; i < n; i++) {
        K k = key.apply(list.get(i));
        boolean repeated = false;
        for (int j = 0; j < i && !repeated; j++) {
          repeated = key.apply(list.get(j)).equals(k);
        }
        if (repeated && out == null) {
          out = new ArrayList<>(list.subList(0, i));
        } else if (!repeated && out != null) {
          out.add(list.get(i));
        }
      }
      return out == null ? list : out;
    }
    Map<K, T> first = new LinkedHashMap<>();
    for (T t : list) {
      first.putIfAbsent(key.apply(t), t);
    }
    return first.size() == n ? list : new ArrayList<>(first.values());
  }

  private static Object[] buildAllocationsByInput(EngagementDataset data) {
    Map<InputId, List<ResourceAllocation>> byInput = new HashMap<>();
    Map<DecisionId, List<ResourceAllocation>> byDecision = new HashMap<>();
    for (ResourceAllocation allocation : data.allocations()) {
      for (InputId input : firstByKey(allocation.respondsTo(), Function.identity())) {
        byInput.computeIfAbsent(input, k -> new ArrayList<>()).add(allocation);
      }
      allocation
          .decision()
          .ifPresent(d -> byDecision.computeIfAbsent(d, k -> new ArrayList<>()).add(allocation));
    }
    byInput.values().forEach(l -> l.sort(ALLOCATION_ORDER));
    byDecision.values().forEach(l -> l.sort(ALLOCATION_ORDER));
    return new Object[] {freeze(byInput), freeze(byDecision)};
  }

  private static Map<InitiativeId, List<EngagementActivity>> buildActivitiesByInitiative(EngagementDataset data) {
    Map<InitiativeId, Map<ActivityId, EngagementActivity>> links = new HashMap<>();
    for (Initiative initiative : data.initiatives()) {
      for (ActivityId id : initiative.activities()) {
        data.activity(id)
            .ifPresent(
                a -> links.computeIfAbsent(initiative.id(), k -> new HashMap<>()).putIfAbsent(id, a));
      }
    }
    for (EngagementActivity activity : data.activities()) {
      for (InitiativeId initiative : activity.initiatives()) {
        if (data.activity(activity.id()).orElse(null) == activity) {
          links.computeIfAbsent(initiative, k -> new HashMap<>()).putIfAbsent(activity.id(), activity);
        }
      }
    }
    Map<InitiativeId, List<EngagementActivity>> linked = new HashMap<>();
    links.forEach(
        (initiative, activities) -> {
          List<EngagementActivity> list = new ArrayList<>(activities.values());
          list.sort(Comparator.comparing(a -> a.id().value()));
          linked.put(initiative, list);
        });
    return freeze(linked);
  }

  private static Map<ActivityId, List<Feedback>> buildFeedbackByActivity(EngagementDataset data) {
    Map<ActivityId, List<Feedback>> feedback = new HashMap<>();
    for (Feedback f : data.feedback()) {
      for (ActivityId activity : firstByKey(f.answers(), Function.identity())) {
        feedback.computeIfAbsent(activity, k -> new ArrayList<>()).add(f);
      }
    }
    feedback.values().forEach(l -> l.sort(Comparator.comparing(Feedback::published).thenComparing(f -> f.id().value())));
    return freeze(feedback);
  }

  private static Map<InputId, List<FeedbackResponse>> buildResponsesByInput(EngagementDataset data) {
    Map<InputId, List<FeedbackResponse>> responses = new HashMap<>();
    for (Feedback f : data.feedback()) {
      for (org.engagement.core.InputResponse r
          : firstByKey(f.responses(), org.engagement.core.InputResponse::input)) {
        responses.computeIfAbsent(r.input(), k -> new ArrayList<>()).add(new FeedbackResponse(f, r));
      }
    }
    responses.values().forEach(l -> l.sort(Comparator.comparing((FeedbackResponse r) -> r.feedback().published())
        .thenComparing(r -> r.feedback().id().value())));
    return freeze(responses);
  }

  private Map<AreaId, Map<String, List<ReferencePopulation>>> buildReferenceByArea() {
    Map<AreaId, Map<String, List<ReferencePopulation>>> references = new HashMap<>();
    Map<AreaId, List<ReferencePopulation>> populations = grouped(RecordType.REFERENCE_POPULATION);
    populations.forEach((area, byId) -> {
      Map<String, List<ReferencePopulation>> byDimension = new HashMap<>();
      for (ReferencePopulation p : byId) {
        byDimension.computeIfAbsent(p.dimension(), k -> new ArrayList<>()).add(p);
      }
      references.put(area, freeze(byDimension));
    });
    return Collections.unmodifiableMap(references);
  }

  /**
   * The records of one type by the area they name, in the order the measures read them: by
   * date, then id, for allocations; by id for every other type.
   */
  private static Map<AreaId, List<Object>> groupByArea(EngagementDataset data, RecordType type) {
    Comparator<Object> order = type == RecordType.ALLOCATION
        ? (a, b) -> ALLOCATION_ORDER.compare((ResourceAllocation) a, (ResourceAllocation) b)
        : Comparator.comparing(type::idOf);
    return group(cast(type.records(data)), type::areaOf, order);
  }

  /** The grouping by area of a type that has one, built now if not yet. */
  private <T> Map<AreaId, List<T>> grouped(RecordType type) {
    return cast(byArea.get(type).get());
  }

  /**
   * Each input with the decisions presenting it and its considerations, by area: what {@link
   * #decisionsPresenting} and {@link #considerationsOf} give for it, gathered in one pass over the
   * decisions into one accumulator per input id, without building those two maps, which a measure
   * that reads only the links (M1, M2) does not need.
   */
  private Map<AreaId, List<InputLinks>> buildInputLinks(EngagementDataset data) {
    Map<AreaId, List<CommunityInput>> inputsHere = grouped(RecordType.INPUT);
    Map<InputId, LinksBuilder> byInput = new HashMap<>(Math.max(16, data.inputs().size() * 2));
    Map<AreaId, LinksBuilder[]> builders = new HashMap<>();
    inputsHere.forEach((area, inputs) -> {
      LinksBuilder[] here = new LinksBuilder[inputs.size()];
      for (int k = 0; k < here.length; k++) {
        here[k] = byInput.computeIfAbsent(inputs.get(k).id(), id -> new LinksBuilder());
      }
      builders.put(area, here);
    });
    collectLinks(data, byInput::get);
    Map<AreaId, List<InputLinks>> out = new HashMap<>();
    inputsHere.forEach((area, inputs) -> {
      LinksBuilder[] here = builders.get(area);
      List<InputLinks> links = new ArrayList<>(inputs.size());
      for (int k = 0; k < here.length; k++) {
        links.add(here[k].build(inputs.get(k)));
      }
      out.put(area, Collections.unmodifiableList(links));
    });
    return Collections.unmodifiableMap(out);
  }

  /**
   * The decisions presenting one input id and its considerations, as {@link #collectLinks}
   * gathers them, for the two maps and for the links (shared by the inputs that have that id).
   */
  private static final class LinksBuilder {
    /** The decisions presenting the input id; null until the first. */
    @Nullable List<DecisionRecord> presented;
    /** The first consideration of the input id in each decision that has one; null until then. */
    @Nullable List<DecisionConsideration> considered;
    /** The position in the dataset of the decision last added to each list, -1 before any. */
    private int presentedBy = -1;
    private int consideredBy = -1;
    private boolean sorted;

    /** Adds the decision at {@code position} in the dataset, unless it was the last added. */
    void present(int position, DecisionRecord decision) {
      if (position != presentedBy) {
        presentedBy = position;
        if (presented == null) {
          presented = new ArrayList<>(2);
        }
        presented.add(decision);
      }
    }

    /** Adds the decision's consideration, unless one of that decision was the last added. */
    void consider(int position, DecisionRecord decision, Consideration consideration) {
      if (position != consideredBy) {
        consideredBy = position;
        if (considered == null) {
          considered = new ArrayList<>(2);
        }
        considered.add(new DecisionConsideration(decision, consideration));
      }
    }

    /** Sorts both lists, by decision date, then id, once. */
    void sort() {
      if (!sorted) {
        if (presented != null) {
          presented.sort(DECISION_ORDER);
        }
        if (considered != null) {
          considered.sort(CONSIDERATION_ORDER);
        }
        sorted = true;
      }
    }

    InputLinks build(CommunityInput input) {
      sort();
      return new InputLinks(input, presented == null ? List.of() : presented,
          considered == null ? List.of() : Collections.unmodifiableList(considered));
    }
  }

  private Map<AreaId, Responders[]> buildResponders() {
    Map<AreaId, Responders[]> out = new HashMap<>();
    inputLinksByArea.get().forEach((area, inputs) -> {
      Responders[] responders = new Responders[inputs.size()];
      for (int k = 0; k < responders.length; k++) {
        InputLinks links = inputs.get(k);
        List<ResourceAllocation> allocations = new ArrayList<>(allocationsCiting(links.input().id()));
        List<java.time.LocalDate> dates = new ArrayList<>();
        allocations.forEach(a -> dates.add(null));
        for (DecisionConsideration dc : links.considerations()) {
          Consideration c = dc.consideration();
          if (accepts(c)) {
            for (ResourceAllocation a : allocationsImplementing(dc.decision().id())) {
              allocations.add(a);
              dates.add(dc.decision().date());
            }
          }
        }
        responders[k] = allocations.isEmpty() ? Responders.NONE : new Responders(allocations, dates);
      }
      out.put(area, responders);
    });
    return Collections.unmodifiableMap(out);
  }

  /**
   * Each area's responses to surveys of participants with what each says ({@link
   * ParticipantResponses}), in one pass over the responses: each survey's population and
   * questions by role found once, each response of participants judged once. Neither the other
   * responses nor a grouping of every response by area is kept (the same order, by id, as {@link
   * #responsesIn}).
   */
  private static Map<AreaId, ParticipantResponses> buildParticipantResponses(
      EngagementDataset data) {
    Map<SurveyId, Optional<SurveyRoles>> surveys = new HashMap<>();
    List<SurveyResponse> kept = new ArrayList<>();
    for (SurveyResponse response : data.responses()) {
      Optional<SurveyRoles> survey = surveys.computeIfAbsent(response.survey(), id ->
          data.survey(id).filter(s -> s.population() == SurveyPopulation.PARTICIPANTS)
              .map(SurveyRoles::new));
      if (survey.isPresent()) {
        kept.add(response);
      }
    }
    Function<SurveyId, SurveyRoles> surveyOf = id -> surveys.get(id).orElseThrow();
    Map<AreaId, ParticipantResponses> out = new HashMap<>();
    group(kept, SurveyResponse::area, Comparator.comparing((SurveyResponse r) -> r.id().value()))
        .forEach((area, here) -> out.put(area, new ParticipantResponses(here, surveyOf)));
    return Collections.unmodifiableMap(out);
  }

  private Map<AreaId, long[]> buildRespondingFrom(EngagementDataset data) {
    Map<AreaId, long[]> out = new HashMap<>();
    Map<AreaId, List<ResourceAllocation>> byAreaHere = grouped(RecordType.ALLOCATION);
    byAreaHere.forEach((area, allocations) -> {
      long[] from = new long[allocations.size()];
      for (int k = 0; k < from.length; k++) {
        from[k] = respondingFrom(data, allocations.get(k));
      }
      out.put(area, from);
    });
    return Collections.unmodifiableMap(out);
  }

  /**
   * The first as-of day on which an allocation responds to an input (docs/spec/measures.md §2,
   * M2): it must be dated by the as-of date and on or after the input, and either cite the input
   * or implement a decision, dated by the as-of date, whose first consideration of the input is
   * considered and accepted. Only the as-of date depends on the scope, so the answer is one day.
   */
  private static long respondingFrom(EngagementDataset data, ResourceAllocation allocation) {
    java.time.LocalDate date = allocation.date();
    for (InputId id : allocation.respondsTo()) {
      Optional<CommunityInput> input = data.input(id);
      if (input.isPresent() && !date.isBefore(input.get().date())) {
        return date.toEpochDay();
      }
    }
    Optional<DecisionRecord> decision = allocation.decision().flatMap(data::decision);
    if (decision.isPresent()) {
      for (Consideration c : firstByKey(decision.get().considerations(), Consideration::input)) {
        Optional<CommunityInput> input = accepts(c) ? data.input(c.input()) : Optional.empty();
        if (input.isPresent() && !date.isBefore(input.get().date())) {
          return Math.max(date.toEpochDay(), decision.get().date().toEpochDay());
        }
      }
    }
    return Long.MAX_VALUE;
  }

  /**
   * Whether a consideration counts as accepting its input (docs/spec/measures.md §2, M2): it was
   * considered and its outcome is accepted or partly accepted.
   *
   * @param c the consideration, not null
   * @return true when it accepts
   */
  public static boolean accepts(Consideration c) {
    return c.considered() && c.outcome().map(ConsiderationOutcome::isAccepted)
        .orElse(false);
  }

  private Map<AreaId, InitiativeLinks[]> buildInitiativeLinks() {
    Map<AreaId, InitiativeLinks[]> out = new HashMap<>();
    Map<AreaId, List<Initiative>> byAreaHere = grouped(RecordType.INITIATIVE);
    byAreaHere.forEach((area, initiatives) -> {
      InitiativeLinks[] links = new InitiativeLinks[initiatives.size()];
      for (int k = 0; k < links.length; k++) {
        Initiative initiative = initiatives.get(k);
        links[k] = new InitiativeLinks(initiative, activitiesLinkedTo(initiative.id()));
      }
      out.put(area, links);
    });
    return Collections.unmodifiableMap(out);
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }

  /**
   * A structure built on first use, at most once, from any thread.
   *
   * @param <T> the structure's type
   */
  private static final class Lazy<T> {
    private java.util.function.Supplier<T> build;
    private volatile T value;

    Lazy(java.util.function.Supplier<T> build) {
      this.build = build;
    }

    T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = build.get();
            value = v;
            build = null;
          }
        }
      }
      return v;
    }
  }

  /**
   * Returns the indexes of a context's dataset, building them on the first call with the context.
   *
   * @param context the context, not null
   * @return the indexes, the same instance for every call with {@code context}, never null
   */
  public static DatasetIndex of(EvaluationContext context) {
    return context.derived(DatasetIndex.class, DatasetIndex::new);
  }

  private static <K, V> Map<K, List<V>> group(
      List<V> records, Function<V, K> key, Comparator<? super V> order) {
    Map<K, List<V>> out = new HashMap<>();
    for (V record : records) {
      out.computeIfAbsent(key.apply(record), k -> new ArrayList<>()).add(record);
    }
    out.values().forEach(l -> l.sort(order));
    return freeze(out);
  }

  private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> map) {
    map.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(map);
  }

  /**
   * The inputs whose area is {@code area} itself, each with the decisions presenting it and its
   * considerations.
   *
   * @param area the area
   * @return sorted by input id
   */
  public List<InputLinks> inputLinksIn(AreaId area) {
    return inputLinksByArea.get().getOrDefault(area, List.of());
  }

  /**
   * The allocations that may respond to each input whose area is {@code area} itself.
   *
   * @param area the area
   * @return one per input, in the order of {@link #inputLinksIn}; do not modify
   */
  public Responders[] respondersIn(AreaId area) {
    return respondersByArea.get().getOrDefault(area, NO_RESPONDERS);
  }

  /**
   * The initiatives whose area is {@code area} itself, each with its linked activities.
   *
   * @param area the area
   * @return by initiative id; do not modify
   */
  public InitiativeLinks[] initiativeLinksIn(AreaId area) {
    return initiativeLinksByArea.get().getOrDefault(area, NO_INITIATIVE_LINKS);
  }

  private static final InitiativeLinks[] NO_INITIATIVE_LINKS = {};

  /**
   * For each allocation whose area is {@code area} itself, in the order of {@link
   * #allocationsIn}, the first as-of date, as an epoch day, from which it responds to at least
   * one input of the dataset (M2), or {@code Long.MAX_VALUE} when it never does.
   *
   * @param area the area
   * @return one day per allocation; do not modify
   */
  public long[] respondingFromIn(AreaId area) {
    return respondingFromByArea.get().getOrDefault(area, NO_DAYS);
  }

  private static final long[] NO_DAYS = {};

  private static final Responders[] NO_RESPONDERS = {};

  /**
   * The records of one type whose area is {@code area} itself: the grouping of that type is
   * built on the first call for it, so that types no measure asks for are never indexed.
   *
   * @param type a type whose records {@linkplain RecordType#hasArea() name an area}, not null
   * @param area the area
   * @param recordClass the type's {@link RecordType#recordClass()}, not null
   * @param <T> the record class
   * @return by date, then id, for {@link RecordType#ALLOCATION}; by id for every other type;
   *     empty when none
   * @throws IllegalArgumentException if the type names no area, or holds another class
   */
  public <T> List<T> recordsIn(RecordType type, AreaId area, Class<T> recordClass) {
    Lazy<Map<AreaId, List<Object>>> grouping = byArea.get(type);
    if (grouping == null) {
      throw new IllegalArgumentException(type + " records name no area");
    }
    if (recordClass != type.recordClass()) {
      throw new IllegalArgumentException(type + " holds " + type.recordClass().getSimpleName()
          + ", not " + recordClass.getSimpleName());
    }
    return cast(grouping.get().getOrDefault(area, List.of()));
  }

  /**
   * The inputs whose area is {@code area} itself.
   *
   * @param area the area
   * @return sorted by id
   */
  public List<CommunityInput> inputsIn(AreaId area) {
    return recordsIn(RecordType.INPUT, area, CommunityInput.class);
  }

  /**
   * The activities whose area is {@code area} itself.
   *
   * @param area the area
   * @return sorted by id
   */
  public List<EngagementActivity> activitiesIn(AreaId area) {
    return recordsIn(RecordType.ACTIVITY, area, EngagementActivity.class);
  }

  /**
   * The initiatives whose area is {@code area} itself.
   *
   * @param area the area
   * @return sorted by id
   */
  public List<Initiative> initiativesIn(AreaId area) {
    return recordsIn(RecordType.INITIATIVE, area, Initiative.class);
  }

  /**
   * The allocations whose area is {@code area} itself.
   *
   * @param area the area
   * @return by date, id
   */
  public List<ResourceAllocation> allocationsIn(AreaId area) {
    return recordsIn(RecordType.ALLOCATION, area, ResourceAllocation.class);
  }

  /**
   * The decision records whose area is {@code area} itself.
   *
   * @param area the area
   * @return by id
   */
  public List<DecisionRecord> decisionsIn(AreaId area) {
    return recordsIn(RecordType.DECISION, area, DecisionRecord.class);
  }

  /**
   * The local performance targets whose area is {@code area} itself.
   *
   * @param area the area
   * @return by id
   */
  public List<LocalPerformanceTarget> targetsIn(AreaId area) {
    return recordsIn(RecordType.TARGET, area, LocalPerformanceTarget.class);
  }

  /**
   * The responses whose area is {@code area} itself to surveys of participants, with what each
   * says.
   *
   * @param area the area
   * @return in the order of {@link #responsesIn}, by id, those to surveys of participants the
   *     dataset holds
   */
  public ParticipantResponses participantResponsesIn(AreaId area) {
    return participantResponsesByArea.get().getOrDefault(area, ParticipantResponses.NONE);
  }

  /**
   * The survey responses whose area is {@code area} itself.
   *
   * @param area the area
   * @return by id
   */
  public List<SurveyResponse> responsesIn(AreaId area) {
    return recordsIn(RecordType.RESPONSE, area, SurveyResponse.class);
  }

  /**
   * The inputs raised at an activity.
   *
   * @param activity the activity
   * @return sorted by id
   */
  public List<CommunityInput> inputsAt(ActivityId activity) {
    return inputsByActivity.get().getOrDefault(activity, List.of());
  }

  /**
   * The decisions that list an input as presented.
   *
   * @param input the input
   * @return by date, id
   */
  public List<DecisionRecord> decisionsPresenting(InputId input) {
    return decisionsByPresentedInput.get().getOrDefault(input, List.of());
  }

  /**
   * The considerations of an input (the first per decision), with their decisions.
   *
   * @param input the input
   * @return by decision date, then decision id
   */
  public List<DecisionConsideration> considerationsOf(InputId input) {
    return considerationsByInput.get().getOrDefault(input, List.of());
  }

  /**
   * The allocations that cite an input directly.
   *
   * @param input the input
   * @return by date, id
   */
  public List<ResourceAllocation> allocationsCiting(InputId input) {
    return allocationsByInput.get().getOrDefault(input, List.of());
  }

  /**
   * The allocations that implement a decision.
   *
   * @param decision the decision
   * @return by date, id
   */
  public List<ResourceAllocation> allocationsImplementing(DecisionId decision) {
    return allocationsByDecision.get().getOrDefault(decision, List.of());
  }

  /**
   * The activities linked to an initiative from either side, each once.
   *
   * @param initiative the initiative
   * @return sorted by id
   */
  public List<EngagementActivity> activitiesLinkedTo(InitiativeId initiative) {
    return activitiesByInitiative.get().getOrDefault(initiative, List.of());
  }

  /**
   * The feedback that answers an activity.
   *
   * @param activity the activity
   * @return by date, id
   */
  public List<Feedback> feedbackAnswering(ActivityId activity) {
    return feedbackByActivity.get().getOrDefault(activity, List.of());
  }

  /**
   * The reference populations of an area on one dimension.
   *
   * @param area the area
   * @param dimension the dimension code
   * @return sorted by id
   */
  public List<ReferencePopulation> referencePopulations(AreaId area, String dimension) {
    return referenceByArea.get().getOrDefault(area, Map.of()).getOrDefault(dimension, List.of());
  }

  /**
   * The panels whose area is {@code area} itself.
   *
   * @param area the area
   * @return sorted by id
   */
  public List<org.engagement.core.Panel> panelsIn(AreaId area) {
    return recordsIn(RecordType.PANEL, area, org.engagement.core.Panel.class);
  }

  /**
   * The role assignments whose area is {@code area} itself.
   *
   * @param area the area
   * @return by id
   */
  public List<org.engagement.core.RoleAssignment> rolesIn(AreaId area) {
    return recordsIn(RecordType.ROLE, area, org.engagement.core.RoleAssignment.class);
  }

  /**
   * The publications whose area is {@code area} itself.
   *
   * @param area the area
   * @return by id
   */
  public List<org.engagement.core.Publication> publicationsIn(AreaId area) {
    return recordsIn(RecordType.PUBLICATION, area, org.engagement.core.Publication.class);
  }

  /**
   * The key messages whose area is {@code area} itself.
   *
   * @param area the area
   * @return by id
   */
  public List<org.engagement.core.KeyMessage> keyMessagesIn(AreaId area) {
    return recordsIn(RecordType.KEY_MESSAGE, area, org.engagement.core.KeyMessage.class);
  }

  /**
   * The stakeholders whose home area is {@code area} itself.
   *
   * @param area the area
   * @return by id
   */
  public List<org.engagement.core.Stakeholder> stakeholdersHomedIn(AreaId area) {
    return recordsIn(RecordType.STAKEHOLDER, area, org.engagement.core.Stakeholder.class);
  }

  /**
   * The hard-to-hear groups declared in {@code area} itself.
   *
   * @param area the area
   * @return by id
   */
  public List<org.engagement.core.HardToHearGroup> hardToHearGroupsIn(AreaId area) {
    return recordsIn(RecordType.HARD_TO_HEAR_GROUP, area, org.engagement.core.HardToHearGroup.class);
  }

  /**
   * The commitments tagged with a standard.
   *
   * @param standard e.g. {@code "YE-2"}
   * @return by id
   */
  public List<org.engagement.core.Commitment> commitmentsTagged(String standard) {
    return commitmentsByStandard.get().getOrDefault(standard, List.of());
  }

  /**
   * The publications linked to a panel.
   *
   * @param panel the panel
   * @return sorted by id
   */
  public List<org.engagement.core.Publication> publicationsOf(org.engagement.core.PanelId panel) {
    return publicationsByPanel.get().getOrDefault(panel, List.of());
  }

  /**
   * The priorities a panel set.
   *
   * @param panel the panel
   * @return sorted by id
   */
  public List<org.engagement.core.Priority> prioritiesOf(org.engagement.core.PanelId panel) {
    return prioritiesByPanel.get().getOrDefault(panel, List.of());
  }

  /**
   * The activities that name a panel.
   *
   * @param panel the panel
   * @return sorted by id
   */
  public List<EngagementActivity> activitiesOf(org.engagement.core.PanelId panel) {
    return activitiesByPanel.get().getOrDefault(panel, List.of());
  }

  /**
   * The analysis records of an activity.
   *
   * @param activity the activity
   * @return sorted by id
   */
  public List<org.engagement.core.AnalysisRecord> analysesOf(ActivityId activity) {
    return analysesByActivity.get().getOrDefault(activity, List.of());
  }

  /**
   * The feedback records that carry a response to an input, each once (with its first response
   * to the input).
   *
   * @param input the input
   * @return by published date, then feedback id
   */
  public List<FeedbackResponse> responsesTo(InputId input) {
    return responsesByInput.get().getOrDefault(input, List.of());
  }
}
