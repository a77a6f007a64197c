package org.engagement.json;

/**
 * The ids of one record type, with the position of the first record of each and, for types whose
 * date rules between records compare, that record's date as an epoch day: an open-addressed table
 * of three arrays, about a third of a {@code HashMap<String, Integer>} per id beyond the id's own
 * text. Not thread-safe: one per validation.
 */
final class IdTable {

  /** What {@link #find} returns for an id not in the table. */
  static final int ABSENT = -1;

  private final boolean dated;
  private String[] keys = new String[16];
  private int[] first = new int[16];
  private long[] days;
  private int size;

  /**
   * A table.
   *
   * @param dated whether each id keeps a date
   */
  IdTable(boolean dated) {
    this.dated = dated;
    this.days = dated ? new long[16] : new long[0];
  }

  /**
   * Adds an id, unless the table already has it.
   *
   * @param id the id
   * @param index the position of its record
   * @param day its record's date as an epoch day, when the table is dated
   * @return the position of the earlier record with this id, or {@link #ABSENT}
   */
  int add(String id, int index, long day) {
    int slot = slot(id);
    if (keys[slot] != null) {
      return first[slot];
    }
    keys[slot] = id;
    first[slot] = index;
    if (dated) {
      days[slot] = day;
    }
    if (++size * 4 > keys.length * 3) {
      grow();
    }
    return ABSENT;
  }

  /** {@return the slot of an id, or {@link #ABSENT}} */
  int find(String id) {
    int slot = slot(id);
    return keys[slot] == null ? ABSENT : slot;
  }

  /** {@return whether the table has an id} */
  boolean contains(String id) {
    return find(id) != ABSENT;
  }

  /** {@return the date, as an epoch day, of the first record with the id in a slot} */
  long day(int slot) {
    return days[slot];
  }

  /** The slot that holds the id, or the empty slot where it would go. */
  private int slot(String id) {
    int mask = keys.length - 1;
    int h = id.hashCode() * 0x9E3779B9;
    int slot = (h ^ (h >>> 16)) & mask;
    while (keys[slot] != null && !keys[slot].equals(id)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldFirst = first;
    long[] oldDays = days;
    keys = new String[oldKeys.length * 2];
    first = new int[keys.length];
    days = dated ? new long[keys.length] : days;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        first[slot] = oldFirst[i];
        if (dated) {
          days[slot] = oldDays[i];
        }
      }
    }
  }

  @Override
  public String toString() {
    return "IdTable[" + size + " ids" + (dated ? ", dated" : "") + "]";
  }
}
