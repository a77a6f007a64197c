package org.engagement.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.RecordType;
import org.engagement.core.validation.Severity;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;

/**
 * The state of one read: whether unknown properties are allowed, the warnings found so far and,
 * when asked for, where each record starts. Not thread-safe: one per read.
 */
final class ReadContext {

  /**
   * Thrown when a value could not be bound and its errors are already recorded: the caller skips
   * the rest of the value and goes on. Only thrown when recovering.
   */
  static final class Unbound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unbound() {
      super("the value could not be bound", null, false, false);
    }
  }

  /** The one instance: it carries no state. */
  static final Unbound UNBOUND = new Unbound();

  /** Longest excerpt of a bad value that a message quotes. */
  static final int QUOTE_LIMIT = 40;

  private final boolean allowUnknown;
  private final boolean recover;
  private final List<JsonProblem> warnings = new ArrayList<>();
  private final @Nullable RecordLocations locations;
  private long errors;
  private long maxRecordLength = Long.MAX_VALUE;
  private long recordStart = -1;
  private long unboundRecords;
  private Set<RecordType> bound = EnumSet.allOf(RecordType.class);
  /**
   * The texts {@link #sharedValue} keeps, open-addressed, at most half full, growing from 64
   * slots to twice {@link #SHARED_TEXTS}. A slot is {@value #STRIDE} entries side by side: the
   * text, the value last made of it and the function that made that value, so that a look-up
   * that finds the text finds its value beside it (in the same cache line, but for the slots that
   * straddle two).
   */
  private @Nullable Object[] texts = new Object[64 * STRIDE];
  private int textCount;
  private @Nullable LocalDate @Nullable [] dates;

  /**
   * The most texts {@link #sharedText} and {@link #sharedValue} keep per read: the wards of
   * England and Wales fit.
   */
  static final int SHARED_TEXTS = 16384;

  /** The longest text that {@link #sharedText} and {@link #sharedValue} keep. */
  static final int SHARED_LENGTH = 32;

  /** The most kept texts that one look-up of {@link #sharedValue} compares. */
  static final int PROBES = 8;

  /** The entries of one slot of the kept texts: the text, its value, the value's maker. */
  private static final int STRIDE = 3;

  /** The maker of a kept text's value when the value is the text itself. */
  private static final Function<String, String> TEXT = text -> text;

  /** The slots of the dates {@link #date} keeps per read, a power of two. */
  static final int DATES = 4096;

  /**
   * Returns a context that stops at the first error.
   *
   * @param allowUnknown whether unknown properties are skipped with a warning instead of failing
   * @param locations where to record the start of each record, or null not to
   */
  public ReadContext(boolean allowUnknown, @Nullable RecordLocations locations) {
    this(allowUnknown, locations, false);
  }

  /**
   * Returns a context.
   *
   * @param allowUnknown whether unknown properties are skipped with a warning instead of failing
   * @param locations where to record the start of each record, or null not to
   * @param recover whether an error of binding (a wrong type, an unknown enum value, a broken
   *     invariant...) is recorded and reading goes on past the value that holds it, instead of
   *     stopping; errors of the text itself (syntax, encoding, limits) always stop a read
   */
  public ReadContext(boolean allowUnknown, @Nullable RecordLocations locations, boolean recover) {
    this.allowUnknown = allowUnknown;
    this.locations = locations;
    this.recover = recover;
  }

  /**
   * The problems found so far and not yet drained, in document order: warnings, and when
   * recovering, the errors reading went on past.
   *
   * @return the problems, never null
   */
  public List<JsonProblem> warnings() {
    return Collections.unmodifiableList(warnings);
  }

  /** {@return how many errors reading went on past, drained or not} */
  public long recoveredErrors() {
    return errors;
  }

  /**
   * Sets the record types whose arrays are bound; the arrays of the others are skipped, their
   * text still read as JSON (syntax, nesting depth, the document's length). Every type unless set.
   *
   * @param types the types to bind, not null
   */
  public void bind(Set<RecordType> types) {
    EnumSet<RecordType> copy = EnumSet.noneOf(RecordType.class);
    copy.addAll(types);
    this.bound = copy;
  }

  /**
   * Whether the array of a record type is bound or skipped.
   *
   * @param type the type
   * @return true when bound
   */
  public boolean binds(RecordType type) {
    return bound.contains(type);
  }

  /**
   * Sets the longest record, counted in bytes or characters of the document.
   *
   * @param length the length, at least 1
   */
  public void maxRecordLength(long length) {
    this.maxRecordLength = length;
  }

  /** Notes that a record starts at the parser's current token; -1 after its end. */
  void recordStart(long offset) {
    this.recordStart = offset;
  }

  /** {@return the offset of the parser's current token, in bytes or else characters} */
  static long offset(JsonParser p) {
    TokenStreamLocation at = p.currentTokenLocation();
    return at.getByteOffset() >= 0 ? at.getByteOffset() : at.getCharOffset();
  }

  /**
   * Fails when the record being read is already longer than the limit; called for each element
   * of its lists and maps, the parts of a record that can grow without bound.
   */
  void checkRecordLength(JsonParser p) {
    if (recordStart < 0 || maxRecordLength == Long.MAX_VALUE) {
      return;
    }
    // The offset that Jackson's own parsers keep costs nothing; a token's place in full (a new
    // object) is asked for only near the limit. The kept offset is past the token's start: by
    // one for a value, by the name for a property name.
    if (p instanceof ParserBase base
        && base.getTokenCharacterOffset() - 1 - recordStart <= maxRecordLength) {
      return;
    }
    if (offset(p) - recordStart > maxRecordLength) {
      throw error(p, JsonCode.LIMIT_EXCEEDED, "a record exceeds JsonLimits.maxRecordLength: it"
          + " is longer than " + maxRecordLength + " bytes (or characters)");
    }
  }

  /**
   * The text of the current string token, one instance per text within this read, for the text
   * that many records repeat (a category or dimension code; answer tokens and area, survey and
   * question ids go through {@link #sharedValue}, which keeps their texts the same way): a
   * national file's million survey responses do not each hold, or first make, their own copies
   * of a few hundred strings. The characters are compared in the parser's
   * buffer, so a text already kept is not made again. At most {@value #SHARED_TEXTS} texts of at
   * most {@value #SHARED_LENGTH} characters are kept; any other text is made afresh. The table
   * starts small and grows with the texts kept; a look-up compares at most {@value #PROBES} kept
   * texts, so that texts made to share one hash code cost no more than that each.
   *
   * @param p a parser on a string token
   * @return the token's text, the instance kept in this read when it is kept
   */
  String sharedText(JsonParser p) {
    return sharedValue(p, TEXT);
  }

  /**
   * The value that {@code make} makes of the current string token's text, made once per text
   * within this read and then shared, as {@link #sharedText} shares the text itself: an area or
   * survey id that two million records name is found with its text, in one look-up, instead of
   * being looked up again among the ids of its type (a second hash table, which at national size
   * no longer stays in the processor's cache). A text keeps the value of the last
   * function asked for, compared by identity, so the same text read as two kinds of value is
   * made again when the kind changes, never mistaken for the other.
   *
   * @param p a parser on a string token
   * @param make makes the value of a text; may throw, in which case nothing is kept
   * @param <T> the value's type
   * @return the value, the instance kept in this read when the text is kept
   */
  @SuppressWarnings("unchecked")
  <T> T sharedValue(JsonParser p, Function<String, T> make) {
    int length = p.getStringLength();
    if (length > SHARED_LENGTH) {
      return make.apply(p.getString());
    }
    char[] chars = p.getStringCharacters();
    int offset = p.getStringOffset();
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + chars[offset + i];
    }
    Object[] table = texts;
    int slots = table.length / STRIDE;
    int slot = slot(hash, slots);
    for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & (slots - 1)) {
      int at = slot * STRIDE;
      String known = (String) table[at];
      if (known == null) {
        String text = new String(chars, offset, length);
        T value = make.apply(text);
        if (textCount < SHARED_TEXTS) {
          table[at] = text;
          table[at + 1] = value;
          table[at + 2] = make;
          if (++textCount * 2 > slots && slots < 2 * SHARED_TEXTS) {
            texts = grown(table);
          }
        }
        return value;
      }
      // String.hashCode is the same sum over the characters, and each kept text caches it.
      if (known.hashCode() == hash && Scalars.sameChars(known, chars, offset, length)) {
        if (table[at + 2] == make) {
          return (T) table[at + 1];
        }
        T value = make.apply(known);
        table[at + 1] = value;
        table[at + 2] = make;
        return value;
      }
    }
    return make.apply(new String(chars, offset, length));
  }

  /**
   * The first slot of a hash in a table of {@code length} slots, a power of two: the top bits of
   * the hash times the golden ratio, which spreads the close hash codes of texts such as
   * {@code E05000001}, {@code E05000002}... over the table instead of into one run.
   */
  private static int slot(int hash, int length) {
    return (hash * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(length));
  }

  /**
   * The kept texts and their values in a table of twice the slots; a text that finds no slot
   * within PROBES is let go.
   */
  private Object[] grown(Object[] table) {
    Object[] out = new Object[table.length * 2];
    int slots = out.length / STRIDE;
    textCount = 0;
    for (int from = 0; from < table.length; from += STRIDE) {
      String text = (String) table[from];
      if (text == null) {
        continue;
      }
      int slot = slot(text.hashCode(), slots);
      for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & (slots - 1)) {
        int at = slot * STRIDE;
        if (out[at] == null) {
          System.arraycopy(table, from, out, at, STRIDE);
          textCount++;
          break;
        }
      }
    }
    return out;
  }

  /**
   * The date of a year, month and day, shared within this read as {@link #sharedText} shares
   * text: a national file's two million records fall on a few hundred days. The dates are kept
   * in a table of {@value #DATES} slots, made on first use, one per day for eleven consecutive
   * years; a date whose slot holds another date takes its place.
   *
   * @param year the year, as {@link LocalDate#of(int, int, int)} takes it
   * @param month the month, 1 to 12
   * @param day the day of the month, valid for the month and year
   * @return the date, the instance kept in this read when it is kept
   * @throws java.time.DateTimeException if the fields are not a date
   */
  LocalDate date(int year, int month, int day) {
    if (dates == null) {
      dates = new LocalDate[DATES];
    }
    int slot = ((year * 12 + month) * 31 + day) & (DATES - 1);
    LocalDate known = dates[slot];
    if (known != null && known.getDayOfMonth() == day && known.getMonthValue() == month
        && known.getYear() == year) {
      return known;
    }
    LocalDate date = LocalDate.of(year, month, day);
    dates[slot] = date;
    return date;
  }

  /** Counts a record that could not be bound and was left out. */
  void unboundRecord() {
    unboundRecords++;
  }

  /** {@return how many records could not be bound and were left out} */
  public long unboundRecords() {
    return unboundRecords;
  }

  /** {@return whether reading goes on past errors of binding} */
  public boolean recovering() {
    return recover;
  }

  /**
   * Whether an error of this code leaves the parser able to go on: errors of binding do; errors
   * of the text itself (syntax, encoding, limits, an empty or trailing document, an unsupported
   * version, a stream out of order) do not.
   *
   * @param code the code
   * @return true when reading can go on past it
   */
  public static boolean recoverable(String code) {
    return switch (code) {
      case "WRONG_TYPE", "MISSING_PROPERTY", "UNKNOWN_PROPERTY", "UNKNOWN_ENUM_VALUE",
          "DUPLICATE_KEY", "NON_FINITE_NUMBER", "INVALID_VALUE" -> true;
      default -> false;
    };
  }

  /**
   * Records an error and returns when reading goes on past it; throws it otherwise.
   *
   * @param e the error
   * @throws JsonReadException {@code e}, when not recovering or when it is not recoverable
   */
  void recover(JsonReadException e) {
    if (!recover || !recoverable(e.code())) {
      throw e;
    }
    warnings.add(e.problem());
    errors++;
  }

  /**
   * After an error, skips what is left of the value that held it: moves to the last token of the
   * value at nesting depth {@code depth} (the depth of the object or array being read).
   */
  static void skipRest(JsonParser p, int depth) {
    JsonToken token = p.currentToken();
    while (p.streamReadContext().getNestingDepth() != depth || token == JsonToken.START_OBJECT
        || token == JsonToken.START_ARRAY || token == JsonToken.PROPERTY_NAME) {
      token = p.nextToken();
      if (token == null) {
        throw endOfInput(p);
      }
    }
  }

  /** The error of a document that ends inside a value: not JSON, so reading stops. */
  static JsonReadException endOfInput(JsonParser p) {
    JsonProblem problem = JsonProblem.of(Severity.ERROR, JsonCode.SYNTAX_ERROR.name(),
        pointer(p), p.currentLocation().getLineNr(), p.currentLocation().getColumnNr(),
        "not valid JSON: unexpected end of input");
    return new JsonReadException(problem, List.of(), null);
  }

  /** {@return the nesting depth of the object or array that the parser is on the start of} */
  static int depth(JsonParser p) {
    return p.streamReadContext().getNestingDepth();
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
    // A recoverable error is recorded by recover(): it needs no copy of the problems so far.
    return new JsonReadException(problem,
        recover && recoverable(code.name()) ? List.of() : warnings, cause);
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
      checkRecordLength(p);
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
