package org.engagement.core;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The immutable aggregate of all engagement records: the demographic scheme, the issue taxonomy
 * and one list per record type, indexed by id for O(1) lookup, with the area tree computed once.
 *
 * <pre>{@code
 * EngagementDataset data = EngagementDataset.builder()
 *     .addAreas(Area.builder().id(AreaId.of("E09000022")).name("Lambeth")
 *         .level(AreaLevel.BOROUGH).build())
 *     .addIssueCategories(IssueCategory.of("ASB", "Anti-social behaviour"))
 *     .build();
 * data.area(AreaId.of("E09000022"));           // Optional[Area{...}]
 * data.descendants(AreaId.of("E09000022"));    // the borough's wards, and theirs
 * }</pre>
 *
 * <p>A dataset holds whatever it is given, even data that breaks the rules between records
 * (duplicate ids, dangling references, a cycle in the area tree), so that
 * {@link org.engagement.core.validation.DatasetValidator} can report every problem at once.
 * Lookups return the first record with an id; tree queries stop at a cycle.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EngagementDataset {

  EngagementDataset() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the empty dataset with the default scheme.
   *
   * @return a dataset without records, never null
   */
  public static EngagementDataset empty() {
    return builder().build();
  }

  /**
   * The demographic scheme that counts and responses use.
   *
   * @return the scheme; {@link DemographicScheme#defaultScheme()} by default
   */
  @Value.Default
  @Valid
  public DemographicScheme scheme() {
    return DemographicScheme.defaultScheme();
  }

  /**
   * The issue taxonomy that records cite by code.
   *
   * @return the categories, never null
   */
  public abstract List<@Valid IssueCategory> issueCategories();

  /**
   * The areas of the tree.
   *
   * @return the records, in input order, never null
   */
  public abstract List<@Valid Area> areas();

  /**
   * The stakeholder register.
   *
   * @return the records, in input order, never null
   */
  public abstract List<@Valid Stakeholder> stakeholders();

  /**
   * The declared hard-to-hear groups.
   *
   * @return the records, in input order, never null
   */
  public abstract List<@Valid HardToHearGroup> hardToHearGroups();

  /**
   * The reference populations.
   *
   * @return the records, in input order, never null
   */
  public abstract List<@Valid ReferencePopulation> referencePopulations();

  /**
   * The engagement activities.
   *
   * @return the records, in input order, never null
   */
  public abstract List<@Valid EngagementActivity> activities();

  /**
   * The community inputs.
   *
   * @return the records, in input order, never null
   */
  public abstract List<@Valid CommunityInput> inputs();

  /**
   * The analysis records.
   *
   * @return the records, in input order, never null
   */
  public abstract List<@Valid AnalysisRecord> analyses();

  /**
   * The decision records.
   *
   * @return the records, in input order, never null
   */
  public abstract List<@Valid DecisionRecord> decisions();

  /**
   * The local performance targets.
   *
   * @return the records, in input order, never null
   */
  public abstract List<@Valid LocalPerformanceTarget> targets();

  /**
   * The resource allocations.
   *
   * @return the records, in input order, never null
   */
  public abstract List<@Valid ResourceAllocation> allocations();

  /**
   * The initiatives and operations.
   *
   * @return the records, in input order, never null
   */
  public abstract List<@Valid Initiative> initiatives();

  /**
   * The published feedback.
   *
   * @return the records, in input order, never null
   */
  public abstract List<@Valid Feedback> feedback();

  /**
   * The survey waves.
   *
   * @return the records, in input order, never null
   */
  public abstract List<@Valid Survey> surveys();

  /**
   * The survey responses.
   *
   * @return the records, in input order, never null
   */
  public abstract List<@Valid SurveyResponse> responses();

  /**
   * The panels and groups.
   *
   * @return the records, in input order, never null
   */
  public abstract List<@Valid Panel> panels();

  /**
   * The neighbourhood priorities.
   *
   * @return the records, in input order, never null
   */
  public abstract List<@Valid Priority> priorities();

  /**
   * The role assignments.
   *
   * @return the records, in input order, never null
   */
  public abstract List<@Valid RoleAssignment> roles();

  /**
   * The key messages.
   *
   * @return the records, in input order, never null
   */
  public abstract List<@Valid KeyMessage> keyMessages();

  /**
   * The commitments.
   *
   * @return the records, in input order, never null
   */
  public abstract List<@Valid Commitment> commitments();

  /**
   * The publications.
   *
   * @return the records, in input order, never null
   */
  public abstract List<@Valid Publication> publications();

  /**
   * Finds an {@link Area} by id in O(1).
   *
   * @param id the id, not null
   * @return the first record with that id, or empty
   */
  public Optional<Area> area(AreaId id) {
    return Optional.ofNullable(areaIndex().get(id));
  }

  /**
   * Finds a {@link Stakeholder} by id in O(1).
   *
   * @param id the id, not null
   * @return the first record with that id, or empty
   */
  public Optional<Stakeholder> stakeholder(StakeholderId id) {
    return Optional.ofNullable(stakeholderIndex().get(id));
  }

  /**
   * Finds a {@link HardToHearGroup} by id in O(1).
   *
   * @param id the id, not null
   * @return the first record with that id, or empty
   */
  public Optional<HardToHearGroup> hardToHearGroup(GroupId id) {
    return Optional.ofNullable(hardToHearGroupIndex().get(id));
  }

  /**
   * Finds a {@link ReferencePopulation} by id in O(1).
   *
   * @param id the id, not null
   * @return the first record with that id, or empty
   */
  public Optional<ReferencePopulation> referencePopulation(PopulationId id) {
    return Optional.ofNullable(referencePopulationIndex().get(id));
  }

  /**
   * Finds an {@link EngagementActivity} by id in O(1).
   *
   * @param id the id, not null
   * @return the first record with that id, or empty
   */
  public Optional<EngagementActivity> activity(ActivityId id) {
    return Optional.ofNullable(activityIndex().get(id));
  }

  /**
   * Finds a {@link CommunityInput} by id in O(1).
   *
   * @param id the id, not null
   * @return the first record with that id, or empty
   */
  public Optional<CommunityInput> input(InputId id) {
    return Optional.ofNullable(inputIndex().get(id));
  }

  /**
   * Finds an {@link AnalysisRecord} by id in O(1).
   *
   * @param id the id, not null
   * @return the first record with that id, or empty
   */
  public Optional<AnalysisRecord> analysis(AnalysisId id) {
    return Optional.ofNullable(analysisIndex().get(id));
  }

  /**
   * Finds a {@link DecisionRecord} by id in O(1).
   *
   * @param id the id, not null
   * @return the first record with that id, or empty
   */
  public Optional<DecisionRecord> decision(DecisionId id) {
    return Optional.ofNullable(decisionIndex().get(id));
  }

  /**
   * Finds a {@link LocalPerformanceTarget} by id in O(1).
   *
   * @param id the id, not null
   * @return the first record with that id, or empty
   */
  public Optional<LocalPerformanceTarget> target(TargetId id) {
    return Optional.ofNullable(targetIndex().get(id));
  }

  /**
   * Finds a {@link ResourceAllocation} by id in O(1).
   *
   * @param id the id, not null
   * @return the first record with that id, or empty
   */
  public Optional<ResourceAllocation> allocation(AllocationId id) {
    return Optional.ofNullable(allocationIndex().get(id));
  }

  /**
   * Finds an {@link Initiative} by id in O(1).
   *
   * @param id the id, not null
   * @return the first record with that id, or empty
   */
  public Optional<Initiative> initiative(InitiativeId id) {
    return Optional.ofNullable(initiativeIndex().get(id));
  }

  /**
   * Finds a {@link Feedback} by id in O(1).
   *
   * @param id the id, not null
   * @return the first record with that id, or empty
   */
  public Optional<Feedback> feedbackRecord(FeedbackId id) {
    return Optional.ofNullable(feedbackRecordIndex().get(id));
  }

  /**
   * Finds a {@link Survey} by id in O(1).
   *
   * @param id the id, not null
   * @return the first record with that id, or empty
   */
  public Optional<Survey> survey(SurveyId id) {
    return Optional.ofNullable(surveyIndex().get(id));
  }

  /**
   * Finds a {@link SurveyResponse} by id in O(1).
   *
   * @param id the id, not null
   * @return the first record with that id, or empty
   */
  public Optional<SurveyResponse> response(ResponseId id) {
    return Optional.ofNullable(responseIndex().get(id));
  }

  /**
   * Finds a {@link Panel} by id in O(1).
   *
   * @param id the id, not null
   * @return the first record with that id, or empty
   */
  public Optional<Panel> panel(PanelId id) {
    return Optional.ofNullable(panelIndex().get(id));
  }

  /**
   * Finds a {@link Priority} by id in O(1).
   *
   * @param id the id, not null
   * @return the first record with that id, or empty
   */
  public Optional<Priority> priority(PriorityId id) {
    return Optional.ofNullable(priorityIndex().get(id));
  }

  /**
   * Finds a {@link RoleAssignment} by id in O(1).
   *
   * @param id the id, not null
   * @return the first record with that id, or empty
   */
  public Optional<RoleAssignment> role(RoleId id) {
    return Optional.ofNullable(roleIndex().get(id));
  }

  /**
   * Finds a {@link KeyMessage} by id in O(1).
   *
   * @param id the id, not null
   * @return the first record with that id, or empty
   */
  public Optional<KeyMessage> keyMessage(MessageId id) {
    return Optional.ofNullable(keyMessageIndex().get(id));
  }

  /**
   * Finds a {@link Commitment} by id in O(1).
   *
   * @param id the id, not null
   * @return the first record with that id, or empty
   */
  public Optional<Commitment> commitment(CommitmentId id) {
    return Optional.ofNullable(commitmentIndex().get(id));
  }

  /**
   * Finds a {@link Publication} by id in O(1).
   *
   * @param id the id, not null
   * @return the first record with that id, or empty
   */
  public Optional<Publication> publication(PublicationId id) {
    return Optional.ofNullable(publicationIndex().get(id));
  }

  @Value.Lazy
  Map<AreaId, Area> areaIndex() {
    return index(areas(), Area::id);
  }

  @Value.Lazy
  Map<StakeholderId, Stakeholder> stakeholderIndex() {
    return index(stakeholders(), Stakeholder::id);
  }

  @Value.Lazy
  Map<GroupId, HardToHearGroup> hardToHearGroupIndex() {
    return index(hardToHearGroups(), HardToHearGroup::id);
  }

  @Value.Lazy
  Map<PopulationId, ReferencePopulation> referencePopulationIndex() {
    return index(referencePopulations(), ReferencePopulation::id);
  }

  @Value.Lazy
  Map<ActivityId, EngagementActivity> activityIndex() {
    return index(activities(), EngagementActivity::id);
  }

  @Value.Lazy
  Map<InputId, CommunityInput> inputIndex() {
    return index(inputs(), CommunityInput::id);
  }

  @Value.Lazy
  Map<AnalysisId, AnalysisRecord> analysisIndex() {
    return index(analyses(), AnalysisRecord::id);
  }

  @Value.Lazy
  Map<DecisionId, DecisionRecord> decisionIndex() {
    return index(decisions(), DecisionRecord::id);
  }

  @Value.Lazy
  Map<TargetId, LocalPerformanceTarget> targetIndex() {
    return index(targets(), LocalPerformanceTarget::id);
  }

  @Value.Lazy
  Map<AllocationId, ResourceAllocation> allocationIndex() {
    return index(allocations(), ResourceAllocation::id);
  }

  @Value.Lazy
  Map<InitiativeId, Initiative> initiativeIndex() {
    return index(initiatives(), Initiative::id);
  }

  @Value.Lazy
  Map<FeedbackId, Feedback> feedbackRecordIndex() {
    return index(feedback(), Feedback::id);
  }

  @Value.Lazy
  Map<SurveyId, Survey> surveyIndex() {
    return index(surveys(), Survey::id);
  }

  @Value.Lazy
  Map<ResponseId, SurveyResponse> responseIndex() {
    return index(responses(), SurveyResponse::id);
  }

  @Value.Lazy
  Map<PanelId, Panel> panelIndex() {
    return index(panels(), Panel::id);
  }

  @Value.Lazy
  Map<PriorityId, Priority> priorityIndex() {
    return index(priorities(), Priority::id);
  }

  @Value.Lazy
  Map<RoleId, RoleAssignment> roleIndex() {
    return index(roles(), RoleAssignment::id);
  }

  @Value.Lazy
  Map<MessageId, KeyMessage> keyMessageIndex() {
    return index(keyMessages(), KeyMessage::id);
  }

  @Value.Lazy
  Map<CommitmentId, Commitment> commitmentIndex() {
    return index(commitments(), Commitment::id);
  }

  @Value.Lazy
  Map<PublicationId, Publication> publicationIndex() {
    return index(publications(), Publication::id);
  }

  /**
   * Finds an issue category by code.
   *
   * @param code the code, not null
   * @return the first category with that code, or empty
   */
  public Optional<IssueCategory> issueCategory(String code) {
    return Optional.ofNullable(issueCategoryIndex().get(code));
  }

  @Value.Lazy
  Map<String, IssueCategory> issueCategoryIndex() {
    return index(issueCategories(), IssueCategory::code);
  }

  @Value.Lazy
  AreaTree areaTree() {
    return new AreaTree(areaIndex());
  }

  /**
   * The ancestors of an area, nearest first: a ward's borough, then the force area.
   *
   * @param area the area id, not null
   * @return the ancestors, empty for a root or an unknown area; the walk stops at a cycle
   */
  public List<AreaId> ancestors(AreaId area) {
    return areaTree().ancestors(area);
  }

  /**
   * The direct children of an area, sorted by id.
   *
   * @param area the area id, not null
   * @return the children, empty for a leaf or an unknown area
   */
  public List<AreaId> children(AreaId area) {
    return areaTree().children(area);
  }

  /**
   * The area and all its descendants: the population of a scope on that area.
   *
   * @param root the root of the subtree, not null
   * @return the subtree including {@code root}, depth first in id order, never null
   */
  public Set<AreaId> subtree(AreaId root) {
    return areaTree().subtree(root);
  }

  /**
   * The descendants of an area, without the area itself.
   *
   * @param root the root of the subtree, not null
   * @return the descendants, depth first in id order, never null
   */
  public List<AreaId> descendants(AreaId root) {
    List<AreaId> out = new ArrayList<>(subtree(root));
    out.remove(root);
    return Collections.unmodifiableList(out);
  }

  /**
   * Whether {@code area} is {@code root} or one of its descendants: whether a record of
   * {@code area} counts for {@code root}.
   *
   * @param area the area of a record, not null
   * @param root the area of a scope, not null
   * @return true when {@code area} lies in the subtree of {@code root}
   */
  public boolean isWithin(AreaId area, AreaId root) {
    return areaTree().isWithin(area, root);
  }

  /**
   * The level of an area.
   *
   * @param area the area id, not null
   * @return the level, or empty when the area is unknown
   */
  public Optional<AreaLevel> level(AreaId area) {
    return area(area).map(Area::level);
  }

  /**
   * The areas of one level in the subtree of {@code root}, sorted by id: every ward of a borough.
   *
   * @param root the root of the subtree, not null
   * @param level the level, not null
   * @return the area ids, never null
   */
  public List<AreaId> areasAtLevel(AreaId root, AreaLevel level) {
    return subtree(root).stream()
        .filter(id -> level(id).equals(Optional.of(level)))
        .sorted()
        .toList();
  }

  /**
   * The areas that lie on a cycle of parent links (which the validator reports as an error).
   *
   * @return the area ids, sorted, empty for a well-formed tree
   */
  public Set<AreaId> areasOnCycle() {
    return areaTree().cyclic();
  }

  /**
   * The number of records of one type.
   *
   * @param type the record type, not null
   * @return the size of that collection
   */
  public int count(RecordType type) {
    return records(type).size();
  }

  /**
   * The records of one type, for code that treats every type alike (reports, serialisers).
   *
   * @param type the record type, not null
   * @return the collection named by {@link RecordType#collection()}, never null
   */
  public List<?> records(RecordType type) {
    return type.records(this);
  }

  /**
   * The id of a record of any type: its {@link Identified#id()}, or an issue category's code.
   *
   * @param record a record of one of the dataset's collections, not null
   * @return the id's text, never null
   * @throws IllegalArgumentException if {@code record} is of no record type
   */
  public static String idOf(Object record) {
    if (record instanceof Identified) {
      return ((Identified) record).id().value();
    }
    if (record instanceof IssueCategory) {
      return ((IssueCategory) record).code();
    }
    throw new IllegalArgumentException("not a record of a dataset: " + record.getClass().getName());
  }

  /**
   * Returns the number of records of each type, not the records (a dataset can be large).
   *
   * @return e.g. {@code EngagementDataset{areas=12, activities=96, inputs=410, ...}}
   */
  @Override
  public String toString() {
    StringJoiner out = new StringJoiner(", ", "EngagementDataset{", "}");
    for (RecordType type : RecordType.values()) {
      int n = count(type);
      if (n > 0) {
        out.add(type.collection() + "=" + n);
      }
    }
    return out.toString();
  }

  private static <K, V> Map<K, V> index(List<V> records, Function<V, K> key) {
    Map<K, V> map = new HashMap<>(Math.max(16, records.size() * 2));
    for (V record : records) {
      map.putIfAbsent(key.apply(record), record);
    }
    return Collections.unmodifiableMap(map);
  }

  /** Builds an {@link EngagementDataset}. */
  public static final class Builder extends ImmutableEngagementDataset.Builder {
    Builder() {}
  }
}
