package org.engagement.json.bind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.engagement.core.validation.Severity;
import org.engagement.json.JsonCode;
import org.engagement.json.JsonProblem;
import org.engagement.json.JsonReadException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The state of one read: whether unknown properties are allowed, the warnings found so far and,
 * when asked for, where each record starts. Not thread-safe: one per read.
 */
public final class ReadContext {

  /** Longest excerpt of a bad value that a message quotes. */
  static final int QUOTE_LIMIT = 40;

  private final boolean allowUnknown;
  private final List<JsonProblem> warnings = new ArrayList<>();
  private final @Nullable RecordLocations locations;

  /**
   * Returns a context.
   *
   * @param allowUnknown whether unknown properties are skipped with a warning instead of failing
   * @param locations where to record the start of each record, or null not to
   */
  public ReadContext(boolean allowUnknown, @Nullable RecordLocations locations) {
    this.allowUnknown = allowUnknown;
    this.locations = locations;
  }

  /** {@return the warnings found so far, in document order} */
  public List<JsonProblem> warnings() {
    return Collections.unmodifiableList(warnings);
  }

  /**
   * Returns the warnings found so far and forgets them, so that a long stream does not keep
   * every warning.
   *
   * @return the warnings, in document order
   */
  public List<JsonProblem> drainWarnings() {
    List<JsonProblem> out = List.copyOf(warnings);
    warnings.clear();
    return out;
  }

  @Nullable RecordLocations locations() {
    return locations;
  }

  /** The JSON Pointer of the parser's current token. */
  public static String pointer(JsonParser p) {
    return p.streamReadContext().pathAsPointer().toString();
  }

  /** Builds the error for the parser's current token. */
  public JsonReadException error(JsonParser p, JsonCode code, String message) {
    return error(pointer(p), p.currentTokenLocation(), code, message, null);
  }

  /** Builds an error at a place recorded earlier. */
  public JsonReadException error(
      String pointer,
      TokenStreamLocation at,
      JsonCode code,
      String message,
      @Nullable Throwable cause) {
    JsonProblem problem =
        JsonProblem.of(Severity.ERROR, code.name(), pointer, at.getLineNr(), at.getColumnNr(),
            message);
    return new JsonReadException(problem, warnings, cause);
  }

  /**
   * Handles a property that the format does not know; the parser is on its value. Fails, or
   * records a warning and skips the value.
   */
  void unknownProperty(JsonParser p, String name, String owner) {
    String message = "unknown property " + quote(name) + " of " + owner;
    if (!allowUnknown) {
      throw error(p, JsonCode.UNKNOWN_PROPERTY, message);
    }
    TokenStreamLocation at = p.currentTokenLocation();
    warnings.add(JsonProblem.of(Severity.WARNING, JsonCode.UNKNOWN_PROPERTY.name(), pointer(p),
        at.getLineNr(), at.getColumnNr(), message + "; skipped"));
    skipValue(p);
  }

  /** Skips the value the parser is on, still refusing non-finite numbers inside it. */
  void skipValue(JsonParser p) {
    int depth = 0;
    JsonToken token = p.currentToken();
    while (true) {
      if (token == JsonToken.VALUE_NUMBER_FLOAT && p.isNaN()) {
        throw error(p, JsonCode.NON_FINITE_NUMBER, "number must be finite: " + p.getText());
      }
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        depth++;
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        depth--;
      }
      if (depth == 0) {
        return;
      }
      token = p.nextToken();
      if (token == null) {
        throw error(p, JsonCode.SYNTAX_ERROR, "unexpected end of input");
      }
    }
  }

  /** Quotes a value for a message, cut after {@value #QUOTE_LIMIT} characters. */
  public static String quote(String value) {
    if (value.length() <= QUOTE_LIMIT) {
      return "'" + value + "'";
    }
    return "'" + value.substring(0, QUOTE_LIMIT) + "…' (" + value.length() + " characters)";
  }
}
