package org.engagement.measures.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.BoroughTier;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementMethod;
import org.engagement.core.KeyMessage;
import org.engagement.core.MemberCategory;
import org.engagement.core.Openness;
import org.engagement.core.Panel;
import org.engagement.core.PanelId;
import org.engagement.core.PanelKind;
import org.engagement.core.PanelMember;
import org.engagement.core.Publication;
import org.engagement.core.PublicationKind;
import org.engagement.core.RecordType;
import org.engagement.core.RoleAssignment;
import org.engagement.core.RoleKind;

/**
 * The built-in catalogue of the 2012 MPS Quality Standards for Engagement: five areas of five
 * promises each, as the 25 rules of docs/spec/standards.md. The narrative promises YE-5 and CT-5
 * are present and always NOT_ASSESSABLE with the reason; the promises docs/spec/standards.md calls
 * "NOT_ASSESSABLE unless recorded" (YE-4, BE-3, BE-4, BE-5, IA-3) are scored by commitment
 * attainment when a commitment tagged with the promise exists, and NOT_ASSESSABLE otherwise.
 *
 * <pre>{@code
 * Catalogue mps = QualityStandards2012.catalogue();
 * ComplianceMatrix m = ComplianceMatrix.of(mps, data, Scope.of(lambeth, Period.financialYear(2012)));
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class QualityStandards2012 {

  /** The catalogue's name. */
  public static final String NAME = "MPS Quality Standards for Engagement (2012)";

  private static final Optional<AreaLevel> BOROUGH = Optional.of(AreaLevel.BOROUGH);
  private static final Optional<AreaLevel> WARD = Optional.of(AreaLevel.WARD);
  private static final Set<EngagementMethod> OPEN_MEETINGS =
      EnumSet.of(
          EngagementMethod.PUBLIC_MEETING,
          EngagementMethod.PUBLIC_EVENT,
          EngagementMethod.WARD_PANEL_MEETING,
          EngagementMethod.STREET_SURGERY);
  private static final Catalogue CATALOGUE = build();

  private QualityStandards2012() {}

  /**
   * The catalogue of the 25 promises, in the paper's order: CE-1…CE-5, YE-1…YE-5, BE-1…BE-5,
   * CT-1…CT-5, IA-1…IA-5.
   *
   * @return the catalogue, never null
   */
  public static Catalogue catalogue() {
    return CATALOGUE;
  }

  private static Catalogue build() {
    List<Rule> rules = new ArrayList<>();
    rules.add(new PerAreaRule("CE-1", "three-tier borough engagement", BOROUGH,
        List.of(RecordType.ACTIVITY), 0,
        "per borough: ≥ 1 activity in each borough tier in the period", QualityStandards2012::ce1));
    rules.add(new PerAreaRule("CE-2",
        "clear information on getting involved; social media options in every borough", BOROUGH,
        List.of(RecordType.ACTIVITY, RecordType.PUBLICATION), 0,
        "per borough: ≥ 1 activity by e-method in the period and a HOW_TO_GET_INVOLVED"
            + " publication dated in the period or at most 365 days before it",
        QualityStandards2012::ce2));
    rules.add(new PerAreaRule("CE-3",
        "four open public meetings and events per ward per year, with \"We asked, You said, We did\""
            + " feedback", WARD, List.of(RecordType.ACTIVITY), 4,
        "per ward: ≥ %d OPEN public meetings, events, ward panel meetings or street surgeries,"
            + " each answered by three-part feedback",
        QualityStandards2012::ce3));
    rules.add(new PerAreaRule("CE-4", "a youth panel (\"Youth KIN\") in every ward", WARD,
        List.of(RecordType.PANEL), 0, "per ward: a YOUTH_PANEL of that ward active in the period",
        QualityStandards2012::ce4));
    rules.add(new ShareRule("CE-5", "key messages meet the four-point standard",
        AreaLevel.BOROUGH, List.of(RecordType.KEY_MESSAGE),
        "share of key messages accessible, consistent, timely and for the widest audience",
        QualityStandards2012::ce5));
    rules.add(roleRule("YE-1", "Youth Engagement Coordinator on every borough",
        RoleKind.YOUTH_ENGAGEMENT_COORDINATOR));
    rules.add(commitment("YE-2", "Volunteer Police Cadets to 4,000 by 2014", "no commitment tagged YE-2"));
    rules.add(commitment("YE-3",
        "online youth survey of 35,000 younger teenagers, findings published",
        "no commitment tagged YE-3"));
    rules.add(commitment("YE-4", "Youth Ambassadors with Safer London Foundation",
        "not recorded: no commitment tagged YE-4"));
    rules.add(new NarrativeRule("YE-5", "longer-term strategic youth engagement with partners"));
    rules.add(new ShareRule("BE-1", "local business in ward panels and problem-solving meetings",
        AreaLevel.WARD, List.of(RecordType.PANEL),
        "share of ward Safer Neighbourhoods panels active in the period with an active BUSINESS member",
        QualityStandards2012::be1));
    rules.add(roleRule("BE-2", "business SPOC in every borough leadership team", RoleKind.BUSINESS_SPOC));
    rules.add(commitment("BE-3", "business engagement plans in borough control frameworks",
        "not recorded: no commitment tagged BE-3"));
    rules.add(commitment("BE-4", "business crime control framework",
        "not recorded: no commitment tagged BE-4"));
    rules.add(commitment("BE-5", "cross-sector safety and security communications network",
        "not recorded: no commitment tagged BE-5"));
    rules.add(roleRule("CT-1", "SLT lead for community tension on every borough",
        RoleKind.COMMUNITY_TENSION_LEAD));
    rules.add(new PerAreaRule("CT-2", "quarterly tension assessments to boroughs", BOROUGH,
        List.of(RecordType.PUBLICATION), 4,
        "per borough: ≥ %d TENSION_ASSESSMENT publications in the period",
        (c, area, required) -> publications(c, area, PublicationKind.TENSION_ASSESSMENT, required)));
    rules.add(new PerAreaRule("CT-3", "revised area-focused tensions report with narrative per BOCU",
        BOROUGH, List.of(RecordType.PUBLICATION), 0,
        "per borough: a TENSIONS_REPORT publication in the period",
        (c, area, required) -> publications(c, area, PublicationKind.TENSIONS_REPORT, 1)));
    rules.add(new PerAreaRule("CT-4", "borough tension monitoring group and specialist post",
        BOROUGH, List.of(RecordType.PANEL, RecordType.ROLE), 0,
        "per borough: a TENSION_MONITORING_GROUP active in the period and a"
            + " COMMUNITY_TENSIONS_SPECIALIST held during it",
        QualityStandards2012::ct4));
    rules.add(new NarrativeRule("CT-5", "tension monitoring performance framework"));
    rules.add(new PerAreaRule("IA-1",
        "effective IAG on every borough, regular formal meetings with an SLT member", BOROUGH,
        List.of(RecordType.PANEL), 4,
        "per borough: an IAG active in the period with ≥ %d meetings in the period attended by SLT",
        QualityStandards2012::ia1));
    rules.add(new ShareRule("IA-2",
        "nucleus of formal advisors reaching informal advisors, linked to other groups",
        AreaLevel.BOROUGH, List.of(RecordType.PANEL),
        "share of IAGs active in the period with active formal and informal advisors and a link"
            + " to another panel",
        QualityStandards2012::ia2));
    rules.add(commitment("IA-3",
        "advisors work to a clear role description with critical-incident protocols",
        "not recorded: no commitment tagged IA-3"));
    rules.add(new MinimumRule("IA-4",
        "induction for advisors; at least one event a year for all advisors",
        List.of(
            new ShareRule("IA-4", "induction for advisors", AreaLevel.BOROUGH,
                List.of(RecordType.PANEL),
                "share of active IAG members inducted not after as-of", QualityStandards2012::ia4),
            new PerAreaRule("IA-4", "at least one event a year for all advisors", Optional.empty(),
                List.of(RecordType.ACTIVITY), 1, "≥ %d ADVISOR_EVENT activities in the period",
                QualityStandards2012::advisorEvents))));
    rules.add(new MinimumRule("IA-5",
        "online space for good practice, minutes published, by March 2013",
        List.of(
            new CommitmentRule("IA-5", "IA-5", "online space for good practice",
                "no commitment tagged IA-5"),
            new ShareRule("IA-5", "minutes published", AreaLevel.BOROUGH,
                List.of(RecordType.PANEL),
                "share of IAGs active in the period with MINUTES published in the period",
                QualityStandards2012::ia5))));
    return Catalogue.of(NAME, rules);
  }

  private static Rule commitment(String id, String title, String absent) {
    return new CommitmentRule(id, id, title, absent);
  }

  private static Rule roleRule(String id, String title, RoleKind kind) {
    return new PerAreaRule(id, title, BOROUGH, List.of(RecordType.ROLE), 0,
        "per borough: a " + kind + " role held during the period",
        (c, area, required) -> role(c, area, kind));
  }

  private static List<String> ids(List<? extends org.engagement.core.Identified> records) {
    return records.stream().map(org.engagement.core.EngagementDataset::idOf).toList();
  }

  private static AreaVerdict role(RuleContext c, AreaId area, RoleKind kind) {
    List<RoleAssignment> held =
        c.under(area, c.index()::rolesIn).stream()
            .filter(r -> r.role() == kind && c.active(r.from(), r.to()))
            .toList();
    return AreaVerdict.of(!held.isEmpty(), kind.name(), ids(held));
  }

  private static List<EngagementActivity> activities(RuleContext c, AreaId area) {
    return c.under(area, c.index()::activitiesIn).stream().filter(a -> c.inPeriod(a.date())).toList();
  }

  private static AreaVerdict ce1(RuleContext c, AreaId area, long required) {
    Set<BoroughTier> tiers = EnumSet.noneOf(BoroughTier.class);
    List<String> evidence = new ArrayList<>();
    for (EngagementActivity a : activities(c, area)) {
      if (a.boroughTier().isPresent()) {
        tiers.add(a.boroughTier().get());
        evidence.add(a.id().value());
      }
    }
    for (BoroughTier tier : BoroughTier.values()) {
      if (!tiers.contains(tier)) {
        return AreaVerdict.lacking("TIER_" + tier, evidence);
      }
    }
    return AreaVerdict.met(evidence);
  }

  private static AreaVerdict ce2(RuleContext c, AreaId area, long required) {
    List<String> evidence = new ArrayList<>();
    boolean eMethod = false;
    for (EngagementActivity a : activities(c, area)) {
      if (a.method().isEMethod()) {
        eMethod = true;
        evidence.add(a.id().value());
      }
    }
    LocalDate earliest = c.scope().period().from().minusDays(365);
    boolean howTo = false;
    for (Publication p : c.under(area, c.index()::publicationsIn)) {
      if (p.kind() == PublicationKind.HOW_TO_GET_INVOLVED
          && !p.date().isBefore(earliest)
          && !p.date().isAfter(c.scope().period().to())) {
        howTo = true;
        evidence.add(p.id().value());
      }
    }
    if (!eMethod) {
      return AreaVerdict.lacking("E_METHOD_ACTIVITY", evidence);
    }
    return AreaVerdict.of(howTo, "HOW_TO_GET_INVOLVED", evidence);
  }

  private static AreaVerdict ce3(RuleContext c, AreaId area, long required) {
    List<String> evidence = new ArrayList<>();
    for (EngagementActivity a : activities(c, area)) {
      if (a.openness() == Openness.OPEN
          && OPEN_MEETINGS.contains(a.method())
          && c.index().feedbackAnswering(a.id()).stream()
              .anyMatch(f -> f.hasAllThreeParts() && c.notAfterAsOf(f.published()))) {
        evidence.add(a.id().value());
      }
    }
    return AreaVerdict.of(evidence.size() >= required, "OPEN_MEETINGS_WITH_FEEDBACK", evidence);
  }

  private static AreaVerdict ce4(RuleContext c, AreaId area, long required) {
    List<Panel> panels =
        c.index().panelsIn(area).stream()
            .filter(p -> p.kind() == PanelKind.YOUTH_PANEL && c.active(p.activeFrom(), p.activeTo()))
            .toList();
    return AreaVerdict.of(!panels.isEmpty(), "YOUTH_PANEL", ids(panels));
  }

  private static List<ShareRule.Item> ce5(RuleContext c) {
    List<ShareRule.Item> out = new ArrayList<>();
    for (KeyMessage m : c.under(c.scope().area(), c.index()::keyMessagesIn)) {
      if (c.inPeriod(m.date())) {
        out.add(new ShareRule.Item(m.id().value(), m.area(), lacks(m)));
      }
    }
    return out;
  }

  private static Optional<String> lacks(KeyMessage m) {
    if (!m.accessible().orElse(false)) {
      return Optional.of("ACCESSIBLE");
    }
    if (!m.consistent().orElse(false)) {
      return Optional.of("CONSISTENT");
    }
    if (!m.timely().orElse(false)) {
      return Optional.of("TIMELY");
    }
    return m.widestAudience().orElse(false) ? Optional.empty() : Optional.of("WIDEST_AUDIENCE");
  }

  private static List<Panel> panels(RuleContext c, PanelKind kind) {
    return c.under(c.scope().area(), c.index()::panelsIn).stream()
        .filter(p -> p.kind() == kind && c.active(p.activeFrom(), p.activeTo()))
        .toList();
  }

  private static boolean hasActive(RuleContext c, Panel panel, MemberCategory category) {
    return panel.members().stream()
        .anyMatch(m -> m.category() == category && c.active(m.joined(), m.left()));
  }

  private static List<ShareRule.Item> be1(RuleContext c) {
    List<ShareRule.Item> out = new ArrayList<>();
    for (Panel p : panels(c, PanelKind.SAFER_NEIGHBOURHOODS_PANEL)) {
      if (c.data().level(p.area()).equals(WARD)) {
        boolean business = hasActive(c, p, MemberCategory.BUSINESS);
        out.add(new ShareRule.Item(
            p.id().value(), p.area(), business ? Optional.empty() : Optional.of("BUSINESS_MEMBER")));
      }
    }
    return out;
  }

  private static AreaVerdict publications(
      RuleContext c, AreaId area, PublicationKind kind, long required) {
    List<Publication> found =
        c.under(area, c.index()::publicationsIn).stream()
            .filter(p -> p.kind() == kind && c.inPeriod(p.date()))
            .toList();
    return AreaVerdict.of(found.size() >= required, kind.name(), ids(found));
  }

  private static AreaVerdict ct4(RuleContext c, AreaId area, long required) {
    List<Panel> groups =
        c.under(area, c.index()::panelsIn).stream()
            .filter(p -> p.kind() == PanelKind.TENSION_MONITORING_GROUP
                && c.active(p.activeFrom(), p.activeTo()))
            .toList();
    AreaVerdict specialist = role(c, area, RoleKind.COMMUNITY_TENSIONS_SPECIALIST);
    List<String> evidence = new ArrayList<>(ids(groups));
    evidence.addAll(specialist.evidence());
    if (groups.isEmpty()) {
      return AreaVerdict.lacking(PanelKind.TENSION_MONITORING_GROUP.name(), evidence);
    }
    return AreaVerdict.of(specialist.isMet(), RoleKind.COMMUNITY_TENSIONS_SPECIALIST.name(), evidence);
  }

  private static AreaVerdict ia1(RuleContext c, AreaId area, long required) {
    List<String> evidence = new ArrayList<>();
    boolean met = false;
    boolean anyIag = false;
    for (Panel p : c.under(area, c.index()::panelsIn)) {
      if (p.kind() != PanelKind.IAG || !c.active(p.activeFrom(), p.activeTo())) {
        continue;
      }
      anyIag = true;
      List<String> meetings =
          c.index().activitiesOf(p.id()).stream()
              .filter(a -> c.inPeriod(a.date()) && a.sltAttended().orElse(false))
              .map(a -> a.id().value())
              .toList();
      if (meetings.size() >= required) {
        met = true;
        evidence.add(p.id().value());
        evidence.addAll(meetings);
      }
    }
    return AreaVerdict.of(met, anyIag ? "IAG_MEETINGS_WITH_SLT" : "IAG", evidence);
  }

  private static List<ShareRule.Item> ia2(RuleContext c) {
    Set<PanelId> known = new HashSet<>();
    c.data().panels().forEach(p -> known.add(p.id()));
    Set<PanelId> linkedTo = new HashSet<>();
    for (Panel p : c.data().panels()) {
      for (PanelId other : p.links()) {
        if (!other.equals(p.id()) && known.contains(other)) {
          linkedTo.add(other);
          linkedTo.add(p.id());
        }
      }
    }
    List<ShareRule.Item> out = new ArrayList<>();
    for (Panel p : panels(c, PanelKind.IAG)) {
      Optional<String> lacks = Optional.empty();
      if (!hasActive(c, p, MemberCategory.FORMAL_ADVISOR)) {
        lacks = Optional.of("FORMAL_ADVISOR");
      } else if (!hasActive(c, p, MemberCategory.INFORMAL_ADVISOR)) {
        lacks = Optional.of("INFORMAL_ADVISOR");
      } else if (!linkedTo.contains(p.id())) {
        lacks = Optional.of("LINK");
      }
      out.add(new ShareRule.Item(p.id().value(), p.area(), lacks));
    }
    return out;
  }

  private static List<ShareRule.Item> ia4(RuleContext c) {
    List<ShareRule.Item> out = new ArrayList<>();
    for (Panel p : panels(c, PanelKind.IAG)) {
      for (PanelMember m : p.members()) {
        if (c.active(m.joined(), m.left())) {
          boolean inducted = m.induction().filter(c::notAfterAsOf).isPresent();
          out.add(new ShareRule.Item(p.id().value() + "/" + m.member().value(), p.area(),
              inducted ? Optional.empty() : Optional.of("INDUCTION")));
        }
      }
    }
    return out;
  }

  private static AreaVerdict advisorEvents(RuleContext c, AreaId area, long required) {
    List<String> events =
        activities(c, area).stream()
            .filter(a -> a.method() == EngagementMethod.ADVISOR_EVENT)
            .map(a -> a.id().value())
            .toList();
    return AreaVerdict.of(events.size() >= required, "ADVISOR_EVENT", events);
  }

  private static List<ShareRule.Item> ia5(RuleContext c) {
    List<ShareRule.Item> out = new ArrayList<>();
    for (Panel p : panels(c, PanelKind.IAG)) {
      boolean minutes =
          c.index().publicationsOf(p.id()).stream()
              .anyMatch(pub -> pub.kind() == PublicationKind.MINUTES && c.inPeriod(pub.date()));
      out.add(new ShareRule.Item(
          p.id().value(), p.area(), minutes ? Optional.empty() : Optional.of("MINUTES")));
    }
    return out;
  }
}
