package org.engagement.measures.standards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.engagement.core.AreaId;
import org.engagement.core.AreaLevel;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.core.Scope;
import org.engagement.measures.EvaluationContext;
import org.engagement.measures.internal.DatasetIndex;
import org.engagement.measures.internal.InScope;

/**
 * What the built-in rules share while evaluating one scope: the evaluation context (the dataset
 * and its indexes), the scope and the dating conventions of docs/spec/measures.md §0b.
 */
record RuleContext(EvaluationContext evaluation, DatasetIndex index, Scope scope) {

  static RuleContext of(EvaluationContext evaluation, Scope scope) {
    return new RuleContext(evaluation, DatasetIndex.of(evaluation), scope);
  }

  /** The dataset of the evaluation context. */
  EngagementDataset data() {
    return evaluation.dataset();
  }

  /** The records whose area lies in the subtree of {@code root}, in subtree order by area id. */
  <T> List<T> under(AreaId root, Function<AreaId, List<T>> byArea) {
    List<T> out = new ArrayList<>();
    for (AreaId area : data().subtree(root).stream().sorted().toList()) {
      out.addAll(byArea.apply(area));
    }
    return out;
  }

  boolean inPeriod(LocalDate date) {
    return InScope.inPeriod(scope, date);
  }

  boolean notAfterAsOf(LocalDate date) {
    return InScope.notAfterAsOf(scope, date);
  }

  /** Whether an interval is active in the period: starts not after {@code to}, no end or ends not before {@code from}. */
  boolean active(LocalDate start, Optional<LocalDate> end) {
    return scope.period().overlaps(start, end);
  }

  /** The area of {@code level} that holds {@code area} (itself or its nearest such ancestor). */
  Optional<AreaId> areaAtLevel(AreaId area, AreaLevel level) {
    if (data().level(area).equals(Optional.of(level))) {
      return Optional.of(area);
    }
    return data().ancestors(area).stream()
        .filter(a -> data().level(a).equals(Optional.of(level)))
        .findFirst();
  }

  /** The reason a rule reading {@code kinds} is not assessable: the first kind with no record. */
  static Optional<String> missingKind(EngagementDataset data, List<RecordType> kinds) {
    for (RecordType kind : kinds) {
      if (data.count(kind) == 0) {
        return Optional.of("no " + kind.collection() + " in the dataset");
      }
    }
    return Optional.empty();
  }
}
