package org.engagement.core;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The kinds of record an {@link EngagementDataset} holds: the one list of record types that the
 * dataset, its builder, the dataset validator, the JSON format and the generators iterate. Each
 * type knows its record class, the name of its collection (the dataset accessor, and the array
 * in the JSON format), how to read that collection from a dataset and set it on a builder, and
 * the id of a record. Validation paths and summaries name records by these.
 *
 * <pre>{@code
 * for (RecordType type : RecordType.values()) {
 *   System.out.println(type.collection() + ": " + data.count(type));
 * }
 * List<CommunityInput> inputs = RecordType.INPUT.records(data, CommunityInput.class);
 * }</pre>
 *
 * <p>Adding a record type is one constant here (with its accessor on {@link EngagementDataset})
 * and its binding in the JSON format; everything that treats every type alike follows.
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
      EngagementDataset.Builder::stakeholders),
  /** {@link HardToHearGroup}. */
  HARD_TO_HEAR_GROUP("hardToHearGroups", HardToHearGroup.class, EngagementDataset::hardToHearGroups,
      EngagementDataset.Builder::hardToHearGroups),
  /** {@link ReferencePopulation}. */
  REFERENCE_POPULATION("referencePopulations", ReferencePopulation.class, EngagementDataset::referencePopulations,
      EngagementDataset.Builder::referencePopulations),
  /** {@link EngagementActivity}. */
  ACTIVITY("activities", EngagementActivity.class, EngagementDataset::activities,
      EngagementDataset.Builder::activities),
  /** {@link CommunityInput}. */
  INPUT("inputs", CommunityInput.class, EngagementDataset::inputs,
      EngagementDataset.Builder::inputs),
  /** {@link AnalysisRecord}. */
  ANALYSIS("analyses", AnalysisRecord.class, EngagementDataset::analyses,
      EngagementDataset.Builder::analyses),
  /** {@link DecisionRecord}. */
  DECISION("decisions", DecisionRecord.class, EngagementDataset::decisions,
      EngagementDataset.Builder::decisions),
  /** {@link LocalPerformanceTarget}. */
  TARGET("targets", LocalPerformanceTarget.class, EngagementDataset::targets,
      EngagementDataset.Builder::targets),
  /** {@link ResourceAllocation}. */
  ALLOCATION("allocations", ResourceAllocation.class, EngagementDataset::allocations,
      EngagementDataset.Builder::allocations),
  /** {@link Initiative}. */
  INITIATIVE("initiatives", Initiative.class, EngagementDataset::initiatives,
      EngagementDataset.Builder::initiatives),
  /** {@link Feedback}. */
  FEEDBACK("feedback", Feedback.class, EngagementDataset::feedback,
      EngagementDataset.Builder::feedback),
  /** {@link Survey}. */
  SURVEY("surveys", Survey.class, EngagementDataset::surveys,
      EngagementDataset.Builder::surveys),
  /** {@link SurveyResponse}. */
  RESPONSE("responses", SurveyResponse.class, EngagementDataset::responses,
      EngagementDataset.Builder::responses),
  /** {@link Panel}. */
  PANEL("panels", Panel.class, EngagementDataset::panels,
      EngagementDataset.Builder::panels),
  /** {@link Priority}. */
  PRIORITY("priorities", Priority.class, EngagementDataset::priorities,
      EngagementDataset.Builder::priorities),
  /** {@link RoleAssignment}. */
  ROLE("roles", RoleAssignment.class, EngagementDataset::roles,
      EngagementDataset.Builder::roles),
  /** {@link KeyMessage}. */
  KEY_MESSAGE("keyMessages", KeyMessage.class, EngagementDataset::keyMessages,
      EngagementDataset.Builder::keyMessages),
  /** {@link Commitment}. */
  COMMITMENT("commitments", Commitment.class, EngagementDataset::commitments,
      EngagementDataset.Builder::commitments),
  /** {@link Publication}. */
  PUBLICATION("publications", Publication.class, EngagementDataset::publications,
      EngagementDataset.Builder::publications);

  private final String collection;
  private final Class<?> recordClass;
  private final Function<EngagementDataset, List<?>> read;
  private final BiConsumer<EngagementDataset.Builder, List<?>> write;

  @SuppressWarnings("unchecked")
  <T> RecordType(
      String collection,
      Class<T> recordClass,
      Function<EngagementDataset, List<T>> read,
      BiConsumer<EngagementDataset.Builder, List<T>> write) {
    this.collection = collection;
    this.recordClass = recordClass;
    this.read = (Function<EngagementDataset, List<?>>) (Function<?, ?>) read;
    this.write = (builder, records) -> write.accept(builder, (List<T>) records);
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
   * The type whose records are of a class.
   *
   * @param recordClass a record class, or a class extending one (an Immutables implementation),
   *     not null
   * @return the type, or empty when no type holds that class
   */
  public static java.util.Optional<RecordType> ofClass(Class<?> recordClass) {
    for (RecordType type : values()) {
      if (type.recordClass.isAssignableFrom(recordClass)) {
        return java.util.Optional.of(type);
      }
    }
    return java.util.Optional.empty();
  }
}
