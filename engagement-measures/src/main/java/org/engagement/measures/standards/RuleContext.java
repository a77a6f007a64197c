package org.engagement.measures.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.engagement.core.ActivityId;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Feedback;
import org.engagement.core.KeyMessage;
import org.engagement.core.Panel;
import org.engagement.core.PanelId;
import org.engagement.core.Publication;
import org.engagement.core.RecordType;
import org.engagement.core.RoleAssignment;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.internal.DatasetIndex;
import org.engagement.measures.internal.InScope;

/**
 * What a rule reads while evaluating one scope: the evaluation context (the dataset and its
 * indexes), the scope, the records of each area, and the dating conventions of
 * docs/spec/measures.md §0b. The building blocks ({@link ShareRule}, {@link PerAreaRule}) hand
 * one to the code that picks and checks records.
 *
 * <pre>{@code
 * Rule newsletters = PerAreaRule.atLeast("N-1", "a newsletter each quarter per borough",
 *     Optional.of(AreaLevel.BOROUGH), List.of(RecordType.PUBLICATION), 4,
 *     "per borough: ≥ %d NEWSLETTER publications in the period", "NEWSLETTER",
 *     (c, area) -> c.under(area, c::publicationsIn).stream()
 *         .filter(p -> p.kind() == PublicationKind.NEWSLETTER && c.inPeriod(p.date()))
 *         .map(p -> p.id().value()).toList());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleContext {

  private final EvaluationContext evaluation;
  private final DatasetIndex index;
  private final Scope scope;

  private RuleContext(EvaluationContext evaluation, DatasetIndex index, Scope scope) {
    this.evaluation = evaluation;
    this.index = index;
    this.scope = scope;
  }

  static RuleContext of(EvaluationContext evaluation, Scope scope) {
    return new RuleContext(evaluation, DatasetIndex.of(evaluation), scope);
  }

  /** {@return the evaluation context: the dataset and its indexes, never null} */
  public EvaluationContext evaluation() {
    return evaluation;
  }

  /** {@return the scope evaluated, never null} */
  public Scope scope() {
    return scope;
  }

  /** {@return the dataset of the evaluation context, never null} */
  public EngagementDataset data() {
    return evaluation.dataset();
  }

  DatasetIndex index() {
    return index;
  }

  /**
   * The records whose area lies in the subtree of {@code root}, in subtree order by area id.
   *
   * @param root the root of the subtree, not null
   * @param byArea the records of one area, e.g. {@code context::activitiesIn}, not null
   * @param <T> the record type
   * @return the records, never null
   */
  public <T> List<T> under(AreaId root, Function<AreaId, List<T>> byArea) {
    List<T> out = new ArrayList<>();
    for (AreaId area : data().subtree(root).stream().sorted().toList()) {
      out.addAll(byArea.apply(area));
    }
    return out;
  }

  /**
   * The activities of one area, not of its sub-areas; use {@link #under} for a subtree.
   *
   * @param area the area, not null
   * @return the activities, never null
   */
  public List<EngagementActivity> activitiesIn(AreaId area) {
    return index.activitiesIn(area);
  }

  /**
   * The publications of one area, not of its sub-areas.
   *
   * @param area the area, not null
   * @return the publications, never null
   */
  public List<Publication> publicationsIn(AreaId area) {
    return index.publicationsIn(area);
  }

  /**
   * The panels of one area, not of its sub-areas.
   *
   * @param area the area, not null
   * @return the panels, never null
   */
  public List<Panel> panelsIn(AreaId area) {
    return index.panelsIn(area);
  }

  /**
   * The role assignments of one area, not of its sub-areas.
   *
   * @param area the area, not null
   * @return the role assignments, never null
   */
  public List<RoleAssignment> rolesIn(AreaId area) {
    return index.rolesIn(area);
  }

  /**
   * The key messages of one area, not of its sub-areas.
   *
   * @param area the area, not null
   * @return the key messages, never null
   */
  public List<KeyMessage> keyMessagesIn(AreaId area) {
    return index.keyMessagesIn(area);
  }

  /**
   * The feedback that answers an activity, whenever published: check the date with
   * {@link #notAfterAsOf}.
   *
   * @param activity the activity's id, not null
   * @return the feedback, never null
   */
  public List<Feedback> feedbackAnswering(ActivityId activity) {
    return index.feedbackAnswering(activity);
  }

  /**
   * The publications of a panel (its minutes, for example), whenever dated.
   *
   * @param panel the panel's id, not null
   * @return the publications, never null
   */
  public List<Publication> publicationsOf(PanelId panel) {
    return index.publicationsOf(panel);
  }

  /**
   * The activities of a panel (its meetings), whenever dated.
   *
   * @param panel the panel's id, not null
   * @return the activities, never null
   */
  public List<EngagementActivity> activitiesOf(PanelId panel) {
    return index.activitiesOf(panel);
  }

  /**
   * Whether a date lies in the scope's period.
   *
   * @param date the date, not null
   * @return true when within the period, both ends included
   */
  public boolean inPeriod(LocalDate date) {
    return InScope.inPeriod(scope, date);
  }

  /**
   * Whether evidence of a date counts: dated not after the scope's as-of date.
   *
   * @param date the date, not null
   * @return true when not after as-of
   */
  public boolean notAfterAsOf(LocalDate date) {
    return InScope.notAfterAsOf(scope, date);
  }

  /**
   * Whether an interval (a panel's life, a role held, a membership) is active in the period:
   * it starts not after the period's end and has no end or ends not before its start.
   *
   * @param start the first day, not null
   * @param end the last day, if any, not null
   * @return true when active in the period
   */
  public boolean active(LocalDate start, Optional<LocalDate> end) {
    return scope.period().overlaps(start, end);
  }

  /**
   * The area of {@code level} that holds {@code area}: itself or its nearest such ancestor.
   *
   * @param area the area, not null
   * @param level the level, not null
   * @return the area of that level, or empty when none holds {@code area}
   */
  public Optional<AreaId> areaAtLevel(AreaId area, AreaLevel level) {
    if (data().level(area).equals(Optional.of(level))) {
      return Optional.of(area);
    }
    return data().ancestors(area).stream()
        .filter(a -> data().level(a).equals(Optional.of(level)))
        .findFirst();
  }

  /** The reason a rule reading {@code kinds} is not assessable: the first kind with no record. */
  static Optional<String> missingKind(EngagementDataset data, List<RecordType> kinds) {
    for (RecordType kind : kinds) {
      if (data.count(kind) == 0) {
        return Optional.of("no " + kind.collection() + " in the dataset");
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the scope.
   *
   * @return e.g. {@code RuleContext[E09000022 2012-04-01/2013-03-31 as of 2013-03-31]}
   */
  @Override
  public String toString() {
    return "RuleContext[" + scope + "]";
  }
}
