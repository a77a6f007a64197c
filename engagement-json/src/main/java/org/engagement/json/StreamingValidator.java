package org.engagement.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagement.core.Area;
import org.engagement.core.CommunityInput;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Feedback;
import org.engagement.core.HardToHearGroup;
import org.engagement.core.Initiative;
import org.engagement.core.InputId;
import org.engagement.core.KeyMessage;
import org.engagement.core.Commitment;
import org.engagement.core.AnalysisRecord;
import org.engagement.core.LocalPerformanceTarget;
import org.engagement.core.Panel;
import org.engagement.core.Priority;
import org.engagement.core.Publication;
import org.engagement.core.RecordType;
import org.engagement.core.ReferencePopulation;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.RoleAssignment;
import org.engagement.core.Stakeholder;
import org.engagement.core.Survey;
import org.engagement.core.SurveyResponse;
import org.engagement.core.internal.AnswerCheck;
import org.engagement.core.internal.CrossRecordTraps;
import org.engagement.core.internal.IdTable;
import org.engagement.core.internal.RecordPlace;
import org.engagement.core.internal.SumRangeCheck;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.IssuePath;
import org.engagement.core.validation.ValidationCode;
import org.engagement.core.validation.ValidationIssue;

/**
 * Validates a dataset document record by record, in memory that grows with the number of ids,
 * not with the size of the records, and gives the same issues as reading the whole dataset and
 * running {@link DatasetValidator#validate}.
 *
 * <p>The first pass checks each record on its own — the validator runs on a dataset of the scheme
 * and that one record, and the issues that need other records are set aside — adds the counts
 * that dataset-wide totals form to running totals, and keeps what the rules between records
 * compare: the ids of each type with the position of the first ({@link IdTable}), the dates of
 * inputs, activities and decisions as epoch days, the inputs each decision rejected, the areas
 * (few, even nationally) and the surveys. The second pass checks each record's references,
 * answers and dates against that, since references may point forward in the document, and the
 * cross-record traps. Not thread-safe: one per validation.
 */
final class StreamingValidator {

  /** The codes of the rules between records, which a record alone cannot decide. */
  private static final Set<String> BETWEEN_RECORDS = Set.of(
      ValidationCode.UNKNOWN_REFERENCE.name(), ValidationCode.UNKNOWN_ISSUE_CATEGORY.name(),
      ValidationCode.AREA_CYCLE.name(), ValidationCode.AREA_LEVEL_ORDER.name(),
      ValidationCode.DUPLICATE_REFERENCE_POPULATION.name(),
      ValidationCode.DECISION_BEFORE_INPUT.name(), ValidationCode.FEEDBACK_BEFORE_ACTIVITY.name(),
      ValidationCode.SUM_OUT_OF_RANGE.name(),
      ValidationCode.ALLOCATION_FOR_REJECTED_INPUT.name(),
      ValidationCode.ALLOCATION_BEFORE_DECISION.name(),
      ValidationCode.ALLOCATION_BEFORE_INPUT.name(), ValidationCode.TARGET_BEFORE_INPUT.name(),
      ValidationCode.FEEDBACK_BEFORE_INPUT.name(), ValidationCode.INPUT_BEFORE_ACTIVITY.name(),
      ValidationCode.ANALYSIS_BEFORE_ACTIVITY.name());

  /** The types whose records' dates the rules between records compare. */
  private static final Set<RecordType> DATED =
      java.util.EnumSet.of(RecordType.INPUT, RecordType.ACTIVITY, RecordType.DECISION);

