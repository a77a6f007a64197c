package org.engagement.measures.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.Answer;
import org.engagement.core.AreaId;
import org.engagement.core.EngagementDataset;
import org.engagement.core.Question;
import org.engagement.core.Scope;
import org.engagement.core.Survey;
import org.engagement.core.SurveyResponse;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.internal.DatasetIndex;
import org.engagement.measures.internal.ExactProportion;
import org.engagement.measures.internal.InScope;
import org.engagement.measures.internal.ValidAnswers;

/**
 * Reads the valid answers to a question (docs/spec/measures.md §1): responses in scope (response
 * date in the period, respondent's area in the subtree, in the scope's surveys if it names any)
 * with a positive weight, to every survey that has the question, pooled.
 */
final class SurveyReader {

  /** One valid answer: the response and its {@code y}. */
  record ValidAnswer(SurveyResponse response, boolean success) {}

  private SurveyReader() {}

  /** The valid answers in the part {@code areas} of the scope, sorted by response id. */
  static List<ValidAnswer> read(
      EvaluationContext context, Scope scope, SurveyQuestion question, Set<AreaId> areas) {
    EngagementDataset data = context.dataset();
    DatasetIndex index = DatasetIndex.of(context);
    List<ValidAnswer> out = new ArrayList<>();
    for (AreaId area : InScope.areas(data, scope, areas)) {
      for (SurveyResponse response : index.responsesIn(area)) {
        if (!InScope.inPeriod(scope, response.date())
            || (!scope.surveys().isEmpty() && !scope.surveys().contains(response.survey()))
            || !(response.weight() > 0)) {
          continue;
        }
        Optional<Question> asked = data.survey(response.survey()).flatMap(question::find);
        if (asked.isEmpty()) {
          continue;
        }
        Answer answer = response.answers().get(asked.get().id());
        if (answer != null) {
          ValidAnswers.success(asked.get().type(), answer)
              .ifPresent(y -> out.add(new ValidAnswer(response, y)));
        }
      }
    }
    out.sort(Comparator.comparing(a -> a.response().id().value()));
    return out;
  }

  /** The valid answers in the whole scope. */
  static List<ValidAnswer> read(EvaluationContext context, Scope scope, SurveyQuestion question) {
    return read(context, scope, question, context.dataset().subtree(scope.area()));
  }

  /** The exact sums of some valid answers. */
  static ExactProportion sum(List<ValidAnswer> answers) {
    ExactProportion.Accumulator out = ExactProportion.accumulator();
    for (ValidAnswer answer : answers) {
      out.add(answer.response().weight(), answer.success());
    }
    return out.toExact();
  }
}
