package org.engagement.json;

import java.util.ArrayList;
import java.util.List;
import org.engagement.core.validation.IssuePath;
import org.engagement.core.validation.ValidationIssue;
import org.engagement.core.validation.ValidationReport;
import org.engagement.json.bind.DatasetCodec;
import org.engagement.json.bind.RecordLocations;
import org.jspecify.annotations.Nullable;

/** Turns validator issues into problems with JSON Pointers into the document. */
final class Pointers {

  private Pointers() {}

  /**
   * The JSON Pointer of a validator path: {@code /collection/index/field...}, or
   * {@code /field...} for the dataset itself (its scheme). The format names every property after
   * its accessor, so the segments map one to one.
   */
  static String pointer(IssuePath path) {
    StringBuilder out = new StringBuilder();
    path.recordType().ifPresent(type -> {
      out.append('/').append(escape(type.collection()));
      path.index().ifPresent(index -> out.append('/').append(index));
    });
    for (String segment : path.field()) {
      out.append('/').append(escape(segment));
    }
    return out.toString();
  }

  /** Escapes a reference token of a JSON Pointer (RFC 6901 §3). */
  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

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
      out.add(JsonProblem.of(issue.severity(), issue.code(), pointer(path), start[0], start[1],
          issue.message()));
    }
    return out;
  }
}