  private final org.engagement.core.DemographicScheme scheme;
  private final boolean schemeUnbound;
  private final List<ValidationIssue> issues = new ArrayList<>();
  private final Map<RecordType, IdTable> ids = new EnumMap<>(RecordType.class);
  /** The inputs each decision rejected, for the decisions that rejected any. */
  private final Map<String, Set<String>> rejected = new HashMap<>();
  /**
   * What the cross-record traps look up, from what the first pass kept: the first record's date
   * of each id, and the inputs each decision rejected.
   */
  private final CrossRecordTraps.Lookup kept = new CrossRecordTraps.Lookup() {
    @Override
    public @org.jspecify.annotations.Nullable LocalDate inputDate(InputId id) {
      return date(RecordType.INPUT, id);
    }

    @Override
    public @org.jspecify.annotations.Nullable LocalDate activityDate(
        org.engagement.core.ActivityId id) {
      return date(RecordType.ACTIVITY, id);
    }

    @Override
    public @org.jspecify.annotations.Nullable LocalDate decisionDate(
        org.engagement.core.DecisionId id) {
      return date(RecordType.DECISION, id);
    }

    @Override
    public boolean rejected(org.engagement.core.DecisionId decision, InputId input) {
      return rejected.getOrDefault(decision.toString(), Set.of()).contains(input.toString());
    }
  };
  /** The sum rule's totals, added to record by record as the core's validator adds them. */
  private final SumRangeCheck totals = SumRangeCheck.reportingTo(issues::add);
  private final Map<String, Survey> surveys = new HashMap<>();
  private final Map<String, String> populations = new HashMap<>();
  private final List<Area> areas = new ArrayList<>();
  private final List<Integer> areaIndexes = new ArrayList<>();

  StreamingValidator(org.engagement.core.DemographicScheme scheme, boolean schemeUnbound) {
    this.scheme = scheme;
    this.schemeUnbound = schemeUnbound;
    for (RecordType type : RecordType.values()) {
      ids.put(type, IdTable.of(DATED.contains(type)));
    }
    EngagementDataset onlyScheme = EngagementDataset.builder().scheme(scheme).build();
    if (!schemeUnbound) {
      issues.addAll(DatasetValidator.standard().validate(onlyScheme).issues());
    }
  }

  /** {@return the issues found so far} */
  List<ValidationIssue> issues() {
    return issues;
  }

  // ------------------------------------------------------------------------------ first pass

  /** Checks one record on its own and keeps what the rules between records need. */
  void first(DocumentStream.Item item) {
    RecordType type = item.type();
    int index = item.index();
    Object record = item.value();
    String id = EngagementDataset.idOf(record);
    alone(type, index, id, record);
    int earlier = ids.get(type).add(id, index, day(type, record));
    if (earlier == IdTable.ABSENT && type == RecordType.DECISION) {
      rejected((DecisionRecord) record).ifPresent(inputs -> rejected.putIfAbsent(id, inputs));
    }
    if (earlier != IdTable.ABSENT) {
      issues.add(ValidationIssue.of(ValidationCode.DUPLICATE_ID, IssuePath.of(type, index, id),
          "duplicate id " + id + ": also at " + type.collection() + "[" + earlier + "]"));
    }
    switch (type) {
      case AREA -> {
        areas.add((Area) record);
        areaIndexes.add(index);
      }
      case ACTIVITY -> totals.addActivity((EngagementActivity) record, index);
      case PANEL -> totals.addPanel((Panel) record, index);
      case SURVEY -> surveys.putIfAbsent(id, (Survey) record);
      case REFERENCE_POPULATION -> {
        ReferencePopulation p = (ReferencePopulation) record;
        String key = p.area() + "|" + p.year() + "|" + p.dimension();
        String first = populations.putIfAbsent(key, p.id().value());
        if (first != null) {
          issues.add(ValidationIssue.of(ValidationCode.DUPLICATE_REFERENCE_POPULATION,
              IssuePath.of(type, index, id), "area " + p.area() + " already has a " + p.year()
                  + " population of " + p.dimension() + ": " + first));
        }
        totals.addReferencePopulation(p, index);
      }
      default -> { }
    }
  }

  /** {@return the date the rules between records compare of a dated record, as an epoch day} */
  private static long day(RecordType type, Object record) {
    return switch (type) {
      case INPUT -> ((CommunityInput) record).date().toEpochDay();
      case ACTIVITY -> ((EngagementActivity) record).date().toEpochDay();
      case DECISION -> ((DecisionRecord) record).date().toEpochDay();
      default -> 0;
    };
  }

  /** {@return the inputs a decision rejected, if any} */
  private static java.util.Optional<Set<String>> rejected(DecisionRecord decision) {
    Set<String> out = null;
    for (Consideration c : decision.considerations()) {
      if (c.outcome().equals(java.util.Optional.of(ConsiderationOutcome.REJECTED))) {
        if (out == null) {
          out = new java.util.HashSet<>();
        }
        out.add(c.input().toString());
      }
    }
    return java.util.Optional.ofNullable(out);
  }

