package org.engagement.core.internal;

import org.engagement.core.RecordType;
import org.engagement.core.validation.IssuePath;
import org.engagement.core.validation.ValidationCode;
import org.engagement.core.validation.ValidationIssue;

/** A record's place in its collection, for the path of an issue about one of its fields. */
record RecordPlace(RecordType type, int index, String id) {

  RecordPlace(RecordType type, int index, Object id) {
    this(type, index, String.valueOf(id));
  }

  IssuePath path(Object... field) {
    String[] segments = new String[field.length];
    for (int i = 0; i < field.length; i++) {
      segments[i] = String.valueOf(field[i]);
    }
    return IssuePath.of(type, index, id, segments);
  }

  ValidationIssue issue(ValidationCode code, String message, Object... field) {
    return ValidationIssue.of(code, path(field), message);
  }
}
