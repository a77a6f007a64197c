package org.engagement.core.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.engagement.core.AnalysisRecord;
import org.engagement.core.Commitment;
import org.engagement.core.CommunityInput;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Feedback;
import org.engagement.core.Initiative;
import org.engagement.core.KeyMessage;
import org.engagement.core.LocalPerformanceTarget;
import org.engagement.core.Panel;
import org.engagement.core.PanelMember;
import org.engagement.core.Priority;
import org.engagement.core.Publication;
import org.engagement.core.RecordType;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.RoleAssignment;
import org.engagement.core.Stakeholder;
import org.engagement.core.SurveyResponse;
import org.engagement.core.internal.RecordPlace;

/**
 * Every date of every record lies in the supported range,
 * {@link DatasetValidator#EARLIEST_DATE} to {@link DatasetValidator#LATEST_DATE}.
 */
final class DateRangeRule implements DatasetRule {

  @Override
  public String name() {
    return "date range";
  }

  @Override
  public void check(EngagementDataset d, Issues out, RecordPass pass) {
    for (RecordType type : RecordType.values()) {
      pass.each(d.records(type), type, (record, at) -> check(out, type, at, record));
    }
  }

  /** The dates of one record outside the supported range, at {@code type}, {@code index}. */
  static List<ValidationIssue> checkRecord(RecordType type, int index, Object record) {
    Issues out = new Issues();
    check(out, type, RecordPlace.of(type, index, EngagementDataset.idOf(record)), record);
    return out.list();
  }

  private static void check(Issues out, RecordType type, RecordPlace at, Object record) {
    switch (type) {
      case STAKEHOLDER -> {
        Stakeholder s = (Stakeholder) record;
        check(out, at, s.lastUpdated(), "lastUpdated");
      }
      case ACTIVITY -> {
        EngagementActivity a = (EngagementActivity) record;
        check(out, at, a.date(), "date");
        check(out, at, a.endDate(), "endDate");
        check(out, at, a.announcedDate(), "announcedDate");
      }
      case INPUT -> {
        CommunityInput i = (CommunityInput) record;
        check(out, at, i.date(), "date");
      }
      case ANALYSIS -> {
        AnalysisRecord a = (AnalysisRecord) record;
        check(out, at, a.date(), "date");
      }
      case DECISION -> {
        DecisionRecord x = (DecisionRecord) record;
        check(out, at, x.date(), "date");
      }
      case TARGET -> {
        LocalPerformanceTarget t = (LocalPerformanceTarget) record;
        check(out, at, t.setDate(), "setDate");
        check(out, at, t.period().from(), "period", "from");
        check(out, at, t.period().to(), "period", "to");
      }
      case ALLOCATION -> {
        ResourceAllocation a = (ResourceAllocation) record;
        check(out, at, a.date(), "date");
      }
      case INITIATIVE -> {
        Initiative i = (Initiative) record;
        check(out, at, i.start(), "start");
        check(out, at, i.end(), "end");
      }
      case FEEDBACK -> {
        Feedback f = (Feedback) record;
        check(out, at, f.published(), "published");
      }
      case RESPONSE -> {
        SurveyResponse r = (SurveyResponse) record;
        check(out, at, r.date(), "date");
      }
      case PANEL -> {
        Panel p = (Panel) record;
        check(out, at, p.activeFrom(), "activeFrom");
        check(out, at, p.activeTo(), "activeTo");
        List<PanelMember> members = p.members();
        for (int i = 0; i < members.size(); i++) {
          PanelMember m = members.get(i);
          check(out, at, m.joined(), "members", i, "joined");
          check(out, at, m.left(), "members", i, "left");
          check(out, at, m.induction(), "members", i, "induction");
        }
      }
      case PRIORITY -> {
        Priority p = (Priority) record;
        check(out, at, p.setDate(), "setDate");
        check(out, at, p.actionDate(), "actionDate");
      }
      case ROLE -> {
        RoleAssignment r = (RoleAssignment) record;
        check(out, at, r.from(), "from");
        check(out, at, r.to(), "to");
      }
      case KEY_MESSAGE -> {
        KeyMessage m = (KeyMessage) record;
        check(out, at, m.date(), "date");
      }
      case COMMITMENT -> {
        Commitment c = (Commitment) record;
        check(out, at, c.deadline(), "deadline");
        for (int i = 0; i < c.measurements().size(); i++) {
          check(out, at, c.measurements().get(i).date(), "measurements", i, "date");
        }
      }
      case PUBLICATION -> {
        Publication p = (Publication) record;
        check(out, at, p.date(), "date");
      }
      default -> { }
    }
  }

  private static void check(Issues out, RecordPlace at, Optional<LocalDate> date, Object... field) {
    date.ifPresent(day -> check(out, at, day, field));
  }

  private static void check(Issues out, RecordPlace at, LocalDate date, Object... field) {
    if (date != null && !DatasetValidator.isSupported(date)) {
      out.add(ValidationCode.DATE_OUT_OF_RANGE, at.path(field),
          String.valueOf(field[field.length - 1]) + " " + date + " is outside the supported dates "
              + DatasetValidator.EARLIEST_DATE + " to " + DatasetValidator.LATEST_DATE);
    }
  }
}
