package org.engagement.json;

import java.util.ArrayList;
import java.util.List;
import org.engagement.core.RecordType;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.ValidationIssue;

/**
 * The rules of one record alone (single-field constraints, the supported date range), for
 * streaming reads: the dataset validator's per-record check, with JSON Pointers under the
 * record's own.
 */
final class RecordConstraints {

  private RecordConstraints() {}

  static List<JsonProblem> check(
      RecordType type, int index, Object record, String recordPointer, long line, long column) {
    List<JsonProblem> out = new ArrayList<>();
    for (ValidationIssue issue : DatasetValidator.standard().validateRecord(type, index, record)) {
      StringBuilder pointer = new StringBuilder(recordPointer);
      for (String segment : issue.path().field()) {
        pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
      }
      out.add(JsonProblem.of(issue.severity(), issue.code(), pointer.toString(), line, column,
          issue.message()));
    }
    return out;
  }
}
