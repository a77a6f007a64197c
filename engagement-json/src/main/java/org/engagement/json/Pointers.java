package org.engagement.json;

import java.util.ArrayList;
import java.util.List;
import org.engagement.core.RecordType;
import org.engagement.core.validation.IssuePath;
import org.engagement.core.validation.ValidationCode;
import org.engagement.core.validation.ValidationIssue;
import org.engagement.core.validation.ValidationReport;
import org.jspecify.annotations.Nullable;

/** Turns validator issues into problems with JSON Pointers into the document, and back. */
final class Pointers {

  private Pointers() {}

  /**
   * The validator's issues at the positions of their records in the document, which differ from
   * those in the dataset when records could not be bound and were left out. When the scheme
   * could not be bound, the issues that measured demographics against the default scheme that
   * stood in for it are dropped.
   */
  static ValidationReport remap(ValidationReport report, @Nullable RecordLocations at) {
    if (at == null) {
      return report;
    }
    boolean schemeUnbound = at.isSchemeUnbound();
    List<ValidationIssue> out = new ArrayList<>(report.issues().size());
    boolean changed = false;
    for (ValidationIssue issue : report.issues()) {
      if (schemeUnbound && (issue.code().equals(ValidationCode.UNKNOWN_DIMENSION.name())
          || issue.code().equals(ValidationCode.UNKNOWN_CATEGORY.name()))) {
        changed = true;
        continue;
      }
      IssuePath path = issue.path();
      if (path.recordType().isPresent() && path.index().isPresent()) {
        RecordType type = path.recordType().get();
        int index = path.index().get();
        int document = at.documentIndex(type, index);
        String message = earlierAtDocumentIndex(issue, type, at);
        if (document != index || !message.equals(issue.message())) {
          changed = true;
          issue = ValidationIssue.of(issue.severity(),
              IssuePath.builder().from(path).index(document).build(), issue.code(), message);
        }
      }
      out.add(issue);
    }
    return changed ? ValidationReport.of(out) : report;
  }

  /**
   * The message of an issue, with the earlier record that a {@code DUPLICATE_ID} names ("also at
   * areas[1]", the validator's position in the dataset) at its position in the document, as the
   * streamed validation names it.
   */
  private static String earlierAtDocumentIndex(
      ValidationIssue issue, RecordType type, RecordLocations at) {
    String message = issue.message();
    String marker = ": also at " + type.collection() + "[";
    int start = message.lastIndexOf(marker);
    if (!issue.code().equals(ValidationCode.DUPLICATE_ID.name()) || start < 0
        || !message.endsWith("]")) {
      return message;
    }
    String digits = message.substring(start + marker.length(), message.length() - 1);
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')
        || digits.length() > 9) {
      return message;
    }
    int earlier = Integer.parseInt(digits);
    return message.substring(0, start + marker.length()) + at.documentIndex(type, earlier) + "]";
  }

  /** The issue of a problem of the reader, at the path of its pointer. */
  static ValidationIssue issue(JsonProblem problem) {
    return ValidationIssue.of(problem.severity(), Reports.path(problem.pointer()), problem.code(),
        problem.message());
  }

  static List<JsonProblem> problems(ValidationReport report, @Nullable RecordLocations at) {
    List<JsonProblem> out = new ArrayList<>(report.issues().size());
    for (ValidationIssue issue : report.issues()) {
      out.add(problem(issue, at));
    }
    return out;
  }

  static JsonProblem problem(ValidationIssue issue, @Nullable RecordLocations at) {
    long[] start = {-1, -1};
    IssuePath path = issue.path();
    if (at != null && path.recordType().isPresent() && path.index().isPresent()) {
      start = at.start(path.recordType().get(), path.index().get());
    } else if (at != null && path.recordType().isEmpty() && !path.field().isEmpty()
        && path.field().get(0).equals(DatasetCodec.SCHEME)) {
      start = at.scheme();
    }
    return JsonProblem.of(issue.severity(), issue.code(), Reports.pointer(path), start[0],
        start[1], issue.message());
  }
}
