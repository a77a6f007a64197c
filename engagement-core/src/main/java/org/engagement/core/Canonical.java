package org.engagement.core;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * One shared instance per value for the few values that repeat in almost every record: question
 * ids and answers (in every survey response), area and survey ids. A national dataset holds
 * about two million answers over a few dozen questions; without sharing, each answer carried its
 * own id, string and answer object (about 85 bytes). The cache is bounded: once it holds
 * {@code limit} values, further values are made afresh and not kept, so unusual data (millions of
 * distinct question ids) costs what it did before and the cache never grows past its limit.
 *
 * <p>This class is thread-safe; the values it hands out are immutable, so sharing them is
 * invisible to callers (ids and answers compare by value).
 *
 * @param <T> the value type
 */
final class Canonical<T> {

  private final ConcurrentMap<String, T> values = new ConcurrentHashMap<>();
  private final int limit;
  private final Function<String, T> make;

  /**
   * A cache of at most {@code limit} values.
   *
   * @param limit the most values kept
   * @param make makes a value from its text; may throw for invalid text, which is not kept
   */
  Canonical(int limit, Function<String, T> make) {
    this.limit = limit;
    this.make = make;
  }

  /**
   * The value of this text: the shared instance when there is one.
   *
   * @param text the text, not null
   * @return the value, never null
   */
  T of(String text) {
    T value = values.get(text);
    if (value != null) {
      return value;
    }
    value = make.apply(text);
    if (values.size() < limit) {
      T earlier = values.putIfAbsent(text, value);
      if (earlier != null) {
        return earlier;
      }
    }
    return value;
  }
}
