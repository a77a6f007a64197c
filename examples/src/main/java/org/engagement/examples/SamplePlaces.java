package org.engagement.examples;

import static org.engagement.examples.SampleWards.DIMENSIONS;
import static org.engagement.examples.SampleWards.distribute;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.engagement.core.Area;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.GroupId;
import org.engagement.core.HardToHearGroup;
import org.engagement.core.IssueCategory;
import org.engagement.core.PopulationId;
import org.engagement.core.ReferencePopulation;
import org.engagement.core.Stakeholder;
import org.engagement.core.StakeholderId;
import org.engagement.core.StakeholderKind;
import org.engagement.examples.SampleRecords.Family;
import org.engagement.examples.SampleWards.Practice;
import org.engagement.examples.SampleWards.Ward;

/**
 * The sample's places, groups and populations: the issue categories, the area tree of London,
 * Lambeth and its wards, the hard-to-hear groups, the stakeholder register (with a duplicate to
 * find and each ward's residents' association) and each ward's census reference populations.
 */
final class SamplePlaces extends SamplePart {

  private final GroupId youngPeople = GroupId.of(records.id("HTH-YOUTH"));
  private final GroupId lgbt = GroupId.of(records.id("HTH-LGBT"));
  private final GroupId disabled = GroupId.of(records.id("HTH-DISABLED"));
  private final GroupId portuguese = GroupId.of(records.id("HTH-PORTUGUESE"));
  private final GroupId timePoor = GroupId.of(records.id("HTH-TIMEPOOR"));

  /** The issue categories, by code, with their labels. */
  static final Map<String, String> CATEGORIES = categories();

  private final List<Ward> wards;

  SamplePlaces(SampleRecords records) {
    super(records);
    this.wards = records.wards();
  }

