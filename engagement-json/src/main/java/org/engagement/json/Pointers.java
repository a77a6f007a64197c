package org.engagement.json;

import java.util.ArrayList;
import java.util.List;
import org.engagement.core.validation.IssuePath;
import org.engagement.core.validation.ValidationIssue;
import org.engagement.core.validation.ValidationReport;
import org.engagement.json.bind.DatasetCodec;
import org.engagement.json.bind.RecordLocations;
import org.engagement.json.bind.Reports;
import org.jspecify.annotations.Nullable;

/** Turns validator issues into problems with JSON Pointers into the document. */
final class Pointers {

  private Pointers() {}

  static List<JsonProblem> problems(ValidationReport report, @Nullable RecordLocations at) {
    List<JsonProblem> out = new ArrayList<>(report.issues().size());
    for (ValidationIssue issue : report.issues()) {
      long[] start = {-1, -1};
      IssuePath path = issue.path();
      if (at != null && path.recordType().isPresent() && path.index().isPresent()) {
        start = at.start(path.recordType().get(), path.index().get());
      } else if (at != null && path.recordType().isEmpty() && !path.field().isEmpty()
          && path.field().get(0).equals(DatasetCodec.SCHEME)) {
        start = at.scheme();
      }
      out.add(JsonProblem.of(issue.severity(), issue.code(), Reports.pointer(path), start[0],
          start[1],
          issue.message()));
    }
    return out;
  }
}
