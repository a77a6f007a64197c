package org.engagement.measures.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.engagement.core.ActivityId;
import org.engagement.core.AreaId;
import org.engagement.core.CommunityInput;
import org.engagement.core.Consideration;
import org.engagement.core.DecisionId;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Feedback;
import org.engagement.core.Initiative;
import org.engagement.core.InitiativeId;
import org.engagement.core.InputId;
import org.engagement.core.LocalPerformanceTarget;
import org.engagement.core.ReferencePopulation;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.SurveyResponse;
import org.engagement.measures.EvaluationContext;

/**
 * The secondary indexes of one dataset, built in one pass over each record list: records by
 * area, inputs by activity, decisions and considerations by input, allocations by input and by
 * decision, activities by initiative (links from either side), feedback by activity and
 * reference populations by area and dimension. Every list is sorted by date, then id, or by id.
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
   * A feedback record and what it says about one input (its first response to that input).
   *
   * @param feedback the feedback
   * @param response its response to the input
   */
  public record FeedbackResponse(Feedback feedback, org.engagement.core.InputResponse response) {}

  private static final Comparator<DecisionRecord> DECISION_ORDER =
      Comparator.comparing(DecisionRecord::date).thenComparing(d -> d.id().value());
  private static final Comparator<ResourceAllocation> ALLOCATION_ORDER =
      Comparator.comparing(ResourceAllocation::date).thenComparing(a -> a.id().value());

  private final Map<AreaId, List<CommunityInput>> inputsByArea;
  private final Map<AreaId, List<EngagementActivity>> activitiesByArea;
  private final Map<AreaId, List<Initiative>> initiativesByArea;
  private final Map<AreaId, List<ResourceAllocation>> allocationsByArea;
  private final Map<AreaId, List<SurveyResponse>> responsesByArea;
  private final Map<AreaId, List<DecisionRecord>> decisionsByArea;
  private final Map<AreaId, List<LocalPerformanceTarget>> targetsByArea;
  private final Map<ActivityId, List<CommunityInput>> inputsByActivity;
  private final Map<InputId, List<DecisionRecord>> decisionsByPresentedInput;
  private final Map<InputId, List<DecisionConsideration>> considerationsByInput;
  private final Map<InputId, List<ResourceAllocation>> allocationsByInput;
  private final Map<DecisionId, List<ResourceAllocation>> allocationsByDecision;
  private final Map<InitiativeId, List<EngagementActivity>> activitiesByInitiative;
  private final Map<ActivityId, List<Feedback>> feedbackByActivity;
  private final Map<InputId, List<FeedbackResponse>> responsesByInput;
  private final Map<AreaId, Map<String, List<ReferencePopulation>>> referenceByArea;
  private final Map<AreaId, List<org.engagement.core.Panel>> panelsByArea;
  private final Map<AreaId, List<org.engagement.core.RoleAssignment>> rolesByArea;
  private final Map<AreaId, List<org.engagement.core.Publication>> publicationsByArea;
  private final Map<AreaId, List<org.engagement.core.KeyMessage>> keyMessagesByArea;
  private final Map<AreaId, List<org.engagement.core.Stakeholder>> stakeholdersByHomeArea;
  private final Map<AreaId, List<org.engagement.core.HardToHearGroup>> groupsByArea;
  private final Map<String, List<org.engagement.core.Commitment>> commitmentsByStandard;
  private final Map<org.engagement.core.PanelId, List<org.engagement.core.Publication>> publicationsByPanel;
  private final Map<org.engagement.core.PanelId, List<org.engagement.core.Priority>> prioritiesByPanel;
  private final Map<org.engagement.core.PanelId, List<EngagementActivity>> activitiesByPanel;
  private final Map<ActivityId, List<org.engagement.core.AnalysisRecord>> analysesByActivity;

  private DatasetIndex(EngagementDataset data) {
    inputsByArea = group(data.inputs(), CommunityInput::area, Comparator.comparing(i -> i.id().value()));
    activitiesByArea =
        group(data.activities(), EngagementActivity::area, Comparator.comparing(a -> a.id().value()));
    initiativesByArea =
        group(data.initiatives(), Initiative::area, Comparator.comparing(i -> i.id().value()));
    allocationsByArea = group(data.allocations(), ResourceAllocation::area, ALLOCATION_ORDER);
    responsesByArea =
        group(data.responses(), SurveyResponse::area, Comparator.comparing(r -> r.id().value()));
    inputsByActivity =
        group(data.inputs(), CommunityInput::activity, Comparator.comparing(i -> i.id().value()));
    decisionsByArea =
        group(data.decisions(), DecisionRecord::area, Comparator.comparing(d -> d.id().value()));
    targetsByArea = group(data.targets(), LocalPerformanceTarget::area,
        Comparator.comparing(t -> t.id().value()));

    Map<InputId, List<DecisionRecord>> presented = new HashMap<>();
    Map<InputId, List<DecisionConsideration>> considered = new HashMap<>();
    for (DecisionRecord decision : data.decisions()) {
      for (InputId input : new java.util.LinkedHashSet<>(decision.presentedInputs())) {
        presented.computeIfAbsent(input, k -> new ArrayList<>()).add(decision);
      }
      Map<InputId, Consideration> first = new LinkedHashMap<>();
      for (Consideration c : decision.considerations()) {
        first.putIfAbsent(c.input(), c);
      }
      first.forEach(
          (input, c) ->
              considered
                  .computeIfAbsent(input, k -> new ArrayList<>())
                  .add(new DecisionConsideration(decision, c)));
    }
    presented.values().forEach(l -> l.sort(DECISION_ORDER));
    considered.values().forEach(l -> l.sort(Comparator.comparing(DecisionConsideration::decision, DECISION_ORDER)));
    decisionsByPresentedInput = freeze(presented);
    considerationsByInput = freeze(considered);

    Map<InputId, List<ResourceAllocation>> byInput = new HashMap<>();
    Map<DecisionId, List<ResourceAllocation>> byDecision = new HashMap<>();
    for (ResourceAllocation allocation : data.allocations()) {
      for (InputId input : new java.util.LinkedHashSet<>(allocation.respondsTo())) {
        byInput.computeIfAbsent(input, k -> new ArrayList<>()).add(allocation);
      }
      allocation
          .decision()
          .ifPresent(d -> byDecision.computeIfAbsent(d, k -> new ArrayList<>()).add(allocation));
    }
    byInput.values().forEach(l -> l.sort(ALLOCATION_ORDER));
    byDecision.values().forEach(l -> l.sort(ALLOCATION_ORDER));
    allocationsByInput = freeze(byInput);
    allocationsByDecision = freeze(byDecision);

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
    activitiesByInitiative = freeze(linked);

    Map<ActivityId, List<Feedback>> feedback = new HashMap<>();
    for (Feedback f : data.feedback()) {
      for (ActivityId activity : new java.util.LinkedHashSet<>(f.answers())) {
        feedback.computeIfAbsent(activity, k -> new ArrayList<>()).add(f);
      }
    }
    feedback.values().forEach(l -> l.sort(Comparator.comparing(Feedback::published).thenComparing(f -> f.id().value())));
    feedbackByActivity = freeze(feedback);

    Map<InputId, List<FeedbackResponse>> responses = new HashMap<>();
    for (Feedback f : data.feedback()) {
      java.util.Set<InputId> seen = new java.util.HashSet<>();
      for (org.engagement.core.InputResponse r : f.responses()) {
        if (seen.add(r.input())) {
          responses.computeIfAbsent(r.input(), k -> new ArrayList<>()).add(new FeedbackResponse(f, r));
        }
      }
    }
    responses.values().forEach(l -> l.sort(Comparator.comparing((FeedbackResponse r) -> r.feedback().published())
        .thenComparing(r -> r.feedback().id().value())));
    responsesByInput = freeze(responses);

    Map<AreaId, Map<String, List<ReferencePopulation>>> references = new HashMap<>();
    for (ReferencePopulation p : data.referencePopulations()) {
      references
          .computeIfAbsent(p.area(), k -> new HashMap<>())
          .computeIfAbsent(p.dimension(), k -> new ArrayList<>())
          .add(p);
    }
    references.values().forEach(
        m -> m.values().forEach(l -> l.sort(Comparator.comparing(p -> p.id().value()))));
    referenceByArea = references;

    panelsByArea =
        group(data.panels(), org.engagement.core.Panel::area, Comparator.comparing(p -> p.id().value()));
    rolesByArea =
        group(data.roles(), org.engagement.core.RoleAssignment::area, Comparator.comparing(r -> r.id().value()));
    publicationsByArea =
        group(data.publications(), org.engagement.core.Publication::area, Comparator.comparing(p -> p.id().value()));
    keyMessagesByArea =
        group(data.keyMessages(), org.engagement.core.KeyMessage::area, Comparator.comparing(m -> m.id().value()));
    stakeholdersByHomeArea =
        group(data.stakeholders(), org.engagement.core.Stakeholder::homeArea, Comparator.comparing(h -> h.id().value()));
    groupsByArea =
        group(data.hardToHearGroups(), org.engagement.core.HardToHearGroup::area, Comparator.comparing(g -> g.id().value()));
    commitmentsByStandard =
        group(
            data.commitments().stream().filter(c -> c.standard().isPresent()).toList(),
            c -> c.standard().orElseThrow(),
            Comparator.comparing(c -> c.id().value()));
    publicationsByPanel =
        group(
            data.publications().stream().filter(p -> p.panel().isPresent()).toList(),
            p -> p.panel().orElseThrow(),
            Comparator.comparing(p -> p.id().value()));
    prioritiesByPanel =
        group(data.priorities(), org.engagement.core.Priority::panel, Comparator.comparing(p -> p.id().value()));
    activitiesByPanel =
        group(
            data.activities().stream().filter(a -> a.panel().isPresent()).toList(),
            a -> a.panel().orElseThrow(),
            Comparator.comparing(a -> a.id().value()));
    analysesByActivity =
        group(data.analyses(), org.engagement.core.AnalysisRecord::activity, Comparator.comparing(a -> a.id().value()));
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
   * The inputs whose area is {@code area} itself.
   *
   * @param area the area
   * @return sorted by id
   */
  public List<CommunityInput> inputsIn(AreaId area) {
    return inputsByArea.getOrDefault(area, List.of());
  }

  /**
   * The activities whose area is {@code area} itself.
   *
   * @param area the area
   * @return sorted by id
   */
  public List<EngagementActivity> activitiesIn(AreaId area) {
    return activitiesByArea.getOrDefault(area, List.of());
  }

  /**
   * The initiatives whose area is {@code area} itself.
   *
   * @param area the area
   * @return sorted by id
   */
  public List<Initiative> initiativesIn(AreaId area) {
    return initiativesByArea.getOrDefault(area, List.of());
  }

  /**
   * The allocations whose area is {@code area} itself.
   *
   * @param area the area
   * @return by date, id
   */
  public List<ResourceAllocation> allocationsIn(AreaId area) {
    return allocationsByArea.getOrDefault(area, List.of());
  }

  /**
   * The decision records whose area is {@code area} itself.
   *
   * @param area the area
   * @return by id
   */
  public List<DecisionRecord> decisionsIn(AreaId area) {
    return decisionsByArea.getOrDefault(area, List.of());
  }

  /**
   * The local performance targets whose area is {@code area} itself.
   *
   * @param area the area
   * @return by id
   */
  public List<LocalPerformanceTarget> targetsIn(AreaId area) {
    return targetsByArea.getOrDefault(area, List.of());
  }

  /**
   * The survey responses whose area is {@code area} itself.
   *
   * @param area the area
   * @return by id
   */
  public List<SurveyResponse> responsesIn(AreaId area) {
    return responsesByArea.getOrDefault(area, List.of());
  }

  /**
   * The inputs raised at an activity.
   *
   * @param activity the activity
   * @return sorted by id
   */
  public List<CommunityInput> inputsAt(ActivityId activity) {
    return inputsByActivity.getOrDefault(activity, List.of());
  }

  /**
   * The decisions that list an input as presented.
   *
   * @param input the input
   * @return by date, id
   */
  public List<DecisionRecord> decisionsPresenting(InputId input) {
    return decisionsByPresentedInput.getOrDefault(input, List.of());
  }

  /**
   * The considerations of an input (the first per decision), with their decisions.
   *
   * @param input the input
   * @return by decision date, then decision id
   */
  public List<DecisionConsideration> considerationsOf(InputId input) {
    return considerationsByInput.getOrDefault(input, List.of());
  }

  /**
   * The allocations that cite an input directly.
   *
   * @param input the input
   * @return by date, id
   */
  public List<ResourceAllocation> allocationsCiting(InputId input) {
    return allocationsByInput.getOrDefault(input, List.of());
  }

  /**
   * The allocations that implement a decision.
   *
   * @param decision the decision
   * @return by date, id
   */
  public List<ResourceAllocation> allocationsImplementing(DecisionId decision) {
    return allocationsByDecision.getOrDefault(decision, List.of());
  }

  /**
   * The activities linked to an initiative from either side, each once.
   *
   * @param initiative the initiative
   * @return sorted by id
   */
  public List<EngagementActivity> activitiesLinkedTo(InitiativeId initiative) {
    return activitiesByInitiative.getOrDefault(initiative, List.of());
  }

  /**
   * The feedback that answers an activity.
   *
   * @param activity the activity
   * @return by date, id
   */
  public List<Feedback> feedbackAnswering(ActivityId activity) {
    return feedbackByActivity.getOrDefault(activity, List.of());
  }

  /**
   * The reference populations of an area on one dimension.
   *
   * @param area the area
   * @param dimension the dimension code
   * @return sorted by id
   */
  public List<ReferencePopulation> referencePopulations(AreaId area, String dimension) {
    return referenceByArea.getOrDefault(area, Map.of()).getOrDefault(dimension, List.of());
  }

  /**
   * The panels whose area is {@code area} itself.
   *
   * @param area the area
   * @return sorted by id
   */
  public List<org.engagement.core.Panel> panelsIn(AreaId area) {
    return panelsByArea.getOrDefault(area, List.of());
  }

  /**
   * The role assignments whose area is {@code area} itself.
   *
   * @param area the area
   * @return by id
   */
  public List<org.engagement.core.RoleAssignment> rolesIn(AreaId area) {
    return rolesByArea.getOrDefault(area, List.of());
  }

  /**
   * The publications whose area is {@code area} itself.
   *
   * @param area the area
   * @return by id
   */
  public List<org.engagement.core.Publication> publicationsIn(AreaId area) {
    return publicationsByArea.getOrDefault(area, List.of());
  }

  /**
   * The key messages whose area is {@code area} itself.
   *
   * @param area the area
   * @return by id
   */
  public List<org.engagement.core.KeyMessage> keyMessagesIn(AreaId area) {
    return keyMessagesByArea.getOrDefault(area, List.of());
  }

  /**
   * The stakeholders whose home area is {@code area} itself.
   *
   * @param area the area
   * @return by id
   */
  public List<org.engagement.core.Stakeholder> stakeholdersHomedIn(AreaId area) {
    return stakeholdersByHomeArea.getOrDefault(area, List.of());
  }

  /**
   * The hard-to-hear groups declared in {@code area} itself.
   *
   * @param area the area
   * @return by id
   */
  public List<org.engagement.core.HardToHearGroup> hardToHearGroupsIn(AreaId area) {
    return groupsByArea.getOrDefault(area, List.of());
  }

  /**
   * The commitments tagged with a standard.
   *
   * @param standard e.g. {@code "YE-2"}
   * @return by id
   */
  public List<org.engagement.core.Commitment> commitmentsTagged(String standard) {
    return commitmentsByStandard.getOrDefault(standard, List.of());
  }

  /**
   * The publications linked to a panel.
   *
   * @param panel the panel
   * @return sorted by id
   */
  public List<org.engagement.core.Publication> publicationsOf(org.engagement.core.PanelId panel) {
    return publicationsByPanel.getOrDefault(panel, List.of());
  }

  /**
   * The priorities a panel set.
   *
   * @param panel the panel
   * @return sorted by id
   */
  public List<org.engagement.core.Priority> prioritiesOf(org.engagement.core.PanelId panel) {
    return prioritiesByPanel.getOrDefault(panel, List.of());
  }

  /**
   * The activities that name a panel.
   *
   * @param panel the panel
   * @return sorted by id
   */
  public List<EngagementActivity> activitiesOf(org.engagement.core.PanelId panel) {
    return activitiesByPanel.getOrDefault(panel, List.of());
  }

  /**
   * The analysis records of an activity.
   *
   * @param activity the activity
   * @return sorted by id
   */
  public List<org.engagement.core.AnalysisRecord> analysesOf(ActivityId activity) {
    return analysesByActivity.getOrDefault(activity, List.of());
  }

  /**
   * The feedback records that carry a response to an input, each once (with its first response
   * to the input).
   *
   * @param input the input
   * @return by published date, then feedback id
   */
  public List<FeedbackResponse> responsesTo(InputId input) {
    return responsesByInput.getOrDefault(input, List.of());
  }
}
