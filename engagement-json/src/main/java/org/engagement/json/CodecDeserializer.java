package org.engagement.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads one type of the engagement format through its codec. Problems are thrown as
 * {@link org.engagement.json.JsonReadException}s naming the JSON Pointer, line and column taken
 * from the parser. When {@link org.engagement.json.EngagementJson} reads, the {@link ReadContext}
 * attribute carries its features; otherwise unknown properties follow the mapper's
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}.
 *
 * @param <T> the type read
 */
final class CodecDeserializer<T> extends StdDeserializer<T> {

  private final Codec<T> codec;

  /**
   * Returns a deserializer.
   *
   * @param type the type read
   * @param codec its codec
   */
  public CodecDeserializer(Class<T> type, Codec<T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    Object attribute = ctxt.getAttribute(ReadContext.class);
    ReadContext rc = attribute instanceof ReadContext ? (ReadContext) attribute
        : new ReadContext(!ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES),
            null);
    return codec.read(p, rc);
  }
}
