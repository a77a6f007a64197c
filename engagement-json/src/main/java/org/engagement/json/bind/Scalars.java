package org.engagement.json.bind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.engagement.core.Answer;
import org.engagement.core.Period;
import org.engagement.json.JsonCode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ObjectNode;

/** The codecs of single values: text, numbers, booleans, dates, periods, answers and ids. */
public final class Scalars {

  private Scalars() {}

  /** The pattern of a date, in JSON Schema (ECMA-262) syntax. */
  static final String DATE_PATTERN = "^[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}$";

  /** The pattern of a period, in JSON Schema (ECMA-262) syntax. */
  static final String PERIOD_PATTERN =
      "^[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}/[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}$";

  private static final Pattern PERIOD = Pattern.compile(
      "[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}/[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}");

  /** The pattern of an id: no surrounding white space, not empty. */
  static final String ID_PATTERN = "^\\S(.*\\S)?$";

  /** Text, written and read as a JSON string; blank text is the validator's business. */
  public static final Codec<String> TEXT = new Codec<>() {
    @Override
    public void write(JsonGenerator g, String value, WriteContext wc) {
      wc.checkString(g, value);
      g.writeString(value);
    }

    @Override
    public String read(JsonParser p, ReadContext rc) {
      return string(p, rc, "a string");
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return s.object().put("type", "string");
    }
  };

  /** A boolean. */
  public static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public void write(JsonGenerator g, Boolean value, WriteContext wc) {
      g.writeBoolean(value);
    }

