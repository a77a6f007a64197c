package org.engagement.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The codecs of enumerations, lists and maps. */
final class Collections2 {

  private Collections2() {}

  /**
   * The codec of an enumeration: its constants' names, and on reading an unknown name the list of
   * the allowed ones.
   */
  public static <E extends Enum<E>> Codec<E> enumeration(Class<E> type, String description) {
    E[] constants = type.getEnumConstants();
    String allowed = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    String what = words(type.getSimpleName());
    String expected = "a string (" + what + ")";
    return new Codec<>() {
      @Override
      public void write(JsonGenerator g, E value, WriteContext wc) {
        g.writeString(value.name());
      }

      @Override
      public E read(JsonParser p, ReadContext rc) {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
          int length = p.getStringLength();
          char[] chars = p.getStringCharacters();
          int offset = p.getStringOffset();
          for (E constant : constants) {
            if (Scalars.sameChars(constant.name(), chars, offset, length)) {
              return constant;
            }
          }
        }
        String text = Scalars.string(p, rc, expected);
        throw rc.error(p, JsonCode.UNKNOWN_ENUM_VALUE, "unknown " + what + " "
            + ReadContext.quote(text) + ": expected one of " + allowed);
      }

      @Override
      public ObjectNode schema(SchemaContext s) {
        return s.ref(type.getSimpleName(), () -> {
          ObjectNode node = s.object().put("type", "string").put("description", description);
          ArrayNode values = node.putArray("enum");
          for (E constant : constants) {
            values.add(constant.name());
          }
          return node;
        });
      }
    };
  }

  /** The codec of a list: a JSON array. */
  public static <T> Codec<List<T>> list(Codec<T> element) {
    return new Codec<>() {
      @Override
      public void write(JsonGenerator g, List<T> value, WriteContext wc) {
        g.writeStartArray();
        if (value instanceof RandomAccess) {
          // By index: no iterator for each of a national file's millions of lists.
          for (int i = 0, n = value.size(); i < n; i++) {
            element.write(g, value.get(i), wc);
          }
        } else {
          for (T item : value) {
            element.write(g, item, wc);
          }
        }
        g.writeEndArray();
      }

      @Override
      public List<T> read(JsonParser p, ReadContext rc) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
          throw Scalars.wrongType(p, rc, "an array");
        }
        List<T> out = new ArrayList<>();
        int depth = ReadContext.depth(p);
        boolean failed = false;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          if (t == null) {
            throw ReadContext.endOfInput(p);
          }
          rc.checkRecordLength(p);
          try {
            out.add(element.read(p, rc));
          } catch (JsonReadException e) {
            rc.recover(e);
            failed = true;
            ReadContext.skipRest(p, depth);
          } catch (ReadContext.Unbound e) {
            failed = true;
            ReadContext.skipRest(p, depth);
          }
        }
        if (failed) {
          throw ReadContext.UNBOUND;
        }
        return out;
      }

      @Override
      public ObjectNode schema(SchemaContext s) {
        ObjectNode node = s.object().put("type", "array");
        node.set("items", element.schema(s));
        return node;
      }
    };
  }

  /**
   * The codec of a map: a JSON object whose property names are the keys, written in the order of
   * the keys' text so that output is canonical.
   */
  public static <K, V> MapCodec<K, V> map(
      String keyKind, Function<String, K> parseKey, Codec<V> value) {
    return map(keyKind, null, parseKey, value);
  }

  /**
   * The codec of a map whose keys are values of {@code key} (an id, say): the schema's
   * {@code propertyNames} is the key's schema.
   */
  public static <K, V> MapCodec<K, V> map(
      String keyKind, @Nullable Codec<K> key, Function<String, K> parseKey, Codec<V> value) {
    return new MapCodec<>(keyKind, key, parseKey, value);
  }

  /**
   * Where the entries of a map go as they are read.
   *
   * @param <S> what they go into
   * @param <K> the key
   * @param <V> the value
   */
  @FunctionalInterface
  interface Sink<S, K, V> {
    void put(S target, K key, V value);
  }

  /**
   * The codec of a map: a JSON object whose property names are the keys, written in the order of
   * the keys' text ({@link String#compareTo}). Two keys must not have the same text (true of
   * strings and ids, whose text is their value). Its entries can be read straight into a builder
   * ({@link #readEntries}), without a map of their own.
   *
   * @param <K> the key
   * @param <V> the value
   */
  static final class MapCodec<K, V> implements Codec<Map<K, V>> {
    /** Names kept in an array up to this many, then in a hash set. */
    private static final int FEW = 8;

    private final String keyKind;
    private final @Nullable Codec<K> key;
    private final Function<String, K> parseKey;
    private final Codec<V> value;

    MapCodec(String keyKind, @Nullable Codec<K> key, Function<String, K> parseKey,
        Codec<V> value) {
      this.keyKind = keyKind;
      this.key = key;
      this.parseKey = parseKey;
      this.value = value;
    }

    @Override
    public void write(JsonGenerator g, Map<K, V> map, WriteContext wc) {
      // The names and values side by side in two arrays, sorted by name: the maps of a record
      // have a few entries, often in order already, and a national file has millions of them, so
      // no sorted map, entry or iterator is made for each.
      Entries<V> entries = new Entries<>(map.size());
      map.forEach(entries);
      entries.sort();
      for (int i = 1; i < entries.size; i++) {
        if (entries.names[i].equals(entries.names[i - 1])) {
          throw new IllegalArgumentException("two keys of the map at " + WriteContext.where(g)
              + " have the same text, which one JSON object cannot hold: " + entries.names[i]);
        }
      }
      g.writeStartObject();
      for (int i = 0; i < entries.size; i++) {
        String name = entries.names[i];
        wc.checkString(g, name);
        g.writeName(name);
        value.write(g, entries.value(i), wc);
      }
      g.writeEndObject();
    }

    /** A map's entries as names (its keys' text) and values, to be sorted by name. */
    private static final class Entries<V> implements BiConsumer<Object, V> {
      /** Up to this many entries are sorted by insertion. */
      private static final int INSERTION = 16;

      String[] names;
      Object[] values;
      int size;

      Entries(int capacity) {
        names = new String[capacity];
        values = new Object[capacity];
      }

      @Override
      public void accept(Object key, V value) {
        if (size == names.length) {
          // A map whose size understated its entries.
          names = Arrays.copyOf(names, size * 2 + 1);
          values = Arrays.copyOf(values, names.length);
        }
        names[size] = key.toString();
        values[size++] = value;
      }

      /**
       * Sorts by name, as {@link String#compareTo}: a few by insertion, which costs next to
       * nothing when they are in order; many through an index.
       */
      void sort() {
        if (size > INSERTION) {
          Integer[] order = new Integer[size];
          Arrays.setAll(order, i -> i);
          Arrays.sort(order, (a, b) -> names[a].compareTo(names[b]));
          String[] sortedNames = new String[size];
          Object[] sortedValues = new Object[size];
          for (int i = 0; i < size; i++) {
            sortedNames[i] = names[order[i]];
            sortedValues[i] = values[order[i]];
          }
          names = sortedNames;
          values = sortedValues;
          return;
        }
        for (int i = 1; i < size; i++) {
          String name = names[i];
          Object v = values[i];
          int j = i - 1;
          while (j >= 0 && names[j].compareTo(name) > 0) {
            names[j + 1] = names[j];
            values[j + 1] = values[j];
            j--;
          }
          names[j + 1] = name;
          values[j + 1] = v;
        }
      }

      @SuppressWarnings("unchecked")
      V value(int i) {
        return (V) values[i];
      }
    }

    @Override
    public Map<K, V> read(JsonParser p, ReadContext rc) {
      Map<K, V> out = new LinkedHashMap<>();
      readEntries(p, rc, out, Map::put);
      return out;
    }

    /**
     * Reads the map's entries in document order into {@code target} by {@code sink}; the parser
     * is on the object's start and is left on its end. Fails on a duplicate name; when an entry
     * cannot be bound and the read recovers, records its errors, reads the rest and then throws
     * {@link ReadContext.Unbound}, so the sink's owner is given up.
     */
    <S> void readEntries(JsonParser p, ReadContext rc, S target,
        Sink<? super S, ? super K, ? super V> sink) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw Scalars.wrongType(p, rc, "an object (" + keyKind + " to value)");
      }
      // The names seen, failed entries' included: a few in an array, many in a set.
      String[] few = null;
      int count = 0;
      Set<String> many = null;
      int depth = ReadContext.depth(p);
      boolean failed = false;
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        rc.checkRecordLength(p);
        try {
          String name = p.currentName();
          boolean fresh;
          if (many != null) {
            fresh = many.add(name);
          } else {
            if (few == null) {
              few = new String[4];
            } else if (count == few.length && count < FEW) {
              few = Arrays.copyOf(few, FEW);
            }
            fresh = true;
            for (int i = 0; i < count && fresh; i++) {
              fresh = !few[i].equals(name);
            }
            if (fresh && count < FEW) {
              few[count++] = name;
            } else if (fresh) {
              many = new HashSet<>(Arrays.asList(few).subList(0, count));
              many.add(name);
            }
          }
          if (!fresh) {
            throw rc.error(p, JsonCode.DUPLICATE_KEY, "duplicate key " + ReadContext.quote(name));
          }
          K k;
          try {
            k = parseKey.apply(name);
          } catch (IllegalArgumentException e) {
            throw rc.error(ReadContext.pointer(p), p.currentTokenLocation(),
                JsonCode.INVALID_VALUE, e.getMessage(), e);
          }
          p.nextToken();
          sink.put(target, k, value.read(p, rc));
        } catch (JsonReadException e) {
          rc.recover(e);
          failed = true;
          ReadContext.skipRest(p, depth);
        } catch (ReadContext.Unbound e) {
          failed = true;
          ReadContext.skipRest(p, depth);
        }
      }
      if (failed) {
        throw ReadContext.UNBOUND;
      }
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      ObjectNode node = s.object().put("type", "object");
      if (key != null) {
        node.set("propertyNames", key.schema(s));
      }
      node.set("additionalProperties", value.schema(s));
      return node;
    }
  }

  /**
   * The codec of a map whose order matters: a JSON object whose property names are the keys,
   * written in the map's own order and read back in document order.
   */
  public static <V> Codec<Map<String, V>> orderedMap(String keyKind, Codec<V> value) {
    Codec<Map<String, V>> unordered = map(keyKind, k -> k, value);
    return new Codec<>() {
      @Override
      public void write(JsonGenerator g, Map<String, V> map, WriteContext wc) {
        g.writeStartObject();
        for (Map.Entry<String, V> e : map.entrySet()) {
          wc.checkString(g, e.getKey());
          g.writeName(e.getKey());
          value.write(g, e.getValue(), wc);
        }
        g.writeEndObject();
      }

      @Override
      public Map<String, V> read(JsonParser p, ReadContext rc) {
        return unordered.read(p, rc);
      }

      @Override
      public ObjectNode schema(SchemaContext s) {
        return unordered.schema(s);
      }
    };
  }

  /** {@code "AreaLevel"} → {@code "area level"}. */
  static String words(String camel) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        out.append(' ');
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }
}
