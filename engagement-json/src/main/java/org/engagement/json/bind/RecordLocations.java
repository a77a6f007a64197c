package org.engagement.json.bind;

import java.util.EnumMap;
import java.util.Map;
import org.engagement.core.RecordType;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where each record of a document starts, as two ints per record, so that issues found after
 * binding can name a line and a column as well as a JSON Pointer. Not thread-safe.
 */
public final class RecordLocations {

  private final Map<RecordType, int[]> starts = new EnumMap<>(RecordType.class);
  private final Map<RecordType, Integer> sizes = new EnumMap<>(RecordType.class);
  private long[] scheme = {-1, -1};

  void scheme(TokenStreamLocation at) {
    scheme = new long[] {at.getLineNr(), at.getColumnNr()};
  }

  /**
   * The line and column where the scheme starts.
   *
   * @return {line, column}, or {-1, -1} when the document has no scheme
   */
  public long[] scheme() {
    return scheme.clone();
  }

  void add(RecordType type, int index, TokenStreamLocation at) {
    int[] positions = starts.computeIfAbsent(type, t -> new int[16]);
    if (2 * index + 1 >= positions.length) {
      int[] grown = new int[Math.max(positions.length * 2, 2 * index + 2)];
      System.arraycopy(positions, 0, grown, 0, positions.length);
      starts.put(type, grown);
      positions = grown;
    }
    positions[2 * index] = at.getLineNr();
    positions[2 * index + 1] = at.getColumnNr();
    sizes.merge(type, index + 1, Math::max);
  }

  /**
   * The line and column where a record starts.
   *
   * @param type the record type
   * @param index the record's position
   * @return {line, column}, or {-1, -1} when unknown
   */
  public long[] start(RecordType type, int index) {
    int[] positions = starts.get(type);
    if (positions == null || index < 0 || index >= sizes.getOrDefault(type, 0)) {
      return new long[] {-1, -1};
    }
    return new long[] {positions[2 * index], positions[2 * index + 1]};
  }
}