  /**
   * The types whose records have no rule of their own beyond single-field constraints (their
   * other rules are between records): the constraints alone decide them, much faster than the
   * whole validator on a dataset of one record.
   */
  private static final Set<RecordType> CONSTRAINTS_ONLY = java.util.EnumSet.of(RecordType.AREA,
      RecordType.ISSUE_CATEGORY, RecordType.STAKEHOLDER, RecordType.HARD_TO_HEAR_GROUP,
      RecordType.INPUT, RecordType.ANALYSIS, RecordType.TARGET, RecordType.ALLOCATION,
      RecordType.FEEDBACK, RecordType.KEY_MESSAGE, RecordType.COMMITMENT,
      RecordType.PUBLICATION);

  /** The issues of a record on its own: the validator on a dataset of the scheme and it. */
  private void alone(RecordType type, int index, String id, Object record) {
    if (CONSTRAINTS_ONLY.contains(type) || type == RecordType.RESPONSE) {
      issues.addAll(DatasetValidator.standard().validateRecord(type, index, record));
      if (type == RecordType.RESPONSE && !schemeUnbound) {
        RecordPlace at = RecordPlace.of(type, index, id);
        // As the core's demographic rule: a response's demographics fit the scheme.
        for (Map.Entry<String, String> e : ((SurveyResponse) record).demographics().entrySet()) {
          if (scheme.dimension(e.getKey()).isEmpty()) {
            add(ValidationCode.UNKNOWN_DIMENSION, at.path("demographics", e.getKey()),
                "unknown demographic dimension: " + e.getKey());
          } else if (!scheme.knows(e.getKey(), e.getValue())) {
            add(ValidationCode.UNKNOWN_CATEGORY, at.path("demographics", e.getKey()),
                "unknown category of " + e.getKey() + ": " + e.getValue());
          }
        }
      }
      return;
    }
    EngagementDataset.Builder builder = EngagementDataset.builder().scheme(scheme);
    Format.set(builder, type, List.of(record));
    for (ValidationIssue issue : DatasetValidator.standard().validate(builder.build()).issues()) {
      IssuePath path = issue.path();
      if (schemeUnbound && (issue.code().equals(ValidationCode.UNKNOWN_DIMENSION.name())
          || issue.code().equals(ValidationCode.UNKNOWN_CATEGORY.name()))) {
        continue;
      }
      if (path.recordType().isEmpty() || BETWEEN_RECORDS.contains(issue.code())
          || (issue.code().equals(ValidationCode.DUPLICATE_ID.name()) && path.field().isEmpty())) {
        continue;
      }
      issues.add(ValidationIssue.of(issue.severity(),
          IssuePath.builder().from(path).index(index).recordId(id).build(), issue.code(),
          issue.message()));
    }
  }

  /** After the first pass: the rules of the area tree, on the areas alone. */
  void areaTree() {
    EngagementDataset.Builder builder = EngagementDataset.builder().scheme(scheme);
    Format.set(builder, RecordType.AREA, areas);
    for (ValidationIssue issue : DatasetValidator.standard().validate(builder.build()).issues()) {
      IssuePath path = issue.path();
      boolean tree = issue.code().equals(ValidationCode.AREA_CYCLE.name())
          || issue.code().equals(ValidationCode.AREA_LEVEL_ORDER.name())
          || issue.code().equals(ValidationCode.UNKNOWN_REFERENCE.name());
      if (tree && path.recordType().isPresent() && path.index().isPresent()) {
        issues.add(ValidationIssue.of(issue.severity(), IssuePath.builder().from(path)
            .index(areaIndexes.get(path.index().get())).build(), issue.code(), issue.message()));
      }
    }
  }

  // ----------------------------------------------------------------------------- second pass

