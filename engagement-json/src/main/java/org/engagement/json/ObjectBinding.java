package org.engagement.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The codec of a value type written as a JSON object: its properties in canonical order, each
 * named after the type's accessor, read into the type's builder.
 *
 * <p>Properties are required (always written, must be present), defaulted (always written, the
 * type's default when absent), optional (written when present) or collections (written when not
 * empty, empty when absent).
 *
 * @param <T> the value type
 * @param <B> its builder
 */
final class ObjectBinding<T, B> implements Codec<T> {

  private final Class<T> type;
  private final String title;
  private final String description;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  private final List<Property<T, B, ?>> properties;
  private final Map<String, Property<T, B, ?>> byName;
  private final Property<T, B, ?>[] ordered;
  /** A bit per required property, by its index. */
  private final long required;
  private final String owner;

  private ObjectBinding(Class<T> type, String description, Supplier<B> builder,
      Function<B, T> build, List<Property<T, B, ?>> properties) {
    this.type = type;
    this.title = type.getSimpleName();
    this.description = description;
    this.builder = builder;
    this.build = build;
    if (properties.size() > Long.SIZE) {
      throw new IllegalArgumentException(type + " has more than " + Long.SIZE + " properties");
    }
    Map<String, Property<T, B, ?>> names = new LinkedHashMap<>();
    long requiredBits = 0L;
    @SuppressWarnings("unchecked")
    Property<T, B, ?>[] array = new Property[properties.size()];
    for (int i = 0; i < properties.size(); i++) {
      Property<T, B, ?> property = properties.get(i).at(i);
      array[i] = property;
      names.put(property.name, property);
      if (property.kind == Kind.REQUIRED) {
        requiredBits |= 1L << i;
      }
    }
    this.ordered = array;
    this.properties = List.of(array);
    this.required = requiredBits;
    this.byName = Collections.unmodifiableMap(names);
    this.owner = Collections2.words(title);
  }

  /**
   * Starts the definition of a type.
   *
   * @param type the value type
   * @param description the type's description, from its Javadoc
   * @param builder makes a new builder
   * @param build builds the value, throwing IllegalArgumentException or IllegalStateException
   *     when an invariant is broken
   */
  public static <T, B> Definition<T, B> define(
      Class<T> type, String description, Supplier<B> builder, Function<B, T> build) {
    return new Definition<>(type, description, builder, build);
  }

  /**
   * The value type.
   *
   * @return the class
   */
  public Class<T> type() {
    return type;
  }

  /** {@return the property names in canonical order} */
  public List<String> propertyNames() {
    return List.copyOf(byName.keySet());
  }

  @Override
  public void write(JsonGenerator g, T value, WriteContext wc) {
    g.writeStartObject();
    for (Property<T, B, ?> property : ordered) {
      property.write(g, value, wc);
    }
    g.writeEndObject();
  }

