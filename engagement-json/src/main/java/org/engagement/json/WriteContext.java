package org.engagement.json;

import tools.jackson.core.JsonGenerator;

/**
 * The limits a written document must respect so that reading it with the same limits succeeds:
 * writing never produces a document that reading rejects.
 */
final class WriteContext {

  /** Limits that check nothing, for mappers configured by their owners. */
  public static final WriteContext UNCHECKED =
      new WriteContext(Integer.MAX_VALUE, Integer.MAX_VALUE);

  private final int maxStringLength;
  private final int maxNumberLength;

  /**
   * Returns a context.
   *
   * @param maxStringLength the longest string or property name, in characters
   * @param maxNumberLength the longest number, in characters
   */
  public WriteContext(int maxStringLength, int maxNumberLength) {
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
  }

  void checkString(JsonGenerator g, String text) {
    if (text.length() > maxStringLength) {
      throw new IllegalArgumentException("text at " + where(g) + " has " + text.length()
          + " characters, more than the limit of " + maxStringLength
          + " that reading applies; raise JsonLimits.maxStringLength to write it");
    }
  }

  void checkNumber(JsonGenerator g, String number) {
    if (number.length() > maxNumberLength) {
      throw new IllegalArgumentException("number at " + where(g) + " has " + number.length()
          + " characters, more than the limit of " + maxNumberLength
          + " that reading applies; raise JsonLimits.maxNumberLength to write it");
    }
  }

  /** {@return the JSON Pointer of the generator's place, or "the document" at its top} */
  static String where(JsonGenerator g) {
    String pointer = g.streamWriteContext().pathAsPointer().toString();
    return pointer.isEmpty() ? "the document" : pointer;
  }
}
