package org.engagement.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The codec of a whole document: {@code formatVersion}, the demographic scheme, then one array
 * per record type in {@link RecordType} order, empty arrays omitted.
 */
final class DatasetCodec implements Codec<EngagementDataset> {

  /** The one instance. */
  public static final DatasetCodec INSTANCE = new DatasetCodec();

  /** The name of the version property. */
  public static final String FORMAT_VERSION = "formatVersion";

  /** The name of the scheme property. */
  public static final String SCHEME = "scheme";

  private static final Map<String, RecordType> BY_COLLECTION = new HashMap<>();

  static {
    for (RecordType type : RecordType.values()) {
      BY_COLLECTION.put(type.collection(), type);
    }
  }

  private DatasetCodec() {}

  /**
   * The record type whose collection has this name.
   *
   * @param name a property name of the document
   * @return the type, or empty when the name is not a collection's
   */
  public static Optional<RecordType> collection(String name) {
    return Optional.ofNullable(BY_COLLECTION.get(name));
  }

  @Override
  public void write(JsonGenerator g, EngagementDataset dataset, WriteContext wc) {
    g.writeStartObject();
    g.writeName(FORMAT_VERSION);
    g.writeString(Format.VERSION);
    g.writeName(SCHEME);
    Format.SCHEME.write(g, dataset.scheme(), wc);
    for (RecordType type : RecordType.values()) {
      List<?> records = dataset.records(type);
      if (!records.isEmpty()) {
        g.writeName(type.collection());
        writeRecords(g, Format.collection(type), records, wc);
      }
    }
    g.writeEndObject();
  }

  private static <T> void writeRecords(
      JsonGenerator g, Format.Collection<T> collection, List<?> records, WriteContext wc) {
    g.writeStartArray();
    for (Object record : records) {
      collection.binding().write(g, collection.binding().type().cast(record), wc);
    }
    g.writeEndArray();
  }

