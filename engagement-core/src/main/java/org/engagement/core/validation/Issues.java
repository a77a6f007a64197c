package org.engagement.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.engagement.core.RecordType;
import org.engagement.core.internal.RecordPlace;

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

  /** Runs a check over records with each one's position in its list. */
  static <T> void indexed(List<T> records, java.util.function.ObjIntConsumer<T> check) {
    for (int i = 0; i < records.size(); i++) {
      check.accept(records.get(i), i);
    }
  }

  /** Runs {@code body} on every record of a collection with the record's place. */
  static <T> void each(
      List<T> records, RecordType type, Function<T, ?> id, BiConsumer<T, RecordPlace> body) {
    for (int i = 0; i < records.size(); i++) {
      T record = records.get(i);
      body.accept(record, RecordPlace.of(type, i, id.apply(record)));
    }
  }
}
