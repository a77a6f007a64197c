package org.engagement.core.internal;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.engagement.core.Answer;
import org.engagement.core.Question;
import org.engagement.core.QuestionId;
import org.engagement.core.RecordType;
import org.engagement.core.Survey;
import org.engagement.core.SurveyResponse;
import org.engagement.core.validation.ValidationCode;
import org.engagement.core.validation.ValidationIssue;

/**
 * The answer rule of one survey response: every question answered is a question of the survey,
 * and every answer fits its question's type ({@link ValidationCode#UNKNOWN_REFERENCE},
 * {@link ValidationCode#ANSWER_TYPE_MISMATCH}, {@link ValidationCode#LIKERT_OUT_OF_RANGE}).
 * {@code DatasetValidator} checks every response of a dataset with it; a validator that reads a
 * file record by record checks each response as it comes, and both report the same issues.
 *
 * <pre>{@code
 * import org.engagement.core.internal.AnswerCheck;
 *
 * List<ValidationIssue> issues = new ArrayList<>();
 * SurveyResponse response = data.responses().get(0);
 * data.survey(response.survey()).ifPresent(survey ->
 *     AnswerCheck.checkAnswers(response, survey, 0, issues::add));
 * }</pre>
 *
 * <p>A response's answers are most of a national dataset's fields, and nearly all are valid, so
 * an issue's path is made only when there is an issue.
 *
 * <p>Internal: exported only to the SDK's own modules. This class is stateless and thread-safe.
 */
public final class AnswerCheck {

  private AnswerCheck() {}

  /**
   * Checks every answer of a response against its survey, in the order of its answers.
   *
   * @param response the response, not null
   * @param survey the survey it answers, not null (a response of an unknown survey is the
   *     reference rule's issue, not this one's)
   * @param index the response's position among the responses, 0 or more, for the issue's path
   * @param out receives the issues, not null
   */
  public static void checkAnswers(
      SurveyResponse response, Survey survey, int index, Consumer<ValidationIssue> out) {
    for (Map.Entry<QuestionId, Answer> e : response.answers().entrySet()) {
      Optional<Question> question = survey.question(e.getKey());
      if (question.isEmpty()) {
        out.accept(place(response, index).issue(ValidationCode.UNKNOWN_REFERENCE,
            "unknown question id: " + e.getKey() + " (not in survey " + response.survey() + ")",
            "answers", e.getKey()));
      } else {
        checkAnswer(question.get(), e.getValue(), response, index, out);
      }
    }
  }

  private static RecordPlace place(SurveyResponse response, int index) {
    return RecordPlace.of(RecordType.RESPONSE, index, response.id());
  }

  private static void checkAnswer(Question q, Answer a, SurveyResponse response, int index,
      Consumer<ValidationIssue> out) {
    if (a.isDontKnow()) {
      return;
    }
    String token = a.token();
    switch (q.type()) {
      case BINARY:
        if (!Answer.YES.equals(token) && !Answer.NO.equals(token)) {
          out.accept(place(response, index).issue(ValidationCode.ANSWER_TYPE_MISMATCH,
              "binary question " + q.id() + " takes YES, NO or DONT_KNOW, not: " + token,
              "answers", q.id()));
        }
        break;
      case LIKERT_5:
        OptionalInt value = a.intValue();
        if (value.isEmpty()) {
          out.accept(place(response, index).issue(ValidationCode.ANSWER_TYPE_MISMATCH,
              "Likert question " + q.id() + " takes 1 to 5 or DONT_KNOW, not: " + token,
              "answers", q.id()));
        } else if (value.getAsInt() < 1 || value.getAsInt() > 5) {
          out.accept(place(response, index).issue(ValidationCode.LIKERT_OUT_OF_RANGE,
              "Likert answer must be from 1 to 5: " + value.getAsInt(), "answers", q.id()));
        }
        break;
      case CATEGORICAL:
        if (!q.categories().contains(token)) {
          out.accept(place(response, index).issue(ValidationCode.ANSWER_TYPE_MISMATCH,
              "question " + q.id() + " has no category " + token + "; it takes "
                  + String.join(", ", q.categories()) + " or DONT_KNOW", "answers", q.id()));
        }
        break;
      default:
        throw new AssertionError("unknown question type " + q.type());
    }
  }
}
