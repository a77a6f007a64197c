package org.engagement.measures.standards;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.DemographicDimension;
import org.engagement.core.DimensionCounts;
import org.engagement.core.EngagementDataset;
import org.engagement.core.MemberCategory;
import org.engagement.core.Openness;
import org.engagement.core.Panel;
import org.engagement.core.PanelId;
import org.engagement.core.PanelKind;
import org.engagement.core.PanelMember;
import org.engagement.core.Priority;
import org.engagement.core.PrioritySource;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.internal.ReferenceCounts;
import org.engagement.measures.stats.RepresentationThresholds;
import org.engagement.measures.stats.Representativeness;

/**
 * Panel health (docs/spec/measures.md §7) per panel active in the period, and pooled per borough:
 * counts summed over the borough's panels, representativeness of the pooled membership against the
 * borough's reference population.
 *
 * <pre>{@code
 * PanelHealthAssessment panels = PanelHealthAssessment.standard();
 * List<PanelHealth> each = panels.perPanel(data, scope);
 * List<PanelHealth> boroughs = panels.perBorough(data, scope);
 * }</pre>
 *
 * <p>Membership representativeness reads the scheme's primary dimensions of a panel's membership
 * demographic aggregate and the reference population of the panel's area, falling back to the sum
 * over its child areas as M3 does; a dimension without a reference or a stated count is left out.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PanelHealthAssessment {

  private final RepresentationThresholds thresholds;

  private PanelHealthAssessment(RepresentationThresholds thresholds) {
    this.thresholds = thresholds;
  }

  /**
   * The assessment with the default representation thresholds.
   *
   * @return never null
   */
  public static PanelHealthAssessment standard() {
    return of(RepresentationThresholds.standard());
  }

  /**
   * The assessment with given representation thresholds.
   *
   * @param thresholds when a category is under-represented, not null
   * @return never null
   */
  public static PanelHealthAssessment of(RepresentationThresholds thresholds) {
    return new PanelHealthAssessment(thresholds);
  }

  /**
   * The health of each panel in the scope's subtree active in the period.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @return sorted by panel id, never null
   */
  public List<PanelHealth> perPanel(EvaluationContext context, Scope scope) {
    RuleContext c = RuleContext.of(context, scope);
    Set<PanelId> linkedToCpeg = linkedToCpeg(c);
    List<PanelHealth> out = new ArrayList<>();
    for (Panel p : panels(c, scope.area())) {
      PanelHealth counts = counts(c, p, linkedToCpeg);
      out.add(withRepresentativeness(c, counts));
    }
    out.sort(java.util.Comparator.comparing(PanelHealth::subject));
    return List.copyOf(out);
  }

  /**
   * The health of each panel in the scope's subtree active in the period, with a new
   * {@link EvaluationContext} of {@code data}: this call indexes the whole dataset. For more than
   * one call, build the context once and use {@link #perPanel(EvaluationContext, Scope)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @return sorted by panel id, never null
   */
  public List<PanelHealth> perPanel(EngagementDataset data, Scope scope) {
    return perPanel(EvaluationContext.of(data), scope);
  }

  /**
   * The pooled health of each borough in the scope's subtree: the sum of its panels' counts.
   *
   * @param context the dataset and its indexes, not null
   * @param scope the scope, not null
   * @return one per borough, sorted by area id, boroughs without a panel included, never null
   */
  public List<PanelHealth> perBorough(EvaluationContext context, Scope scope) {
    EngagementDataset data = context.dataset();
    RuleContext c = RuleContext.of(context, scope);
    Set<PanelId> linkedToCpeg = linkedToCpeg(c);
    List<PanelHealth> out = new ArrayList<>();
    for (AreaId borough : data.areasAtLevel(scope.area(), AreaLevel.BOROUGH)) {
      String name = data.area(borough).map(Area::name).orElse(borough.value());
      PanelHealth pooled = empty(name, borough);
      for (Panel p : panels(c, borough)) {
        pooled = pooled.plus(counts(c, p, linkedToCpeg), name, borough);
      }
      out.add(withRepresentativeness(c, pooled));
    }
    return List.copyOf(out);
  }

  /**
   * The pooled health of each borough in the scope's subtree, with a new {@link EvaluationContext}
   * of {@code data}: this call indexes the whole dataset. For more than one call, build the context
   * once and use {@link #perBorough(EvaluationContext, Scope)}.
   *
   * @param data the dataset, not null
   * @param scope the scope, not null
   * @return one per borough, sorted by area id, boroughs without a panel included, never null
   */
  public List<PanelHealth> perBorough(EngagementDataset data, Scope scope) {
    return perBorough(EvaluationContext.of(data), scope);
  }

  private static PanelHealth empty(String subject, AreaId area) {
    return new PanelHealth(subject, area, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), 0, 0,
        Map.of(), Map.of());
  }

  private static List<Panel> panels(RuleContext c, AreaId root) {
    return c.under(root, c.index()::panelsIn).stream()
        .filter(p -> c.active(p.activeFrom(), p.activeTo()))
        .toList();
  }

  /** The panels linked, from either side, to a CPEG of their own borough. */
  private static Set<PanelId> linkedToCpeg(RuleContext c) {
    Map<PanelId, Panel> byId = new TreeMap<>();
    c.data().panels().forEach(p -> byId.putIfAbsent(p.id(), p));
    Set<PanelId> out = new HashSet<>();
    for (Panel p : c.data().panels()) {
      for (PanelId other : p.links()) {
        Panel q = byId.get(other);
        if (q == null) {
          continue;
        }
        if (q.kind() == PanelKind.CPEG && sameBorough(c, p, q)) {
          out.add(p.id());
        }
        if (p.kind() == PanelKind.CPEG && sameBorough(c, q, p)) {
          out.add(q.id());
        }
      }
    }
    return out;
  }

  private static boolean sameBorough(RuleContext c, Panel ward, Panel cpeg) {
    Optional<AreaId> borough = c.areaAtLevel(ward.area(), AreaLevel.BOROUGH);
    return borough.isPresent() && c.data().isWithin(cpeg.area(), borough.get());
  }

  private static PanelHealth counts(RuleContext c, Panel p, Set<PanelId> linkedToCpeg) {
    boolean ward = c.data().level(p.area()).equals(Optional.of(AreaLevel.WARD));
    Set<MemberCategory> required = EnumSet.of(MemberCategory.RESIDENT, MemberCategory.AGENCY_REPRESENTATIVE);
    if (ward && c.data().area(p.area()).map(a -> a.businessPresence()).orElse(false)) {
      required.add(MemberCategory.BUSINESS);
    }
    Set<MemberCategory> present = EnumSet.noneOf(MemberCategory.class);
    long active = 0;
    long councillors = 0;
    for (PanelMember m : p.members()) {
      if (c.active(m.joined(), m.left())) {
        active++;
        present.add(m.category());
        councillors += m.category() == MemberCategory.COUNCILLOR ? 1 : 0;
      }
    }
    present.retainAll(required);
    long priorities = 0;
    long local = 0;
    long actioned = 0;
    List<Long> days = new ArrayList<>();
    for (Priority priority : c.index().prioritiesOf(p.id())) {
      if (!c.inPeriod(priority.setDate())) {
        continue;
      }
      priorities++;
      local += priority.source() == PrioritySource.LOCAL ? 1 : 0;
      if (priority.actionDate().filter(c::notAfterAsOf).isPresent()) {
        actioned++;
        days.add(ChronoUnit.DAYS.between(priority.setDate(), priority.actionDate().get()));
      }
    }
    boolean wardPanel = ward && p.kind() == PanelKind.SAFER_NEIGHBOURHOODS_PANEL;
    Map<String, Map<String, Long>> membership = new TreeMap<>();
    if (p.membershipDemographics().isPresent()) {
      for (DemographicDimension d : c.data().scheme().primaryDimensions()) {
        Optional<DimensionCounts> counts = p.membershipDemographics().get().dimension(d.code());
        counts.ifPresent(dc -> membership.put(d.code(), new TreeMap<>(dc.counts())));
      }
    }
    return new PanelHealth(p.id().value(), p.area(), 1, active, councillors, required.size(),
        present.size(), p.openness() == Openness.OPEN ? 1 : 0, p.openness() == Openness.CLOSED ? 1 : 0,
        priorities, local, actioned, days, wardPanel ? 1 : 0,
        wardPanel && linkedToCpeg.contains(p.id()) ? 1 : 0, membership, Map.of());
  }

  private PanelHealth withRepresentativeness(RuleContext c, PanelHealth h) {
    Map<String, Representativeness> out = new TreeMap<>();
    int year = c.scope().period().to().getYear();
    for (Map.Entry<String, Map<String, Long>> e : h.membership().entrySet()) {
      Optional<DemographicDimension> dimension = c.data().scheme().dimension(e.getKey());
      Optional<Map<String, Long>> reference =
          ReferenceCounts.of(c.data(), c.index(), h.area(), e.getKey(), year);
      if (dimension.isEmpty() || reference.isEmpty()) {
        continue;
      }
      // categories not compared leave both sides before any share (docs/spec/measures.md §1)
      Map<String, Long> observed = ReferenceCounts.compared(dimension.get(), e.getValue());
      Map<String, Long> population = ReferenceCounts.compared(dimension.get(), reference.get());
      if (!countable(observed) || !countable(population)) {
        continue;
      }
      out.put(e.getKey(), Representativeness.of(
          ReferenceCounts.inSchemeOrder(dimension.get(), observed),
          ReferenceCounts.inSchemeOrder(dimension.get(), population), thresholds));
    }
    return new PanelHealth(h.subject(), h.area(), h.panels(), h.activeMembers(), h.councillors(),
        h.requiredCategories(), h.presentCategories(), h.open(), h.closed(), h.priorities(),
        h.localPriorities(), h.actioned(), h.daysToAction(), h.wardPanels(), h.linkedWardPanels(),
        h.membership(), out);
  }

  private static boolean countable(Map<String, Long> counts) {
    long sum = 0;
    for (long n : counts.values()) {
      if (n < 0) {
        return false;
      }
      sum += n;
    }
    return sum > 0;
  }

  /**
   * Returns the thresholds.
   *
   * @return e.g. {@code PanelHealthAssessment (q≥0.02 r<0.8)}
   */
  @Override
  public String toString() {
    return "PanelHealthAssessment (" + thresholds + ")";
  }
}
