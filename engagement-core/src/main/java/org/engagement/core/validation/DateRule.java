package org.engagement.core.validation;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.CommunityInput;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InputId;
import org.engagement.core.PanelMember;
import org.engagement.core.RecordType;
import org.engagement.core.internal.RecordPlace;

/**
 * Dates in order: an end not before its start within a record; a decision not before the inputs
 * presented to it; feedback not before the activity it answers; an action not before the
 * priority was set.
 */
final class DateRule implements DatasetRule {

  @Override
  public String name() {
    return "dates";
  }

  @Override
  public void check(EngagementDataset d, Issues out, RecordPass pass) {
    pass.each(d.activities(), RecordType.ACTIVITY, (a, at) ->
        order(out, at, a.date(), a.endDate(), "endDate", "the activity's date"));
    pass.each(d.initiatives(), RecordType.INITIATIVE, (i, at) ->
        order(out, at, i.start(), i.end(), "end", "its start"));
    pass.each(d.panels(), RecordType.PANEL, (p, at) -> {
      order(out, at, p.activeFrom(), p.activeTo(), "activeTo", "activeFrom");
      List<PanelMember> members = p.members();
      for (int i = 0; i < members.size(); i++) {
        PanelMember m = members.get(i);
        orderAt(out, at, m.joined(), m.left(), "the date joined", "members", i, "left");
      }
    });
    pass.each(d.roles(), RecordType.ROLE, (r, at) ->
        order(out, at, r.from(), r.to(), "to", "from"));
    pass.each(d.priorities(), RecordType.PRIORITY, (p, at) ->
        order(out, at, p.setDate(), p.actionDate(), "actionDate", "the set date"));

    pass.each(d.decisions(), RecordType.DECISION, (dec, at) -> {
      Set<InputId> named = new LinkedHashSet<>(dec.presentedInputs());
      for (int i = 0; i < dec.presentedInputs().size(); i++) {
        InputId id = dec.presentedInputs().get(i);
        Optional<CommunityInput> input = d.input(id);
        if (input.isPresent() && dec.date().isBefore(input.get().date())) {
          out.add(ValidationCode.DECISION_BEFORE_INPUT, at.path("presentedInputs", i),
              "decision of " + dec.date() + " is before input " + id + " was raised on "
                  + input.get().date());
        }
      }
      for (int i = 0; i < dec.considerations().size(); i++) {
        InputId id = dec.considerations().get(i).input();
        Optional<CommunityInput> input = d.input(id);
        if (!named.contains(id) && input.isPresent() && dec.date().isBefore(input.get().date())) {
          out.add(ValidationCode.DECISION_BEFORE_INPUT, at.path("considerations", i, "input"),
              "decision of " + dec.date() + " is before input " + id + " was raised on "
                  + input.get().date());
        }
      }
    });

    pass.each(d.feedback(), RecordType.FEEDBACK, (f, at) -> {
      for (int i = 0; i < f.answers().size(); i++) {
        Optional<EngagementActivity> activity = d.activity(f.answers().get(i));
        if (activity.isPresent() && f.published().isBefore(activity.get().date())) {
          out.add(ValidationCode.FEEDBACK_BEFORE_ACTIVITY, at.path("answers", i),
              "feedback published " + f.published() + " is before activity "
                  + activity.get().id() + " on " + activity.get().date());
        }
      }
    });
  }

  /** Reports {@code end} before {@code start}; {@code field} is the end's path. */
  private static void orderAt(Issues out, RecordPlace at, LocalDate start, Optional<LocalDate> end,
      String startName, Object... field) {
    if (end.isPresent() && end.get().isBefore(start)) {
      String endName = String.valueOf(field[field.length - 1]);
      out.add(ValidationCode.DATE_ORDER, at.path(field),
          endName + " " + end.get() + " is before " + startName + " " + start);
    }
  }

  private static void order(Issues out, RecordPlace at, LocalDate start, Optional<LocalDate> end,
      String endField, String startName) {
    orderAt(out, at, start, end, startName, endField);
  }
}
