package org.engagement.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.engagement.core.RecordType;

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
      List<T> records, RecordType type, Function<T, ?> id, BiConsumer<T, At> body) {
    for (int i = 0; i < records.size(); i++) {
      T record = records.get(i);
      body.accept(record, new At(type, i, id.apply(record)));
    }
  }

  /**
   * The place of one record: its type, position and id, from which field paths are made. The
   * id's text is made only when a path or the id is asked for, that is when there is an issue.
   */
  static final class At {
    private final RecordType type;
    private final int index;
    private final Object id;

    At(RecordType type, int index, Object id) {
      this.type = type;
      this.index = index;
      this.id = id;
    }

    IssuePath path(Object... field) {
      String[] segments = new String[field.length];
      for (int i = 0; i < field.length; i++) {
        segments[i] = String.valueOf(field[i]);
      }
      return IssuePath.of(type, index, id(), segments);
    }

    String id() {
      return String.valueOf(id);
    }
  }
}
