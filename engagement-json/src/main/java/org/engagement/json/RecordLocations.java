package org.engagement.json;

import java.util.EnumMap;
import java.util.Map;
import org.engagement.core.RecordType;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where each record of a document starts, as two ints per record, so that issues found after
 * binding can name a line and a column as well as a JSON Pointer. Not thread-safe.
 */
final class RecordLocations {

  private final Map<RecordType, int[]> starts = new EnumMap<>(RecordType.class);
  private final int[] sizes = new int[RecordType.values().length];
  private final Map<RecordType, int[]> unbound = new EnumMap<>(RecordType.class);
  private final Map<RecordType, Integer> unboundSizes = new EnumMap<>(RecordType.class);
  private long[] scheme = {-1, -1};
  private boolean schemeUnbound;
  private long[] document = {-1, -1};

  /**
   * Notes where the document's object starts.
   *
   * @param at the place
   */
  public void document(TokenStreamLocation at) {
    document = new long[] {at.getLineNr(), at.getColumnNr()};
  }

  /**
   * The line and column where the document's object starts.
   *
   * @return {line, column}, or {-1, -1} before it was read
   */
  public long[] document() {
    return document.clone();
  }

  void schemeUnbound() {
    schemeUnbound = true;
  }

  /** {@return whether the document's scheme could not be bound, so the default stood in} */
  public boolean isSchemeUnbound() {
    return schemeUnbound;
  }

  /** Notes that the record at this position of its array could not be bound and was left out. */
  void unbound(RecordType type, int index) {
    int size = unboundSizes.getOrDefault(type, 0);
    int[] skipped = unbound.computeIfAbsent(type, t -> new int[4]);
    if (size == skipped.length) {
      skipped = java.util.Arrays.copyOf(skipped, size * 2);
      unbound.put(type, skipped);
    }
    skipped[size] = index;
    unboundSizes.put(type, size + 1);
  }

  /**
   * The position in the document's array of a record at a position of the dataset's list, which
   * lacks the records that could not be bound.
   *
   * @param type the record type
   * @param index the record's position in the dataset
   * @return its position in the document
   */
  public int documentIndex(RecordType type, int index) {
    int size = unboundSizes.getOrDefault(type, 0);
    if (size == 0) {
      return index;
    }
    int[] skipped = unbound.get(type);
    // skipped[j] - j records are bound before the j-th skipped one, a non-decreasing count:
    // the record is after every skipped one with at most `index` bound records before it.
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (skipped[mid] - mid <= index) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return index + lo;
  }

  /**
   * Notes where the scheme starts.
   *
   * @param at the place
   */
  public void scheme(TokenStreamLocation at) {
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
    if (index >= sizes[type.ordinal()]) {
      sizes[type.ordinal()] = index + 1;
    }
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
    if (positions == null || index < 0 || index >= sizes[type.ordinal()]) {
      return new long[] {-1, -1};
    }
    return new long[] {positions[2 * index], positions[2 * index + 1]};
  }
}
