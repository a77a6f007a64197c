package org.engagement.core.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.engagement.core.EngagementDataset;
import org.engagement.core.PanelMember;
import org.engagement.core.RecordType;

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
  public void check(EngagementDataset d, Issues out) {
    Issues.each(d.stakeholders(), RecordType.STAKEHOLDER, s -> s.id(), (s, at) ->
        check(out, at, s.lastUpdated(), "lastUpdated"));
    Issues.each(d.activities(), RecordType.ACTIVITY, a -> a.id(), (a, at) -> {
      check(out, at, a.date(), "date");
      check(out, at, a.endDate(), "endDate");
      check(out, at, a.announcedDate(), "announcedDate");
    });
    Issues.each(d.inputs(), RecordType.INPUT, i -> i.id(), (i, at) ->
        check(out, at, i.date(), "date"));
    Issues.each(d.analyses(), RecordType.ANALYSIS, a -> a.id(), (a, at) ->
        check(out, at, a.date(), "date"));
    Issues.each(d.decisions(), RecordType.DECISION, x -> x.id(), (x, at) ->
        check(out, at, x.date(), "date"));
    Issues.each(d.targets(), RecordType.TARGET, t -> t.id(), (t, at) -> {
      check(out, at, t.setDate(), "setDate");
      check(out, at, t.period().from(), "period", "from");
      check(out, at, t.period().to(), "period", "to");
    });
    Issues.each(d.allocations(), RecordType.ALLOCATION, a -> a.id(), (a, at) ->
        check(out, at, a.date(), "date"));
    Issues.each(d.initiatives(), RecordType.INITIATIVE, i -> i.id(), (i, at) -> {
      check(out, at, i.start(), "start");
      check(out, at, i.end(), "end");
    });
    Issues.each(d.feedback(), RecordType.FEEDBACK, f -> f.id(), (f, at) ->
        check(out, at, f.published(), "published"));
    Issues.each(d.responses(), RecordType.RESPONSE, r -> r.id(), (r, at) ->
        check(out, at, r.date(), "date"));
    Issues.each(d.panels(), RecordType.PANEL, p -> p.id(), (p, at) -> {
      check(out, at, p.activeFrom(), "activeFrom");
      check(out, at, p.activeTo(), "activeTo");
      List<PanelMember> members = p.members();
      for (int i = 0; i < members.size(); i++) {
        PanelMember m = members.get(i);
        check(out, at, m.joined(), "members", i, "joined");
        check(out, at, m.left(), "members", i, "left");
        check(out, at, m.induction(), "members", i, "induction");
      }
    });
    Issues.each(d.priorities(), RecordType.PRIORITY, p -> p.id(), (p, at) -> {
      check(out, at, p.setDate(), "setDate");
      check(out, at, p.actionDate(), "actionDate");
    });
    Issues.each(d.roles(), RecordType.ROLE, r -> r.id(), (r, at) -> {
      check(out, at, r.from(), "from");
      check(out, at, r.to(), "to");
    });
    Issues.each(d.keyMessages(), RecordType.KEY_MESSAGE, m -> m.id(), (m, at) ->
        check(out, at, m.date(), "date"));
    Issues.each(d.commitments(), RecordType.COMMITMENT, c -> c.id(), (c, at) -> {
      check(out, at, c.deadline(), "deadline");
      for (int i = 0; i < c.measurements().size(); i++) {
        check(out, at, c.measurements().get(i).date(), "measurements", i, "date");
      }
    });
    Issues.each(d.publications(), RecordType.PUBLICATION, p -> p.id(), (p, at) ->
        check(out, at, p.date(), "date"));
  }

  private static void check(Issues out, Issues.At at, Optional<LocalDate> date, Object... field) {
    date.ifPresent(day -> check(out, at, day, field));
  }

  private static void check(Issues out, Issues.At at, LocalDate date, Object... field) {
    if (date != null && !DatasetValidator.isSupported(date)) {
      out.add(ValidationCode.DATE_OUT_OF_RANGE, at.path(field),
          String.valueOf(field[field.length - 1]) + " " + date + " is outside the supported dates "
              + DatasetValidator.EARLIEST_DATE + " to " + DatasetValidator.LATEST_DATE);
    }
  }
}
