package org.engagement.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.node.ObjectNode;

/**
 * How one type is written to JSON, read back and described in the JSON Schema.
 *
 * @param <T> the type
 */
interface Codec<T> {

  /** Writes a value. */
  void write(JsonGenerator g, T value, WriteContext wc);

  /**
   * Reads a value; the parser is on its first token and is left on its last.
   *
   * @throws org.engagement.json.JsonReadException if the input is not a valid value
   */
  T read(JsonParser p, ReadContext rc);

  /** Describes the value in JSON Schema, registering named definitions in {@code schema}. */
  ObjectNode schema(SchemaContext schema);
}
