package org.engagement.json;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** The builder of value types made with {@code of(...)}: their properties by name. */
final class Slots {

  private final Map<String, Object> values = new HashMap<>();

  static <V> BiConsumer<Slots, V> set(String name) {
    return (slots, value) -> slots.values.put(name, value);
  }

  @SuppressWarnings("unchecked")
  <V> V get(String name) {
    return (V) values.get(name);
  }

  @SuppressWarnings("unchecked")
  <V> V getOrDefault(String name, V absent) {
    return values.containsKey(name) ? (V) values.get(name) : absent;
  }
}
