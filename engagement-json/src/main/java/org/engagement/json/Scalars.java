package org.engagement.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.engagement.core.Answer;
import org.engagement.core.Period;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ObjectNode;

/** The codecs of single values: text, numbers, booleans, dates, periods, answers and ids. */
final class Scalars {

  private Scalars() {}

  /**
   * The end of the input, in JSON Schema (ECMA-262) syntax: not {@code $}, which in Java and
   * Python also matches before a final line end.
   */
  static final String END = "(?![\\s\\S])";

  /**
   * A year as {@link LocalDate#parse} reads it: four digits; or a minus and four to nine digits,
   * not all zero; or a plus and five to nine digits; or either sign and ten digits starting with
   * 0.
   */
  private static final String YEAR =
      "(?:[0-9]{4}|-(?!0+-)(?:[0-9]{4,9}|0[0-9]{9})|\\+(?:[0-9]{5,9}|0[0-9]{9}))";

  /** A month and day that exist in every year. */
  private static final String MONTH_DAY = "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
      + "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))";

  /** The last four digits of a leap year: divisible by 4, and by 400 when by 100. */
  private static final String LEAP_YEAR_END =
      "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";

  /** A calendar date that {@link LocalDate#parse} reads, leap days included, unanchored. */
  private static final String DATE_BODY = "(?=" + YEAR + "-)(?:[+-]?[0-9]*-" + MONTH_DAY
      + "|[+-]?[0-9]*" + LEAP_YEAR_END + "-02-29)";

  /**
   * The pattern of a date, in JSON Schema (ECMA-262) syntax: exactly the texts that
   * {@link LocalDate#parse} reads, so impossible days such as 2012-02-30 do not match.
   */
  static final String DATE_PATTERN = "^" + DATE_BODY + END;

  /** The pattern of a period, in JSON Schema (ECMA-262) syntax: two dates and a slash. */
  static final String PERIOD_PATTERN = "^" + DATE_BODY + "/" + DATE_BODY + END;

  private static final Pattern PERIOD = Pattern.compile(
      "[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}/[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}");

  /**
   * The characters of {@link Character#isWhitespace}, which {@link String#isBlank} and
   * {@link String#strip} use, as the body of a character class.
   */
  static final String WHITE_SPACE = characterClass(Character::isWhitespace);

  /** The characters of {@link Character#isISOControl}, as the body of a character class. */
  static final String CONTROL = characterClass(Character::isISOControl);

  /**
   * The pattern of text that is not blank in the sense of {@link String#isBlank}, which
   * {@code @NotBlank} uses: some character is not white space.
   */
  static final String NOT_BLANK_PATTERN = "[^" + WHITE_SPACE + "]";

  /**
   * The pattern of an id, as {@code RecordId} checks it: not blank, no white space at either end,
   * no control character.
   */
  static final String ID_PATTERN = "^[^" + WHITE_SPACE + CONTROL + "](?:[^" + CONTROL + "]*[^"
      + WHITE_SPACE + CONTROL + "])?" + END;

  /** The BMP characters that {@code test} accepts, as ranges of a regular-expression class written with {@code \\u} escapes. */
  private static String characterClass(java.util.function.IntPredicate test) {
    StringBuilder out = new StringBuilder();
    int c = 0;
    while (c <= Character.MAX_VALUE) {
      if (!test.test(c)) {
        c++;
        continue;
      }
      int last = c;
      while (last < Character.MAX_VALUE && test.test(last + 1)) {
        last++;
      }
      out.append(String.format("\\u%04X", c));
      if (last > c) {
        out.append('-').append(String.format("\\u%04X", last));
      }
      c = last + 1;
    }
    return out.toString();
  }

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

  /**
   * A code that many records repeat (a demographic category, a dimension), written and read as
   * a JSON string like {@link #TEXT}; the records of one read share one instance of each
   * ({@link ReadContext#sharedText}).
   */
  public static final Codec<String> CODE = new Codec<>() {
    @Override
    public void write(JsonGenerator g, String value, WriteContext wc) {
      TEXT.write(g, value, wc);
    }

    @Override
    public String read(JsonParser p, ReadContext rc) {
      return sharedString(p, rc, "a string");
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return TEXT.schema(s);
    }
  };

