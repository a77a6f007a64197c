package org.engagement.json;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * The parser's limits, from {@link JsonLimits}, refusing input with an {@link Exceeded} that
 * names the limit in the SDK's terms: which limit was passed is known where it is checked, not
 * guessed afterwards from the parser's message.
 */
final class LimitConstraints extends StreamReadConstraints {

  private static final long serialVersionUID = 1L;

  /** A limit passed, with the SDK's message. */
  static final class Exceeded extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;

    Exceeded(String message) {
      super(message);
    }
  }

  LimitConstraints(JsonLimits limits) {
    // Jackson's 0 (or less) document length is no limit too. Map keys (category codes,
    // question ids) are property names: data, not structure, so strings' limit applies.
    super(limits.maxNestingDepth(),
        limits.limitsDocumentLength() ? limits.maxDocumentLength() : -1L,
        StreamReadConstraints.defaults().getMaxTokenCount(),
        limits.maxNumberLength(), limits.maxStringLength(), limits.maxStringLength());
  }

  @Override
  public void validateNestingDepth(int depth) throws StreamConstraintsException {
    try {
      super.validateNestingDepth(depth);
    } catch (StreamConstraintsException e) {
      throw new Exceeded("nesting depth exceeds JsonLimits.maxNestingDepth: deeper than "
          + getMaxNestingDepth());
    }
  }

  @Override
  public void validateDocumentLength(long length) throws StreamConstraintsException {
    try {
      super.validateDocumentLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded("the document exceeds JsonLimits.maxDocumentLength: longer than "
          + getMaxDocumentLength() + " bytes (or characters)");
    }
  }

  @Override
  public void validateTokenCount(long count) throws StreamConstraintsException {
    try {
      super.validateTokenCount(count);
    } catch (StreamConstraintsException e) {
      throw new Exceeded("the document has more than " + getMaxTokenCount() + " tokens");
    }
  }

  @Override
  public void validateFPLength(int length) throws StreamConstraintsException {
    try {
      super.validateFPLength(length);
    } catch (StreamConstraintsException e) {
      throw number(length);
    }
  }

  @Override
  public void validateIntegerLength(int length) throws StreamConstraintsException {
    try {
      super.validateIntegerLength(length);
    } catch (StreamConstraintsException e) {
      throw number(length);
    }
  }

  private Exceeded number(int length) {
    return new Exceeded("a number exceeds JsonLimits.maxNumberLength: " + length
        + " characters, more than " + getMaxNumberLength());
  }

  @Override
  public void validateStringLength(int length) throws StreamConstraintsException {
    try {
      super.validateStringLength(length);
    } catch (StreamConstraintsException e) {
      throw string(length);
    }
  }

  @Override
  public void validateStringLengthLong(long length) throws StreamConstraintsException {
    try {
      super.validateStringLengthLong(length);
    } catch (StreamConstraintsException e) {
      throw string(length);
    }
  }

  private Exceeded string(long length) {
    return new Exceeded("a string exceeds JsonLimits.maxStringLength: " + length
        + " characters, more than " + getMaxStringLength());
  }

  @Override
  public void validateNameLength(int length) throws StreamConstraintsException {
    try {
      super.validateNameLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded("a property name exceeds JsonLimits.maxStringLength: " + length
          + " characters, more than " + getMaxNameLength());
    }
  }

  @Override
  public void validateBigIntegerScale(int scale) throws StreamConstraintsException {
    try {
      super.validateBigIntegerScale(scale);
    } catch (StreamConstraintsException e) {
      throw new Exceeded("a number's exponent (" + scale + ") is beyond what this reader "
          + "turns into a whole number");
    }
  }
}
