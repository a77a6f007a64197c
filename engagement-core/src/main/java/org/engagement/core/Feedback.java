package org.engagement.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Published feedback to the public on the activities it answers (2005 strand 5, 2006 outcome 5),
 * with the 2012 standard's three parts "We asked / You said / We did" as fields of their own.
 *
 * <pre>{@code
 * Feedback fb = Feedback.builder()
 *     .id(FeedbackId.of("FB-0001")).published(LocalDate.of(2012, 12, 1))
 *     .channel("ward newsletter").format(FeedbackFormat.SUMMARY).stage(FeedbackStage.FINAL)
 *     .addAnswers(ActivityId.of("ACT-0001"))
 *     .weAsked("What should we focus on this winter?")
 *     .youSaid("Groups gathering outside the station after 10pm")
 *     .weDid("Friday-night dispersal patrols since November")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Feedback implements Identified {

  Feedback() {}

  /** {@return a new builder, never null} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, never null} */
  public abstract FeedbackId id();

  /** {@return the date it was published, never null} */
  public abstract LocalDate published();

  /**
   * Where it was published: a newsletter, a website, a meeting.
   *
   * @return the channel, not blank
   */
  @NotBlank
  public abstract String channel();

  /**
   * Its form.
   *
   * @return the format, never null
   */
  public abstract FeedbackFormat format();

  /**
   * Interim or final.
   *
   * @return the stage; FINAL by default
   */
  @Value.Default
  public FeedbackStage stage() {
    return FeedbackStage.FINAL;
  }

  /**
   * The activities and consultations it answers.
   *
   * @return the activity ids, never null
   */
  public abstract List<ActivityId> answers();

  /**
   * "We asked": what the public was asked.
   *
   * @return the text, empty when absent
   */
  public abstract Optional<String> weAsked();

  /**
   * "You said": what the public said.
   *
   * @return the text, empty when absent
   */
  public abstract Optional<String> youSaid();

  /**
   * "We did": what the police did.
   *
   * @return the text, empty when absent
   */
  public abstract Optional<String> weDid();

  /**
   * Per input, what was done or why not.
   *
   * @return the responses, never null
   */
  public abstract List<@Valid InputResponse> responses();

  /**
   * Whether all three parts "We asked / You said / We did" are present and not blank.
   *
   * @return true when the feedback has all three parts
   */
  public boolean hasAllThreeParts() {
    return nonBlank(weAsked()) && nonBlank(youSaid()) && nonBlank(weDid());
  }

  private static boolean nonBlank(Optional<String> text) {
    return text.isPresent() && !text.get().isBlank();
  }

  /** Builds a {@link Feedback}. */
  public static final class Builder extends ImmutableFeedback.Builder {
    Builder() {}
  }
}