  /**
   * Text other than one reserved value, which the type's own check refuses.
   *
   * @param reserved the value that is not allowed
   */
  public static Codec<String> textOtherThan(String reserved) {
    return new Codec<>() {
      @Override
      public void write(JsonGenerator g, String value, WriteContext wc) {
        TEXT.write(g, value, wc);
      }

      @Override
      public String read(JsonParser p, ReadContext rc) {
        return TEXT.read(p, rc);
      }

      @Override
      public ObjectNode schema(SchemaContext s) {
        ObjectNode node = TEXT.schema(s);
        node.putObject("not").put("const", reserved);
        return node;
      }
    };
  }

  /** The schema of text that must not be blank, registered once. */
  static ObjectNode notBlankText(SchemaContext s) {
    return s.ref("notBlankText", () -> s.object().put("type", "string").put("minLength", 1)
        .put("pattern", NOT_BLANK_PATTERN)
        .put("description", "Text that is not blank: some character is not white space."));
  }

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
      return s.object().put("type", "number")
          .put("minimum", -Double.MAX_VALUE).put("maximum", Double.MAX_VALUE);
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
      return decimal(p, rc, "number is too large to hold exactly");
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
      int year = value.getYear();
      if (year < 0 || year > 9999) {
        g.writeString(value.toString());
        return;
      }
      // The text LocalDate.toString gives for these years, without its builder and string.
      char[] text = {
          digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10), '-',
          digit(value.getMonthValue() / 10), digit(value.getMonthValue() % 10), '-',
          digit(value.getDayOfMonth() / 10), digit(value.getDayOfMonth() % 10)};
      g.writeString(text, 0, text.length);
    }

    private static char digit(int d) {
      return (char) ('0' + d);
    }

    @Override
    public LocalDate read(JsonParser p, ReadContext rc) {
      if (p.currentToken() == JsonToken.VALUE_STRING && p.getStringLength() == 10) {
        LocalDate plain = plainDate(p.getStringCharacters(), p.getStringOffset(), rc);
        if (plain != null) {
          return plain;
        }
      }
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
      return s.ref("date", () -> s.object().put("type", "string").put("format", "date")
          .put("pattern", DATE_PATTERN)
          .put("description", "An ISO-8601 calendar date yyyy-mm-dd that exists (no "
              + "2012-02-30); years beyond 9999 take a +, years before 0 a -."));
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
      if (text.length() == 21 && text.charAt(10) == '/') {
        char[] chars = text.toCharArray();
        LocalDate from = plainDate(chars, 0, rc);
        LocalDate to = from == null ? null : plainDate(chars, 11, rc);
        if (to != null && !to.isBefore(from)) {
          return Period.of(from, to);
        }
      }
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
      return s.ref("period", () -> s.object().put("type", "string")
          .put("pattern", PERIOD_PATTERN)
          .put("description", "A period of whole days, the ISO-8601 interval "
              + "yyyy-mm-dd/yyyy-mm-dd, both days inclusive; that the end is not before the "
              + "start is beyond JSON Schema."));
    }
  };

  /** Makes an answer of its token; one instance, the key of the answers a read keeps. */
  private static final Function<String, Answer> ANSWER_OF = Answer::of;

  /** A survey answer's token. */
  public static final Codec<Answer> ANSWER = new Codec<>() {
    @Override
    public void write(JsonGenerator g, Answer value, WriteContext wc) {
      wc.checkString(g, value.token());
      g.writeString(value.token());
    }

    @Override
    public Answer read(JsonParser p, ReadContext rc) {
      try {
        return sharedValue(p, rc, "an answer token", ANSWER_OF);
      } catch (IllegalArgumentException e) {
        throw rc.error(ReadContext.pointer(p), p.currentTokenLocation(), JsonCode.INVALID_VALUE,
            e.getMessage(), e);
      }
    }

    @Override
    public ObjectNode schema(SchemaContext s) {
      return notBlankText(s);
    }
  };

  /**
   * The codec of a typed id.
   *
   * @param kind the id's name in messages, e.g. {@code "area id"}
   * @param parse reads the id's text, throwing IllegalArgumentException when it is not valid
   */
  public static <T> Codec<T> id(String kind, Function<String, T> parse) {
    return id(kind, parse, false);
  }

  /**
   * The codec of a typed id.
   *
   * @param kind the id's name in messages, e.g. {@code "area id"}
   * @param parse reads the id's text, throwing IllegalArgumentException when it is not valid
   * @param repeated whether most records refer to a few ids of this kind (areas, surveys,
   *     questions), so that each id is made once and shared within a read
   *     ({@link ReadContext#sharedValue})
   */
  public static <T> Codec<T> id(String kind, Function<String, T> parse, boolean repeated) {
    return new Codec<>() {
      @Override
      public void write(JsonGenerator g, T value, WriteContext wc) {
        String text = value.toString();
        wc.checkString(g, text);
        g.writeString(text);
      }

      private final String expected = "a string (" + kind + ")";

      @Override
      public T read(JsonParser p, ReadContext rc) {
        try {
          return repeated ? sharedValue(p, rc, expected, parse)
              : parse.apply(string(p, rc, expected));
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

  /**
   * Reads the common form {@code yyyy-mm-dd} (four-digit year) without a formatter: exactly the
   * dates that {@link LocalDate#parse} reads in that form. Returns null for any other text, which
   * {@code LocalDate.parse} then reads or refuses with its own message.
   */
  static @org.jspecify.annotations.Nullable LocalDate plainDate(String text) {
    return text.length() == 10 ? plainDate(text.toCharArray(), 0, null) : null;
  }

  /**
   * As {@link #plainDate(String)}, on the ten characters from {@code offset} (the array must
   * hold them); the date shared within a read ({@link ReadContext#date}) when a context is given.
   */
  static @org.jspecify.annotations.Nullable LocalDate plainDate(
      char[] chars, int offset, @org.jspecify.annotations.Nullable ReadContext rc) {
    if (chars[offset + 4] != '-' || chars[offset + 7] != '-') {
      return null;
    }
    int year = digits(chars, offset, offset + 4);
    int month = digits(chars, offset + 5, offset + 7);
    int day = digits(chars, offset + 8, offset + 10);
    if (year < 0 || month < 1 || month > 12 || day < 1
        || day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
      return null;
    }
    return rc == null ? LocalDate.of(year, month, day) : rc.date(year, month, day);
  }

  /** The value of the ASCII digits from {@code from} to {@code to}, or -1 if one is not. */
  private static int digits(char[] chars, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  static String string(JsonParser p, ReadContext rc, String expected) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(p, rc, expected);
    }
    return p.getString();
  }

  /**
   * As {@link #string}, for text that many records repeat: the instance shared within the read
   * ({@link ReadContext#sharedText}), made only the first time.
   */
  static String sharedString(JsonParser p, ReadContext rc, String expected) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(p, rc, expected);
    }
    return rc.sharedText(p);
  }

  /**
   * As {@link #sharedString}, for a value made of text that many records repeat (an area, survey
   * or question id, an answer): the value made the first time and shared within the read
   * ({@link ReadContext#sharedValue}).
   *
   * @throws IllegalArgumentException as {@code make} throws for text it does not take
   */
  static <T> T sharedValue(
      JsonParser p, ReadContext rc, String expected, Function<String, T> make) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(p, rc, expected);
    }
    return rc.sharedValue(p, make);
  }

  /** Whether the text is the {@code length} characters from {@code offset}. */
  static boolean sameChars(String text, char[] chars, int offset, int length) {
    if (length != text.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (chars[offset + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
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
    BigDecimal value =
        decimal(p, rc, "number must lie between " + min + " and " + max);
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

  /**
   * The current number as an exact decimal. A number whose exponent passes what a
   * {@link BigDecimal} holds ({@code 1E99999999999}) is an {@code INVALID_VALUE} with the given
   * reason, not the parser's {@link NumberFormatException}.
   */
  private static BigDecimal decimal(JsonParser p, ReadContext rc, String reason) {
    try {
      return p.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      throw rc.error(p, JsonCode.INVALID_VALUE, reason + ": " + ReadContext.quote(p.getText()));
    }
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
