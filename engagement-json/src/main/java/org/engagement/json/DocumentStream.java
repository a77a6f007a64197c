package org.engagement.json;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.DemographicScheme;
import org.engagement.core.RecordType;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads a dataset document record by record without holding more than one record: first the
 * header ({@code formatVersion}, then the scheme if any), then each element of each record array.
 * Not thread-safe.
 */
final class DocumentStream {

  /**
   * One record read from a stream.
   *
   * @param type its type
   * @param index its position in its array
   * @param pointer its JSON Pointer
   * @param at where it starts
   * @param value the record
   */
  public record Item(RecordType type, int index, String pointer, TokenStreamLocation at,
      Object value) {}

  private final JsonParser p;
  private final ReadContext rc;
  private final TokenStreamLocation start;
  private final Set<String> seen = new HashSet<>();
  private DemographicScheme scheme = DemographicScheme.defaultScheme();
  private @Nullable TokenStreamLocation schemeAt;
  private Format.@Nullable Collection<?> current;
  private int index;
  private int arrayDepth;
  private boolean ended;
  private boolean schemeUnbound;

  /**
   * Reads the header; the parser is on the document's first token.
   *
   * @throws org.engagement.json.JsonReadException if the header is not valid
   */
  public DocumentStream(JsonParser p, ReadContext rc) {
    this.p = p;
    this.rc = rc;
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw Scalars.wrongType(p, rc, "an object (an engagement dataset document)");
    }
    this.start = p.currentTokenLocation();
    if (rc.locations() != null) {
      rc.locations().document(start);
    }
    advance();
  }

  /** The scheme of the header, or the default scheme. */
  public DemographicScheme scheme() {
    return scheme;
  }

  /** Whether the header's scheme could not be bound, so the default stands in for it. */
  public boolean schemeUnbound() {
    return schemeUnbound;
  }

  /** Where the scheme starts, or null when the document has none. */
  public @Nullable TokenStreamLocation schemeAt() {
    return schemeAt;
  }

  /**
   * Reads the next record.
   *
   * @return the record, or null at the end of the document's object
   */
  public @Nullable Item next() {
    while (true) {
      Format.Collection<?> collection = current;
      if (collection == null) {
        return null;
      }
      TokenStreamLocation at = p.currentTokenLocation();
      String pointer = ReadContext.pointer(p);
      int i = index++;
      // When the context recovers, a record that cannot be bound is skipped (null).
      Object value = DatasetCodec.readOrSkip(p, rc, collection, i, arrayDepth);
      JsonToken after = p.nextToken();
      if (after == null) {
        throw ReadContext.endOfInput(p);
      }
      if (after == JsonToken.END_ARRAY) {
        advance();
      }
      if (value != null) {
        return new Item(collection.type(), i, pointer, at, value);
      }
    }
  }

  /** Whether the end of the document's object was reached. */
  public boolean ended() {
    return ended;
  }

  /**
   * Reads one property of the document's object; the parser is on its name.
   *
   * @return true when the parser is on the first element of a record array
   */
  private boolean header() {
    String name = DatasetCodec.property(p, rc, seen);
    p.nextToken();
    Optional<RecordType> type = DatasetCodec.collection(name);
    boolean inRecords = seen.stream().anyMatch(n -> DatasetCodec.collection(n).isPresent()
        && !n.equals(name));
    if (DatasetCodec.FORMAT_VERSION.equals(name) || DatasetCodec.SCHEME.equals(name)) {
      if (inRecords) {
        throw rc.error(p, JsonCode.STREAM_ORDER, "'" + name + "' must come before the record "
            + "arrays for a document to be streamed, as the writer puts it");
      }
      if (DatasetCodec.FORMAT_VERSION.equals(name)) {
        DatasetCodec.readFormatVersion(p, rc);
      } else {
        schemeAt = p.currentTokenLocation();
        if (rc.locations() != null) {
          rc.locations().scheme(schemeAt);
        }
        try {
          scheme = Format.SCHEME.read(p, rc);
        } catch (ReadContext.Unbound | org.engagement.json.JsonReadException e) {
          schemeUnbound = true;
          throw e;
        }
      }
    } else if (type.isEmpty()) {
      rc.unknownProperty(p, name, "the dataset document");
    } else {
      if (!seen.contains(DatasetCodec.FORMAT_VERSION)) {
        throw rc.error(p, JsonCode.STREAM_ORDER, "'formatVersion' must come before the record "
            + "arrays for a document to be streamed, as the writer puts it");
      }
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw Scalars.wrongType(p, rc, "an array of records");
      }
      if (!rc.binds(type.get())) {
        DatasetCodec.skipRecords(p, rc);
        return false;
      }
      arrayDepth = ReadContext.depth(p);
      if (p.nextToken() != JsonToken.END_ARRAY) {
        current = Format.collection(type.get());
        index = 0;
        return true;
      }
    }
    return false;
  }

  /** Moves to the first element of the next non-empty record array, or to the end. */
  private void advance() {
    current = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      try {
        if (header()) {
          return;
        }
      } catch (org.engagement.json.JsonReadException e) {
        rc.recover(e);
        ReadContext.skipRest(p, 1);
      } catch (ReadContext.Unbound e) {
        ReadContext.skipRest(p, 1);
      }
    }
    DatasetCodec.checkVersionSeen(seen, start, rc);
    ended = true;
  }
}