  @Override
  public T read(JsonParser p, ReadContext rc) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Scalars.wrongType(p, rc, "an object (" + owner + ")");
    }
    // Per object only what every read needs: the start for messages, a bit per property seen.
    // The JSON Pointer is made only for an error, after the object's end, where the parser's
    // context names the same place as at its start.
    TokenStreamLocation start = p.currentTokenLocation();
    int depth = ReadContext.depth(p);
    B target = builder.get();
    long seen = 0L;
    @Nullable Set<String> unknown = null;
    @Nullable Object[] derived = null;
    @Nullable TokenStreamLocation[] derivedAt = null;
    boolean failed = false;
    int next = 0;
    JsonToken token;
    while ((token = p.nextToken()) == JsonToken.PROPERTY_NAME) {
      try {
        String name = p.currentName();
        Property<T, B, ?> property = find(name, next);
        if (property == null) {
          if (unknown == null) {
            unknown = new HashSet<>();
          }
          if (!unknown.add(name)) {
            throw rc.error(p, JsonCode.DUPLICATE_KEY, "duplicate property "
                + ReadContext.quote(name) + " of " + owner);
          }
          p.nextToken();
          rc.unknownProperty(p, name, owner);
          continue;
        }
        long bit = 1L << property.index;
        if ((seen & bit) != 0) {
          throw rc.error(p, JsonCode.DUPLICATE_KEY, "duplicate property "
              + ReadContext.quote(name) + " of " + owner);
        }
        seen |= bit;
        next = property.index + 1;
        p.nextToken();
        if (property.kind.derived()) {
          if (derived == null) {
            derived = new Object[properties.size()];
            derivedAt = new TokenStreamLocation[properties.size()];
          }
          derivedAt[property.index] = p.currentTokenLocation();
          derived[property.index] = property.codec.read(p, rc);
        } else {
          property.read(p, rc, target);
        }
      } catch (JsonReadException e) {
        rc.recover(e);
        failed = true;
        ReadContext.skipRest(p, depth);
      } catch (ReadContext.Unbound e) {
        failed = true;
        ReadContext.skipRest(p, depth);
      }
    }
    if (token == null) {
      throw ReadContext.endOfInput(p);
    }
    if ((seen & required) != required) {
      for (Property<T, B, ?> property : properties) {
        if (property.kind == Kind.REQUIRED && (seen & (1L << property.index)) == 0) {
          rc.recover(rc.error(ReadContext.pointer(p), start, JsonCode.MISSING_PROPERTY,
              "missing required property '" + property.name + "' of " + owner, null));
          failed = true;
        }
      }
    }
    if (failed) {
      throw ReadContext.UNBOUND;
    }
    T value;
    try {
      value = build.apply(target);
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      rc.recover(rc.error(ReadContext.pointer(p), start, JsonCode.INVALID_VALUE,
          owner + " is not valid: " + e.getMessage(), e));
      throw ReadContext.UNBOUND;
    }
    if (derived != null) {
      String pointer = ReadContext.pointer(p);
      for (Property<T, B, ?> property : properties) {
        Object read = derived[property.index];
        if (read == null) {
          continue;
        }
        Object expected = property.get.apply(value);
        if (!read.equals(expected)) {
          rc.recover(rc.error(pointer + "/" + property.name, derivedAt[property.index],
              JsonCode.INVALID_VALUE, property.name + " of " + owner
                  + " does not agree with the other properties: expected " + expected, null));
          failed = true;
        }
      }
    }
    if (failed) {
      throw ReadContext.UNBOUND;
    }
    return value;
  }

  /**
   * The property of this name: documents written by the SDK list properties in canonical order,
   * so the next few after the last one read are tried first; the others by the map.
   */
  private @Nullable Property<T, B, ?> find(String name, int next) {
    int end = Math.min(next + 3, ordered.length);
    for (int i = next; i < end; i++) {
      String candidate = ordered[i].name;
      if (candidate == name || candidate.equals(name)) {
        return ordered[i];
      }
    }
    return byName.get(name);
  }

  @Override
  public ObjectNode schema(SchemaContext s) {
    return s.ref(title, () -> {
      ObjectNode node = s.object().put("title", title).put("description", description)
          .put("type", "object");
      ObjectNode props = node.putObject("properties");
      ArrayNode required = s.object().arrayNode();
      for (Property<T, B, ?> property : properties) {
        ObjectNode schema = property.codec.schema(s);
        Constraints.apply(type, property.name, schema, s);
        ObjectNode described = schema.has("$ref")
            ? s.object().put("description", property.description).setAll(schema)
            : schema.put("description", property.description);
        if (property.kind == Kind.NON_EMPTY) {
          described.put("minItems", 1);
        }
        props.set(property.name, described);
        if (property.kind == Kind.REQUIRED || property.kind == Kind.NON_EMPTY) {
          required.add(property.name);
        }
      }
      if (!required.isEmpty()) {
        node.set("required", required);
      }
      node.put("additionalProperties", false);
      return node;
    });
  }

  enum Kind {
    REQUIRED(true), DEFAULTED(true), OPTIONAL(false), COLLECTION(false), NON_EMPTY(true),
    DERIVED(true), DERIVED_OPTIONAL(false);

    /** Written for every value: its getter never gives null. */
    final boolean alwaysWritten;

    Kind(boolean alwaysWritten) {
      this.alwaysWritten = alwaysWritten;
    }

    /** {@return whether the property is computed from the others, so checked when read} */
    boolean derived() {
      return this == DERIVED || this == DERIVED_OPTIONAL;
    }
  }

  private static final class Property<T, B, V> {
    final String name;
    final int index;
    final Kind kind;
    final Codec<V> codec;
    /** The value, or null when the property is absent: no Optional made per value written. */
    final Function<T, @Nullable V> get;
    final BiConsumer<B, V> set;
    /** Reads the value straight into the builder, or null to read it and then set it. */
    final @Nullable Into<B> into;
    final String description;

    Property(String name, Kind kind, Codec<V> codec, Function<T, @Nullable V> get,
        BiConsumer<B, V> set, String description) {
      this(name, -1, kind, codec, get, set, null, description);
    }

    private Property(String name, int index, Kind kind, Codec<V> codec,
        Function<T, @Nullable V> get, BiConsumer<B, V> set, @Nullable Into<B> into,
        String description) {
      this.name = name;
      this.index = index;
      this.kind = kind;
      this.codec = codec;
      this.get = get;
      this.set = set;
      this.into = into;
      this.description = description;
    }

    /** {@return this property, read straight into the builder} */
    Property<T, B, V> into(Into<B> reader) {
      return new Property<>(name, index, kind, codec, get, set, reader, description);
    }

    /** {@return this property at its index in the type's canonical order} */
    Property<T, B, V> at(int i) {
      return new Property<>(name, i, kind, codec, get, set, into, description);
    }

    void write(JsonGenerator g, T value, WriteContext wc) {
      V field = get.apply(value);
      if (field != null) {
        g.writeName(name);
        codec.write(g, field, wc);
      } else if (kind.alwaysWritten) {
        // Left out, it would read back as missing, or as the default for a defaulted one.
        throw new NullPointerException("property '" + name + "' of the value at "
            + WriteContext.where(g) + " is null, but it is always written");
      }
    }

    void read(JsonParser p, ReadContext rc, B target) {
      if (into != null) {
        into.read(p, rc, target);
      } else {
        set.accept(target, codec.read(p, rc));
      }
    }
  }

  /** Reads a value straight into a builder. */
  @FunctionalInterface
  private interface Into<B> {
    void read(JsonParser p, ReadContext rc, B target);
  }

  /**
   * The properties of a type, in canonical order.
   *
   * @param <T> the value type
   * @param <B> its builder
   */
  public static final class Definition<T, B> {
    private final Class<T> type;
    private final String description;
    private final Supplier<B> builder;
    private final Function<B, T> build;
    private final List<Property<T, B, ?>> properties = new ArrayList<>();

    private Definition(
        Class<T> type, String description, Supplier<B> builder, Function<B, T> build) {
      this.type = type;
      this.description = description;
      this.builder = builder;
      this.build = build;
    }

    /** A property that must be present. */
    public <V> Definition<T, B> required(String name, Codec<V> codec, Function<T, V> get,
        BiConsumer<B, V> set, String description) {
      return add(new Property<>(name, Kind.REQUIRED, codec, get, set, description));
    }

    /** A property that is always written and takes the type's default when absent. */
    public <V> Definition<T, B> defaulted(String name, Codec<V> codec, Function<T, V> get,
        BiConsumer<B, V> set, String description) {
      return add(new Property<>(name, Kind.DEFAULTED, codec, get, set, description));
    }

    /** A property that is written when present. */
    public <V> Definition<T, B> optional(String name, Codec<V> codec,
        Function<T, Optional<V>> get, BiConsumer<B, V> set, String description) {
      return add(new Property<>(name, Kind.OPTIONAL, codec, t -> get.apply(t).orElse(null), set,
          description));
    }

    /** A list that is written when not empty and is empty when absent. */
    public <V> Definition<T, B> list(String name, Codec<V> element, Function<T, List<V>> get,
        BiConsumer<B, List<V>> set, String description) {
      return add(new Property<>(name, Kind.COLLECTION, Collections2.list(element),
          t -> present(get.apply(t)), set, description));
    }

    /**
     * A property computed from the others: always written, for readers in other languages;
     * optional on reading, and when present it must agree.
     */
    public <V> Definition<T, B> derived(String name, Codec<V> codec, Function<T, V> get,
        String description) {
      return add(new Property<>(name, Kind.DERIVED, codec, get, (b, v) -> { }, description));
    }

    /**
     * A property computed from the others that some values lack: written when present, for
     * readers in other languages; optional on reading, and when present it must agree.
     */
    public <V> Definition<T, B> derivedOptional(String name, Codec<V> codec,
        Function<T, Optional<V>> get, String description) {
      return add(new Property<>(name, Kind.DERIVED_OPTIONAL, codec,
          t -> get.apply(t).orElse(null), (b, v) -> { }, description));
    }

    /** A list that must be present and not empty. */
    public <V> Definition<T, B> nonEmptyList(String name, Codec<V> element,
        Function<T, List<V>> get, BiConsumer<B, List<V>> set, String description) {
      return add(new Property<>(name, Kind.NON_EMPTY, Collections2.list(element),
          get, set, description));
    }

    /** A map that is written when not empty and is empty when absent. */
    public <K, V> Definition<T, B> map(String name, Codec<Map<K, V>> codec,
        Function<T, Map<K, V>> get, BiConsumer<B, Map<K, V>> set, String description) {
      return add(new Property<>(name, Kind.COLLECTION, codec,
          t -> present(get.apply(t)), set, description));
    }

    /**
     * A map that is written when not empty and is empty when absent, read entry by entry into
     * the builder's map (its {@code put} method), with no map of its own: the builder copies
     * whatever it is given anyway.
     */
    public <K, V> Definition<T, B> entries(String name, Collections2.MapCodec<K, V> codec,
        Function<T, Map<K, V>> get, Collections2.Sink<B, K, V> put, String description) {
      Property<T, B, Map<K, V>> property = new Property<>(name, Kind.COLLECTION, codec,
          t -> present(get.apply(t)),
          (b, map) -> map.forEach((k, v) -> put.put(b, k, v)), description);
      return add(property.into((p, rc, b) -> codec.readEntries(p, rc, b, put)));
    }

    /** {@return the list, or null (absent, so not written) when it is empty} */
    private static <V> @Nullable List<V> present(List<V> list) {
      return list.isEmpty() ? null : list;
    }

    /** {@return the map, or null (absent, so not written) when it is empty} */
    private static <K, V> @Nullable Map<K, V> present(Map<K, V> map) {
      return map.isEmpty() ? null : map;
    }

    private Definition<T, B> add(Property<T, B, ?> property) {
      properties.add(property);
      return this;
    }

    /**
     * Ends the definition.
     *
     * @return the binding
     */
    public ObjectBinding<T, B> build() {
      return new ObjectBinding<>(type, description, builder, build, properties);
    }
  }
}