    @Override
    public Boolean read(JsonParser p, ReadContext rc) {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        return token == JsonToken.VALUE_TRUE;
      }
      throw wrongType(p, rc, "true or false");
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return s.object().put("type", "boolean");
    }
  };

  /** A whole number within the range of a Java {@code long}. */
  public static final Codec<Long> LONG = new Codec<>() {
    @Override
    public void write(JsonGenerator g, Long value, WriteContext wc) {
      g.writeNumber(value.longValue());
    }

    @Override
    public Long read(JsonParser p, ReadContext rc) {
      return whole(p, rc, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return s.object().put("type", "integer")
          .put("minimum", Long.MIN_VALUE).put("maximum", Long.MAX_VALUE);
    }
  };

  /** A whole number within the range of a Java {@code int}. */
  public static final Codec<Integer> INT = new Codec<>() {
    @Override
    public void write(JsonGenerator g, Integer value, WriteContext wc) {
      g.writeNumber(value.intValue());
    }

    @Override
    public Integer read(JsonParser p, ReadContext rc) {
      return (int) whole(p, rc, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return s.object().put("type", "integer")
          .put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
    }
  };

  /** A finite double, written in the shortest form that reads back exactly. */
  public static final Codec<Double> DOUBLE = new Codec<>() {
    @Override
    public void write(JsonGenerator g, Double value, WriteContext wc) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("number at "
            + g.streamWriteContext().pathAsPointer() + " must be finite: " + value);
      }
      g.writeNumber(value.doubleValue());
    }

    @Override
    public Double read(JsonParser p, ReadContext rc) {
      number(p, rc);
      double value = p.getDoubleValue();
      if (!Double.isFinite(value)) {
        throw rc.error(p, JsonCode.NON_FINITE_NUMBER,
            "number is too large for a double: " + ReadContext.quote(p.getText()));
      }
      return value;
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return s.object().put("type", "number");
    }
  };

  /** An exact decimal, written as {@link BigDecimal#toString()} so that its scale survives. */
  public static final Codec<BigDecimal> DECIMAL = new Codec<>() {
    @Override
    public void write(JsonGenerator g, BigDecimal value, WriteContext wc) {
      String text = value.toString();
      wc.checkNumber(g, text);
      g.writeNumber(text);
    }

    @Override
    public BigDecimal read(JsonParser p, ReadContext rc) {
      number(p, rc);
      return p.getDecimalValue();
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return s.object().put("type", "number");
    }
  };

  /** An ISO-8601 calendar date, {@code yyyy-mm-dd}. */
  public static final Codec<LocalDate> DATE = new Codec<>() {
    @Override
    public void write(JsonGenerator g, LocalDate value, WriteContext wc) {
      g.writeString(value.toString());
    }

    @Override
    public LocalDate read(JsonParser p, ReadContext rc) {
      String text = string(p, rc, "a date (yyyy-mm-dd)");
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw rc.error(ReadContext.pointer(p), p.currentTokenLocation(), JsonCode.INVALID_VALUE,
            "date must be an ISO-8601 calendar date yyyy-mm-dd: " + ReadContext.quote(text), e);
      }
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return s.object().put("type", "string").put("format", "date")
          .put("pattern", DATE_PATTERN);
    }
  };

  /** A period of whole days, the ISO-8601 interval {@code yyyy-mm-dd/yyyy-mm-dd}. */
  public static final Codec<Period> PERIOD_CODEC = new Codec<>() {
    @Override
    public void write(JsonGenerator g, Period value, WriteContext wc) {
      g.writeString(value.toString());
    }

    @Override
    public Period read(JsonParser p, ReadContext rc) {
      String text = string(p, rc, "a period (yyyy-mm-dd/yyyy-mm-dd)");
      try {
        if (!PERIOD.matcher(text).matches()) {
          throw new DateTimeParseException("not an interval", text, 0);
        }
        return Period.parse(text);
      } catch (DateTimeParseException e) {
        throw rc.error(ReadContext.pointer(p), p.currentTokenLocation(), JsonCode.INVALID_VALUE,
            "period must be the ISO-8601 interval yyyy-mm-dd/yyyy-mm-dd, both days inclusive, "
                + "not ending before it starts: " + ReadContext.quote(text), e);
      }
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return s.object().put("type", "string").put("pattern", PERIOD_PATTERN);
    }
  };

  /** A survey answer's token. */
  public static final Codec<Answer> ANSWER = new Codec<>() {
    @Override
    public void write(JsonGenerator g, Answer value, WriteContext wc) {
      wc.checkString(g, value.token());
      g.writeString(value.token());
    }

    @Override
    public Answer read(JsonParser p, ReadContext rc) {
      String text = string(p, rc, "an answer token");
      try {
        return Answer.of(text);
      } catch (IllegalArgumentException e) {
        throw rc.error(ReadContext.pointer(p), p.currentTokenLocation(), JsonCode.INVALID_VALUE,
            e.getMessage(), e);
      }
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return s.object().put("type", "string").put("pattern", "\\S");
    }
  };

  /**
   * The codec of a typed id.
   *
   * @param kind the id's name in messages, e.g. {@code "area id"}
   * @param parse reads the id's text, throwing IllegalArgumentException when it is not valid
   */
  public static <T> Codec<T> id(String kind, Function<String, T> parse) {
    return new Codec<>() {
      @Override
      public void write(JsonGenerator g, T value, WriteContext wc) {
        String text = value.toString();
        wc.checkString(g, text);
        g.writeString(text);
      }

      @Override
      public T read(JsonParser p, ReadContext rc) {
        String text = string(p, rc, "a string (" + kind + ")");
        try {
          return parse.apply(text);
        } catch (IllegalArgumentException e) {
          throw rc.error(ReadContext.pointer(p), p.currentTokenLocation(),
              JsonCode.INVALID_VALUE, e.getMessage(), e);
        }
      }

      @Override
      public ObjectNode schema(SchemaContext s) {
        return s.ref("id", () -> s.object().put("type", "string").put("minLength", 1)
            .put("pattern", ID_PATTERN)
            .put("description", "A record id: not blank, without surrounding white space or "
                + "control characters, unique within its record type."));
      }
    };
  }

  static String string(JsonParser p, ReadContext rc, String expected) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(p, rc, expected);
    }
    return p.getString();
  }

  /** Fails unless the parser is on a finite number. */
  static void number(JsonParser p, ReadContext rc) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_FLOAT && p.isNaN()) {
      throw rc.error(p, JsonCode.NON_FINITE_NUMBER, "number must be finite: " + p.getText());
    }
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType(p, rc, "a number");
    }
  }

  private static long whole(JsonParser p, ReadContext rc, long min, long max) {
    number(p, rc);
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
        && (p.getNumberType() == JsonParser.NumberType.INT
            || p.getNumberType() == JsonParser.NumberType.LONG)) {
      long value = p.getLongValue();
      if (value < min || value > max) {
        throw rc.error(p, JsonCode.INVALID_VALUE, "number must lie between " + min + " and "
            + max + ": " + value);
      }
      return value;
    }
    BigDecimal value = p.getDecimalValue();
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      throw rc.error(p, JsonCode.WRONG_TYPE,
          "expected a whole number, found " + ReadContext.quote(p.getText()));
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw rc.error(p, JsonCode.INVALID_VALUE, "number must lie between " + min + " and " + max
          + ": " + ReadContext.quote(p.getText()));
    }
    return value.longValueExact();
  }

  /** The error for a value of the wrong JSON type. */
  static org.engagement.json.JsonReadException wrongType(
      JsonParser p, ReadContext rc, String expected) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_FLOAT && p.isNaN()) {
      return rc.error(p, JsonCode.NON_FINITE_NUMBER, "number must be finite: " + p.getText());
    }
    return rc.error(p, JsonCode.WRONG_TYPE, "expected " + expected + ", found " + describe(token));
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.name();
    }
  }
}
