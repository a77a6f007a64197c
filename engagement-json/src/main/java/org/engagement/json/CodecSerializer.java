package org.engagement.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes one type of the engagement format through its codec. Stateless apart from the codec;
 * the limits to respect come from the {@link WriteContext} attribute when
 * {@link org.engagement.json.EngagementJson} writes, and are not checked otherwise.
 *
 * @param <T> the type written
 */
final class CodecSerializer<T> extends StdSerializer<T> {

  private final Codec<T> codec;

  /**
   * Returns a serializer.
   *
   * @param type the type written
   * @param codec its codec
   */
  public CodecSerializer(Class<T> type, Codec<T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
    Object attribute = ctxt.getAttribute(WriteContext.class);
    WriteContext wc = attribute instanceof WriteContext ? (WriteContext) attribute
        : WriteContext.UNCHECKED;
    codec.write(g, value, wc);
  }
}