  /** Checks one record's references, dates and answers against the first pass. */
  void second(DocumentStream.Item item) {
    RecordType type = item.type();
    RecordPlace at = RecordPlace.of(type, item.index(), EngagementDataset.idOf(item.value()));
    Object r = item.value();
    switch (type) {
      case STAKEHOLDER -> {
        Stakeholder s = (Stakeholder) r;
        ref(at, RecordType.AREA, s.homeArea(), "area", "homeArea");
        for (int i = 0; i < s.areasServed().size(); i++) {
          ref(at, RecordType.AREA, s.areasServed().get(i), "area", "areasServed", i);
        }
        for (int i = 0; i < s.groups().size(); i++) {
          ref(at, RecordType.HARD_TO_HEAR_GROUP, s.groups().get(i), "hard-to-hear group",
              "groups", i);
        }
      }
      case HARD_TO_HEAR_GROUP -> ref(at, RecordType.AREA, ((HardToHearGroup) r).area(), "area",
          "area");
      case REFERENCE_POPULATION -> ref(at, RecordType.AREA, ((ReferencePopulation) r).area(),
          "area", "area");
      case ACTIVITY -> {
        EngagementActivity a = (EngagementActivity) r;
        ref(at, RecordType.AREA, a.area(), "area", "area");
        a.panel().ifPresent(p -> ref(at, RecordType.PANEL, p, "panel", "panel"));
        for (int i = 0; i < a.initiatives().size(); i++) {
          ref(at, RecordType.INITIATIVE, a.initiatives().get(i), "initiative", "initiatives", i);
        }
        for (int i = 0; i < a.issueCategories().size(); i++) {
          issue(at, a.issueCategories().get(i), "issueCategories", i);
        }
      }
      case INPUT -> {
        CommunityInput in = (CommunityInput) r;
        ref(at, RecordType.ACTIVITY, in.activity(), "activity", "activity");
        ref(at, RecordType.AREA, in.area(), "area", "area");
        issue(at, in.issueCategory(), "issueCategory");
        CrossRecordTraps.checkInput(in, at.index(), kept, issues::add);
      }
      case ANALYSIS -> {
        AnalysisRecord analysis = (AnalysisRecord) r;
        ref(at, RecordType.ACTIVITY, analysis.activity(), "activity", "activity");
        CrossRecordTraps.checkAnalysis(analysis, at.index(), kept, issues::add);
      }
      case DECISION -> decision(at, (DecisionRecord) r);
      case TARGET -> {
        LocalPerformanceTarget t = (LocalPerformanceTarget) r;
        ref(at, RecordType.AREA, t.area(), "area", "area");
        for (int i = 0; i < t.informedBy().size(); i++) {
          ref(at, RecordType.INPUT, t.informedBy().get(i), "input", "informedBy", i);
        }
        CrossRecordTraps.checkTarget(t, at.index(), kept, issues::add);
      }
      case ALLOCATION -> allocation(at, (ResourceAllocation) r);
      case INITIATIVE -> {
        Initiative in = (Initiative) r;
        ref(at, RecordType.AREA, in.area(), "area", "area");
        for (int i = 0; i < in.activities().size(); i++) {
          ref(at, RecordType.ACTIVITY, in.activities().get(i), "activity", "activities", i);
        }
      }
      case FEEDBACK -> feedback(at, (Feedback) r);
      case SURVEY -> ((Survey) r).area().ifPresent(a -> ref(at, RecordType.AREA, a, "area",
          "area"));
      case RESPONSE -> response(at, (SurveyResponse) r);
      case PANEL -> {
        Panel p = (Panel) r;
        ref(at, RecordType.AREA, p.area(), "area", "area");
        for (int i = 0; i < p.links().size(); i++) {
          ref(at, RecordType.PANEL, p.links().get(i), "panel", "links", i);
        }
      }
      case PRIORITY -> {
        Priority p = (Priority) r;
        ref(at, RecordType.PANEL, p.panel(), "panel", "panel");
        p.category().ifPresent(c -> issue(at, c, "category"));
      }
      case ROLE -> ref(at, RecordType.AREA, ((RoleAssignment) r).area(), "area", "area");
      case KEY_MESSAGE -> ref(at, RecordType.AREA, ((KeyMessage) r).area(), "area", "area");
      case COMMITMENT -> ref(at, RecordType.AREA, ((Commitment) r).area(), "area", "area");
      case PUBLICATION -> {
        Publication p = (Publication) r;
        ref(at, RecordType.AREA, p.area(), "area", "area");
        p.panel().ifPresent(panel -> ref(at, RecordType.PANEL, panel, "panel", "panel"));
      }
      default -> { }
    }
  }

