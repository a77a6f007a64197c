package org.engagement.core.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects the issues of one validation run. Not thread-safe: one per run. */
final class Issues {

  private final List<ValidationIssue> issues = new ArrayList<>();

  void add(ValidationCode code, IssuePath path, String message) {
    issues.add(ValidationIssue.of(code, path, message));
  }

  void add(ValidationIssue issue) {
    issues.add(issue);
  }

  List<ValidationIssue> list() {
    return issues;
  }
}
