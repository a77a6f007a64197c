package org.engagement.core.validation;

import java.util.List;
import java.util.Optional;
import org.engagement.core.CommunityInput;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InputId;
import org.engagement.core.RecordType;

/**
 * Cross-record traps: links between records that each pass on their own but together tell an
 * impossible or self-contradicting story, so that a measure would count a response that cannot
 * be one. They are warnings: the data is usable, the story should be checked. Each message names
 * both records.
 */
final class TrapRule implements DatasetRule {

  @Override
  public String name() {
    return "cross-record traps";
  }

  @Override
  public void check(EngagementDataset d, Issues out) {
    Issues.each(d.allocations(), RecordType.ALLOCATION, a -> a.id(), (a, at) -> {
      Optional<DecisionRecord> decision = a.decision().flatMap(d::decision);
      if (decision.isPresent() && a.date().isBefore(decision.get().date())) {
        out.add(ValidationCode.ALLOCATION_BEFORE_DECISION, at.path("decision"),
            "allocation " + a.id() + " of " + a.date() + " is dated before decision "
                + decision.get().id() + " of " + decision.get().date() + " that it implements");
      }
      List<InputId> inputs = a.respondsTo();
      for (int i = 0; i < inputs.size(); i++) {
        InputId id = inputs.get(i);
        if (decision.isPresent() && rejected(decision.get(), id)) {
          out.add(ValidationCode.ALLOCATION_FOR_REJECTED_INPUT, at.path("respondsTo", i),
              "allocation " + a.id() + " responds to input " + id + ", which decision "
                  + decision.get().id() + " that it implements rejected");
        }
        Optional<CommunityInput> input = d.input(id);
        if (input.isPresent() && a.date().isBefore(input.get().date())) {
          out.add(ValidationCode.ALLOCATION_BEFORE_INPUT, at.path("respondsTo", i),
              "allocation " + a.id() + " of " + a.date() + " is dated before input " + id
                  + " it responds to was raised on " + input.get().date());
        }
      }
    });
    Issues.each(d.targets(), RecordType.TARGET, t -> t.id(), (t, at) -> {
      for (int i = 0; i < t.informedBy().size(); i++) {
        InputId id = t.informedBy().get(i);
        Optional<CommunityInput> input = d.input(id);
        if (input.isPresent() && t.setDate().isBefore(input.get().date())) {
          out.add(ValidationCode.TARGET_BEFORE_INPUT, at.path("informedBy", i),
              "target " + t.id() + " set on " + t.setDate() + " is before input " + id
                  + " that informed it was raised on " + input.get().date());
        }
      }
    });
    Issues.each(d.feedback(), RecordType.FEEDBACK, f -> f.id(), (f, at) -> {
      for (int i = 0; i < f.responses().size(); i++) {
        InputId id = f.responses().get(i).input();
        Optional<CommunityInput> input = d.input(id);
        if (input.isPresent() && f.published().isBefore(input.get().date())) {
          out.add(ValidationCode.FEEDBACK_BEFORE_INPUT, at.path("responses", i, "input"),
              "feedback " + f.id() + " published " + f.published() + " is before input " + id
                  + " it responds to was raised on " + input.get().date());
        }
      }
    });
    Issues.each(d.inputs(), RecordType.INPUT, i -> i.id(), (input, at) -> {
      Optional<EngagementActivity> activity = d.activity(input.activity());
      if (activity.isPresent() && input.date().isBefore(activity.get().date())) {
        out.add(ValidationCode.INPUT_BEFORE_ACTIVITY, at.path("activity"),
            "input " + input.id() + " raised on " + input.date() + " is before activity "
                + activity.get().id() + " where it was raised took place on "
                + activity.get().date());
      }
    });
    Issues.each(d.analyses(), RecordType.ANALYSIS, x -> x.id(), (analysis, at) -> {
      Optional<EngagementActivity> activity = d.activity(analysis.activity());
      if (activity.isPresent() && analysis.date().isBefore(activity.get().date())) {
        out.add(ValidationCode.ANALYSIS_BEFORE_ACTIVITY, at.path("activity"),
            "analysis " + analysis.id() + " of " + analysis.date() + " is before activity "
                + activity.get().id() + " it analyses took place on " + activity.get().date());
      }
    });
  }

  private static boolean rejected(DecisionRecord decision, InputId input) {
    for (Consideration c : decision.considerations()) {
      if (c.input().equals(input)
          && c.outcome().equals(Optional.of(ConsiderationOutcome.REJECTED))) {
        return true;
      }
    }
    return false;
  }
}
