package org.engagement.core.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.engagement.core.ActivityId;
import org.engagement.core.AnalysisRecord;
import org.engagement.core.CommunityInput;
import org.engagement.core.DecisionId;
import org.engagement.core.Feedback;
import org.engagement.core.InputId;
import org.engagement.core.LocalPerformanceTarget;
import org.engagement.core.RecordType;
import org.engagement.core.ResourceAllocation;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.ValidationCode;
import org.engagement.core.validation.ValidationIssue;
import org.jspecify.annotations.Nullable;

/**
 * The cross-record traps of one record: a record dated before the record it follows from (an
 * allocation before the decision it implements or an input it responds to, a target before an
 * input that informed it, feedback before an input it answers, an input or an analysis before
 * its activity), and an allocation for an input that the decision it implements rejected.
 * {@link DatasetValidator} checks every record of a dataset, looking the other records up in it;
 * a validator that reads a file record by record checks each against the dates and rejections it
 * has kept. Both give the same issues, in the same words.
 *
 * <p>A reference that the {@link Lookup} does not know (a dangling one, reported by the
 * reference rule) sets no trap.
 *
 * <p>Internal: exported only to the SDK's own modules. Stateless; thread-safe when the
 * {@link Lookup} and the consumer of issues are.
 */
public final class CrossRecordTraps {

  private CrossRecordTraps() {}

  /**
   * What the traps need of the other records. Where ids repeat, the first record with the id
   * answers.
   */
  public interface Lookup {
    /**
     * The date an input was raised.
     *
     * @param id the input's id
     * @return the date, or null when there is no such input
     */
    @Nullable LocalDate inputDate(InputId id);

    /**
     * The date an activity took place.
     *
     * @param id the activity's id
     * @return the date, or null when there is no such activity
     */
    @Nullable LocalDate activityDate(ActivityId id);

    /**
     * The date of a decision.
     *
     * @param id the decision's id
     * @return the date, or null when there is no such decision
     */
    @Nullable LocalDate decisionDate(DecisionId id);

    /**
     * Whether a decision rejected an input (an outcome {@code REJECTED} in a consideration of
     * it).
     *
     * @param decision the decision's id, of a decision that exists
     * @param input the input's id
     * @return true when it rejected the input
     */
    boolean rejected(DecisionId decision, InputId input);
  }

  /**
   * Checks an allocation against the decision it implements and the inputs it responds to.
   *
   * @param a the allocation, not null
   * @param index its position among the allocations, 0 or more, for the issues' paths
   * @param lookup the other records, not null
   * @param out receives the issues, not null
   */
  public static void checkAllocation(ResourceAllocation a, int index, Lookup lookup,
      Consumer<ValidationIssue> out) {
    RecordPlace at = RecordPlace.of(RecordType.ALLOCATION, index, a.id());
    DecisionId decision = a.decision().orElse(null);
    LocalDate decided = decision == null ? null : lookup.decisionDate(decision);
    if (decided != null && a.date().isBefore(decided)) {
      out.accept(at.issue(ValidationCode.ALLOCATION_BEFORE_DECISION,
          "allocation " + a.id() + " of " + a.date() + " is dated before decision " + decision
              + " of " + decided + " that it implements", "decision"));
    }
    List<InputId> inputs = a.respondsTo();
    for (int i = 0; i < inputs.size(); i++) {
      InputId id = inputs.get(i);
      if (decided != null && lookup.rejected(decision, id)) {
        out.accept(at.issue(ValidationCode.ALLOCATION_FOR_REJECTED_INPUT,
            "allocation " + a.id() + " responds to input " + id + ", which decision "
                + decision + " that it implements rejected", "respondsTo", i));
      }
      LocalDate raised = lookup.inputDate(id);
      if (raised != null && a.date().isBefore(raised)) {
        out.accept(at.issue(ValidationCode.ALLOCATION_BEFORE_INPUT,
            "allocation " + a.id() + " of " + a.date() + " is dated before input " + id
                + " it responds to was raised on " + raised, "respondsTo", i));
      }
    }
  }

  /**
   * Checks a target against the inputs that informed it.
   *
   * @param t the target, not null
   * @param index its position among the targets, 0 or more, for the issues' paths
   * @param lookup the other records, not null
   * @param out receives the issues, not null
   */
  public static void checkTarget(LocalPerformanceTarget t, int index, Lookup lookup,
      Consumer<ValidationIssue> out) {
    RecordPlace at = RecordPlace.of(RecordType.TARGET, index, t.id());
    for (int i = 0; i < t.informedBy().size(); i++) {
      InputId id = t.informedBy().get(i);
      LocalDate raised = lookup.inputDate(id);
      if (raised != null && t.setDate().isBefore(raised)) {
        out.accept(at.issue(ValidationCode.TARGET_BEFORE_INPUT,
            "target " + t.id() + " set on " + t.setDate() + " is before input " + id
                + " that informed it was raised on " + raised, "informedBy", i));
      }
    }
  }

  /**
   * Checks feedback against the inputs it responds to.
   *
   * @param f the feedback, not null
   * @param index its position among the feedback records, 0 or more, for the issues' paths
   * @param lookup the other records, not null
   * @param out receives the issues, not null
   */
  public static void checkFeedback(Feedback f, int index, Lookup lookup,
      Consumer<ValidationIssue> out) {
    RecordPlace at = RecordPlace.of(RecordType.FEEDBACK, index, f.id());
    for (int i = 0; i < f.responses().size(); i++) {
      InputId id = f.responses().get(i).input();
      LocalDate raised = lookup.inputDate(id);
      if (raised != null && f.published().isBefore(raised)) {
        out.accept(at.issue(ValidationCode.FEEDBACK_BEFORE_INPUT,
            "feedback " + f.id() + " published " + f.published() + " is before input " + id
                + " it responds to was raised on " + raised, "responses", i, "input"));
      }
    }
  }

  /**
   * Checks an input against the activity where it was raised.
   *
   * @param input the input, not null
   * @param index its position among the inputs, 0 or more, for the issue's path
   * @param lookup the other records, not null
   * @param out receives the issue, not null
   */
  public static void checkInput(CommunityInput input, int index, Lookup lookup,
      Consumer<ValidationIssue> out) {
    LocalDate held = lookup.activityDate(input.activity());
    if (held != null && input.date().isBefore(held)) {
      out.accept(RecordPlace.of(RecordType.INPUT, index, input.id()).issue(
          ValidationCode.INPUT_BEFORE_ACTIVITY, "input " + input.id() + " raised on "
              + input.date() + " is before activity " + input.activity()
              + " where it was raised took place on " + held, "activity"));
    }
  }

  /**
   * Checks an analysis against the activity it analyses.
   *
   * @param analysis the analysis, not null
   * @param index its position among the analyses, 0 or more, for the issue's path
   * @param lookup the other records, not null
   * @param out receives the issue, not null
   */
  public static void checkAnalysis(AnalysisRecord analysis, int index, Lookup lookup,
      Consumer<ValidationIssue> out) {
    LocalDate held = lookup.activityDate(analysis.activity());
    if (held != null && analysis.date().isBefore(held)) {
      out.accept(RecordPlace.of(RecordType.ANALYSIS, index, analysis.id()).issue(
          ValidationCode.ANALYSIS_BEFORE_ACTIVITY, "analysis " + analysis.id() + " of "
              + analysis.date() + " is before activity " + analysis.activity()
              + " it analyses took place on " + held, "activity"));
    }
  }
}
