package org.engagement.measures.standards;

import static org.engagement.measures.testing.Records.d;

import java.math.BigDecimal;
import org.engagement.core.AreaId;
import org.engagement.core.Commitment;
import org.engagement.core.CommitmentId;
import org.engagement.core.KeyMessage;
import org.engagement.core.Measurement;
import org.engagement.core.MemberCategory;
import org.engagement.core.MessageId;
import org.engagement.core.Openness;
import org.engagement.core.Panel;
import org.engagement.core.PanelId;
import org.engagement.core.PanelKind;
import org.engagement.core.PanelMember;
import org.engagement.core.ParticipantId;
import org.engagement.core.Publication;
import org.engagement.core.PublicationId;
import org.engagement.core.PublicationKind;
import org.engagement.core.RoleAssignment;
import org.engagement.core.RoleId;
import org.engagement.core.RoleKind;

/** Terse builders for the records the standards read, on the shared area tree of Records. */
final class StandardsRecords {

  private StandardsRecords() {}

  static Panel.Builder panel(String id, PanelKind kind, AreaId area, String from) {
    return Panel.builder()
        .id(PanelId.of(id))
        .kind(kind)
        .name("Panel " + id)
        .area(area)
        .activeFrom(d(from))
        .openness(Openness.OPEN);
  }

  static PanelMember member(String id, MemberCategory category, String joined) {
    return PanelMember.builder().member(ParticipantId.of(id)).category(category).joined(d(joined)).build();
  }

  static PanelMember inducted(String id, MemberCategory category, String joined, String induction) {
    return PanelMember.builder()
        .member(ParticipantId.of(id))
        .category(category)
        .joined(d(joined))
        .induction(d(induction))
        .build();
  }

  static RoleAssignment role(String id, RoleKind kind, AreaId area, String from) {
    return RoleAssignment.builder().id(RoleId.of(id)).role(kind).area(area).from(d(from)).build();
  }

  static Publication publication(String id, PublicationKind kind, AreaId area, String date) {
    return Publication.builder()
        .id(PublicationId.of(id))
        .kind(kind)
        .title("Publication " + id)
        .area(area)
        .date(d(date))
        .build();
  }

  static KeyMessage message(String id, AreaId area, String date, boolean all) {
    return KeyMessage.builder()
        .id(MessageId.of(id))
        .area(area)
        .date(d(date))
        .message("Message " + id)
        .accessible(true)
        .consistent(true)
        .timely(true)
        .widestAudience(all)
        .build();
  }

  static Commitment commitment(
      String id, String standard, AreaId area, long target, String deadline, Object... measurements) {
    Commitment.Builder b =
        Commitment.builder()
            .id(CommitmentId.of(id))
            .area(area)
            .description("Commitment " + id)
            .standard(standard)
            .target(BigDecimal.valueOf(target))
            .deadline(d(deadline));
    for (int i = 0; i < measurements.length; i += 2) {
      b.addMeasurements(
          Measurement.of(d((String) measurements[i]), BigDecimal.valueOf((Integer) measurements[i + 1])));
    }
    return b.build();
  }
}
