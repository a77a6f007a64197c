package org.engagement.json;

import org.immutables.value.Value;

/**
 * The limits that bound what reading a hostile document can cost, per item rather than per
 * document: nesting depth, string length, number length and record length. Reading fails fast
 * with {@code LIMIT_EXCEEDED} when a limit is passed, before memory or stack run out; writing
 * refuses a string or number that reading with the same limits would reject.
 *
 * <pre>{@code
 * JsonLimits limits = JsonLimits.builder().maxRecordLength(1 << 20).build();     // 1 MiB
 * EngagementJson json = EngagementJson.standard().withLimits(limits);
 * }</pre>
 *
 * <p>The defaults are generous for engagement data and small next to a JVM's memory: a depth of
 * 64 (the format needs 8), strings of 1,000,000 characters, numbers of 100 characters, records of
 * 16 MiB (counted in bytes, or characters for a {@code Reader} or {@code String}). Property
 * names, which hold map keys such as category codes, share the string limit. A document's length
 * is not limited by default, since the largest real datasets pass a gigabyte and a streamed read
 * holds one record at a time; {@link #maxDocumentLength()} sets a limit for those who want one.
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
   * The longest record (one element of a record array of a dataset document), in bytes
   * (characters when read from a {@code Reader} or string); checked as the record's lists and
   * maps are read, so that a hostile record is refused before it fills memory.
   *
   * @return the length, at least 1; 16 MiB by default
   */
  @Value.Default
  public long maxRecordLength() {
    return 16L * 1024 * 1024;
  }

  /**
   * The longest document, in bytes (characters when read from a {@code Reader} or string), or
   * no limit; an opt-in.
   *
   * @return the length, at least 1, or {@link #NO_LIMIT} (0), the default
   */
  @Value.Default
  public long maxDocumentLength() {
    return NO_LIMIT;
  }

  /** The value of {@link #maxDocumentLength()} that sets no limit: 0. */
  public static final long NO_LIMIT = 0;

  /** {@return whether {@link #maxDocumentLength()} sets a limit} */
  public boolean limitsDocumentLength() {
    return maxDocumentLength() != NO_LIMIT;
  }

  @Value.Check
  void check() {
    if (maxNestingDepth() < 1 || maxStringLength() < 1 || maxNumberLength() < 1
        || maxRecordLength() < 1 || maxDocumentLength() < 0) {
      throw new IllegalArgumentException("json limits must be at least 1 (a document length 0, "
          + "for no limit): " + this);
    }
  }

  /** Builds {@link JsonLimits}. */
  public static final class Builder extends ImmutableJsonLimits.Builder {
    Builder() {}
  }
}
