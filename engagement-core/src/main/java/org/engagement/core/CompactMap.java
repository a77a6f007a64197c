package org.engagement.core;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map that keeps its entries in insertion order in one array, keys and values
 * alternating; for the maps that every survey response holds (its answers and its
 * demographics), where an unmodifiable {@code LinkedHashMap} costs about five times the memory.
 *
 * <p>A map of up to {@value #SCAN_LIMIT} entries finds a key by comparing it with each key in
 * turn; a larger one also keeps an open-addressed table of positions, so a look-up stays
 * constant-time. Keys and values are never null; {@code get(null)} and {@code containsKey(null)}
 * answer null and false, as an unmodifiable {@code LinkedHashMap} does. Every mutator throws
 * {@link UnsupportedOperationException}, as do those of its views, which report to streams that
 * they are ordered. Equality and hash code are those of {@link Map}.
 *
 * <p>This class is immutable and thread-safe; its {@link Builder} is not.
 *
 * @param <K> the type of keys
 * @param <V> the type of values
 */
final class CompactMap<K, V> implements Map<K, V> {

  /** The largest map whose look-ups scan its keys instead of keeping a table of positions. */
  static final int SCAN_LIMIT = 8;

  private static final Object[] NO_ENTRIES = {};

  private static final CompactMap<?, ?> EMPTY = new CompactMap<>(NO_ENTRIES);

  /** Keys at even indexes, each followed by its value. */
  private final Object[] entries;

  /** Position + 1 of the entry whose key hashes to each slot, 0 for none; null when small. */
  private final int @Nullable [] slots;

  private CompactMap(Object[] entries) {
    this.entries = entries;
    this.slots = entries.length / 2 > SCAN_LIMIT ? slotsOf(entries) : null;
  }

  @Override
  public int size() {
    return entries.length / 2;
  }

  @Override
  public boolean isEmpty() {
    return entries.length == 0;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public boolean containsValue(@Nullable Object value) {
    for (int i = 1; i < entries.length; i += 2) {
      if (entries[i].equals(value)) {
        return true;
      }
    }
    return false;
  }

  @Override
  @SuppressWarnings("unchecked")
  public @Nullable V get(@Nullable Object key) {
    int at = indexOf(key);
    return at < 0 ? null : (V) entries[at + 1];
  }

  @Override
  @SuppressWarnings("unchecked")
  public void forEach(BiConsumer<? super K, ? super V> action) {
    for (int i = 0; i < entries.length; i += 2) {
      action.accept((K) entries[i], (V) entries[i + 1]);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public Set<Entry<K, V>> entrySet() {
    return new SetView<>(
        i -> new AbstractMap.SimpleImmutableEntry<>((K) entries[2 * i], (V) entries[2 * i + 1]),
        o -> o instanceof Entry<?, ?> e && e.getValue() != null
            && e.getValue().equals(get(e.getKey())));
  }

  @Override
  @SuppressWarnings("unchecked")
  public Set<K> keySet() {
    return new SetView<>(i -> (K) entries[2 * i], this::containsKey);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Collection<V> values() {
    return new View<>(i -> (V) entries[2 * i + 1], this::containsValue);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    for (int i = 0; i < entries.length; i += 2) {
      hash += entries[i].hashCode() ^ entries[i + 1].hashCode();
    }
    return hash;
  }

  /** Equal to any map of the same entries, whatever its kind or order, as {@link Map} asks. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof Map<?, ?> other) || other.size() != size()) {
      return false;
    }
    try {
      for (int i = 0; i < entries.length; i += 2) {
        if (!entries[i + 1].equals(other.get(entries[i]))) {
          return false;
        }
      }
    } catch (ClassCastException | NullPointerException e) {
      return false; // the other map does not take such keys: it cannot hold them
    }
    return true;
  }

  /** {@return the entries in order, as {@code AbstractMap} writes them: {k1=v1, k2=v2}} */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < entries.length; i += 2) {
      out.append(i == 0 ? "" : ", ").append(entries[i]).append('=').append(entries[i + 1]);
    }
    return out.append('}').toString();
  }

  @Override
  public @Nullable V put(K key, V value) {
    throw immutable();
  }

  @Override
  public @Nullable V remove(@Nullable Object key) {
    throw immutable();
  }

  @Override
  public void putAll(Map<? extends K, ? extends V> map) {
    throw immutable();
  }

  @Override
  public void clear() {
    throw immutable();
  }

  @Override
  public @Nullable V putIfAbsent(K key, V value) {
    throw immutable();
  }

  @Override
  public boolean remove(@Nullable Object key, @Nullable Object value) {
    throw immutable();
  }

  @Override
  public boolean replace(K key, V oldValue, V newValue) {
    throw immutable();
  }

  @Override
  public @Nullable V replace(K key, V value) {
    throw immutable();
  }

  @Override
  public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
    throw immutable();
  }

  @Override
  public @Nullable V computeIfAbsent(K key, Function<? super K, ? extends V> mapping) {
    throw immutable();
  }

  @Override
  public @Nullable V computeIfPresent(
      K key, BiFunction<? super K, ? super V, ? extends V> remapping) {
    throw immutable();
  }

  @Override
  public @Nullable V compute(
      K key, BiFunction<? super K, ? super V, ? extends V> remapping) {
    throw immutable();
  }

  @Override
  public @Nullable V merge(
      K key, V value, BiFunction<? super V, ? super V, ? extends V> remapping) {
    throw immutable();
  }

  private static UnsupportedOperationException immutable() {
    return new UnsupportedOperationException("the map is immutable");
  }

  /**
   * A view of the entries, keys or values in the map's order: refuses every change, and tells
   * streams that it is ordered.
   */
  private class View<E> extends AbstractCollection<E> {
    private final IntFunction<E> element;
    private final Predicate<@Nullable Object> contains;

    /** A view of each position's element, which asks the map whether it contains one. */
    View(IntFunction<E> element, Predicate<@Nullable Object> contains) {
      this.element = element;
      this.contains = contains;
    }

    @Override
    public boolean contains(@Nullable Object o) {
      return contains.test(o);
    }

    @Override
    public Iterator<E> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < size();
        }

        @Override
        public E next() {
          if (next >= size()) {
            throw new NoSuchElementException();
          }
          return element.apply(next++);
        }
      };
    }

    @Override
    public int size() {
      return CompactMap.this.size();
    }

    @Override
    public Spliterator<E> spliterator() {
      return Spliterators.spliterator(this, characteristics());
    }

    int characteristics() {
      return Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL;
    }

    @Override
    public boolean add(E e) {
      throw immutable();
    }

    @Override
    public boolean remove(@Nullable Object o) {
      throw immutable();
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
      throw immutable();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
      throw immutable();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
      throw immutable();
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
      throw immutable();
    }

    @Override
    public void clear() {
      throw immutable();
    }
  }

  /** The view of the keys or entries: a set, equal to any set of the same elements. */
  private final class SetView<E> extends View<E> implements Set<E> {

    SetView(IntFunction<E> element, Predicate<@Nullable Object> contains) {
      super(element, contains);
    }

    @Override
    int characteristics() {
      return super.characteristics() | Spliterator.DISTINCT;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o == this
          || (o instanceof Set<?> other && other.size() == size() && containsAll(other));
    }

    @Override
    public int hashCode() {
      int hash = 0;
      for (E e : this) {
        hash += e.hashCode();
      }
      return hash;
    }
  }

  /** {@return the index in {@link #entries} of the key, or -1} */
  private int indexOf(@Nullable Object key) {
    if (key == null) {
      return -1;
    }
    int[] table = slots;
    if (table == null) {
      for (int i = 0; i < entries.length; i += 2) {
        if (entries[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }
    int mask = table.length - 1;
    for (int slot = spread(key.hashCode()) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
      int at = 2 * (table[slot] - 1);
      if (entries[at].equals(key)) {
        return at;
      }
    }
    return -1;
  }

  private static int[] slotsOf(Object[] entries) {
    int size = entries.length / 2;
    // At most half full, so that a probe ends soon.
    int[] table = new int[Integer.highestOneBit(size) << 2];
    int mask = table.length - 1;
    for (int position = 0; position < size; position++) {
      int slot = spread(entries[2 * position].hashCode()) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = position + 1;
    }
    return table;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  /**
   * Collects entries in insertion order for a {@link CompactMap}. Putting a key again replaces
   * its value and keeps its place, as a {@code LinkedHashMap} does.
   *
   * @param <K> the type of keys
   * @param <V> the type of values
   */
  static final class Builder<K, V> {

    private final String name;
    private Object[] entries = NO_ENTRIES;
    private int size;

    /** The position of each key once there are more than {@link #SCAN_LIMIT}; else null. */
    private @Nullable Map<Object, Integer> positions;

    /**
     * A builder whose null-argument messages name the attribute, as Immutables' builders do.
     *
     * @param name the attribute's name, for example {@code "answers"}
     */
    Builder(String name) {
      this.name = name;
    }

    /**
     * Puts an entry, replacing the value of a key already put.
     *
     * @param key the key
     * @param value the value
     * @throws NullPointerException if the key or the value is null
     */
    void put(K key, V value) {
      Objects.requireNonNull(key, () -> name + " key");
      Objects.requireNonNull(value, () -> name + " value for key: " + key);
      int at = positionOf(key);
      if (at >= 0) {
        entries[2 * at + 1] = value;
        return;
      }
      if (2 * size == entries.length) {
        entries = Arrays.copyOf(entries, Math.max(8, 2 * entries.length));
      }
      entries[2 * size] = key;
      entries[2 * size + 1] = value;
      if (positions != null) {
        positions.put(key, size);
      } else if (size == SCAN_LIMIT) {
        positions = new HashMap<>();
        for (int position = 0; position <= size; position++) {
          positions.put(entries[2 * position], position);
        }
      }
      size++;
    }

    /**
     * Puts every entry of a map, in its iteration order.
     *
     * @param map the entries
     * @throws NullPointerException if the map, or any of its keys or values, is null
     */
    void putAll(Map<? extends K, ? extends V> map) {
      for (Entry<? extends K, ? extends V> entry : map.entrySet()) {
        put(entry.getKey(), entry.getValue());
      }
    }

    /** Removes every entry put so far. */
    void clear() {
      entries = NO_ENTRIES;
      size = 0;
      positions = null;
    }

    /** {@return an immutable map of the entries put so far, in the order first put} */
    @SuppressWarnings("unchecked")
    Map<K, V> build() {
      return size == 0
          ? (Map<K, V>) EMPTY
          : new CompactMap<>(Arrays.copyOf(entries, 2 * size));
    }

    private int positionOf(Object key) {
      if (positions != null) {
        Integer at = positions.get(key);
        return at == null ? -1 : at;
      }
      for (int position = 0; position < size; position++) {
        if (entries[2 * position].equals(key)) {
          return position;
        }
      }
      return -1;
    }
  }
}
