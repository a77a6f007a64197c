package org.engagement.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagement.core.validation.Severity;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON value of a catalogue document with where it stands: its JSON Pointer, line and column,
 * so that every error of a catalogue can name its place. The value is a {@code Map} of nodes (an
 * object, in document order), a {@code List} of nodes (an array), a {@code String}, a
 * {@code Number}, a {@code Boolean}, or null.
 */
final class CatalogueNode {

  private final @Nullable Object value;
  private final String pointer;
  private final long line;
  private final long column;

  private CatalogueNode(@Nullable Object value, String pointer, long line, long column) {
    this.value = value;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  /**
   * Reads a whole document.
   *
   * @param json the text, not null
   * @return the root node
   * @throws JsonReadException for text that is not one JSON value, or an object with a key twice
   */
  static CatalogueNode parse(String json) {
    JsonMapper mapper = JsonMapper.builder().build();
    try (JsonParser p = mapper.createParser(json)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw error(JsonCode.EMPTY_DOCUMENT, "", 1, 1, "the catalogue document is empty");
      }
      CatalogueNode root = read(p, "");
      if (p.nextToken() != null) {
        TokenStreamLocation at = p.currentTokenLocation();
        throw error(JsonCode.TRAILING_CONTENT, "", at.getLineNr(), at.getColumnNr(),
            "more content follows the end of the catalogue document");
      }
      return root;
    } catch (JacksonException e) {
      if (e instanceof JsonReadException read) {
        throw read;
      }
      TokenStreamLocation at = e.getLocation();
      throw error(JsonCode.SYNTAX_ERROR, "", at == null ? -1 : at.getLineNr(),
          at == null ? -1 : at.getColumnNr(), "not JSON: " + e.getOriginalMessage());
    }
  }

  private static CatalogueNode read(JsonParser p, String pointer) {
    TokenStreamLocation at = p.currentTokenLocation();
    long line = at.getLineNr();
    long column = at.getColumnNr();
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, CatalogueNode> members = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          TokenStreamLocation key = p.currentTokenLocation();
          String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
          p.nextToken();
          if (members.containsKey(name)) {
            throw error(JsonCode.DUPLICATE_KEY, child, key.getLineNr(), key.getColumnNr(),
                "the property " + name + " is given twice");
          }
          members.put(name, read(p, child));
        }
        return new CatalogueNode(members, pointer, line, column);
      }
      case START_ARRAY -> {
        List<CatalogueNode> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(p, pointer + "/" + items.size()));
        }
        return new CatalogueNode(items, pointer, line, column);
      }
      case VALUE_STRING -> {
        return new CatalogueNode(p.getString(), pointer, line, column);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new CatalogueNode(p.getNumberValue(), pointer, line, column);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new CatalogueNode(token == JsonToken.VALUE_TRUE, pointer, line, column);
      }
      default -> {
        return new CatalogueNode(null, pointer, line, column);
      }
    }
  }

  /** {@return the JSON Pointer of this value} */
  String pointer() {
    return pointer;
  }

  /** {@return the value: a map, a list, a string, a number, a boolean or null} */
  @Nullable Object value() {
    return value;
  }

  /**
   * This value as an object.
   *
   * @param what what it should be, for the message, e.g. "a rule"
   * @return its members in document order
   * @throws JsonReadException if it is not an object
   */
  @SuppressWarnings("unchecked")
  Map<String, CatalogueNode> object(String what) {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, CatalogueNode>) map;
    }
    throw fail(JsonCode.WRONG_TYPE, what + " must be a JSON object, not " + type());
  }

  /**
   * This value as an array.
   *
   * @param what what it should be, for the message
   * @return its items
   * @throws JsonReadException if it is not an array
   */
  @SuppressWarnings("unchecked")
  List<CatalogueNode> array(String what) {
    if (value instanceof List<?> list) {
      return (List<CatalogueNode>) list;
    }
    throw fail(JsonCode.WRONG_TYPE, what + " must be a JSON array, not " + type());
  }

  /**
   * This value as a string that is not blank.
   *
   * @param what what it should be, for the message
   * @return the string
   * @throws JsonReadException if it is not a string, or is blank
   */
  String text(String what) {
    if (value instanceof String s) {
      if (s.isBlank()) {
        throw fail(JsonCode.INVALID_VALUE, what + " must not be blank");
      }
      return s;
    }
    throw fail(JsonCode.WRONG_TYPE, what + " must be a JSON string, not " + type());
  }

  /**
   * This value as a whole number of at least {@code minimum}.
   *
   * @param what what it should be, for the message
   * @param minimum the smallest value allowed
   * @return the number
   * @throws JsonReadException if it is not such a number
   */
  long whole(String what, long minimum) {
    if (value instanceof Integer || value instanceof Long) {
      long n = ((Number) value).longValue();
      if (n < minimum) {
        throw fail(JsonCode.INVALID_VALUE, what + " must be at least " + minimum + ", not " + n);
      }
      return n;
    }
    if (value instanceof Number) {
      throw fail(JsonCode.INVALID_VALUE, what + " must be a whole number from " + minimum
          + " to " + Long.MAX_VALUE + ", not " + value);
    }
    throw fail(JsonCode.WRONG_TYPE, what + " must be a whole number, not " + type());
  }

  /**
   * This value as a boolean.
   *
   * @param what what it should be, for the message
   * @return the boolean
   * @throws JsonReadException if it is not a boolean
   */
  boolean bool(String what) {
    if (value instanceof Boolean b) {
      return b;
    }
    throw fail(JsonCode.WRONG_TYPE, what + " must be true or false, not " + type());
  }

  private String type() {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map<?, ?>) {
      return "an object";
    }
    if (value instanceof List<?>) {
      return "an array";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    return "a number";
  }

  /**
   * An error at this value.
   *
   * @param code the code
   * @param message what is wrong
   * @return the exception, to throw
   */
  JsonReadException fail(JsonCode code, String message) {
    return error(code, pointer, line, column, message);
  }

  static JsonReadException error(
      JsonCode code, String pointer, long line, long column, String message) {
    return new JsonReadException(
        JsonProblem.of(Severity.ERROR, code.name(), pointer, line, column, message), List.of(),
        null);
  }
}
