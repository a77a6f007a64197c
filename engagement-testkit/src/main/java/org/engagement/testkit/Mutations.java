package org.engagement.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
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
import org.engagement.core.Commitment;
import org.engagement.core.CommitmentId;
import org.engagement.core.CommunityInput;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.CountBasis;
import org.engagement.core.DecisionId;
import org.engagement.core.DecisionRecord;
import org.engagement.core.DemographicCounts;
import org.engagement.core.DemographicDimension;
import org.engagement.core.DimensionCounts;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Feedback;
import org.engagement.core.FeedbackFormat;
import org.engagement.core.FeedbackId;
import org.engagement.core.GroupId;
import org.engagement.core.Initiative;
import org.engagement.core.InitiativeId;
import org.engagement.core.InitiativeKind;
import org.engagement.core.InputId;
import org.engagement.core.InputResponse;
import org.engagement.core.IssueCategory;
import org.engagement.core.LocalPerformanceTarget;
import org.engagement.core.MemberCategory;
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
import org.engagement.core.RecordType;
import org.engagement.core.ReferencePopulation;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.ResourceType;
import org.engagement.core.ResponseId;
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
import org.engagement.core.validation.ValidationCode;

/**
 * Targeted mutations: each takes a valid dataset and returns it with exactly one kind of defect,
 * together with the {@link ValidationCode} the defect must trigger and the record it is in.
 *
 * <pre>{@code
 * Mutations.Mutated broken = Mutations.unknownArea(SampleDataset.lambeth());
 * ValidationReport report = DatasetValidator.standard().validate(broken.dataset());
 * report.issues(broken.code());     // one UNKNOWN_REFERENCE, at broken.recordId()
 *
 * for (Mutations.Mutation m : Mutations.list()) { ... }  // every kind of defect
 *
 * @Property
 * void everyDefectIsFound(@ForAll("broken") BrokenDataset broken) { ... }
 * @Provide
 * Arbitrary<BrokenDataset> broken() { return Mutations.all(); }  // or Mutations.of(code)
 * }</pre>
 *
 * <p>A mutation adds new records (with ids the dataset does not use) or changes one record, and
 * leaves the rest as it was. It needs a dataset with at least one area that has a child, one
 * issue category, one activity, one input and a scheme dimension with a category;
 * {@link SampleDataset#lambeth()} and every dataset of
 * {@link EngagementArbitraries#validDatasets()} have them. Given less, it throws
 * {@link IllegalArgumentException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Mutations {

  private static final LocalDate DAY = LocalDate.of(2012, 10, 4);

  private Mutations() {}

  /**
   * A dataset with one kind of defect.
   *
   * @param name the mutation's name, e.g. {@code "unknownArea"}
   * @param dataset the mutated dataset
   * @param code the code the validator must report
   * @param recordType the type of a record the code must be reported on
   * @param recordId the id (or issue category code) of that record
   * @param alsoTriggered codes the defect triggers by its nature besides {@code code} (a cycle of
   *     areas always has a parent that is not above its child); usually empty
   */
  public record Mutated(String name, EngagementDataset dataset, ValidationCode code,
      RecordType recordType, String recordId, Set<ValidationCode> alsoTriggered) {

    /**
     * Checks that no component is null.
     *
     * @param name the mutation's name
     * @param dataset the mutated dataset
     * @param code the code the validator must report
     * @param recordType the type of a record the code must be reported on
     * @param recordId the id of that record
     * @param alsoTriggered codes the defect triggers by its nature besides {@code code}
     * @throws NullPointerException if a component is null
     */
    public Mutated {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(dataset, "dataset");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(recordType, "recordType");
      Objects.requireNonNull(recordId, "recordId");
      alsoTriggered = Set.copyOf(alsoTriggered);
    }

    /**
     * Every code the validator may report on the mutated dataset.
     *
     * @return {@link #code()} and {@link #alsoTriggered()}
     */
    public Set<ValidationCode> allowedCodes() {
      Set<ValidationCode> all = EnumSet.of(code);
      all.addAll(alsoTriggered);
      return all;
    }
  }

  /** One kind of defect, by name and code, that can be applied to any valid dataset. */
  public static final class Mutation {
    private final String name;
    private final ValidationCode code;
    private final Function<EngagementDataset, Mutated> apply;

    private Mutation(String name, ValidationCode code, Function<EngagementDataset, Mutated> apply) {
      this.name = name;
      this.code = code;
      this.apply = apply;
    }

    /** {@return the name of the static method that applies it, never null} */
    public String name() {
      return name;
    }

    /** {@return the code it must trigger, never null} */
    public ValidationCode code() {
      return code;
    }

    /**
     * Applies the mutation.
     *
     * @param valid a valid dataset, not null
     * @return the mutated dataset and what to expect, never null
     * @throws IllegalArgumentException if the dataset lacks the records the mutation needs
     */
    public Mutated apply(EngagementDataset valid) {
      return apply.apply(valid);
    }

    /** Returns the name, which jqwik and JUnit show for a generated mutation. */
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Valid random datasets ({@link EngagementArbitraries#validDatasets()}), each broken by one
   * targeted mutation of {@link #list()}, with the code it must give.
   *
   * @return the arbitrary, seeded and shrinkable by jqwik, never null
   */
  public static Arbitrary<BrokenDataset> all() {
    return Combinators.combine(EngagementArbitraries.validDatasets(), Arbitraries.of(list()))
        .as((valid, mutation) -> BrokenDataset.of(mutation.apply(valid)));
  }

  /**
   * Valid random datasets, each broken by one targeted mutation that must give this code.
   *
   * @param code the code the validator must report, not null
   * @return the arbitrary, seeded and shrinkable by jqwik, never null
   * @throws IllegalArgumentException if no mutation gives the code; {@link #codes()} lists those
   *     that do
   */
  public static Arbitrary<BrokenDataset> of(ValidationCode code) {
    List<Mutation> of = list().stream().filter(m -> m.code() == code).toList();
    if (of.isEmpty()) {
      throw new IllegalArgumentException("no mutation gives " + code + "; these do: " + codes());
    }
    return Combinators.combine(EngagementArbitraries.validDatasets(), Arbitraries.of(of))
        .as((valid, mutation) -> BrokenDataset.of(mutation.apply(valid)));
  }

  /**
   * The codes that some mutation gives.
   *
   * @return the codes, in declaration order, never null
   */
  public static Set<ValidationCode> codes() {
    Set<ValidationCode> codes = EnumSet.noneOf(ValidationCode.class);
    list().forEach(m -> codes.add(m.code()));
    return codes;
  }

  /**
   * Every mutation, at least one per {@link ValidationCode} except {@code CONSTRAINT_VIOLATED}
   * (no constraint of the model maps to it), {@code VALIDATOR_FAILURE} and {@code DUPLICATE_ENTRY} (a
   * dataset cannot hold what it reports: only readers do).
   *
   * @return the mutations, never null
   */
  public static List<Mutation> list() {
    return List.of(
        new Mutation("duplicateActivityId", ValidationCode.DUPLICATE_ID,
            Mutations::duplicateActivityId),
        new Mutation("duplicateIssueCategoryCode", ValidationCode.DUPLICATE_ID,
            Mutations::duplicateIssueCategoryCode),
        new Mutation("duplicateQuestionId", ValidationCode.DUPLICATE_ID,
            Mutations::duplicateQuestionId),
        new Mutation("unknownArea", ValidationCode.UNKNOWN_REFERENCE, Mutations::unknownArea),
        new Mutation("unknownActivity", ValidationCode.UNKNOWN_REFERENCE,
            Mutations::unknownActivity),
        new Mutation("unknownInput", ValidationCode.UNKNOWN_REFERENCE, Mutations::unknownInput),
        new Mutation("unknownDecision", ValidationCode.UNKNOWN_REFERENCE,
            Mutations::unknownDecision),
        new Mutation("unknownInitiative", ValidationCode.UNKNOWN_REFERENCE,
            Mutations::unknownInitiative),
        new Mutation("unknownPanel", ValidationCode.UNKNOWN_REFERENCE, Mutations::unknownPanel),
        new Mutation("unknownSurvey", ValidationCode.UNKNOWN_REFERENCE, Mutations::unknownSurvey),
        new Mutation("unknownQuestion", ValidationCode.UNKNOWN_REFERENCE,
            Mutations::unknownQuestion),
        new Mutation("unknownHardToHearGroup", ValidationCode.UNKNOWN_REFERENCE,
            Mutations::unknownHardToHearGroup),
        new Mutation("unknownIssueCategory", ValidationCode.UNKNOWN_ISSUE_CATEGORY,
            Mutations::unknownIssueCategory),
        new Mutation("unknownDimension", ValidationCode.UNKNOWN_DIMENSION,
            Mutations::unknownDimension),
        new Mutation("unknownCategory", ValidationCode.UNKNOWN_CATEGORY,
            Mutations::unknownCategory),
        new Mutation("areaCycle", ValidationCode.AREA_CYCLE, Mutations::areaCycle),
        new Mutation("areaLevelOrder", ValidationCode.AREA_LEVEL_ORDER,
            Mutations::areaLevelOrder),
        new Mutation("activityEndBeforeStart", ValidationCode.DATE_ORDER,
            Mutations::activityEndBeforeStart),
        new Mutation("initiativeEndBeforeStart", ValidationCode.DATE_ORDER,
            Mutations::initiativeEndBeforeStart),
        new Mutation("panelActiveToBeforeFrom", ValidationCode.DATE_ORDER,
            Mutations::panelActiveToBeforeFrom),
        new Mutation("memberLeftBeforeJoined", ValidationCode.DATE_ORDER,
            Mutations::memberLeftBeforeJoined),
        new Mutation("roleToBeforeFrom", ValidationCode.DATE_ORDER, Mutations::roleToBeforeFrom),
        new Mutation("priorityActionBeforeSet", ValidationCode.DATE_ORDER,
            Mutations::priorityActionBeforeSet),
        new Mutation("farFutureActivityDate", ValidationCode.DATE_OUT_OF_RANGE,
            Mutations::farFutureActivityDate),
        new Mutation("allocationForRejectedInput", ValidationCode.ALLOCATION_FOR_REJECTED_INPUT,
            Mutations::allocationForRejectedInput),
        new Mutation("allocationBeforeDecision", ValidationCode.ALLOCATION_BEFORE_DECISION,
            Mutations::allocationBeforeDecision),
        new Mutation("allocationBeforeInput", ValidationCode.ALLOCATION_BEFORE_INPUT,
            Mutations::allocationBeforeInput),
        new Mutation("targetBeforeInput", ValidationCode.TARGET_BEFORE_INPUT,
            Mutations::targetBeforeInput),
        new Mutation("feedbackBeforeInput", ValidationCode.FEEDBACK_BEFORE_INPUT,
            Mutations::feedbackBeforeInput),
        new Mutation("inputBeforeActivity", ValidationCode.INPUT_BEFORE_ACTIVITY,
            Mutations::inputBeforeActivity),
        new Mutation("analysisBeforeActivity", ValidationCode.ANALYSIS_BEFORE_ACTIVITY,
            Mutations::analysisBeforeActivity),
        new Mutation("decisionBeforeInput", ValidationCode.DECISION_BEFORE_INPUT,
            Mutations::decisionBeforeInput),
        new Mutation("feedbackBeforeActivity", ValidationCode.FEEDBACK_BEFORE_ACTIVITY,
            Mutations::feedbackBeforeActivity),
        new Mutation("considerationNotPresented", ValidationCode.CONSIDERATION_NOT_PRESENTED,
            Mutations::considerationNotPresented),
        new Mutation("duplicateConsideration", ValidationCode.DUPLICATE_CONSIDERATION,
            Mutations::duplicateConsideration),
        new Mutation("negativeQuantity", ValidationCode.NEGATIVE_VALUE,
            Mutations::negativeQuantity),
        new Mutation("zeroWeight", ValidationCode.NOT_POSITIVE, Mutations::zeroWeight),
        new Mutation("zeroCommitmentTarget", ValidationCode.NOT_POSITIVE,
            Mutations::zeroCommitmentTarget),
        new Mutation("zeroSupport", ValidationCode.BELOW_MINIMUM, Mutations::zeroSupport),
        new Mutation("blankTitle", ValidationCode.BLANK_TEXT, Mutations::blankTitle),
        new Mutation("countExceedsAttendance", ValidationCode.COUNT_EXCEEDS_ATTENDANCE,
            Mutations::countExceedsAttendance),
        new Mutation("attendanceSumOutOfRange", ValidationCode.SUM_OUT_OF_RANGE,
            Mutations::attendanceSumOutOfRange),
        new Mutation("duplicateReferencePopulation",
            ValidationCode.DUPLICATE_REFERENCE_POPULATION,
            Mutations::duplicateReferencePopulation),
        new Mutation("duplicateQuestionRole", ValidationCode.DUPLICATE_QUESTION_ROLE,
            Mutations::duplicateQuestionRole),
        new Mutation("roleTypeMismatch", ValidationCode.ROLE_TYPE_MISMATCH,
            Mutations::roleTypeMismatch),
        new Mutation("questionWithoutCategories", ValidationCode.QUESTION_WITHOUT_CATEGORIES,
            Mutations::questionWithoutCategories),
        new Mutation("likertOutOfRange", ValidationCode.LIKERT_OUT_OF_RANGE,
            Mutations::likertOutOfRange),
        new Mutation("answerTypeMismatch", ValidationCode.ANSWER_TYPE_MISMATCH,
            Mutations::answerTypeMismatch));
  }

  // ---- DUPLICATE_ID --------------------------------------------------------------------------

  /**
   * Appends a copy of the first activity.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated duplicateActivityId(EngagementDataset valid) {
    EngagementActivity first = first(valid.activities(), "an activity");
    return mutated("duplicateActivityId", builder(valid).addActivities(first),
        ValidationCode.DUPLICATE_ID, RecordType.ACTIVITY, first.id().value());
  }

  /**
   * Appends a category with the first category's code.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated duplicateIssueCategoryCode(EngagementDataset valid) {
    IssueCategory first = first(valid.issueCategories(), "an issue category");
    return mutated("duplicateIssueCategoryCode",
        builder(valid).addIssueCategories(IssueCategory.of(first.code(), "Another label")),
        ValidationCode.DUPLICATE_ID, RecordType.ISSUE_CATEGORY, first.code());
  }

  /**
   * Adds a survey that lists one question id twice.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated duplicateQuestionId(EngagementDataset valid) {
    SurveyId id = freshSurvey(valid);
    Survey survey = survey(id,
        question("Q1", QuestionType.BINARY, null), question("Q1", QuestionType.LIKERT_5, null));
    return mutated("duplicateQuestionId", builder(valid).addSurveys(survey),
        ValidationCode.DUPLICATE_ID, RecordType.SURVEY, id.value());
  }

  // ---- UNKNOWN_REFERENCE and UNKNOWN_ISSUE_CATEGORY ------------------------------------------

  /**
   * Adds a copy of the first activity in an area that does not exist.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated unknownArea(EngagementDataset valid) {
    EngagementActivity copy = copyOfFirstActivity(valid)
        .area(AreaId.of(fresh("AREA", id -> valid.area(AreaId.of(id)).isPresent())))
        .build();
    return mutated("unknownArea", builder(valid).addActivities(copy),
        ValidationCode.UNKNOWN_REFERENCE, RecordType.ACTIVITY, copy.id().value());
  }

  /**
   * Adds a copy of the first input raised at an activity that does not exist.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated unknownActivity(EngagementDataset valid) {
    CommunityInput copy = copyOfFirstInput(valid).activity(freshActivity(valid)).build();
    return mutated("unknownActivity", builder(valid).addInputs(copy),
        ValidationCode.UNKNOWN_REFERENCE, RecordType.INPUT, copy.id().value());
  }

  /**
   * Adds a decision presented with an input that does not exist.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated unknownInput(EngagementDataset valid) {
    DecisionRecord decision = decision(valid, DAY)
        .addPresentedInputs(InputId.of(fresh("IN", id -> valid.input(InputId.of(id)).isPresent())))
        .build();
    return mutated("unknownInput", builder(valid).addDecisions(decision),
        ValidationCode.UNKNOWN_REFERENCE, RecordType.DECISION, decision.id().value());
  }

  /**
   * Adds an allocation implementing a decision that does not exist.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated unknownDecision(EngagementDataset valid) {
    ResourceAllocation allocation = allocation(valid, BigDecimal.TEN)
        .decision(DecisionId.of(fresh("DEC", id -> valid.decision(DecisionId.of(id)).isPresent())))
        .build();
    return mutated("unknownDecision", builder(valid).addAllocations(allocation),
        ValidationCode.UNKNOWN_REFERENCE, RecordType.ALLOCATION, allocation.id().value());
  }

  /**
   * Adds a copy of the first activity supporting an initiative that does not exist.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated unknownInitiative(EngagementDataset valid) {
    EngagementActivity copy = copyOfFirstActivity(valid)
        .addInitiatives(InitiativeId.of(
            fresh("OP", id -> valid.initiative(InitiativeId.of(id)).isPresent())))
        .build();
    return mutated("unknownInitiative", builder(valid).addActivities(copy),
        ValidationCode.UNKNOWN_REFERENCE, RecordType.ACTIVITY, copy.id().value());
  }

  /**
   * Adds a publication for a panel that does not exist.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated unknownPanel(EngagementDataset valid) {
    Publication publication = publication(valid, "Minutes")
        .panel(PanelId.of(fresh("PANEL", id -> valid.panel(PanelId.of(id)).isPresent())))
        .build();
    return mutated("unknownPanel", builder(valid).addPublications(publication),
        ValidationCode.UNKNOWN_REFERENCE, RecordType.PUBLICATION, publication.id().value());
  }

  /**
   * Adds a response to a survey that does not exist.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated unknownSurvey(EngagementDataset valid) {
    SurveyResponse response = response(valid, freshSurvey(valid)).build();
    return mutated("unknownSurvey", builder(valid).addResponses(response),
        ValidationCode.UNKNOWN_REFERENCE, RecordType.RESPONSE, response.id().value());
  }

  /**
   * Adds a survey and a response answering a question the survey does not have.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated unknownQuestion(EngagementDataset valid) {
    SurveyId id = freshSurvey(valid);
    SurveyResponse response = response(valid, id)
        .putAnswers(QuestionId.of("Q-MUTANT"), Answer.yes()).build();
    return mutated("unknownQuestion", builder(valid)
            .addSurveys(survey(id, question("Q1", QuestionType.BINARY, null)))
            .addResponses(response),
        ValidationCode.UNKNOWN_REFERENCE, RecordType.RESPONSE, response.id().value());
  }

  /**
   * Adds a stakeholder representing a hard-to-hear group that does not exist.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated unknownHardToHearGroup(EngagementDataset valid) {
    Stakeholder stakeholder = Stakeholder.builder()
        .id(StakeholderId.of(fresh("SH", id -> valid.stakeholder(StakeholderId.of(id))
            .isPresent())))
        .name("Mutant residents' association").kind(StakeholderKind.COMMUNITY_GROUP)
        .homeArea(firstArea(valid))
        .addGroups(GroupId.of(fresh("HTH", id -> valid.hardToHearGroup(GroupId.of(id))
            .isPresent())))
        .build();
    return mutated("unknownHardToHearGroup", builder(valid).addStakeholders(stakeholder),
        ValidationCode.UNKNOWN_REFERENCE, RecordType.STAKEHOLDER, stakeholder.id().value());
  }

  /**
   * Adds an allocation to an issue category outside the taxonomy.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated unknownIssueCategory(EngagementDataset valid) {
    ResourceAllocation allocation = allocation(valid, BigDecimal.TEN)
        .issueCategory(fresh("ISSUE", code -> valid.issueCategory(code).isPresent()))
        .build();
    return mutated("unknownIssueCategory", builder(valid).addAllocations(allocation),
        ValidationCode.UNKNOWN_ISSUE_CATEGORY, RecordType.ALLOCATION, allocation.id().value());
  }

  // ---- demographics --------------------------------------------------------------------------

  /**
   * Adds a reference population of a dimension the scheme does not have.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated unknownDimension(EngagementDataset valid) {
    String dimension = fresh("DIMENSION", code -> valid.scheme().dimension(code).isPresent());
    ReferencePopulation population = population(valid, dimension, "WHATEVER").build();
    return mutated("unknownDimension", builder(valid).addReferencePopulations(population),
        ValidationCode.UNKNOWN_DIMENSION, RecordType.REFERENCE_POPULATION,
        population.id().value());
  }

  /**
   * Adds a reference population counting a category its dimension does not have.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated unknownCategory(EngagementDataset valid) {
    DemographicDimension dimension = first(valid.scheme().dimensions(), "a scheme dimension");
    String category = fresh("CATEGORY", code -> dimension.category(code).isPresent());
    ReferencePopulation population = population(valid, dimension.code(), category).build();
    return mutated("unknownCategory", builder(valid).addReferencePopulations(population),
        ValidationCode.UNKNOWN_CATEGORY, RecordType.REFERENCE_POPULATION,
        population.id().value());
  }

  /**
   * Adds a copy of the first activity whose respondents outnumber its attendance.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated countExceedsAttendance(EngagementDataset valid) {
    DemographicDimension dimension = first(valid.scheme().dimensions(), "a scheme dimension");
    EngagementActivity copy = copyOfFirstActivity(valid).attendance(1L)
        .demographics(DemographicCounts.builder().basis(CountBasis.RESPONDENTS)
            .addDimensions(DimensionCounts.builder().dimension(dimension.code())
                .putCounts(dimension.categories().get(0).code(), 2L).build())
            .build())
        .build();
    return mutated("countExceedsAttendance", builder(valid).addActivities(copy),
        ValidationCode.COUNT_EXCEEDS_ATTENDANCE, RecordType.ACTIVITY, copy.id().value());
  }

  /**
   * Adds two activities whose attendance brings the total of all activities' attendance one
   * past the range of a long, the second of them passing it.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated attendanceSumOutOfRange(EngagementDataset valid) {
    long total = 0;
    for (EngagementActivity a : valid.activities()) {
      total += a.attendance().orElse(0L);
    }
    EngagementActivity first = copyOfFirstActivity(valid).attendance(Long.MAX_VALUE - total)
        .demographics(Optional.empty()).build();
    EngagementDataset withFirst = builder(valid).addActivities(first).build();
    EngagementActivity second = copyOfFirstActivity(withFirst).attendance(1L)
        .demographics(Optional.empty()).build();
    return mutated("attendanceSumOutOfRange", builder(withFirst).addActivities(second),
        ValidationCode.SUM_OUT_OF_RANGE, RecordType.ACTIVITY, second.id().value());
  }

  /**
   * Adds two reference populations of one area, year and dimension.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated duplicateReferencePopulation(EngagementDataset valid) {
    DemographicDimension dimension = first(valid.scheme().dimensions(), "a scheme dimension");
    String category = dimension.categories().get(0).code();
    ReferencePopulation census = population(valid, dimension.code(), category).build();
    ReferencePopulation estimate = ReferencePopulation.builder().from(census)
        .id(PopulationId.of(census.id().value() + "-ESTIMATE")).source("An estimate").build();
    EngagementDataset.Builder out = builder(valid).addReferencePopulations(census, estimate);
    return mutated("duplicateReferencePopulation", out,
        ValidationCode.DUPLICATE_REFERENCE_POPULATION, RecordType.REFERENCE_POPULATION,
        estimate.id().value());
  }

  // ---- the area tree -------------------------------------------------------------------------

  /**
   * Makes the first area that has a child the child of that child.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect, which also breaks the level order
   */
  public static Mutated areaCycle(EngagementDataset valid) {
    List<Area> areas = new ArrayList<>(valid.areas());
    for (int i = 0; i < areas.size(); i++) {
      Area area = areas.get(i);
      List<AreaId> children = valid.children(area.id());
      if (!children.isEmpty() && valid.area(area.id()).orElse(null) == area) {
        areas.set(i, Area.builder().from(area).parent(children.get(0)).build());
        return new Mutated("areaCycle", withRecords(valid, RecordType.AREA, areas),
            ValidationCode.AREA_CYCLE, RecordType.AREA, area.id().value(),
            Set.of(ValidationCode.AREA_LEVEL_ORDER));
      }
    }
    throw new IllegalArgumentException("mutation areaCycle needs an area with a child");
  }

  /**
   * Adds an area at the same level as its parent.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated areaLevelOrder(EngagementDataset valid) {
    Area parent = first(valid.areas(), "an area");
    Area sibling = Area.builder()
        .id(AreaId.of(fresh("AREA", id -> valid.area(AreaId.of(id)).isPresent())))
        .name("Mutant area").level(parent.level()).parent(parent.id()).build();
    return mutated("areaLevelOrder", builder(valid).addAreas(sibling),
        ValidationCode.AREA_LEVEL_ORDER, RecordType.AREA, sibling.id().value());
  }

  // ---- DATE_ORDER ----------------------------------------------------------------------------

  /**
   * Adds a copy of the first activity that ends the day before it starts.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated activityEndBeforeStart(EngagementDataset valid) {
    LocalDate start = first(valid.activities(), "an activity").date();
    EngagementActivity activity = copyOfFirstActivity(valid).mode(ActivityMode.CONTINUOUS)
        .endDate(start.minusDays(1)).build();
    return mutated("activityEndBeforeStart", builder(valid).addActivities(activity),
        ValidationCode.DATE_ORDER, RecordType.ACTIVITY, activity.id().value());
  }

  /**
   * Adds an initiative that ends the day before it starts.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated initiativeEndBeforeStart(EngagementDataset valid) {
    Initiative initiative = Initiative.builder()
        .id(InitiativeId.of(fresh("OP", id -> valid.initiative(InitiativeId.of(id)).isPresent())))
        .kind(InitiativeKind.OPERATION).name("Operation Mutant").businessUnit("Mutant unit")
        .area(firstArea(valid)).start(DAY).end(DAY.minusDays(1))
        .build();
    return mutated("initiativeEndBeforeStart", builder(valid).addInitiatives(initiative),
        ValidationCode.DATE_ORDER, RecordType.INITIATIVE, initiative.id().value());
  }

  /**
   * Adds a panel active until the day before it started.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated panelActiveToBeforeFrom(EngagementDataset valid) {
    Panel panel = panel(valid).activeTo(DAY.minusDays(1)).build();
    return mutated("panelActiveToBeforeFrom", builder(valid).addPanels(panel),
        ValidationCode.DATE_ORDER, RecordType.PANEL, panel.id().value());
  }

  /**
   * Adds a panel with a member who left the day before joining.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated memberLeftBeforeJoined(EngagementDataset valid) {
    Panel panel = panel(valid)
        .addMembers(PanelMember.builder().member(ParticipantId.of("P-MUTANT"))
            .category(MemberCategory.RESIDENT).joined(DAY).left(DAY.minusDays(1)).build())
        .build();
    return mutated("memberLeftBeforeJoined", builder(valid).addPanels(panel),
        ValidationCode.DATE_ORDER, RecordType.PANEL, panel.id().value());
  }

  /**
   * Adds a role held until the day before it started.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated roleToBeforeFrom(EngagementDataset valid) {
    RoleAssignment role = RoleAssignment.builder()
        .id(RoleId.of(fresh("ROLE", id -> valid.role(RoleId.of(id)).isPresent())))
        .role(RoleKind.IAG_CHAIR).area(firstArea(valid)).from(DAY).to(DAY.minusDays(1))
        .build();
    return mutated("roleToBeforeFrom", builder(valid).addRoles(role),
        ValidationCode.DATE_ORDER, RecordType.ROLE, role.id().value());
  }

  /**
   * Adds a panel and a priority of it acted on the day before it was set.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated priorityActionBeforeSet(EngagementDataset valid) {
    Panel panel = panel(valid).build();
    Priority priority = Priority.builder()
        .id(PriorityId.of(fresh("PRI", id -> valid.priority(PriorityId.of(id)).isPresent())))
        .panel(panel.id()).issue("Mutant issue").source(PrioritySource.LOCAL).setDate(DAY)
        .action("Something").actionDate(DAY.minusDays(1))
        .build();
    return mutated("priorityActionBeforeSet",
        builder(valid).addPanels(panel).addPriorities(priority),
        ValidationCode.DATE_ORDER, RecordType.PRIORITY, priority.id().value());
  }

  /**
   * Adds an activity on the last day {@link java.time.LocalDate} holds, +999999999-12-31 (and
   * without an end date, which would have to follow it).
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated farFutureActivityDate(EngagementDataset valid) {
    EngagementActivity copy = copyOfFirstActivity(valid).date(LocalDate.MAX)
        .endDate(Optional.empty()).build();
    return mutated("farFutureActivityDate", builder(valid).addActivities(copy),
        ValidationCode.DATE_OUT_OF_RANGE, RecordType.ACTIVITY, copy.id().value());
  }

  // ---- dates across records ------------------------------------------------------------------

  /**
   * Adds a decision dated the day before the first input presented to it.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated decisionBeforeInput(EngagementDataset valid) {
    CommunityInput input = first(valid.inputs(), "an input");
    DecisionRecord decision = decision(valid, input.date().minusDays(1))
        .addPresentedInputs(input.id()).build();
    return mutated("decisionBeforeInput", builder(valid).addDecisions(decision),
        ValidationCode.DECISION_BEFORE_INPUT, RecordType.DECISION, decision.id().value());
  }

  /**
   * Adds feedback published the day before the first activity it answers.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated feedbackBeforeActivity(EngagementDataset valid) {
    EngagementActivity activity = first(valid.activities(), "an activity");
    Feedback feedback = Feedback.builder()
        .id(FeedbackId.of(fresh("FB", id -> valid.feedbackRecord(FeedbackId.of(id)).isPresent())))
        .published(activity.date().minusDays(1)).channel("website")
        .format(FeedbackFormat.SUMMARY).addAnswers(activity.id())
        .build();
    return mutated("feedbackBeforeActivity", builder(valid).addFeedback(feedback),
        ValidationCode.FEEDBACK_BEFORE_ACTIVITY, RecordType.FEEDBACK, feedback.id().value());
  }

  // ---- cross-record traps (warnings) ---------------------------------------------------------

  /**
   * Adds a decision that rejects the first input, and an allocation implementing that decision
   * that claims to respond to the input.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated allocationForRejectedInput(EngagementDataset valid) {
    CommunityInput input = first(valid.inputs(), "an input");
    DecisionRecord decision = decision(valid, input.date()).addPresentedInputs(input.id())
        .addConsiderations(Consideration.builder().input(input.id()).considered(true)
            .outcome(ConsiderationOutcome.REJECTED).reason("Not a police matter").build())
        .build();
    ResourceAllocation allocation = allocation(valid, BigDecimal.TEN).date(input.date())
        .decision(decision.id()).addRespondsTo(input.id()).build();
    return mutated("allocationForRejectedInput",
        builder(valid).addDecisions(decision).addAllocations(allocation),
        ValidationCode.ALLOCATION_FOR_REJECTED_INPUT, RecordType.ALLOCATION,
        allocation.id().value());
  }

  /**
   * Adds an allocation dated the day before the first decision, which it implements.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated allocationBeforeDecision(EngagementDataset valid) {
    DecisionRecord decision = first(valid.decisions(), "a decision");
    ResourceAllocation allocation = allocation(valid, BigDecimal.TEN)
        .date(decision.date().minusDays(1)).decision(decision.id()).build();
    return mutated("allocationBeforeDecision", builder(valid).addAllocations(allocation),
        ValidationCode.ALLOCATION_BEFORE_DECISION, RecordType.ALLOCATION,
        allocation.id().value());
  }

  /**
   * Adds an allocation dated the day before the first input, to which it responds.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated allocationBeforeInput(EngagementDataset valid) {
    CommunityInput input = first(valid.inputs(), "an input");
    ResourceAllocation allocation = allocation(valid, BigDecimal.TEN)
        .date(input.date().minusDays(1)).addRespondsTo(input.id()).build();
    return mutated("allocationBeforeInput", builder(valid).addAllocations(allocation),
        ValidationCode.ALLOCATION_BEFORE_INPUT, RecordType.ALLOCATION, allocation.id().value());
  }

  /**
   * Adds a target set the day before the first input, which it cites as informing it.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated targetBeforeInput(EngagementDataset valid) {
    CommunityInput input = first(valid.inputs(), "an input");
    LocalPerformanceTarget target = LocalPerformanceTarget.builder()
        .id(TargetId.of(fresh("TGT", id -> valid.target(TargetId.of(id)).isPresent())))
        .area(firstArea(valid)).setDate(input.date().minusDays(1))
        .period(Period.ofDay(input.date())).metric("Mutant metric").value(BigDecimal.ONE)
        .addInformedBy(input.id()).build();
    return mutated("targetBeforeInput", builder(valid).addTargets(target),
        ValidationCode.TARGET_BEFORE_INPUT, RecordType.TARGET, target.id().value());
  }

  /**
   * Adds feedback published the day before the first input, to which it responds.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated feedbackBeforeInput(EngagementDataset valid) {
    CommunityInput input = first(valid.inputs(), "an input");
    Feedback feedback = Feedback.builder()
        .id(FeedbackId.of(fresh("FB", id -> valid.feedbackRecord(FeedbackId.of(id)).isPresent())))
        .published(input.date().minusDays(1)).channel("website")
        .format(FeedbackFormat.SUMMARY)
        .addResponses(InputResponse.of(input.id(), true, "Done before it was asked"))
        .build();
    return mutated("feedbackBeforeInput", builder(valid).addFeedback(feedback),
        ValidationCode.FEEDBACK_BEFORE_INPUT, RecordType.FEEDBACK, feedback.id().value());
  }

  /**
   * Adds an input dated the day before the first activity, at which it was raised.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated inputBeforeActivity(EngagementDataset valid) {
    EngagementActivity activity = first(valid.activities(), "an activity");
    CommunityInput input = copyOfFirstInput(valid).activity(activity.id())
        .date(activity.date().minusDays(1)).build();
    return mutated("inputBeforeActivity", builder(valid).addInputs(input),
        ValidationCode.INPUT_BEFORE_ACTIVITY, RecordType.INPUT, input.id().value());
  }

  /**
   * Adds an analysis dated the day before the first activity, which it analyses.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated analysisBeforeActivity(EngagementDataset valid) {
    EngagementActivity activity = first(valid.activities(), "an activity");
    AnalysisRecord analysis = AnalysisRecord.builder()
        .id(AnalysisId.of(fresh("AN", id -> valid.analysis(AnalysisId.of(id)).isPresent())))
        .activity(activity.id()).date(activity.date().minusDays(1)).quantitative(true)
        .qualitative(false).weighted(Weighting.NOT_APPLICABLE).independent(false).build();
    return mutated("analysisBeforeActivity", builder(valid).addAnalyses(analysis),
        ValidationCode.ANALYSIS_BEFORE_ACTIVITY, RecordType.ANALYSIS, analysis.id().value());
  }

  // ---- considerations ------------------------------------------------------------------------

  /**
   * Adds a decision that considers an input not presented to it.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated considerationNotPresented(EngagementDataset valid) {
    CommunityInput input = first(valid.inputs(), "an input");
    DecisionRecord decision = decision(valid, input.date())
        .addConsiderations(Consideration.builder().input(input.id()).considered(true).build())
        .build();
    return mutated("considerationNotPresented", builder(valid).addDecisions(decision),
        ValidationCode.CONSIDERATION_NOT_PRESENTED, RecordType.DECISION, decision.id().value());
  }

  /**
   * Adds a decision that considers its one presented input twice.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated duplicateConsideration(EngagementDataset valid) {
    CommunityInput input = first(valid.inputs(), "an input");
    Consideration considered = Consideration.builder().input(input.id()).considered(true).build();
    DecisionRecord decision = decision(valid, input.date()).addPresentedInputs(input.id())
        .addConsiderations(considered, considered).build();
    return mutated("duplicateConsideration", builder(valid).addDecisions(decision),
        ValidationCode.DUPLICATE_CONSIDERATION, RecordType.DECISION, decision.id().value());
  }

  // ---- single-field constraints --------------------------------------------------------------

  /**
   * Adds an allocation of a negative quantity.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated negativeQuantity(EngagementDataset valid) {
    ResourceAllocation allocation = allocation(valid, new BigDecimal("-1")).build();
    return mutated("negativeQuantity", builder(valid).addAllocations(allocation),
        ValidationCode.NEGATIVE_VALUE, RecordType.ALLOCATION, allocation.id().value());
  }

  /**
   * Adds a survey and a response to it of weight 0.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated zeroWeight(EngagementDataset valid) {
    SurveyId id = freshSurvey(valid);
    SurveyResponse response = response(valid, id).weight(0.0).build();
    return mutated("zeroWeight", builder(valid)
            .addSurveys(survey(id, question("Q1", QuestionType.BINARY, null)))
            .addResponses(response),
        ValidationCode.NOT_POSITIVE, RecordType.RESPONSE, response.id().value());
  }

  /**
   * Adds a commitment with a target of 0.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated zeroCommitmentTarget(EngagementDataset valid) {
    Commitment commitment = Commitment.builder()
        .id(CommitmentId.of(fresh("YE", id -> valid.commitment(CommitmentId.of(id)).isPresent())))
        .area(firstArea(valid)).description("Nothing at all").target(BigDecimal.ZERO)
        .deadline(DAY).build();
    return mutated("zeroCommitmentTarget", builder(valid).addCommitments(commitment),
        ValidationCode.NOT_POSITIVE, RecordType.COMMITMENT, commitment.id().value());
  }

  /**
   * Adds a copy of the first input that nobody supports.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated zeroSupport(EngagementDataset valid) {
    CommunityInput copy = copyOfFirstInput(valid).support(0).build();
    return mutated("zeroSupport", builder(valid).addInputs(copy),
        ValidationCode.BELOW_MINIMUM, RecordType.INPUT, copy.id().value());
  }

  /**
   * Adds a publication with a blank title.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated blankTitle(EngagementDataset valid) {
    Publication publication = publication(valid, " ").build();
    return mutated("blankTitle", builder(valid).addPublications(publication),
        ValidationCode.BLANK_TEXT, RecordType.PUBLICATION, publication.id().value());
  }

  // ---- surveys and answers -------------------------------------------------------------------

  /**
   * Adds a survey with two POLICE_LISTEN questions.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated duplicateQuestionRole(EngagementDataset valid) {
    SurveyId id = freshSurvey(valid);
    Survey survey = survey(id,
        question("Q1", QuestionType.LIKERT_5, StandardRole.POLICE_LISTEN),
        question("Q2", QuestionType.LIKERT_5, StandardRole.POLICE_LISTEN));
    return mutated("duplicateQuestionRole", builder(valid).addSurveys(survey),
        ValidationCode.DUPLICATE_QUESTION_ROLE, RecordType.SURVEY, id.value());
  }

  /**
   * Adds a survey with a BINARY POLICE_LISTEN question.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated roleTypeMismatch(EngagementDataset valid) {
    SurveyId id = freshSurvey(valid);
    Survey survey = survey(id, question("Q1", QuestionType.BINARY, StandardRole.POLICE_LISTEN));
    return mutated("roleTypeMismatch", builder(valid).addSurveys(survey),
        ValidationCode.ROLE_TYPE_MISMATCH, RecordType.SURVEY, id.value());
  }

  /**
   * Adds a survey with a CATEGORICAL question without categories.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated questionWithoutCategories(EngagementDataset valid) {
    SurveyId id = freshSurvey(valid);
    Survey survey = survey(id, Question.builder().id(QuestionId.of("Q1")).text("Which?")
        .type(QuestionType.CATEGORICAL).build());
    return mutated("questionWithoutCategories", builder(valid).addSurveys(survey),
        ValidationCode.QUESTION_WITHOUT_CATEGORIES, RecordType.SURVEY, id.value());
  }

  /**
   * Adds a survey and a response answering its LIKERT_5 question with 6.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated likertOutOfRange(EngagementDataset valid) {
    SurveyId id = freshSurvey(valid);
    SurveyResponse response = response(valid, id)
        .putAnswers(QuestionId.of("Q1"), Answer.likert(6)).build();
    return mutated("likertOutOfRange", builder(valid)
            .addSurveys(survey(id, question("Q1", QuestionType.LIKERT_5, null)))
            .addResponses(response),
        ValidationCode.LIKERT_OUT_OF_RANGE, RecordType.RESPONSE, response.id().value());
  }

  /**
   * Adds a survey and a response answering its BINARY question with MAYBE.
   *
   * @param valid a valid dataset, not null
   * @return the mutated dataset and what to expect
   */
  public static Mutated answerTypeMismatch(EngagementDataset valid) {
    SurveyId id = freshSurvey(valid);
    SurveyResponse response = response(valid, id)
        .putAnswers(QuestionId.of("Q1"), Answer.of("MAYBE")).build();
    return mutated("answerTypeMismatch", builder(valid)
            .addSurveys(survey(id, question("Q1", QuestionType.BINARY, null)))
            .addResponses(response),
        ValidationCode.ANSWER_TYPE_MISMATCH, RecordType.RESPONSE, response.id().value());
  }

  // ---- editing datasets ----------------------------------------------------------------------

  /**
   * Returns the dataset with the records of one type replaced, the other collections and the
   * scheme unaffected.
   *
   * @param dataset the dataset, not null
   * @param type the record type, not null
   * @param records the new records, each of the type's record class, not null
   * @return a new dataset, never null; {@code dataset} is unaffected
   * @throws ClassCastException if a record is not of the type's class
   */
  public static EngagementDataset withRecords(
      EngagementDataset dataset, RecordType type, List<?> records) {
    EngagementDataset.Builder b = EngagementDataset.builder().from(dataset);
    type.set(b, records);
    return b.build();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static Mutated mutated(String name, EngagementDataset.Builder dataset,
      ValidationCode code, RecordType type, String recordId) {
    return new Mutated(name, dataset.build(), code, type, recordId, Set.of());
  }

  private static EngagementDataset.Builder builder(EngagementDataset valid) {
    return EngagementDataset.builder().from(valid);
  }

  private static <T> T first(List<T> records, String what) {
    if (records.isEmpty()) {
      throw new IllegalArgumentException("mutation needs a dataset with " + what);
    }
    return records.get(0);
  }

  private static AreaId firstArea(EngagementDataset valid) {
    return first(valid.areas(), "an area").id();
  }

  /** {@code PREFIX-MUTANT}, or {@code PREFIX-MUTANT-2} and so on until {@code taken} says no. */
  private static String fresh(String prefix, Predicate<String> taken) {
    String id = prefix + "-MUTANT";
    for (int n = 2; taken.test(id); n++) {
      id = prefix + "-MUTANT-" + n;
    }
    return id;
  }

  private static ActivityId freshActivity(EngagementDataset valid) {
    return ActivityId.of(fresh("ACT", id -> valid.activity(ActivityId.of(id)).isPresent()));
  }

  private static SurveyId freshSurvey(EngagementDataset valid) {
    return SurveyId.of(fresh("SURVEY", id -> valid.survey(SurveyId.of(id)).isPresent()));
  }

  private static EngagementActivity.Builder copyOfFirstActivity(EngagementDataset valid) {
    return EngagementActivity.builder().from(first(valid.activities(), "an activity"))
        .id(freshActivity(valid));
  }

  private static CommunityInput.Builder copyOfFirstInput(EngagementDataset valid) {
    return CommunityInput.builder().from(first(valid.inputs(), "an input"))
        .id(InputId.of(fresh("IN", id -> valid.input(InputId.of(id)).isPresent())));
  }

  private static DecisionRecord.Builder decision(EngagementDataset valid, LocalDate date) {
    return DecisionRecord.builder()
        .id(DecisionId.of(fresh("DEC", id -> valid.decision(DecisionId.of(id)).isPresent())))
        .body("Mutant board").area(firstArea(valid)).date(date);
  }

  private static ResourceAllocation.Builder allocation(EngagementDataset valid, BigDecimal qty) {
    return ResourceAllocation.builder()
        .id(AllocationId.of(fresh("ALLOC", id -> valid.allocation(AllocationId.of(id))
            .isPresent())))
        .date(DAY).area(firstArea(valid)).resourceType(ResourceType.FINANCIAL).quantity(qty)
        .unit("GBP").issueCategory(first(valid.issueCategories(), "an issue category").code());
  }

  private static Publication.Builder publication(EngagementDataset valid, String title) {
    return Publication.builder()
        .id(PublicationId.of(fresh("PUB", id -> valid.publication(PublicationId.of(id))
            .isPresent())))
        .kind(PublicationKind.OTHER).title(title).date(DAY).area(firstArea(valid));
  }

  private static Panel.Builder panel(EngagementDataset valid) {
    return Panel.builder()
        .id(PanelId.of(fresh("PANEL", id -> valid.panel(PanelId.of(id)).isPresent())))
        .kind(PanelKind.OTHER).name("Mutant panel").area(firstArea(valid)).activeFrom(DAY)
        .openness(Openness.OPEN);
  }

  private static SurveyResponse.Builder response(EngagementDataset valid, SurveyId survey) {
    return SurveyResponse.builder()
        .id(ResponseId.of(fresh("R", id -> valid.response(ResponseId.of(id)).isPresent())))
        .survey(survey).date(DAY).area(firstArea(valid));
  }

  /** A reference population of a year no other population of the area and dimension uses. */
  private static ReferencePopulation.Builder population(
      EngagementDataset valid, String dimension, String category) {
    AreaId area = firstArea(valid);
    int year = 1900;
    while (usesYear(valid, area, dimension, year)) {
      year++;
    }
    return ReferencePopulation.builder()
        .id(PopulationId.of(fresh("POP", id -> valid.referencePopulation(PopulationId.of(id))
            .isPresent())))
        .area(area).year(year).dimension(dimension).counts(Map.of(category, 100L));
  }

  private static boolean usesYear(EngagementDataset d, AreaId area, String dimension, int year) {
    return d.referencePopulations().stream().anyMatch(p ->
        p.area().equals(area) && p.dimension().equals(dimension) && p.year() == year);
  }

  private static Survey survey(SurveyId id, Question... questions) {
    return Survey.builder().id(id).name("Mutant survey").wave("1")
        .population(SurveyPopulation.PARTICIPANTS).addQuestions(questions).build();
  }

  private static Question question(String id, QuestionType type, StandardRole role) {
    Question.Builder q = Question.builder().id(QuestionId.of(id)).text("Question " + id).type(type);
    if (role != null) {
      q.role(role);
    }
    return q.build();
  }
}
