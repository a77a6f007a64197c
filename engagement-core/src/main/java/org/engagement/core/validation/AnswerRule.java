package org.engagement.core.validation;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.engagement.core.Answer;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Question;
import org.engagement.core.QuestionId;
import org.engagement.core.RecordType;
import org.engagement.core.Survey;

/**
 * Survey answers fit their questions: each answers a question of the response's survey, with a
 * value of the question's type (LIKERT_5 from 1 to 5).
 */
final class AnswerRule implements DatasetRule {

  @Override
  public String name() {
    return "answers";
  }

  @Override
  public void check(EngagementDataset d, Issues out) {
    Issues.each(d.responses(), RecordType.RESPONSE, r -> r.id(), (r, at) -> {
      Optional<Survey> survey = d.survey(r.survey());
      if (survey.isEmpty()) {
        return; // reported as an unknown survey by the reference rule
      }
      for (Map.Entry<QuestionId, Answer> e : r.answers().entrySet()) {
        Optional<Question> question = survey.get().question(e.getKey());
        if (question.isEmpty()) {
          out.add(ValidationCode.UNKNOWN_REFERENCE, at.path("answers", e.getKey()),
              "unknown question id: " + e.getKey() + " (not in survey " + r.survey() + ")");
        } else {
          answer(question.get(), e.getValue(), out, at, e.getKey());
        }
      }
    });
  }

  /** Checks one answer; its path is made only for an issue, as most answers have none. */
  private static void answer(Question q, Answer a, Issues out, Issues.At at, QuestionId key) {
    if (a.isDontKnow()) {
      return;
    }
    String token = a.token();
    switch (q.type()) {
      case BINARY:
        if (!Answer.YES.equals(token) && !Answer.NO.equals(token)) {
          out.add(ValidationCode.ANSWER_TYPE_MISMATCH, at.path("answers", key),
              "binary question " + q.id() + " takes YES, NO or DONT_KNOW, not: " + token);
        }
        break;
      case LIKERT_5:
        OptionalInt value = a.intValue();
        if (value.isEmpty()) {
          out.add(ValidationCode.ANSWER_TYPE_MISMATCH, at.path("answers", key),
              "Likert question " + q.id() + " takes 1 to 5 or DONT_KNOW, not: " + token);
        } else if (value.getAsInt() < 1 || value.getAsInt() > 5) {
          out.add(ValidationCode.LIKERT_OUT_OF_RANGE, at.path("answers", key),
              "Likert answer must be from 1 to 5: " + value.getAsInt());
        }
        break;
      case CATEGORICAL:
        if (!q.categories().contains(token)) {
          out.add(ValidationCode.ANSWER_TYPE_MISMATCH, at.path("answers", key),
              "question " + q.id() + " has no category " + token + "; it takes "
                  + String.join(", ", q.categories()) + " or DONT_KNOW");
        }
        break;
      default:
        throw new AssertionError("unknown question type " + q.type());
    }
  }
}