  private void decision(RecordPlace at, DecisionRecord dec) {
    ref(at, RecordType.AREA, dec.area(), "area", "area");
    for (int i = 0; i < dec.presentedInputs().size(); i++) {
      ref(at, RecordType.INPUT, dec.presentedInputs().get(i), "input", "presentedInputs", i);
    }
    for (int i = 0; i < dec.considerations().size(); i++) {
      ref(at, RecordType.INPUT, dec.considerations().get(i).input(), "input", "considerations",
          i, "input");
    }
    Set<InputId> named = new LinkedHashSet<>(dec.presentedInputs());
    for (int i = 0; i < dec.presentedInputs().size(); i++) {
      InputId id = dec.presentedInputs().get(i);
      LocalDate raised = date(RecordType.INPUT, id);
      if (raised != null && dec.date().isBefore(raised)) {
        add(ValidationCode.DECISION_BEFORE_INPUT, at.path("presentedInputs", i),
            "decision of " + dec.date() + " is before input " + id + " was raised on " + raised);
      }
    }
    for (int i = 0; i < dec.considerations().size(); i++) {
      InputId id = dec.considerations().get(i).input();
      LocalDate raised = date(RecordType.INPUT, id);
      if (!named.contains(id) && raised != null && dec.date().isBefore(raised)) {
        add(ValidationCode.DECISION_BEFORE_INPUT, at.path("considerations", i, "input"),
            "decision of " + dec.date() + " is before input " + id + " was raised on " + raised);
      }
    }
  }

  /** The references of an allocation and the story they tell (the core's cross-record traps). */
  private void allocation(RecordPlace at, ResourceAllocation a) {
    ref(at, RecordType.AREA, a.area(), "area", "area");
    a.decision().ifPresent(d -> ref(at, RecordType.DECISION, d, "decision", "decision"));
    for (int i = 0; i < a.respondsTo().size(); i++) {
      ref(at, RecordType.INPUT, a.respondsTo().get(i), "input", "respondsTo", i);
    }
    issue(at, a.issueCategory(), "issueCategory");
    CrossRecordTraps.checkAllocation(a, at.index(), kept, issues::add);
  }

  /** {@return the date of the first record of a dated type with an id, or null if none} */
  private @org.jspecify.annotations.Nullable LocalDate date(RecordType type, Object id) {
    IdTable table = ids.get(type);
    int entry = table.find(id.toString());
    return entry == IdTable.ABSENT ? null : LocalDate.ofEpochDay(table.day(entry));
  }

  private void feedback(RecordPlace at, Feedback f) {
    for (int i = 0; i < f.answers().size(); i++) {
      ref(at, RecordType.ACTIVITY, f.answers().get(i), "activity", "answers", i);
    }
    for (int i = 0; i < f.responses().size(); i++) {
      ref(at, RecordType.INPUT, f.responses().get(i).input(), "input", "responses", i, "input");
    }
    for (int i = 0; i < f.answers().size(); i++) {
      String activity = f.answers().get(i).toString();
      LocalDate date = date(RecordType.ACTIVITY, activity);
      if (date != null && f.published().isBefore(date)) {
        add(ValidationCode.FEEDBACK_BEFORE_ACTIVITY, at.path("answers", i),
            "feedback published " + f.published() + " is before activity " + activity + " on "
                + date);
      }
    }
    CrossRecordTraps.checkFeedback(f, at.index(), kept, issues::add);
  }

  private void response(RecordPlace at, SurveyResponse r) {
    ref(at, RecordType.SURVEY, r.survey(), "survey", "survey");
    ref(at, RecordType.AREA, r.area(), "area", "area");
    Survey survey = surveys.get(r.survey().toString());
    if (survey == null) {
      return; // reported as an unknown survey
    }
    AnswerCheck.checkAnswers(r, survey, at.index(), issues::add);
  }

  private void ref(RecordPlace at, RecordType target, Object id, String kind, Object... field) {
    if (!ids.get(target).contains(id.toString())) {
      add(ValidationCode.UNKNOWN_REFERENCE, at.path(field), "unknown " + kind + " id: " + id);
    }
  }

  private void issue(RecordPlace at, String code, Object... field) {
    if (!ids.get(RecordType.ISSUE_CATEGORY).contains(code) && !code.isBlank()) {
      add(ValidationCode.UNKNOWN_ISSUE_CATEGORY, at.path(field),
          "unknown issue category: " + code);
    }
  }

  private void add(ValidationCode code, IssuePath path, String message) {
    issues.add(ValidationIssue.of(code, path, message));
  }
}
