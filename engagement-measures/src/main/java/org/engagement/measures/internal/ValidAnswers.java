package org.engagement.measures.internal;

import java.util.Optional;
import java.util.OptionalInt;
import org.engagement.core.Answer;
import org.engagement.core.QuestionType;

/** Which survey answers are valid, and which count as successes (docs/spec/measures.md §1). */
public final class ValidAnswers {

  private ValidAnswers() {}

  /**
   * The {@code y} of a valid answer: BINARY YES is 1, NO and DONT_KNOW 0; LIKERT_5 4 or 5 is 1,
   * 1 to 3 and DONT_KNOW 0; anything else is not a valid answer.
   */
  public static Optional<Boolean> success(QuestionType type, Answer answer) {
    if (answer.isDontKnow()) {
      return type == QuestionType.CATEGORICAL ? Optional.empty() : Optional.of(false);
    }
    switch (type) {
      case BINARY:
        if (Answer.YES.equals(answer.token())) {
          return Optional.of(true);
        }
        return Answer.NO.equals(answer.token()) ? Optional.of(false) : Optional.empty();
      case LIKERT_5:
        OptionalInt point = answer.intValue();
        if (point.isEmpty() || point.getAsInt() < 1 || point.getAsInt() > 5) {
          return Optional.empty();
        }
        return Optional.of(point.getAsInt() >= 4);
      default:
        return Optional.empty();
    }
  }
}
