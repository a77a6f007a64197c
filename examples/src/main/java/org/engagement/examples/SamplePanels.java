package org.engagement.examples;

import static org.engagement.examples.SampleWards.demographics;
import static org.engagement.examples.SampleWards.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.engagement.core.AreaId;
import org.engagement.core.MemberCategory;
import org.engagement.core.Openness;
import org.engagement.core.Panel;
import org.engagement.core.PanelId;
import org.engagement.core.PanelKind;
import org.engagement.core.PanelMember;
import org.engagement.core.ParticipantId;
import org.engagement.examples.SampleRecords.Family;
import org.engagement.examples.SampleWards.Practice;
import org.engagement.examples.SampleWards.Ward;

/**
 * The sample's panels and their members: the borough's cpegId, independent advisory group and
 * tension monitoring group, each ward's Safer Neighbourhoods panel (its members drawn from the
 * ward's practice of each year) and the youth panels. Members appear as pseudonymous
 * participant ids.
 */
final class SamplePanels extends SamplePart {

  /** The borough's Community Police Engagement Group. */
  final PanelId cpegId = PanelId.of("CPEG-" + borough);
  /** The borough's independent advisory group. */
  final PanelId iagId = PanelId.of("IAG-" + borough);
  /** The first day a member of today's ward panels joined. */
  private static final LocalDate PANEL_MEMBERS_FROM = LocalDate.of(2008, 4, 1);
  /** Ward panel members joined over about three years from {@link #PANEL_MEMBERS_FROM}. */
  private static final int PANEL_JOIN_DAYS = 1000;

  SamplePanels(SampleRecords records) {
    super(records);
  }

  /** Adds the cpegId, one of its residents leaving at the end of 2012, and returns it. */
  Panel cpegPanel() {
    LocalDate founded = LocalDate.of(2009, 4, 1);
    List<PanelMember> cpegMembers =
        new ArrayList<>(members(founded, 0,
            roster(5, MemberCategory.RESIDENT, MemberCategory.COUNCILLOR,
                MemberCategory.AGENCY_REPRESENTATIVE, MemberCategory.AGENCY_REPRESENTATIVE,
                MemberCategory.VOLUNTARY_SECTOR, MemberCategory.FAITH,
                MemberCategory.BUSINESS)));
    cpegMembers.add(
        PanelMember.builder()
            .member(ParticipantId.of(records.next("P")))
            .category(MemberCategory.RESIDENT)
            .joined(founded)
            .left(LocalDate.of(2012, 12, 31))
            .build());
    Panel built =
        panel(cpegId, PanelKind.CPEG, "Lambeth Community Police Engagement Group", borough,
            founded, Openness.OPEN)
            .addAllMembers(cpegMembers)
            .build();
    data.addPanels(built);
    return built;
  }

  /** Adds the independent advisory group and the tension monitoring group; returns the first. */
  Panel otherBoroughPanels() {
    Panel iag =
        panel(iagId, PanelKind.IAG, "Lambeth Independent Advisory Group", borough,
            LocalDate.of(2005, 6, 1), Openness.CLOSED)
            .addAllMembers(members(LocalDate.of(2011, 1, 10), 4,
                roster(5, MemberCategory.FORMAL_ADVISOR, MemberCategory.INFORMAL_ADVISOR,
                    MemberCategory.INFORMAL_ADVISOR, MemberCategory.INFORMAL_ADVISOR)))
            .addLinks(cpegId)
            .build();
    data.addPanels(iag);
    data.addPanels(
        panel(PanelId.of("TMG-" + borough), PanelKind.TENSION_MONITORING_GROUP,
            "Lambeth community tension monitoring group", borough,
            LocalDate.of(2011, 9, 1), Openness.CLOSED)
            .addAllMembers(members(LocalDate.of(2011, 9, 1), 0,
                roster(3, MemberCategory.AGENCY_REPRESENTATIVE,
                    MemberCategory.FORMAL_ADVISOR)))
            .build());
    return iag;
  }

  private static Panel.Builder panel(PanelId id, PanelKind kind, String name, AreaId area,
      LocalDate from, Openness openness) {
    return Panel.builder().id(id).kind(kind).name(name).area(area).activeFrom(from)
        .openness(openness);
  }

  /** A member who joined on that day, inducted a month later if at all. */
  private PanelMember member(MemberCategory category, LocalDate joined, boolean inducted) {
    PanelMember.Builder member =
        PanelMember.builder()
            .member(ParticipantId.of(records.next("P")))
            .category(category)
            .joined(joined);
    if (inducted) {
      member.induction(joined.plusDays(30));
    }
    return member.build();
  }

  /** Members by category, all joined on one day; the first {@code inducted} were inducted. */
  private List<PanelMember> members(LocalDate joined, int inducted,
      List<MemberCategory> categories) {
    List<PanelMember> out = new ArrayList<>();
    for (MemberCategory category : categories) {
      out.add(member(category, joined, out.size() < inducted));
    }
    return out;
  }

  /**
   * A ward's panel. Its members of 2011/12 are those of the ward's practice that year, each
   * joined on a day of its own between 2008 and 2010; where practice changed in 2012/13, the
   * members the new practice adds join between April and September 2012, inducted as it
   * inducts. A panel record is not kept per year, so its link to the CPEG and its membership
   * profile are those of the latest practice.
   */
  Panel wardPanel(Ward w, int index) {
    Practice p = w.after();
    RandomGenerator g = records.stream(index, SampleYear.BOTH.get(0), Family.PANEL);
    List<MemberCategory> categories = new ArrayList<>(w.before().members);
    if (w.businessPresence()) {
      categories.add(MemberCategory.BUSINESS);
    }
    List<PanelMember> members = new ArrayList<>();
    int inducted = categories.size() * w.before().monitoredPercent / 100;
    for (MemberCategory category : categories) {
      members.add(member(category, PANEL_MEMBERS_FROM.plusDays(g.nextInt(PANEL_JOIN_DAYS)),
          members.size() < inducted));
    }
    List<MemberCategory> added = new ArrayList<>(p.members);
    w.before().members.forEach(added::remove);
    for (int i = 0; i < added.size(); i++) {
      members.add(member(added.get(i), SampleYear.BOTH.get(1).on(4, 1).plusDays(g.nextInt(183)),
          i < added.size() * p.monitoredPercent / 100));
    }
    Panel.Builder panel =
        panel(w.panel(), PanelKind.SAFER_NEIGHBOURHOODS_PANEL,
            w.name() + " Safer Neighbourhoods panel", w.id(), LocalDate.of(2008, 4, 1),
            Openness.OPEN)
            .addAllMembers(members)
            .membershipDemographics(demographics(w, p, members.size(), 100));
    if (p != Practice.POOR) {
      // A lapsed panel has lost its link to the borough's CPEG.
      panel.addLinks(cpegId);
    }
    Panel built = panel.build();
    data.addPanels(built);
    return built;
  }

  /** Adds a youth panel of nine young members in the ward, founded on that day, and returns it. */
  Panel youthPanel(Ward w, String name, LocalDate founded) {
    Panel youth =
        panel(PanelId.of("YP-" + w.code() + "-" + founded.getYear()), PanelKind.YOUTH_PANEL,
            name, w.id(), founded, Openness.CLOSED)
            .addAllMembers(members(founded, 9, roster(9, MemberCategory.YOUTH)))
            .addLinks(cpegId)
            .build();
    data.addPanels(youth);
    return youth;
  }
}
