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
  private final String owner;

  private ObjectBinding(Class<T> type, String description, Supplier<B> builder,
      Function<B, T> build, List<Property<T, B, ?>> properties) {
    this.type = type;
    this.title = type.getSimpleName();
    this.description = description;
    this.builder = builder;
    this.build = build;
    this.properties = List.copyOf(properties);
    Map<String, Property<T, B, ?>> names = new LinkedHashMap<>();
    for (Property<T, B, ?> property : properties) {
      names.put(property.name, property);
    }
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
    for (Property<T, B, ?> property : properties) {
      property.write(g, value, wc);
    }
    g.writeEndObject();
  }

  @Override
  public T read(JsonParser p, ReadContext rc) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Scalars.wrongType(p, rc, "an object (" + owner + ")");
    }
    String pointer = ReadContext.pointer(p);
    TokenStreamLocation start = p.currentTokenLocation();
    int depth = ReadContext.depth(p);
    B target = builder.get();
    Set<String> seen = new HashSet<>();
    Map<String, Object> derived = new LinkedHashMap<>();
    Map<String, TokenStreamLocation> derivedAt = new LinkedHashMap<>();
    boolean failed = false;
    JsonToken token;
    while ((token = p.nextToken()) == JsonToken.PROPERTY_NAME) {
      try {
        String name = p.currentName();
        if (!seen.add(name)) {
          throw rc.error(p, JsonCode.DUPLICATE_KEY, "duplicate property "
              + ReadContext.quote(name) + " of " + owner);
        }
        Property<T, B, ?> property = byName.get(name);
        p.nextToken();
        if (property == null) {
          rc.unknownProperty(p, name, owner);
        } else if (property.kind == Kind.DERIVED) {
          derivedAt.put(name, p.currentTokenLocation());
          derived.put(name, property.codec.read(p, rc));
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
    for (Property<T, B, ?> property : properties) {
      if (property.kind == Kind.REQUIRED && !seen.contains(property.name)) {
        rc.recover(rc.error(pointer, start, JsonCode.MISSING_PROPERTY,
            "missing required property '" + property.name + "' of " + owner, null));
        failed = true;
      }
    }
    if (failed) {
      throw ReadContext.UNBOUND;
    }
    T value;
    try {
      value = build.apply(target);
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      rc.recover(rc.error(pointer, start, JsonCode.INVALID_VALUE,
          owner + " is not valid: " + e.getMessage(), e));
      throw ReadContext.UNBOUND;
    }
    for (Map.Entry<String, Object> e : derived.entrySet()) {
      Object expected = byName.get(e.getKey()).get.apply(value).orElse(null);
      if (!e.getValue().equals(expected)) {
        rc.recover(rc.error(pointer + "/" + e.getKey(), derivedAt.get(e.getKey()),
            JsonCode.INVALID_VALUE, e.getKey() + " of " + owner
                + " does not agree with the other properties: expected " + expected, null));
        failed = true;
      }
    }
    if (failed) {
      throw ReadContext.UNBOUND;
    }
    return value;
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
    REQUIRED, DEFAULTED, OPTIONAL, COLLECTION, NON_EMPTY, DERIVED
  }

  private static final class Property<T, B, V> {
    final String name;
    final Kind kind;
    final Codec<V> codec;
    final Function<T, Optional<V>> get;
    final BiConsumer<B, V> set;
    final String description;

    Property(String name, Kind kind, Codec<V> codec, Function<T, Optional<V>> get,
        BiConsumer<B, V> set, String description) {
      this.name = name;
      this.kind = kind;
      this.codec = codec;
      this.get = get;
      this.set = set;
      this.description = description;
    }

    void write(JsonGenerator g, T value, WriteContext wc) {
      Optional<V> field = get.apply(value);
      if (field.isPresent()) {
        g.writeName(name);
        codec.write(g, field.get(), wc);
      }
    }

    void read(JsonParser p, ReadContext rc, B target) {
      set.accept(target, codec.read(p, rc));
    }
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
      return add(new Property<>(name, Kind.REQUIRED, codec, t -> Optional.of(get.apply(t)), set,
          description));
    }

    /** A property that is always written and takes the type's default when absent. */
    public <V> Definition<T, B> defaulted(String name, Codec<V> codec, Function<T, V> get,
        BiConsumer<B, V> set, String description) {
      return add(new Property<>(name, Kind.DEFAULTED, codec, t -> Optional.of(get.apply(t)), set,
          description));
    }

    /** A property that is written when present. */
    public <V> Definition<T, B> optional(String name, Codec<V> codec,
        Function<T, Optional<V>> get, BiConsumer<B, V> set, String description) {
      return add(new Property<>(name, Kind.OPTIONAL, codec, get, set, description));
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
      return add(new Property<>(name, Kind.DERIVED, codec, t -> Optional.of(get.apply(t)),
          (b, v) -> { }, description));
    }

    /**
     * A property computed from the others that some values lack: written when present, for
     * readers in other languages; optional on reading, and when present it must agree.
     */
    public <V> Definition<T, B> derivedOptional(String name, Codec<V> codec,
        Function<T, Optional<V>> get, String description) {
      return add(new Property<>(name, Kind.DERIVED, codec, get, (b, v) -> { }, description));
    }

    /** A list that must be present and not empty. */
    public <V> Definition<T, B> nonEmptyList(String name, Codec<V> element,
        Function<T, List<V>> get, BiConsumer<B, List<V>> set, String description) {
      return add(new Property<>(name, Kind.NON_EMPTY, Collections2.list(element),
          t -> Optional.of(get.apply(t)), set, description));
    }

    /** A map that is written when not empty and is empty when absent. */
    public <K, V> Definition<T, B> map(String name, Codec<Map<K, V>> codec,
        Function<T, Map<K, V>> get, BiConsumer<B, Map<K, V>> set, String description) {
      return add(new Property<>(name, Kind.COLLECTION, codec,
          t -> get.apply(t).isEmpty() ? Optional.empty() : Optional.of(get.apply(t)), set,
          description));
    }

    private static <V> Optional<List<V>> present(List<V> list) {
      return list.isEmpty() ? Optional.empty() : Optional.of(list);
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
