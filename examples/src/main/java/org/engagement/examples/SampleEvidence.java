package org.engagement.examples;


import java.time.LocalDate;
import java.util.List;
import org.engagement.core.AreaId;
import org.engagement.core.KeyMessage;
import org.engagement.core.MessageId;
import org.engagement.core.ParticipantId;
import org.engagement.core.PublicationKind;
import org.engagement.core.RoleAssignment;
import org.engagement.core.RoleId;
import org.engagement.core.RoleKind;

/**
 * The evidence the 2012 quality standards ask for that no meeting makes: the borough's roles,
 * key messages, commitments ({@link SampleCommitments}), engagement plans, how-to-get-involved
 * leaflets, a ward newsletter, quarterly tension assessments and a tensions report.
 */
final class SampleEvidence extends SamplePart {

  SampleEvidence(SampleRecords records) {
    super(records);
  }

  /**
   * Adds the roles, key messages, commitments, plans, newsletters and tension assessments.
   */
  void build() {
    data.addRoles(
        role(RoleKind.YOUTH_ENGAGEMENT_COORDINATOR, LocalDate.of(2012, 9, 1)).build(),
        role(RoleKind.BUSINESS_SPOC, LocalDate.of(2011, 4, 1))
            .to(LocalDate.of(2012, 12, 31)).build(),
        role(RoleKind.COMMUNITY_TENSION_LEAD, LocalDate.of(2011, 6, 1)).build(),
        role(RoleKind.COMMUNITY_TENSIONS_SPECIALIST, LocalDate.of(2012, 10, 1)).build(),
        role(RoleKind.IAG_CHAIR, LocalDate.of(2011, 4, 1)).build());
    data.addKeyMessages(
        message(LocalDate.of(2011, 8, 9), borough,
            "After the disorder: reassurance, and how to report what you saw",
            "Twitter", "local press", "ward newsletters")
            .accessible(true).consistent(true).timely(true).widestAudience(true)
            .build(),
        message(LocalDate.of(2011, 12, 1), borough,
            "Christmas shopping: keep your phone and purse out of sight", "posters")
            .accessible(true).consistent(true)
            .build(),
        message(LocalDate.of(2012, 7, 18), borough,
            "Lambeth Country Show weekend: road closures and safety advice",
            "Twitter", "ward newsletters")
            .accessible(true).consistent(true).timely(true).widestAudience(true)
            .build(),
        message(LocalDate.of(2012, 10, 26), borough,
            "Bonfire night: fireworks safety and anti-social behaviour", "Twitter",
            "local press")
            .accessible(true).consistent(true).timely(false).widestAudience(true)
            .build(),
        message(LocalDate.of(2013, 1, 14), records.place("Prince's").id(),
            "Robberies near the bus station: keeping your phone safe", "posters")
            .accessible(true)
            .build());
    data.addAllCommitments(SampleCommitments.all().stream().map(records::relocate).toList());
    for (SampleYear y : SampleYear.BOTH) {
      data.addPublications(
          records.publication(PublicationKind.ENGAGEMENT_PLAN, "Lambeth engagement plan " + y.label(),
              y.on(4, 30), borough).build(),
          records.publication(PublicationKind.HOW_TO_GET_INVOLVED,
              "Get involved in policing Lambeth, " + y.label(), y.on(5, 2), borough).build(),
          records.publication(PublicationKind.NEWSLETTER,
              records.place("Herne Hill").name() + " ward newsletter, autumn " + y.start(),
              y.on(10, 1), records.place("Herne Hill").id()).build());
      // Quarterly tension assessments: in 2011/12 the fourth quarter's was never issued.
      List<LocalDate> quarters =
          List.of(y.on(6, 29), y.on(9, 28), y.on(12, 21), y.on(3, 22));
      for (int q = 0; q < y.tensionAssessments(); q++) {
        data.addPublications(
            records.publication(PublicationKind.TENSION_ASSESSMENT,
                "Lambeth community tension assessment, Q" + (q + 1) + " " + y.label(),
                quarters.get(q), borough).build());
      }
    }
    data.addPublications(
        records.publication(PublicationKind.TENSIONS_REPORT,
            "Lambeth area-focused tensions report, with narrative", LocalDate.of(2012, 11, 30),
            borough).build());
  }

  private RoleAssignment.Builder role(RoleKind kind, LocalDate from) {
    return RoleAssignment.builder()
        .id(RoleId.of(records.next("ROLE")))
        .role(kind)
        .area(borough)
        .from(from)
        .holder(ParticipantId.of(records.next("P")));
  }

  private KeyMessage.Builder message(LocalDate date, AreaId area, String text,
      String... channels) {
    return KeyMessage.builder()
        .id(MessageId.of(records.next("MSG")))
        .date(date)
        .area(area)
        .message(text)
        .addChannels(channels);
  }
}
