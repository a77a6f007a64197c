package org.engagement.core.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The ids of one record type, with the position of the first record of each and, for types whose
 * date rules between records compare, that record's date as an epoch day. Both validators find
 * duplicate ids with it: the streamed one in {@code engagement-json}, and the dataset validator's
 * structure rule.
 *
 * <p>It is a hash table in arrays, which makes no object per id. A {@code HashMap<String,
 * Integer>} makes a node for each id and, beyond the small integers, an {@code Integer}. While a
 * national dataset's 1.4 million survey responses were checked, every young collection copied
 * those of them that were live, and the dataset validator spent about a tenth of its time at
 * national size in the collector's pauses (see {@code docs/performance.md}, "Validating without
 * an object per id").
 *
 * <p>The ids are kept in the order they were added, with each one's hash code, position and
 * the entry before it in its bucket, and each bucket holds its last entry. A bucket is the hash
 * code with its high bits folded into the low ones, as {@code HashMap} does, and not scattered
 * further. So ids that follow each other (R-000001, R-000002, ...) fall into buckets near each
 * other, and the table is read and written nearly in order. Only an entry with the same hash code
 * reads the text of the id kept there. A table scattered by a mixed hash (open addressing) was
 * tried first: it read as much memory per id at random as the nodes cost the collector.
 *
 * <p>A bucket's chain holds at most eight ids. The ids that come to a full chain, which only ids
 * made to share hash codes bring in numbers, go to a {@code HashMap}, whose crowded bins are
 * trees: a file of such ids costs a look-up in a tree per id, as it did when a {@code HashMap}
 * held every id, and not a walk along a chain as long as the file.
 *
 * <p>Per id it takes 21 to 43 bytes beyond the id's own text (and 8 to 16 more for a date): 21 to
 * 27 when sized for the ids ({@link #of(boolean, int)}), against 53 to 59 for a {@code
 * HashMap<String, Integer>}. Not thread-safe: one per validation.
 */
public final class IdTable {

  /** What {@link #add} and {@link #find} return for an id not in the table. */
  public static final int ABSENT = -1;

  /** The most ids a bucket's chain holds; the ids that come to a full chain go to the map. */
  static final int LONGEST_CHAIN = 8;

  /** What {@link #next} holds for an entry in {@link #crowded}, in no chain. */
  private static final int OFF_CHAIN = -1;

  private final boolean dated;
  /** Each bucket's last entry plus one; 0 for none. A power of two long. */
  private int[] heads;
  // The entries, in the order they were added: each id's hash code, text, first position, the
  // entry before it in its bucket plus one (0 for none, OFF_CHAIN for none and in no chain), date.
  private int[] hashes;
  private String[] keys;
  private int[] first;
  private int[] next;
  private long[] days;
  private int size;
  /** The entries of the ids that came to a full chain, by id; null until one does. */
  private @Nullable Map<String, Integer> crowded;

  private IdTable(boolean dated, int buckets, int entries) {
    this.dated = dated;
    this.heads = new int[buckets];
    this.hashes = new int[entries];
    this.keys = new String[entries];
    this.first = new int[entries];
    this.next = new int[entries];
    this.days = dated ? new long[entries] : new long[0];
  }

  /**
   * Returns an empty table that grows as ids are added.
   *
   * @param dated whether each id keeps a date
   * @return a new table, never null
   */
  public static IdTable of(boolean dated) {
    return new IdTable(dated, 16, 12);
  }

  /**
   * Returns an empty table with room for {@code expected} ids before it grows.
   *
   * @param dated whether each id keeps a date
   * @param expected how many ids are expected, not negative
   * @return a new table, never null
   * @throws IllegalArgumentException if {@code expected} is negative or more than 2<sup>28</sup>
   */
  public static IdTable of(boolean dated, int expected) {
    if (expected < 0 || expected > 1 << 28) {
      throw new IllegalArgumentException("expected ids must be 0 to 2^28, not " + expected);
    }
    int buckets = 16;
    // at most three quarters as many ids as buckets, as add() keeps it
    while (buckets / 4 * 3 < expected) {
      buckets *= 2;
    }
    return new IdTable(dated, buckets, Math.max(expected, 1));
  }

  /**
   * Adds an id, unless the table already has it.
   *
   * @param id the id
   * @param index the position of its record
   * @param day its record's date as an epoch day, when the table is dated
   * @return the position of the earlier record with this id, or {@link #ABSENT}
   */
  public int add(String id, int index, long day) {
    int h = id.hashCode();
    int bucket = bucket(h, heads.length);
    int found = find(id, h, bucket);
    if (found >= 0) {
      return first[found];
    }
    if (size == keys.length) {
      growEntries();
    }
    hashes[size] = h;
    keys[size] = id;
    first[size] = index;
    if (dated) {
      days[size] = day;
    }
    if (-found - 1 < LONGEST_CHAIN) {
      next[size] = heads[bucket];
      heads[bucket] = size + 1;
    } else {
      next[size] = OFF_CHAIN;
      if (crowded == null) {
        crowded = new HashMap<>();
      }
      crowded.put(id, size);
    }
    size++;
    if (size * 4 > heads.length * 3) {
      growBuckets();
    }
    return ABSENT;
  }

  /**
   * Finds an id.
   *
   * @param id the id
   * @return the id's entry, for {@link #day}, or {@link #ABSENT}
   */
  public int find(String id) {
    int h = id.hashCode();
    int found = find(id, h, bucket(h, heads.length));
    return found >= 0 ? found : ABSENT;
  }

  /**
   * The id's entry, in its bucket's chain or in the map; if it has none, {@code -(length) - 1},
   * where {@code length} is the chain's, as {@code Arrays.binarySearch} tells where a key would
   * go. Only an entry with the same hash code reads the id kept there.
   */
  private int find(String id, int h, int bucket) {
    int length = 0;
    for (int e = heads[bucket] - 1; e >= 0; e = next[e] - 1) {
      if (hashes[e] == h && keys[e].equals(id)) {
        return e;
      }
      length++;
    }
    Integer entry = crowded == null ? null : crowded.get(id);
    return entry != null ? entry : -length - 1;
  }

  /**
   * Tells whether the table has an id.
   *
   * @param id the id
   * @return whether it was added
   */
  public boolean contains(String id) {
    return find(id) != ABSENT;
  }

  /**
   * The date kept with an id, in a dated table.
   *
   * @param entry the id's entry, as {@link #find} returns it
   * @return the date, as an epoch day, of the first record with the id
   */
  public long day(int entry) {
    return days[entry];
  }

  /** {@return the number of buckets} For tests. */
  int buckets() {
    return heads.length;
  }

  /**
   * The bucket of a hash code: its high bits folded into the low ones, as {@code HashMap} does,
   * and not scattered further, so that ids that follow each other (R-000001, R-000002, ...) fall
   * into buckets near each other and a national dataset's table is walked nearly in order.
   */
  private static int bucket(int h, int buckets) {
    return (h ^ (h >>> 16)) & (buckets - 1);
  }

  private void growEntries() {
    int capacity = keys.length * 2;
    hashes = Arrays.copyOf(hashes, capacity);
    keys = Arrays.copyOf(keys, capacity);
    first = Arrays.copyOf(first, capacity);
    next = Arrays.copyOf(next, capacity);
    if (dated) {
      days = Arrays.copyOf(days, capacity);
    }
  }

  /** Twice the buckets; each chain splits in two, and the ids in the map stay there. */
  private void growBuckets() {
    heads = new int[heads.length * 2];
    for (int e = 0; e < size; e++) {
      if (next[e] != OFF_CHAIN) {
        int bucket = bucket(hashes[e], heads.length);
        next[e] = heads[bucket];
        heads[bucket] = e + 1;
      }
    }
  }

  @Override
  public String toString() {
    return "IdTable[" + size + " ids" + (dated ? ", dated" : "") + "]";
  }
}
