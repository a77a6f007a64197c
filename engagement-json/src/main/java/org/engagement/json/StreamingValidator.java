package org.engagement.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.engagement.core.Answer;
import org.engagement.core.Area;
import org.engagement.core.CommunityInput;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.DemographicCounts;
import org.engagement.core.DimensionCounts;
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
import org.engagement.core.Question;
import org.engagement.core.QuestionId;
import org.engagement.core.RecordType;
import org.engagement.core.ReferencePopulation;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.RoleAssignment;
import org.engagement.core.Stakeholder;
import org.engagement.core.Survey;
import org.engagement.core.SurveyResponse;
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
  private final Total attendance = new Total("the attendance of all activities");
  private final Map<String, Total> demographics = new HashMap<>();
  private final Map<String, Total> membership = new HashMap<>();
  private final Map<String, Total> populationTotals = new HashMap<>();
  private final Map<String, Survey> surveys = new HashMap<>();
  private final Map<String, String> populations = new HashMap<>();
  private final List<Area> areas = new ArrayList<>();
  private final List<Integer> areaIndexes = new ArrayList<>();

  StreamingValidator(org.engagement.core.DemographicScheme scheme, boolean schemeUnbound) {
    this.scheme = scheme;
    this.schemeUnbound = schemeUnbound;
    for (RecordType type : RecordType.values()) {
      ids.put(type, new IdTable(DATED.contains(type)));
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
      case ACTIVITY -> {
        EngagementActivity a = (EngagementActivity) record;
        At at = new At(type, index, id);
        a.attendance().ifPresent(n -> attendance.add(n, at, "attendance"));
        a.demographics().ifPresent(counts ->
            counts(counts, "activities", demographics, at, "demographics"));
      }
      case PANEL -> ((Panel) record).membershipDemographics().ifPresent(counts -> counts(counts,
          "panel memberships", membership, new At(type, index, id), "membershipDemographics"));
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
        At at = new At(type, index, id);
        Total total = populationTotals.computeIfAbsent(p.dimension(),
            k -> new Total("the population counts of " + k + " of all reference populations"));
        p.counts().forEach((category, n) -> total.add(n, at, "counts", category));
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

  /** As the core's sum rule: the counts of a record's dimensions added to the totals. */
  private void counts(DemographicCounts counts, String records, Map<String, Total> totals, At at,
      String field) {
    List<DimensionCounts> dims = counts.dimensions();
    for (int i = 0; i < dims.size(); i++) {
      DimensionCounts dim = dims.get(i);
      Total total = totals.computeIfAbsent(dim.dimension(),
          k -> new Total("the counts of " + k + " of all " + records));
      int index = i;
      dim.counts().forEach((category, n) ->
          total.add(n, at, field, "dimensions", index, "counts", category));
      total.add(dim.notStated(), at, field, "dimensions", index, "notStated");
    }
  }

  /** As the core's sum rule: a running total of one kind, reported at most once. */
  private final class Total {
    private final String what;
    private long positive;
    private long negative;
    private boolean reported;

    Total(String what) {
      this.what = what;
    }

    void add(Long value, At at, Object... field) {
      if (reported || value == null) {
        return;
      }
      try {
        if (value >= 0) {
          positive = Math.addExact(positive, value);
        } else {
          negative = Math.addExact(negative, value);
        }
      } catch (ArithmeticException e) {
        reported = true;
        StreamingValidator.this.add(ValidationCode.SUM_OUT_OF_RANGE, at.path(field),
            what + " pass " + Long.MAX_VALUE + ", the largest total a long holds, at this count"
                + " of " + value + ": no total over areas could be represented");
      }
    }
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
        At at = new At(type, index, id);
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
    At at = new At(type, item.index(), EngagementDataset.idOf(item.value()));
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
        LocalDate held = date(RecordType.ACTIVITY, in.activity());
        if (held != null && in.date().isBefore(held)) {
          add(ValidationCode.INPUT_BEFORE_ACTIVITY, at.path("activity"),
              "input " + in.id() + " raised on " + in.date() + " is before activity "
                  + in.activity() + " where it was raised took place on " + held);
        }
      }
      case ANALYSIS -> {
        AnalysisRecord analysis = (AnalysisRecord) r;
        ref(at, RecordType.ACTIVITY, analysis.activity(), "activity", "activity");
        LocalDate held = date(RecordType.ACTIVITY, analysis.activity());
        if (held != null && analysis.date().isBefore(held)) {
          add(ValidationCode.ANALYSIS_BEFORE_ACTIVITY, at.path("activity"),
              "analysis " + analysis.id() + " of " + analysis.date() + " is before activity "
                  + analysis.activity() + " it analyses took place on " + held);
        }
      }
      case DECISION -> decision(at, (DecisionRecord) r);
      case TARGET -> {
        LocalPerformanceTarget t = (LocalPerformanceTarget) r;
        ref(at, RecordType.AREA, t.area(), "area", "area");
        for (int i = 0; i < t.informedBy().size(); i++) {
          ref(at, RecordType.INPUT, t.informedBy().get(i), "input", "informedBy", i);
        }
        for (int i = 0; i < t.informedBy().size(); i++) {
          InputId id = t.informedBy().get(i);
          LocalDate raised = date(RecordType.INPUT, id);
          if (raised != null && t.setDate().isBefore(raised)) {
            add(ValidationCode.TARGET_BEFORE_INPUT, at.path("informedBy", i),
                "target " + t.id() + " set on " + t.setDate() + " is before input " + id
                    + " that informed it was raised on " + raised);
          }
        }
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

  private void decision(At at, DecisionRecord dec) {
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

  /** The references of an allocation and, as the core's trap rule, the story they tell. */
  private void allocation(At at, ResourceAllocation a) {
    ref(at, RecordType.AREA, a.area(), "area", "area");
    a.decision().ifPresent(d -> ref(at, RecordType.DECISION, d, "decision", "decision"));
    for (int i = 0; i < a.respondsTo().size(); i++) {
      ref(at, RecordType.INPUT, a.respondsTo().get(i), "input", "respondsTo", i);
    }
    issue(at, a.issueCategory(), "issueCategory");
    String decision = a.decision().map(Object::toString).orElse(null);
    LocalDate decided = decision == null ? null : date(RecordType.DECISION, decision);
    if (decided != null && a.date().isBefore(decided)) {
      add(ValidationCode.ALLOCATION_BEFORE_DECISION, at.path("decision"),
          "allocation " + a.id() + " of " + a.date() + " is dated before decision " + decision
              + " of " + decided + " that it implements");
    }
    Set<String> refused = decided == null ? Set.of() : rejected.getOrDefault(decision, Set.of());
    for (int i = 0; i < a.respondsTo().size(); i++) {
      InputId id = a.respondsTo().get(i);
      if (refused.contains(id.toString())) {
        add(ValidationCode.ALLOCATION_FOR_REJECTED_INPUT, at.path("respondsTo", i),
            "allocation " + a.id() + " responds to input " + id + ", which decision "
                + decision + " that it implements rejected");
      }
      LocalDate raised = date(RecordType.INPUT, id);
      if (raised != null && a.date().isBefore(raised)) {
        add(ValidationCode.ALLOCATION_BEFORE_INPUT, at.path("respondsTo", i),
            "allocation " + a.id() + " of " + a.date() + " is dated before input " + id
                + " it responds to was raised on " + raised);
      }
    }
  }

  /** {@return the date of the first record of a dated type with an id, or null if none} */
  private @org.jspecify.annotations.Nullable LocalDate date(RecordType type, Object id) {
    IdTable table = ids.get(type);
    int slot = table.find(id.toString());
    return slot == IdTable.ABSENT ? null : LocalDate.ofEpochDay(table.day(slot));
  }

  private void feedback(At at, Feedback f) {
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
    for (int i = 0; i < f.responses().size(); i++) {
      InputId id = f.responses().get(i).input();
      LocalDate raised = date(RecordType.INPUT, id);
      if (raised != null && f.published().isBefore(raised)) {
        add(ValidationCode.FEEDBACK_BEFORE_INPUT, at.path("responses", i, "input"),
            "feedback " + f.id() + " published " + f.published() + " is before input " + id
                + " it responds to was raised on " + raised);
      }
    }
  }

  private void response(At at, SurveyResponse r) {
    ref(at, RecordType.SURVEY, r.survey(), "survey", "survey");
    ref(at, RecordType.AREA, r.area(), "area", "area");
    Survey survey = surveys.get(r.survey().toString());
    if (survey == null) {
      return; // reported as an unknown survey
    }
    for (Map.Entry<QuestionId, Answer> e : r.answers().entrySet()) {
      IssuePath path = at.path("answers", e.getKey());
      java.util.Optional<Question> question = survey.question(e.getKey());
      if (question.isEmpty()) {
        add(ValidationCode.UNKNOWN_REFERENCE, path,
            "unknown question id: " + e.getKey() + " (not in survey " + r.survey() + ")");
      } else {
        answer(question.get(), e.getValue(), path);
      }
    }
  }

  /** As the core's answer rule. */
  private void answer(Question q, Answer a, IssuePath path) {
    if (a.isDontKnow()) {
      return;
    }
    String token = a.token();
    switch (q.type()) {
      case BINARY -> {
        if (!Answer.YES.equals(token) && !Answer.NO.equals(token)) {
          add(ValidationCode.ANSWER_TYPE_MISMATCH, path,
              "binary question " + q.id() + " takes YES, NO or DONT_KNOW, not: " + token);
        }
      }
      case LIKERT_5 -> {
        OptionalInt value = a.intValue();
        if (value.isEmpty()) {
          add(ValidationCode.ANSWER_TYPE_MISMATCH, path,
              "Likert question " + q.id() + " takes 1 to 5 or DONT_KNOW, not: " + token);
        } else if (value.getAsInt() < 1 || value.getAsInt() > 5) {
          add(ValidationCode.LIKERT_OUT_OF_RANGE, path,
              "Likert answer must be from 1 to 5: " + value.getAsInt());
        }
      }
      case CATEGORICAL -> {
        if (!q.categories().contains(token)) {
          add(ValidationCode.ANSWER_TYPE_MISMATCH, path,
              "question " + q.id() + " has no category " + token + "; it takes "
                  + String.join(", ", q.categories()) + " or DONT_KNOW");
        }
      }
      default -> throw new AssertionError("unknown question type " + q.type());
    }
  }

  private void ref(At at, RecordType target, Object id, String kind, Object... field) {
    if (!ids.get(target).contains(id.toString())) {
      add(ValidationCode.UNKNOWN_REFERENCE, at.path(field), "unknown " + kind + " id: " + id);
    }
  }

  private void issue(At at, String code, Object... field) {
    if (!ids.get(RecordType.ISSUE_CATEGORY).contains(code) && !code.isBlank()) {
      add(ValidationCode.UNKNOWN_ISSUE_CATEGORY, at.path(field),
          "unknown issue category: " + code);
    }
  }

  private void add(ValidationCode code, IssuePath path, String message) {
    issues.add(ValidationIssue.of(code, path, message));
  }

  /** The place of one record. */
  private record At(RecordType type, int index, String id) {
    IssuePath path(Object... field) {
      String[] segments = new String[field.length];
      for (int i = 0; i < field.length; i++) {
        segments[i] = String.valueOf(field[i]);
      }
      return IssuePath.of(type, index, id, segments);
    }
  }
}
