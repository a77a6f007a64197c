package org.engagement.core.validation;

import java.util.List;
import java.util.Optional;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;

/** Looks up record types by collection name, and a record's id by position. */
final class RecordTypes {

  private RecordTypes() {}

  static Optional<RecordType> byCollection(String collection) {
    for (RecordType type : RecordType.values()) {
      if (type.collection().equals(collection)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  static String idAt(EngagementDataset d, RecordType type, int index) {
    List<?> records = d.records(type);
    if (index < 0 || index >= records.size()) {
      return "?";
    }
    return type.idOf(records.get(index));
  }
}
