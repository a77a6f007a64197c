package org.engagement.core.validation;

import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.core.internal.AnswerCheck;

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
  public void check(EngagementDataset d, Issues out, RecordPass pass) {
    pass.indexed(d.responses(), RecordType.RESPONSE, (r, i) ->
        // A response of an unknown survey is reported by the reference rule.
        d.survey(r.survey()).ifPresent(survey -> AnswerCheck.checkAnswers(r, survey, i, out::add)));
  }
}
