package org.engagement.json;

/**
 * The stable codes of the problems that the JSON reader reports. Tests and users match on
 * {@link #name()}; a code is never renamed or reused for another rule. Issues found by the dataset
 * validator after binding keep their own codes ({@link
 * org.engagement.core.validation.ValidationCode}).
 */
public enum JsonCode {
  /** The text is not JSON: a missing comma, an unclosed string, a comment, a bare word. */
  SYNTAX_ERROR,
  /** The document is empty: no JSON value at all. */
  EMPTY_DOCUMENT,
  /** More content follows the end of the document's object. */
  TRAILING_CONTENT,
  /** A value has the wrong JSON type: a string where a number belongs, {@code null}, an array. */
  WRONG_TYPE,
  /** A required property is missing; the pointer names the object that lacks it. */
  MISSING_PROPERTY,
  /**
   * A property is not part of the format. An error by default; a warning when {@link
   * JsonFeature#ALLOW_UNKNOWN_PROPERTIES} is enabled, and the property is skipped.
   */
  UNKNOWN_PROPERTY,
  /** A string is not one of the documented values of an enumeration; the message lists them. */
  UNKNOWN_ENUM_VALUE,
  /** An object names the same property twice. */
  DUPLICATE_KEY,
  /** A number is {@code NaN} or infinite, or too large to be held as a finite double. */
  NON_FINITE_NUMBER,
  /**
   * A value has the right JSON type but is not valid: an impossible date, a blank id, a period
   * that ends before it starts, a number out of range, a record that breaks an invariant.
   */
  INVALID_VALUE,
  /** {@code formatVersion} names a version this reader does not support; the message lists them. */
  UNSUPPORTED_FORMAT_VERSION,
  /**
   * A configured limit of {@link JsonLimits} is exceeded: nesting depth, string length, number
   * length or document length.
   */
  LIMIT_EXCEEDED,
  /**
   * A streamed document puts a record array before {@code formatVersion} or {@code scheme}: a
   * streaming read needs the header first, as the writer puts it.
   */
  STREAM_ORDER,
  /**
   * A warning, once per read: records that could not be bound (each with its own error) are left
   * out of the checks between records, where references to them may show as unknown.
   */
  UNBOUND_RECORDS,
  /**
   * The bytes are not strict UTF-8: a malformed or overlong sequence, an encoded surrogate, or a
   * document in UTF-16 or UTF-32. The message names the byte offset. A UTF-8 byte order mark is
   * allowed.
   */
  MALFORMED_TEXT
}
