package org.engagement.measures.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.engagement.measures.standards.StandardsRecords.member;
import static org.engagement.measures.standards.StandardsRecords.panel;
import static org.engagement.measures.testing.Records.B;
import static org.engagement.measures.testing.Records.B2;
import static org.engagement.measures.testing.Records.F;
import static org.engagement.measures.testing.Records.FY2012;
import static org.engagement.measures.testing.Records.SCOPE_B;
import static org.engagement.measures.testing.Records.W1;
import static org.engagement.measures.testing.Records.W2;
import static org.engagement.measures.testing.Records.area;
import static org.engagement.measures.testing.Records.counts;
import static org.engagement.measures.testing.Records.d;
import static org.engagement.measures.testing.Records.dimension;
import static org.engagement.measures.testing.Records.population;

import java.util.List;
import org.engagement.core.Area;
import org.engagement.core.AreaLevel;
import org.engagement.core.CountBasis;
import org.engagement.core.EngagementDataset;
import org.engagement.core.MemberCategory;
import org.engagement.core.Openness;
import org.engagement.core.PanelId;
import org.engagement.core.PanelKind;
import org.engagement.core.PanelMember;
import org.engagement.core.ParticipantId;
import org.engagement.core.Priority;
import org.engagement.core.PriorityId;
import org.engagement.core.PrioritySource;
import org.engagement.core.Scope;
import org.engagement.measures.stats.Representativeness;
import org.junit.jupiter.api.Test;

class PanelHealthAssessmentTest {

  private static Priority priority(String id, String panel, PrioritySource source, String set, String action) {
    Priority.Builder b = Priority.builder().id(PriorityId.of(id)).panel(PanelId.of(panel))
        .issue("Issue " + id).source(source).setDate(d(set));
    if (action != null) {
      b.actionDate(d(action));
    }
    return b.build();
  }

  private static EngagementDataset data() {
    Area w1 = Area.builder().from(area(W1, AreaLevel.WARD, B)).businessPresence(true).build();
    return EngagementDataset.builder()
        .addAreas(area(F, AreaLevel.FORCE, null), area(B, AreaLevel.BOROUGH, F), w1,
            area(W2, AreaLevel.WARD, B), area(B2, AreaLevel.BOROUGH, F))
        .addPanels(
            panel("SNP-1", PanelKind.SAFER_NEIGHBOURHOODS_PANEL, W1, "2010-01-01")
                .addMembers(member("M1", MemberCategory.RESIDENT, "2011-01-01"),
                    member("M2", MemberCategory.COUNCILLOR, "2011-01-01"),
                    PanelMember.builder().member(ParticipantId.of("M3"))
                        .category(MemberCategory.AGENCY_REPRESENTATIVE).joined(d("2010-01-01"))
                        .left(d("2012-01-01")).build())
                .addLinks(PanelId.of("CPEG-B"))
                .membershipDemographics(counts(CountBasis.values()[0],
                    dimension("GENDER", 1, "FEMALE", 3, "MALE", 1)))
                .build(),
            panel("SNP-2", PanelKind.SAFER_NEIGHBOURHOODS_PANEL, W2, "2010-01-01")
                .openness(Openness.CLOSED)
                .addMembers(member("M4", MemberCategory.RESIDENT, "2011-01-01"),
                    member("M5", MemberCategory.AGENCY_REPRESENTATIVE, "2011-01-01"))
                .membershipDemographics(counts(CountBasis.values()[0],
                    dimension("GENDER", 0, "FEMALE", 1, "MALE", 3)))
                .build(),
            panel("CPEG-B", PanelKind.CPEG, B, "2010-01-01").build(),
            panel("OLD", PanelKind.IAG, B, "2000-01-01").activeTo(d("2011-01-01")).build())
        .addPriorities(
            priority("P1", "SNP-1", PrioritySource.LOCAL, "2012-05-01", "2012-05-11"),
            priority("P2", "SNP-1", PrioritySource.BOROUGH, "2012-06-01", "2013-06-01"),
            priority("P3", "SNP-2", PrioritySource.LOCAL, "2012-07-01", "2012-08-01"),
            priority("P4", "SNP-2", PrioritySource.CENTRAL, "2011-07-01", "2011-08-01"))
        .addReferencePopulations(population(W1, 2011, "GENDER", "FEMALE", 50, "MALE", 50),
            population(W2, 2011, "GENDER", "FEMALE", 50, "MALE", 50))
        .build();
  }

  @Test
  void perPanel_figuresOfEachActivePanel() {
    List<PanelHealth> panels = PanelHealthAssessment.standard().perPanel(data(), SCOPE_B);
    assertThat(panels).extracting(PanelHealth::subject).containsExactly("CPEG-B", "SNP-1", "SNP-2");
    PanelHealth snp1 = panels.get(1);
    assertThat(snp1.activeMembers()).isEqualTo(2);
    assertThat(snp1.councillors()).isEqualTo(1);
    assertThat(snp1.requiredCategories()).isEqualTo(3);
    assertThat(snp1.comprehensiveness()).hasValue(1.0 / 3);
    assertThat(snp1.localShare()).hasValue(0.5);
    assertThat(snp1.followThrough()).hasValue(0.5);
    assertThat(snp1.medianDaysToAction()).hasValue(10.0);
    assertThat(snp1.linkage()).hasValue(1.0);
    Representativeness r = snp1.representativeness().get("GENDER");
    assertThat(r.dissimilarity()).isEqualTo(0.25);
    PanelHealth snp2 = panels.get(2);
    assertThat(snp2.comprehensiveness()).hasValue(1.0);
    assertThat(snp2.closed()).isEqualTo(1);
    assertThat(snp2.linkage()).hasValue(0.0);
    assertThat(panels.get(0).linkage()).isEmpty();
  }

  @Test
  void perBorough_poolsCountsNotAverages() {
    List<PanelHealth> boroughs =
        PanelHealthAssessment.standard().perBorough(data(), Scope.of(F, FY2012));
    assertThat(boroughs).extracting(PanelHealth::subject).containsExactly("Area B", "Area B2");
    PanelHealth b = boroughs.get(0);
    assertThat(b.panels()).isEqualTo(3);
    assertThat(b.comprehensiveness()).hasValue(3.0 / 7);
    assertThat(b.localShare()).hasValue(2.0 / 3);
    assertThat(b.medianDaysToAction()).hasValue(20.5);
    assertThat(b.linkage()).hasValue(0.5);
    assertThat(b.membership().get("GENDER")).containsEntry("FEMALE", 4L).containsEntry("MALE", 4L);
    assertThat(b.representativeness().get("GENDER").dissimilarity()).isZero();
    assertThat(boroughs.get(1).panels()).isZero();
    assertThat(boroughs.get(1).comprehensiveness()).isEmpty();
    assertThat(boroughs.get(1).representativeness()).isEmpty();
  }
}