  @Override
  public EngagementDataset read(JsonParser p, ReadContext rc) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Scalars.wrongType(p, rc, "an object (an engagement dataset document)");
    }
    TokenStreamLocation start = p.currentTokenLocation();
    int depth = ReadContext.depth(p);
    if (rc.locations() != null) {
      rc.locations().document(start);
    }
    EngagementDataset.Builder builder = EngagementDataset.builder();
    Set<String> seen = new HashSet<>();
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      try {
        String name = property(p, rc, seen);
        p.nextToken();
        if (FORMAT_VERSION.equals(name)) {
          readFormatVersion(p, rc);
        } else if (SCHEME.equals(name)) {
          RecordLocations locations = rc.locations();
          if (locations != null) {
            locations.scheme(p.currentTokenLocation());
          }
          try {
            builder.scheme(Format.SCHEME.read(p, rc));
          } catch (ReadContext.Unbound | org.engagement.json.JsonReadException e) {
            if (locations != null) {
              locations.schemeUnbound();
            }
            throw e;
          }
        } else {
          Optional<RecordType> type = collection(name);
          if (type.isEmpty()) {
            rc.unknownProperty(p, name, "the dataset document");
          } else if (!rc.binds(type.get())) {
            skipRecords(p, rc);
          } else {
            Format.Collection<?> collection = Format.collection(type.get());
            collection.set(builder, readRecords(p, rc, collection));
          }
        }
      } catch (org.engagement.json.JsonReadException e) {
        rc.recover(e);
        ReadContext.skipRest(p, depth);
      } catch (ReadContext.Unbound e) {
        ReadContext.skipRest(p, depth);
      }
    }
    checkVersionSeen(seen, start, rc);
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw rc.error("", start, JsonCode.INVALID_VALUE,
          "dataset is not valid: " + e.getMessage(), e);
    }
  }

  /** Reads a property name, failing on a duplicate. */
  public static String property(JsonParser p, ReadContext rc, Set<String> seen) {
    String name = p.currentName();
    if (!seen.add(name)) {
      throw rc.error(p, JsonCode.DUPLICATE_KEY,
          "duplicate property " + ReadContext.quote(name) + " of the dataset document");
    }
    return name;
  }

  /** Fails unless the document named its format version. */
  public static void checkVersionSeen(Set<String> seen, TokenStreamLocation start,
      ReadContext rc) {
    if (!seen.contains(FORMAT_VERSION)) {
      rc.recover(rc.error("", start, JsonCode.MISSING_PROPERTY,
          "missing required property 'formatVersion' of the dataset document: expected one of "
              + String.join(", ", Format.SUPPORTED_VERSIONS), null));
    }
  }

  /** Reads and checks the format version; the parser is on its value. */
  public static void readFormatVersion(JsonParser p, ReadContext rc) {
    String version = Scalars.string(p, rc, "a string (the format version)");
    if (!Format.SUPPORTED_VERSIONS.contains(version)) {
      throw rc.error(p, JsonCode.UNSUPPORTED_FORMAT_VERSION, "unsupported formatVersion "
          + ReadContext.quote(version) + ": this reader supports "
          + String.join(", ", Format.SUPPORTED_VERSIONS));
    }
  }

  /** Reads one record of an array; the parser is on its first token. */
  public static <T> T readRecord(
      JsonParser p, ReadContext rc, Format.Collection<T> collection, int index) {
    RecordLocations locations = rc.locations();
    TokenStreamLocation at = p.currentTokenLocation();
    if (locations != null) {
      locations.add(collection.type(), index, at);
    }
    rc.recordStart(at.getByteOffset() >= 0 ? at.getByteOffset() : at.getCharOffset());
    try {
      return collection.binding().read(p, rc);
    } finally {
      rc.recordStart(-1);
    }
  }

  /**
   * Skips an array of records that is not bound; the parser is on its start and ends on its end.
   * The tokens are still read, so that text that is not JSON, or nests too deep, fails as in a
   * record that is bound; the limits on what a bound record makes (its length, a string's) do not
   * apply.
   *
   * @param p the parser
   * @param rc the context
   */
  public static void skipRecords(JsonParser p, ReadContext rc) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw Scalars.wrongType(p, rc, "an array of records");
    }
    p.skipChildren();
  }

  private static <T> List<T> readRecords(
      JsonParser p, ReadContext rc, Format.Collection<T> collection) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw Scalars.wrongType(p, rc, "an array of records");
    }
    int depth = ReadContext.depth(p);
    List<T> out = new ArrayList<>();
    int index = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == null) {
        throw ReadContext.endOfInput(p);
      }
      T record = readOrSkip(p, rc, collection, index, depth);
      if (record != null) {
        out.add(record);
      }
      index++;
    }
    return out;
  }

  /**
   * Reads one record of an array, or when it cannot be bound and the read recovers, records its
   * errors, skips it and returns null; the parser is on its first token and ends on its last.
   *
   * @param p the parser
   * @param rc the context
   * @param collection the array's records
   * @param index the record's position in the array
   * @param depth the nesting depth of the array
   * @param <T> the record's class
   * @return the record, or null when it was skipped
   */
  public static <T> @org.jspecify.annotations.Nullable T readOrSkip(
      JsonParser p, ReadContext rc, Format.Collection<T> collection, int index, int depth) {
    try {
      return readRecord(p, rc, collection, index);
    } catch (org.engagement.json.JsonReadException e) {
      rc.recover(e);
    } catch (ReadContext.Unbound e) {
      // its errors are recorded
    }
    ReadContext.skipRest(p, depth);
    RecordLocations locations = rc.locations();
    if (locations != null) {
      locations.unbound(collection.type(), index);
    }
    rc.unboundRecord();
    return null;
  }

  @Override
  public ObjectNode schema(SchemaContext s) {
    ObjectNode node = s.object().put("type", "object");
    ObjectNode props = node.putObject("properties");
    ArrayNode versions = props.putObject(FORMAT_VERSION)
        .put("description", "The version of the format, \"" + Format.VERSION + "\".")
        .put("type", "string").putArray("enum");
    Format.SUPPORTED_VERSIONS.forEach(versions::add);
    ObjectNode scheme = s.object().put("description",
        "The demographic scheme of the dataset's counts and responses; the default scheme when "
            + "absent.");
    props.set(SCHEME, scheme.setAll(Format.SCHEME.schema(s)));
    for (RecordType type : RecordType.values()) {
      ObjectNode array = props.putObject(type.collection()).put("type", "array")
          .put("description", "The " + Collections2.words(
              Format.collection(type).binding().type().getSimpleName())
              + " records, in order; absent when there are none.");
      array.set("items", Format.collection(type).binding().schema(s));
    }
    node.putArray("required").add(FORMAT_VERSION);
    node.put("additionalProperties", false);
    return node;
  }
}
