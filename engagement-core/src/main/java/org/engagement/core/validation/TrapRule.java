package org.engagement.core.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.engagement.core.ActivityId;
import org.engagement.core.CommunityInput;
import org.engagement.core.Consideration;
import org.engagement.core.ConsiderationOutcome;
import org.engagement.core.DecisionId;
import org.engagement.core.DecisionRecord;
import org.engagement.core.EngagementActivity;
import org.engagement.core.EngagementDataset;
import org.engagement.core.InputId;
import org.engagement.core.RecordType;
import org.engagement.core.internal.CrossRecordTraps;
import org.jspecify.annotations.Nullable;

/**
 * Cross-record traps: links between records that each pass on their own but together tell an
 * impossible or self-contradicting story, so that a measure would count a response that cannot
 * be one. They are warnings: the data is usable, the story should be checked. Each message names
 * both records. The checks are {@link CrossRecordTraps}, which a validator that reads a file
 * record by record shares.
 */
final class TrapRule implements DatasetRule {

  @Override
  public String name() {
    return "cross-record traps";
  }

  @Override
  public void check(EngagementDataset d, Issues out, RecordPass pass) {
    CrossRecordTraps.Lookup lookup = new InDataset(d);
    Consumer<ValidationIssue> sink = out::add;
    pass.indexed(d.allocations(), RecordType.ALLOCATION,
        (a, i) -> CrossRecordTraps.checkAllocation(a, i, lookup, sink));
    pass.indexed(d.targets(), RecordType.TARGET,
        (t, i) -> CrossRecordTraps.checkTarget(t, i, lookup, sink));
    pass.indexed(d.feedback(), RecordType.FEEDBACK,
        (f, i) -> CrossRecordTraps.checkFeedback(f, i, lookup, sink));
    pass.indexed(d.inputs(), RecordType.INPUT,
        (in, i) -> CrossRecordTraps.checkInput(in, i, lookup, sink));
    pass.indexed(d.analyses(), RecordType.ANALYSIS,
        (x, i) -> CrossRecordTraps.checkAnalysis(x, i, lookup, sink));
  }

  /** The other records, looked up in the dataset by id. */
  private record InDataset(EngagementDataset d) implements CrossRecordTraps.Lookup {
    @Override
    public @Nullable LocalDate inputDate(InputId id) {
      return d.input(id).map(CommunityInput::date).orElse(null);
    }

    @Override
    public @Nullable LocalDate activityDate(ActivityId id) {
      return d.activity(id).map(EngagementActivity::date).orElse(null);
    }

    @Override
    public @Nullable LocalDate decisionDate(DecisionId id) {
      return d.decision(id).map(DecisionRecord::date).orElse(null);
    }

    @Override
    public boolean rejected(DecisionId decision, InputId input) {
      for (Consideration c : d.decision(decision).map(DecisionRecord::considerations)
          .orElse(List.of())) {
        if (c.input().equals(input)
            && c.outcome().equals(Optional.of(ConsiderationOutcome.REJECTED))) {
          return true;
        }
      }
      return false;
    }
  }
}