  private static Map<String, String> categories() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("ASB", "Anti-social behaviour");
    out.put("BURGLARY", "Burglary");
    out.put("BUSINESS_CRIME", "Crime against businesses");
    out.put("DRUGS", "Drugs");
    out.put("ROBBERY", "Robbery");
    out.put("TRAFFIC", "Roads and traffic");
    out.put("VIOLENCE", "Violence and weapons");
    out.put("YOUTH", "Young people");
    return Collections.unmodifiableMap(out);
  }

  /** Adds the categories, areas, groups, stakeholders and populations, in that order. */
  void build() {
    if (records.place().firstInDataset()) {
      taxonomy();
    }
    areas();
    groupsAndStakeholders();
    referencePopulations();
  }

  private void taxonomy() {
    CATEGORIES.forEach((code, label) -> data.addIssueCategories(IssueCategory.of(code, label)));
  }

  private void areas() {
    SampleBoroughContext place = records.place();
    if (place.firstInForce()) {
      data.addAreas(area(force, place.forceName(), AreaLevel.FORCE).build());
    }
    data.addAreas(area(borough, place.boroughName(), AreaLevel.BOROUGH).parent(force).build());
    for (Ward w : wards) {
      data.addAreas(
          area(w.id(), w.name(), AreaLevel.WARD)
              .parent(borough)
              .businessPresence(w.businessPresence())
              .build());
    }
  }

  private static Area.Builder area(AreaId id, String name, AreaLevel level) {
    return Area.builder().id(id).name(name).level(level);
  }

  private void groupsAndStakeholders() {
    Ward stockwell = records.place("Stockwell");
    data.addHardToHearGroups(
        HardToHearGroup.of(youngPeople, "Young people aged 16 to 24", borough),
        HardToHearGroup.of(lgbt, "Lesbian, gay, bisexual and trans residents", borough),
        HardToHearGroup.of(disabled, "Disabled residents", borough),
        HardToHearGroup.builder()
            .id(portuguese).name("Portuguese-speaking residents")
            .area(stockwell.id())
            .description("A large community around Stockwell and Larkhall, rarely at ward"
                + " panels")
            .build(),
        HardToHearGroup.builder()
            .id(timePoor).name("'Time poor' commuters and shift workers").area(borough)
            .description("Out of the borough when meetings happen; no stakeholder yet")
            .build());
    Ward coldharbour = records.place("Coldharbour");
    stakeholder("Loughborough Estate Tenants' Association", StakeholderKind.COMMUNITY_GROUP,
        coldharbour.id(), LocalDate.of(2012, 6, 1));
    // The same association entered twice, years apart: the register's duplicate to find.
    stakeholder("Loughborough Estate Tenants Association", StakeholderKind.COMMUNITY_GROUP,
        coldharbour.id(), LocalDate.of(2010, 3, 1));
    stakeholder("Brixton Youth Forum", StakeholderKind.YOUTH, coldharbour.id(),
        LocalDate.of(2012, 9, 15), youngPeople);
    stakeholder("Waterloo Traders' Association", StakeholderKind.BUSINESS,
        records.place("Bishop's").id(), LocalDate.of(2012, 7, 1));
    stakeholder("Streatham High Road traders", StakeholderKind.BUSINESS,
        records.place("St Leonard's").id(), LocalDate.of(2011, 10, 1));
    stakeholder("Churches Together in Brixton", StakeholderKind.FAITH_GROUP,
        records.place("Brixton Hill").id(), LocalDate.of(2011, 9, 1));
    stakeholder("Stockwell Portuguese Community Centre", StakeholderKind.VOLUNTARY_SECTOR,
        stockwell.id(), LocalDate.of(2011, 11, 1), portuguese);
    stakeholder("Larkhall Portuguese families' network", StakeholderKind.COMMUNITY_GROUP,
        records.place("Larkhall").id(), LocalDate.of(2012, 5, 20), portuguese);
    stakeholder("Councillor for Prince's ward", StakeholderKind.ELECTED_MEMBER,
        records.place("Prince's").id(), LocalDate.of(2012, 5, 10));
    stakeholder("Lambeth LGBT Forum", StakeholderKind.VOLUNTARY_SECTOR, borough,
        LocalDate.of(2012, 2, 10), lgbt);
    stakeholder("Lambeth Disability Network", StakeholderKind.VOLUNTARY_SECTOR, borough,
        LocalDate.of(2009, 5, 1), disabled, youngPeople);
    stakeholder("Independent advisors' network", StakeholderKind.INDEPENDENT_ADVISOR, borough,
        LocalDate.of(2012, 3, 1));
    records.eachWard((w, i) -> {
      RandomGenerator g = records.stream(i, SampleYear.BOTH.get(0), Family.STAKEHOLDERS);
      // Panels that have lapsed have not updated their contacts for years.
      stakeholder(w.name() + " residents' association",
          StakeholderKind.COMMUNITY_GROUP, w.id(), w.after() == Practice.POOR
              ? LocalDate.of(2010, 6, 1) : LocalDate.of(2012, 4, 1).plusDays(g.nextInt(300)));
    });
    data.addStakeholders(
        Stakeholder.builder()
            .id(StakeholderId.of(records.next("SH")))
            .name("Lambeth Council, community safety team")
            .kind(StakeholderKind.STATUTORY_PARTNER)
            .homeArea(borough)
            .addAllAreasServed(wards.stream().map(Ward::id).toList())
            .contactConsent(true)
            .lastUpdated(LocalDate.of(2012, 4, 2))
            .build());
  }

  private void stakeholder(String name, StakeholderKind kind, AreaId home, LocalDate updated,
      GroupId... groups) {
    data.addStakeholders(
        Stakeholder.builder()
            .id(StakeholderId.of(records.next("SH")))
            .name(name)
            .kind(kind)
            .homeArea(home)
            .addGroups(groups)
            .contactConsent(true)
            .lastUpdated(updated)
            .build());
  }

  private void referencePopulations() {
    for (Ward w : wards) {
      for (String dimension : DIMENSIONS) {
        data.addReferencePopulations(
            ReferencePopulation.builder()
                .id(PopulationId.of("POP-" + w.code() + "-" + dimension))
                .area(w.id())
                .year(2011)
                .dimension(dimension)
                .putAllCounts(distribute(w.population(), dimension, w.census(dimension)))
                .source("Census 2011, in the scheme's high-level groups (synthetic ward"
                    + " figures)")
                .build());
      }
    }
  }
}
