package org.engagement.json;

import org.immutables.value.Value;

/**
 * The limits that bound what reading a hostile document can cost: nesting depth, string length,
 * number length and document length. Reading fails fast with {@code LIMIT_EXCEEDED} when a limit
 * is passed, before memory or stack run out; writing refuses a string or number that reading
 * with the same limits would reject.
 *
 * <pre>{@code
 * JsonLimits limits = JsonLimits.builder().maxDocumentLength(4L << 30).build();  // 4 GiB
 * EngagementJson json = EngagementJson.standard().withLimits(limits);
 * }</pre>
 *
 * <p>The defaults are generous for engagement data and small next to a JVM's memory: a depth of
 * 64 (the format needs 8), strings of 1,000,000 characters, numbers of 100 characters, documents
 * of 256 MiB (counted in bytes, or characters for a {@code Reader} or {@code String}).
 * Property names, which hold map keys such as category codes, share the string limit.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class JsonLimits {

  JsonLimits() {}

  /**
   * Returns a builder, every limit at its default.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the default limits.
   *
   * @return the defaults, never null
   */
  public static JsonLimits defaults() {
    return builder().build();
  }

  /**
   * The deepest nesting of arrays and objects.
   *
   * @return the depth, at least 1; 64 by default
   */
  @Value.Default
  public int maxNestingDepth() {
    return 64;
  }

  /**
   * The longest string value or property name.
   *
   * @return the length in characters, at least 1; 1,000,000 by default
   */
  @Value.Default
  public int maxStringLength() {
    return 1_000_000;
  }

  /**
   * The longest number, in characters of its JSON text.
   *
   * @return the length, at least 1; 100 by default
   */
  @Value.Default
  public int maxNumberLength() {
    return 100;
  }

  /**
   * The longest document, in bytes (characters when read from a {@code Reader} or string).
   *
   * @return the length, at least 1; 256 MiB by default
   */
  @Value.Default
  public long maxDocumentLength() {
    return 256L * 1024 * 1024;
  }

  @Value.Check
  void check() {
    if (maxNestingDepth() < 1 || maxStringLength() < 1 || maxNumberLength() < 1
        || maxDocumentLength() < 1) {
      throw new IllegalArgumentException("json limits must be at least 1: " + this);
    }
  }

  /** Builds {@link JsonLimits}. */
  public static final class Builder extends ImmutableJsonLimits.Builder {
    Builder() {}
  }
}
