package org.engagement.testkit;

import java.util.ArrayList;
import java.util.List;
import org.engagement.core.validation.IssuePath;
import org.engagement.core.validation.Severity;
import org.engagement.core.validation.ValidationIssue;
import org.engagement.json.JsonProblem;

/**
 * One issue of a validation report or one problem of a read result, seen the same way by the
 * assertions: its code, whether it is an error, the places it can be named by, and its line.
 */
record Problem(boolean error, String code, List<String> places, String message, String line) {

  static Problem of(ValidationIssue issue) {
    IssuePath path = issue.path();
    List<String> places = new ArrayList<>();
    places.add(path.toString());
    StringBuilder pointer = new StringBuilder();
    path.recordType().ifPresent(t -> pointer.append('/').append(t.collection()));
    path.index().ifPresent(i -> pointer.append('/').append(i));
    for (String segment : path.field()) {
      pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    places.add(pointer.toString());
    path.recordId().ifPresent(places::add);
    return new Problem(issue.severity() == Severity.ERROR, issue.code(), places,
        issue.message(), issue.toString());
  }

  static Problem of(JsonProblem problem) {
    return new Problem(problem.isError(), problem.code(), List.of(problem.pointer()),
        problem.message(), problem.toString());
  }

  boolean isAt(String place) {
    return places.contains(place);
  }

  static String lines(List<Problem> problems) {
    if (problems.isEmpty()) {
      return "  (none)";
    }
    StringBuilder out = new StringBuilder();
    int shown = Math.min(50, problems.size());
    for (int i = 0; i < shown; i++) {
      out.append(i == 0 ? "" : System.lineSeparator()).append("  ").append(problems.get(i).line());
    }
    if (problems.size() > shown) {
      out.append(System.lineSeparator()).append("  ... and ").append(problems.size() - shown)
          .append(" more");
    }
    return out.toString();
  }
}
