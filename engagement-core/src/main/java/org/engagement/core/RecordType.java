package org.engagement.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The kinds of record an {@link EngagementDataset} holds: the one list of record types that the
 * dataset, its builder, the dataset validator, the JSON format, the measures' index of records by
 * area, the summaries and the generators iterate. Each type knows its record class, the name of
 * its collection (the dataset accessor, and the array in the JSON format), how to read that
 * collection from a dataset and set it on a builder, the id of a record, and the area a record
 * belongs to ({@link #areaOf}, for the types that {@linkplain #hasArea() name one}) or is placed
 * in ({@link #placement}). Validation paths and summaries name records by these.
 *
 * <pre>{@code
 * for (RecordType type : RecordType.values()) {
 *   System.out.println(type.collection() + ": " + data.count(type));
 * }
 * List<CommunityInput> inputs = RecordType.INPUT.records(data, CommunityInput.class);
 * AreaId area = RecordType.INPUT.areaOf(inputs.get(0));
 * }</pre>
 *
 * <p>Adding a record type is one constant here (with its collection on {@link EngagementDataset}
 * and, when its records belong to an area, the accessor that gives it) and its binding in the
 * JSON format; everything that treats every type alike follows: reading and writing collections,
 * validation paths, shuffling and editing datasets in the test kit, the index of records by area
 * and the per-area summary.
 */
public enum RecordType {
  /** {@link Area}. */
  AREA("areas", Area.class, EngagementDataset::areas,
      EngagementDataset.Builder::areas),
  /** {@link IssueCategory}, the issue taxonomy. */
  ISSUE_CATEGORY("issueCategories", IssueCategory.class, EngagementDataset::issueCategories,
      EngagementDataset.Builder::issueCategories),
  /** {@link Stakeholder}. */
  STAKEHOLDER("stakeholders", Stakeholder.class, EngagementDataset::stakeholders,
      EngagementDataset.Builder::stakeholders, Stakeholder::homeArea),
  /** {@link HardToHearGroup}. */
  HARD_TO_HEAR_GROUP("hardToHearGroups", HardToHearGroup.class, EngagementDataset::hardToHearGroups,
      EngagementDataset.Builder::hardToHearGroups, HardToHearGroup::area),
  /** {@link ReferencePopulation}. */
  REFERENCE_POPULATION("referencePopulations", ReferencePopulation.class, EngagementDataset::referencePopulations,
      EngagementDataset.Builder::referencePopulations, ReferencePopulation::area),
  /** {@link EngagementActivity}. */
  ACTIVITY("activities", EngagementActivity.class, EngagementDataset::activities,
      EngagementDataset.Builder::activities, EngagementActivity::area),
  /** {@link CommunityInput}. */
  INPUT("inputs", CommunityInput.class, EngagementDataset::inputs,
      EngagementDataset.Builder::inputs, CommunityInput::area),
  /** {@link AnalysisRecord}, placed in its activity's area. */
  ANALYSIS("analyses", AnalysisRecord.class, EngagementDataset::analyses,
      EngagementDataset.Builder::analyses,
      (data, analysis) -> data.activity(analysis.activity()).map(EngagementActivity::area)),
  /** {@link DecisionRecord}. */
  DECISION("decisions", DecisionRecord.class, EngagementDataset::decisions,
      EngagementDataset.Builder::decisions, DecisionRecord::area),
  /** {@link LocalPerformanceTarget}. */
  TARGET("targets", LocalPerformanceTarget.class, EngagementDataset::targets,
      EngagementDataset.Builder::targets, LocalPerformanceTarget::area),
  /** {@link ResourceAllocation}. */
  ALLOCATION("allocations", ResourceAllocation.class, EngagementDataset::allocations,
      EngagementDataset.Builder::allocations, ResourceAllocation::area),
  /** {@link Initiative}. */
  INITIATIVE("initiatives", Initiative.class, EngagementDataset::initiatives,
      EngagementDataset.Builder::initiatives, Initiative::area),
  /** {@link Feedback}. */
  FEEDBACK("feedback", Feedback.class, EngagementDataset::feedback,
      EngagementDataset.Builder::feedback),
  /** {@link Survey}: its optional area is the area surveyed, not one it belongs to. */
  SURVEY("surveys", Survey.class, EngagementDataset::surveys,
      EngagementDataset.Builder::surveys),
  /** {@link SurveyResponse}. */
  RESPONSE("responses", SurveyResponse.class, EngagementDataset::responses,
      EngagementDataset.Builder::responses, SurveyResponse::area),
  /** {@link Panel}. */
  PANEL("panels", Panel.class, EngagementDataset::panels,
      EngagementDataset.Builder::panels, Panel::area),
  /** {@link Priority}, placed in its panel's area. */
  PRIORITY("priorities", Priority.class, EngagementDataset::priorities,
      EngagementDataset.Builder::priorities,
      (data, priority) -> data.panel(priority.panel()).map(Panel::area)),
  /** {@link RoleAssignment}. */
  ROLE("roles", RoleAssignment.class, EngagementDataset::roles,
      EngagementDataset.Builder::roles, RoleAssignment::area),
  /** {@link KeyMessage}. */
  KEY_MESSAGE("keyMessages", KeyMessage.class, EngagementDataset::keyMessages,
      EngagementDataset.Builder::keyMessages, KeyMessage::area),
  /** {@link Commitment}. */
  COMMITMENT("commitments", Commitment.class, EngagementDataset::commitments,
      EngagementDataset.Builder::commitments, Commitment::area),
  /** {@link Publication}. */
  PUBLICATION("publications", Publication.class, EngagementDataset::publications,
      EngagementDataset.Builder::publications, Publication::area);

  private final String collection;
  private final Class<?> recordClass;
  private final Function<EngagementDataset, List<?>> read;
  private final BiConsumer<EngagementDataset.Builder, List<?>> write;
  private final Function<Object, AreaId> area;
  private final BiFunction<EngagementDataset, Object, Optional<AreaId>> placement;

  /** A type whose records belong to no area. */
  <T> RecordType(
      String collection,
      Class<T> recordClass,
      Function<EngagementDataset, List<T>> read,
      BiConsumer<EngagementDataset.Builder, List<T>> write) {
    this(collection, recordClass, read, write, null, null);
  }

  /** A type whose records each name the area they belong to. */
  <T> RecordType(
      String collection,
      Class<T> recordClass,
      Function<EngagementDataset, List<T>> read,
      BiConsumer<EngagementDataset.Builder, List<T>> write,
      Function<T, AreaId> area) {
    this(collection, recordClass, read, write, area, null);
  }

  /** A type whose records take their area from a record they belong to. */
  <T> RecordType(
      String collection,
      Class<T> recordClass,
      Function<EngagementDataset, List<T>> read,
      BiConsumer<EngagementDataset.Builder, List<T>> write,
      BiFunction<EngagementDataset, T, Optional<AreaId>> placement) {
    this(collection, recordClass, read, write, null, placement);
  }

  @SuppressWarnings("unchecked")
  <T> RecordType(
      String collection,
      Class<T> recordClass,
      Function<EngagementDataset, List<T>> read,
      BiConsumer<EngagementDataset.Builder, List<T>> write,
      Function<T, AreaId> area,
      BiFunction<EngagementDataset, T, Optional<AreaId>> placement) {
    this.collection = collection;
    this.recordClass = recordClass;
    this.read = (Function<EngagementDataset, List<?>>) (Function<?, ?>) read;
    this.write = (builder, records) -> write.accept(builder, (List<T>) records);
    Function<Object, AreaId> own =
        area == null ? null : record -> area.apply(recordClass.cast(record));
    this.area = own;
    if (own != null) {
      this.placement = (data, record) -> Optional.of(own.apply(record));
    } else if (placement != null) {
      this.placement = (data, record) -> placement.apply(data, recordClass.cast(record));
    } else {
      this.placement = null;
    }
  }

  /**
   * The name of the collection that holds records of this type.
   *
   * @return the collection name, e.g. {@code "activities"}
   */
  public String collection() {
    return collection;
  }

  /**
   * The class of the records of this type.
   *
   * @return e.g. {@code CommunityInput.class}
   */
  public Class<?> recordClass() {
    return recordClass;
  }

  /**
   * The records of this type in a dataset.
   *
   * @param data the dataset, not null
   * @return the collection named by {@link #collection()}, never null
   */
  public List<?> records(EngagementDataset data) {
    return read.apply(data);
  }

  /**
   * The records of this type in a dataset, typed.
   *
   * @param data the dataset, not null
   * @param recordClass the {@link #recordClass()} of this type, not null
   * @param <T> the record class
   * @return the collection named by {@link #collection()}, never null
   * @throws IllegalArgumentException if {@code recordClass} is not this type's record class
   */
  @SuppressWarnings("unchecked")
  public <T> List<T> records(EngagementDataset data, Class<T> recordClass) {
    if (recordClass != this.recordClass) {
      throw new IllegalArgumentException(
          this + " holds " + this.recordClass.getSimpleName() + ", not "
              + recordClass.getSimpleName());
    }
    return (List<T>) read.apply(data);
  }

  /**
   * Sets the records of this type on a dataset builder, replacing any set before.
   *
   * @param builder the builder, not null
   * @param records the records, each of this type's {@link #recordClass()}, not null
   * @throws ClassCastException if a record is of another class
   */
  public void set(EngagementDataset.Builder builder, List<?> records) {
    Objects.requireNonNull(builder, "builder");
    for (Object record : records) {
      recordClass.cast(record);
    }
    write.accept(builder, records);
  }

  /**
   * The id of a record of this type: its {@link Identified#id()}, or an issue category's code.
   *
   * @param record a record of this type, not null
   * @return the id's text, never null
   * @throws ClassCastException if {@code record} is of another class
   */
  public String idOf(Object record) {
    Object typed = recordClass.cast(record);
    return typed instanceof Identified identified
        ? identified.id().value()
        : ((IssueCategory) typed).code();
  }

  /**
   * Whether each record of this type names the area it belongs to, which {@link #areaOf} gives:
   * an activity, an input, a decision and so on by their {@code area}, a stakeholder by its
   * {@code homeArea}. Areas themselves, issue categories, analyses, feedback, surveys and
   * priorities name none (a survey's optional area is the area surveyed; an analysis and a
   * priority are {@linkplain #placement placed} by the activity or panel they belong to).
   *
   * @return true when {@link #areaOf} gives an area for every record of this type
   */
  public boolean hasArea() {
    return area != null;
  }

  /**
   * The area a record of this type names as the one it belongs to.
   *
   * <pre>{@code
   * Map<AreaId, Long> activitiesPerArea = data.activities().stream()
   *     .collect(Collectors.groupingBy(RecordType.ACTIVITY::areaOf, Collectors.counting()));
   * }</pre>
   *
   * @param record a record of this type, not null
   * @return its area (a stakeholder's home area), never null
   * @throws UnsupportedOperationException if this type has no area ({@link #hasArea()} is false)
   * @throws ClassCastException if {@code record} is of another class
   */
  public AreaId areaOf(Object record) {
    if (area == null) {
      throw new UnsupportedOperationException(this + " records name no area");
    }
    return area.apply(record);
  }

  /**
   * Whether records of this type are placed in an area, which {@link #placement} gives: those
   * that {@linkplain #hasArea() name their area}, and analyses and priorities, which take the
   * area of their activity and of their panel.
   *
   * @return true when {@link #placement} can give an area for a record of this type
   */
  public boolean isPlaced() {
    return placement != null;
  }

  /**
   * The area a record of this type is placed in: the area it names, or for an analysis its
   * activity's area and for a priority its panel's area, looked up in a dataset.
   *
   * @param record a record of this type, not null
   * @param data the dataset that holds the record, not null; it need not be valid
   * @return the area, or empty when this type is not {@linkplain #isPlaced() placed} or the
   *     record it takes its area from is not in {@code data}
   * @throws ClassCastException if {@code record} is of another class
   */
  public Optional<AreaId> placement(Object record, EngagementDataset data) {
    Objects.requireNonNull(data, "data");
    if (placement == null) {
      recordClass.cast(record);
      return Optional.empty();
    }
    return placement.apply(data, record);
  }

  /**
   * The type whose records are of a class.
   *
   * @param recordClass a record class, or a class extending one (an Immutables implementation),
   *     not null
   * @return the type, or empty when no type holds that class
   */
  public static Optional<RecordType> ofClass(Class<?> recordClass) {
    for (RecordType type : values()) {
      if (type.recordClass.isAssignableFrom(recordClass)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
