package org.engagement.json;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.engagement.core.EngagementDataset;
import org.engagement.core.RecordType;
import org.engagement.core.validation.DatasetValidator;
import org.engagement.core.validation.Severity;
import org.engagement.core.validation.ValidationIssue;
import org.engagement.core.validation.ValidationReport;
import org.engagement.measures.Comparison;
import org.engagement.measures.MeasureResult;
import org.engagement.measures.RatingScale;
import org.engagement.measures.Scorecard;
import org.engagement.measures.ScorecardComparison;
import org.engagement.measures.Trend;
import org.engagement.measures.loop.Retention;
import org.engagement.measures.methods.MethodReport;
import org.engagement.measures.survey.SurveyBreakdown;
import org.engagement.measures.survey.SurveyChange;
import org.engagement.measures.survey.SurveyEstimate;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes engagement datasets as JSON in one call, for everyone who does not want to
 * touch Jackson.
 *
 * <pre>{@code
 * EngagementJson json = EngagementJson.standard();
 * json.write(dataset, Path.of("lambeth.json"));
 * ReadResult result = json.read(Path.of("lambeth.json"));
 * EngagementDataset back = result.requireValid();       // or look at result.problems()
 * }</pre>
 *
 * <p>The format is described in the {@linkplain org.engagement.json package documentation} and
 * published as a JSON Schema ({@link #schema()}). Writing is canonical: the same dataset always
 * gives the same bytes, so files diff cleanly in version control, and a written document is
 * always read back to an equal dataset.
 *
 * <p>Reading binds the document, then (with {@link JsonFeature#VALIDATE}, on by default) runs the
 * dataset validator and reports its issues with JSON Pointers into the document. A document that
 * cannot be bound fails with a {@link JsonReadException} naming a stable {@link JsonCode}, the
 * JSON Pointer, the line and the column; hostile input is bounded by {@link JsonLimits}. I/O
 * failures are thrown as {@link UncheckedIOException}. Messages name places and rules and quote
 * bad values only in part; nothing is logged.
 *
 * <p>Options are {@link JsonFeature}s; {@code enable}, {@code disable}, {@code withLimits} and
 * {@code withRecordTypes} (to read only the records a question needs) return a new instance.
 * This class is immutable and thread-safe.
 */
public final class EngagementJson {

  /** Draws the names of temporary files. */
  private static final SecureRandom TEMP_NAMES = new SecureRandom();

  /**
   * The buffer between a file and Jackson, in bytes: eight of Jackson's reads of 8,000 bytes, so
   * that none straddles two fills. On the machine measured, writing a 635 MB file in calls of
   * 8,000 bytes took more than three times as long as in calls of 64 KiB, and reading it four and
   * a half times as long (docs/performance.md, "Writing and reading in larger calls").
   */
  private static final int FILE_BUFFER = 64_000;

  private static final EngagementJson STANDARD =
      new EngagementJson(defaults(), JsonLimits.defaults(), EnumSet.allOf(RecordType.class));

  private final Set<JsonFeature> features;
  private final JsonLimits limits;
  private final Set<RecordType> recordTypes;
  private final JsonMapper mapper;
  private final ObjectWriter canonical;
  private final ObjectWriter compact;

  private EngagementJson(Set<JsonFeature> features, JsonLimits limits,
      Set<RecordType> recordTypes) {
    if (features.contains(JsonFeature.VALIDATE)
        && recordTypes.size() < RecordType.values().length) {
      throw new IllegalStateException("an instance that reads only some record types cannot "
          + "validate, as the dataset validator's rules between records need every type: "
          + "disable(JsonFeature.VALIDATE) before withRecordTypes, not enable(VALIDATE) after");
    }
    this.features = Set.copyOf(features);
    this.limits = limits;
    EnumSet<RecordType> types = EnumSet.noneOf(RecordType.class);
    types.addAll(recordTypes);
    this.recordTypes = Collections.unmodifiableSet(types);
    JsonFactory factory = JsonFactory.builder()
        // Each limit refuses input with a message of its own (LimitConstraints.Exceeded).
        .streamReadConstraints(new LimitConstraints(limits))
        .streamWriteConstraints(StreamWriteConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .build())
        // NaN and Infinity are read so that they are refused with their own code and place.
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        // Streams handed in by callers stay theirs to close.
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    this.mapper = JsonMapper.builder(factory).addModule(new EngagementModule()).build();
    DefaultPrettyPrinter printer = Schemas.canonicalPrinter();
    WriteContext wc = new WriteContext(limits.maxStringLength(), limits.maxNumberLength());
    this.canonical = mapper.writer().with(printer).withAttribute(WriteContext.class, wc);
    this.compact = mapper.writer().withAttribute(WriteContext.class, wc);
  }

  private static Set<JsonFeature> defaults() {
    Set<JsonFeature> on = EnumSet.noneOf(JsonFeature.class);
    for (JsonFeature feature : JsonFeature.values()) {
      if (feature.enabledByDefault()) {
        on.add(feature);
      }
    }
    return on;
  }

  /**
   * Returns the reader and writer with every feature at its default and the default limits.
   *
   * @return the standard instance, never null
   */
  public static EngagementJson standard() {
    return STANDARD;
  }

  /**
   * Returns an instance with these features on.
   *
   * @param enabled the features, not null
   * @return a new instance; this one is unaffected
   * @throws IllegalStateException if {@code enabled} holds {@link JsonFeature#VALIDATE} and this
   *     instance reads only some record types ({@link #withRecordTypes})
   */
  public EngagementJson enable(JsonFeature... enabled) {
    Set<JsonFeature> on = features.isEmpty() ? EnumSet.noneOf(JsonFeature.class)
        : EnumSet.copyOf(features);
    on.addAll(List.of(enabled));
    return new EngagementJson(on, limits, recordTypes);
  }

  /**
   * Returns an instance with these features off.
   *
   * @param disabled the features, not null
   * @return a new instance; this one is unaffected
   */
  public EngagementJson disable(JsonFeature... disabled) {
    Set<JsonFeature> on = features.isEmpty() ? EnumSet.noneOf(JsonFeature.class)
        : EnumSet.copyOf(features);
    List.of(disabled).forEach(on::remove);
    return new EngagementJson(on, limits, recordTypes);
  }

  /**
   * Returns an instance with these limits.
   *
   * @param newLimits the limits, not null
   * @return a new instance; this one is unaffected
   */
  public EngagementJson withLimits(JsonLimits newLimits) {
    return new EngagementJson(features, newLimits, recordTypes);
  }

  /**
   * Returns an instance that binds only the records of these types when it reads a dataset
   * ({@code read}, {@code readString}) or streams one ({@code stream}); the arrays of the other
   * types are skipped: their text is still read as JSON, so that a syntax error, too deep a
   * nesting or too long a document fails the read as before, but no record is made (and the
   * limits on the length of a record and of a string, which bound what is made, do not apply to
   * them), so the dataset read holds empty lists of them. An empty set reads the format version
   * and the scheme only. Reading what a question needs is quicker and takes less memory: M1
   * needs areas, inputs and decisions, about a sixth of the national sample file, and every
   * measure names the types its figures depend on
   * ({@link org.engagement.measures.Measure#recordTypes()}).
   *
   * <pre>{@code
   * Set<RecordType> types = OutcomeMeasures.standard().dueConsideration().recordTypes();
   * EngagementDataset data = EngagementJson.standard()
   *     .disable(JsonFeature.VALIDATE)
   *     .withRecordTypes(types)
   *     .read(Path.of("national.json"))
   *     .dataset();
   * }</pre>
   *
   * <p>Such an instance does not validate — neither the dataset validator after {@code read} nor
   * the checks of each record in {@code stream}: the validator's rules between records need every
   * type, so {@link JsonFeature#VALIDATE} must be off first, and a reference to a record of a type
   * skipped would otherwise show as unknown. Validate the file apart with
   * {@link #validate(Path)}, which reads every type, as writing writes every type.
   *
   * @param types the record types to bind, not null; every type binds them all, none only the
   *     header
   * @return a new instance; this one is unaffected
   * @throws IllegalStateException if {@code types} leaves a type out and {@link
   *     JsonFeature#VALIDATE} is on
   * @throws NullPointerException if {@code types} is or holds null
   */
  public EngagementJson withRecordTypes(Set<RecordType> types) {
    Objects.requireNonNull(types, "types must not be null");
    for (RecordType type : types) {
      if (type == null) {
        throw new NullPointerException("record types must not hold null");
      }
    }
    EnumSet<RecordType> copy = EnumSet.noneOf(RecordType.class);
    copy.addAll(types);
    return new EngagementJson(features, limits, copy);
  }

  /**
   * The record types this instance binds when it reads; every type unless {@link
   * #withRecordTypes} chose some.
   *
   * @return the types, unmodifiable, never null
   */
  public Set<RecordType> recordTypes() {
    return recordTypes;
  }

  /**
   * Whether a feature is on.
   *
   * @param feature the feature, not null
   * @return true when on
   */
  public boolean isEnabled(JsonFeature feature) {
    return features.contains(feature);
  }

  /**
   * Returns the published JSON Schema (draft 2020-12) of the format this SDK writes, also in the
   * jar as {@code org/engagement/json/engagement-1.0.schema.json}. Every document the SDK writes
   * validates against it; it describes the structure and the single-field rules, not the
   * validator's rules between values.
   *
   * @return the schema's text, never null
   */
  public static String schema() {
    return resource(SCHEMA_RESOURCE);
  }

  private static String resource(String name) {
    try (InputStream in = EngagementJson.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** The name of the schema resource, next to this class. */
  static final String SCHEMA_RESOURCE = "engagement-1.0.schema.json";

  /** {@return the limits of reading and writing, never null} */
  public JsonLimits limits() {
    return limits;
  }

  // ---------------------------------------------------------------------------------- reading

  /**
   * Reads a dataset from a file, which must be strict UTF-8 (a byte order mark is allowed); other
   * bytes fail with {@code MALFORMED_TEXT} and their byte offset.
   *
   * @param path the file, not null
   * @return the dataset and the problems found, never null
   * @throws JsonReadException if the document cannot be bound
   * @throws UncheckedIOException if the file cannot be read
   */
  public ReadResult read(Path path) {
    try (InputStream in = openBuffered(path)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /**
   * Reads a dataset from a byte stream, which must be strict UTF-8 (a byte order mark is
   * allowed; other bytes fail with {@code MALFORMED_TEXT} and their byte offset); the stream is
   * not closed.
   *
   * @param in the stream, not null
   * @return the dataset and the problems found, never null
   * @throws JsonReadException if the document cannot be bound
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ReadResult read(InputStream in) {
    return read(() -> mapper.createParser(new StrictUtf8InputStream(in)));
  }

  /**
   * Reads a dataset from a character stream; the reader is not closed.
   *
   * @param reader the reader, not null
   * @return the dataset and the problems found, never null
   * @throws JsonReadException if the document cannot be bound
   * @throws UncheckedIOException if the reader fails
   */
  public ReadResult read(Reader reader) {
    return read(() -> mapper.createParser(reader));
  }

  /**
   * Reads a dataset from a string holding the document.
   *
   * @param json the document, not null
   * @return the dataset and the problems found, never null
   * @throws JsonReadException if the document cannot be bound
   */
  public ReadResult readString(String json) {
    return read(() -> mapper.createParser(json));
  }

  private ReadResult read(Supplier<JsonParser> opener) {
    RecordLocations locations = new RecordLocations();
    ReadContext rc =
        new ReadContext(isEnabled(JsonFeature.ALLOW_UNKNOWN_PROPERTIES), locations, true);
    rc.maxRecordLength(limits.maxRecordLength());
    rc.bind(recordTypes);
    EngagementDataset dataset;
    try (JsonParser p = open(opener, rc)) {
      dataset = guard(p, rc, () -> {
        start(p, rc);
        EngagementDataset read = DatasetCodec.INSTANCE.read(p, rc);
        end(p, rc);
        return read;
      });
    }
    List<JsonProblem> problems = new ArrayList<>(rc.warnings());
    unbound(rc, locations, problems);
    List<ValidationIssue> issues = new ArrayList<>(problems.size());
    for (JsonProblem problem : problems) {
      issues.add(Pointers.issue(problem));
    }
    boolean validate = isEnabled(JsonFeature.VALIDATE);
    if (validate) {
      ValidationReport report =
          Pointers.remap(DatasetValidator.standard().validate(dataset), locations);
      problems.addAll(Pointers.problems(report, locations));
      issues.addAll(report.issues());
    }
    return ReadResult.of(dataset, problems, ValidationReport.of(issues), validate);
  }

  /** Adds the one warning that records could not be bound, if any could not. */
  private static void unbound(ReadContext rc, RecordLocations locations,
      List<JsonProblem> problems) {
    if (rc.unboundRecords() > 0) {
      long n = rc.unboundRecords();
      long[] at = locations.document();
      problems.add(JsonProblem.of(Severity.WARNING, JsonCode.UNBOUND_RECORDS.name(), "", at[0],
          at[1], n + (n == 1 ? " record" : " records") + " could not be bound (see "
              + (n == 1 ? "its error" : "their errors") + ") and "
              + (n == 1 ? "is" : "are") + " left out of the checks between records, where "
              + "references to " + (n == 1 ? "it" : "them") + " may show as unknown"));
    }
  }

  /**
   * Validates a dataset file record by record, in memory that grows with the number of records'
   * ids rather than with the size of the file, and gives the same problems as {@link #read(Path)}
   * with {@link JsonFeature#VALIDATE}: errors of binding, the reader's warnings and every issue
   * of the dataset validator. The file is read twice: once to check each record and keep the ids
   * and the few fields that the rules between records compare, once to check references, which
   * may point forward. A document that puts {@code formatVersion} or the scheme after the record
   * arrays cannot be streamed and is read whole instead.
   *
   * <pre>{@code
   * StreamedValidation v = EngagementJson.standard().validate(Path.of("national.json"));
   * v.isValid();
   * v.report().countsByCode();
   * }</pre>
   *
   * @param path the file, not null
   * @return the problems and the report, never null
   * @throws JsonReadException if the document cannot be read at all: not JSON, not strict UTF-8,
   *     a limit passed, not an object
   * @throws UncheckedIOException if the file cannot be read
   */
  public StreamedValidation validate(Path path) {
    return validate(path, bytes -> { });
  }

  /**
   * Validates a file record by record, as {@link #validate(Path)} does, reporting how far it has
   * read: a long validation (a national file takes minutes) can show its progress.
   *
   * <p>{@code bytesRead} receives the number of bytes read so far, counted over both passes: it
   * rises to the file's size during the first pass and on to twice its size during the second.
   * It is called from the validating thread, often (after every buffer the parser reads), so it
   * should be cheap; it is not called for a document read whole (one that cannot be streamed).
   *
   * <pre>{@code
   * long size = Files.size(Path.of("national.json"));
   * StreamedValidation v = EngagementJson.standard().validate(Path.of("national.json"),
   *     read -> System.err.printf("%d%% ", read * 50 / Math.max(1, size)));
   * }</pre>
   *
   * @param path the file, not null
   * @param bytesRead receives the bytes read so far over both passes, not null
   * @return the problems and the report, never null
   * @throws JsonReadException if the document cannot be read at all: not JSON, not strict UTF-8,
   *     a limit passed, not an object
   * @throws UncheckedIOException if the file cannot be read
   */
  public StreamedValidation validate(Path path, LongConsumer bytesRead) {
    Objects.requireNonNull(bytesRead, "bytesRead");
    try {
      return validateStreaming(path, bytesRead);
    } catch (JsonReadException e) {
      if (!e.code().equals(JsonCode.STREAM_ORDER.name())) {
        throw e;
      }
      ReadResult whole = withRecordTypes(EnumSet.allOf(RecordType.class))
          .enable(JsonFeature.VALIDATE).read(path);
      return new StreamedValidation(whole.problems(), whole.report());
    }
  }

  private StreamedValidation validateStreaming(Path path, LongConsumer bytesRead) {
    long[] read = {0};
    LongConsumer counted = n -> {
      read[0] += n;
      bytesRead.accept(read[0]);
    };
    RecordLocations locations = new RecordLocations();
    ReadContext rc =
        new ReadContext(isEnabled(JsonFeature.ALLOW_UNKNOWN_PROPERTIES), locations, true);
    rc.maxRecordLength(limits.maxRecordLength());
    List<JsonProblem> problems = new ArrayList<>();
    StreamingValidator validator = pass(path, counted, rc, (doc, v) -> {
      StreamingValidator sv = v == null
          ? new StreamingValidator(doc.scheme(), doc.schemeUnbound()) : v;
      problems.addAll(rc.drainWarnings());
      DocumentStream.Item item;
      while ((item = doc.next()) != null) {
        sv.first(item);
        if (!rc.warnings().isEmpty()) {
          problems.addAll(rc.drainWarnings());
        }
      }
      return sv;
    }, null);
    problems.addAll(rc.drainWarnings());
    validator.areaTree();
    ReadContext again =
        new ReadContext(isEnabled(JsonFeature.ALLOW_UNKNOWN_PROPERTIES), null, true);
    again.maxRecordLength(limits.maxRecordLength());
    pass(path, counted, again, (doc, v) -> {
      DocumentStream.Item item;
      while ((item = doc.next()) != null) {
        v.second(item);
        again.drainWarnings();
      }
      return v;
    }, validator);
    unbound(rc, locations, problems);
    List<ValidationIssue> issues = new ArrayList<>(problems.size());
    for (JsonProblem problem : problems) {
      issues.add(Pointers.issue(problem));
    }
    ValidationReport report = ValidationReport.of(validator.issues());
    problems.addAll(Pointers.problems(report, locations));
    issues.addAll(report.issues());
    return new StreamedValidation(problems, ValidationReport.of(issues));
  }

  /** One pass of a streaming validation. */
  private interface Pass {
    StreamingValidator run(DocumentStream doc, @Nullable StreamingValidator validator);
  }

  private StreamingValidator pass(Path path, LongConsumer bytesRead, ReadContext rc, Pass pass,
      @Nullable StreamingValidator validator) {
    try (InputStream in = counting(openBuffered(path), bytesRead);
        JsonParser p = open(() -> mapper.createParser(new StrictUtf8InputStream(in)), rc)) {
      return guard(p, rc, () -> {
        start(p, rc);
        StreamingValidator out = pass.run(new DocumentStream(p, rc), validator);
        end(p, rc);
        return out;
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** A stream that reports the number of bytes of each read to {@code bytes}. */
  private static InputStream counting(InputStream in, LongConsumer bytes) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bytes.accept(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          bytes.accept(n);
        }
        return n;
      }
    };
  }

  /**
   * Opens a file for reading record by record.
   *
   * @param path the file, not null
   * @return the open stream, positioned after the header; close it
   * @throws JsonReadException if the header is not valid
   * @throws UncheckedIOException if the file cannot be read
   */
  public RecordStream stream(Path path) {
    InputStream in;
    try {
      in = openBuffered(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    try {
      return stream(() -> mapper.createParser(new StrictUtf8InputStream(in)), in);
    } catch (RuntimeException e) {
      try {
        in.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * Opens a byte stream, which must be strict UTF-8 (a byte order mark is allowed), for reading
   * record by record; closing the record stream does not close it.
   *
   * @param in the stream, not null
   * @return the open stream, positioned after the header; close it
   * @throws JsonReadException if the header is not valid
   */
  public RecordStream stream(InputStream in) {
    return stream(() -> mapper.createParser(new StrictUtf8InputStream(in)), null);
  }

  /**
   * Opens a character stream for reading record by record; closing the record stream does not
   * close it.
   *
   * @param reader the reader, not null
   * @return the open stream, positioned after the header; close it
   * @throws JsonReadException if the header is not valid
   */
  public RecordStream stream(Reader reader) {
    return stream(() -> mapper.createParser(reader), null);
  }

  private RecordStream stream(Supplier<JsonParser> opener, @Nullable AutoCloseable owned) {
    ReadContext rc = new ReadContext(isEnabled(JsonFeature.ALLOW_UNKNOWN_PROPERTIES), null);
    rc.maxRecordLength(limits.maxRecordLength());
    rc.bind(recordTypes);
    JsonParser parser = open(opener, rc);
    return new RecordStream(parser, rc, isEnabled(JsonFeature.VALIDATE), owned);
  }

  /**
   * Opens a parser, which for a string already measures the document against the limits.
   */
  static JsonParser open(Supplier<JsonParser> opener, ReadContext rc) {
    try {
      return opener.get();
    } catch (StreamConstraintsException e) {
      throw rc.error("", e.getLocation() == null ? TokenStreamLocation.NA : e.getLocation(),
          JsonCode.LIMIT_EXCEEDED, limitMessage(e), e);
    } catch (JacksonIOException e) {
      throw ioFailure(rc, e);
    }
  }

  /**
   * The exception for an I/O failure under the parser: bytes that are not strict UTF-8 are an
   * error of the document ({@code MALFORMED_TEXT}); anything else is an I/O failure.
   */
  static RuntimeException ioFailure(ReadContext rc, JacksonIOException e) {
    if (e.getCause() instanceof StrictUtf8InputStream.MalformedTextException m) {
      TokenStreamLocation at = new TokenStreamLocation(
          tools.jackson.core.io.ContentReference.unknown(), m.offset(), -1L,
          (int) Math.min(m.line(), Integer.MAX_VALUE), (int) Math.min(m.column(),
          Integer.MAX_VALUE));
      return rc.error("", at, JsonCode.MALFORMED_TEXT, m.getMessage(), m);
    }
    return new UncheckedIOException("cannot read the document", e.getCause());
  }

  /** Moves to the document's first token; fails on an empty document. */
  static void start(JsonParser p, ReadContext rc) {
    start(p, rc, "an engagement dataset object");
  }

  private static void start(JsonParser p, ReadContext rc, String expected) {
    if (p.nextToken() == null) {
      throw rc.error("", p.currentLocation(), JsonCode.EMPTY_DOCUMENT,
          "document is empty: expected " + expected, null);
    }
  }

  /** Fails unless the document ends after its root value. */
  static void end(JsonParser p, ReadContext rc) {
    JsonToken next;
    try {
      next = p.nextToken();
    } catch (StreamReadException e) {
      TokenStreamLocation at = e.getLocation() == null ? p.currentLocation() : e.getLocation();
      throw rc.error("", at, JsonCode.TRAILING_CONTENT,
          "content follows the end of the document", e);
    }
    if (next != null) {
      throw rc.error("", p.currentTokenLocation(), JsonCode.TRAILING_CONTENT,
          "content follows the end of the document", null);
    }
  }

  /** A step of reading that Jackson may interrupt. */
  interface Step<T> {
    T run();
  }

  /**
   * Runs a step of reading, turning Jackson's own exceptions into {@link JsonReadException}s with
   * a code and the parser's place.
   */
  static <T> T guard(JsonParser p, ReadContext rc, Step<T> step) {
    try {
      return step.run();
    } catch (JsonReadException e) {
      throw e;
    } catch (StreamConstraintsException e) {
      throw rc.error(ReadContext.pointer(p), location(p, e), JsonCode.LIMIT_EXCEEDED,
          limitMessage(e), e);
    } catch (JacksonIOException e) {
      throw ioFailure(rc, e);
    } catch (StreamReadException e) {
      throw rc.error(ReadContext.pointer(p), location(p, e), JsonCode.SYNTAX_ERROR,
          syntaxMessage(e), e);
    }
  }

  private static TokenStreamLocation location(JsonParser p, JacksonException e) {
    return e.getLocation() == null ? p.currentLocation() : e.getLocation();
  }

  private static String syntaxMessage(StreamReadException e) {
    if (e instanceof UnexpectedEndOfInputException) {
      // Known by its type: the same words as the binding's own end-of-input error.
      return "not valid JSON: unexpected end of input";
    }
    String message = e.getOriginalMessage();
    if (message == null || message.isBlank()) {
      return "the document is not valid JSON";
    }
    int line = message.indexOf('\n');
    String first = line < 0 ? message : message.substring(0, line);
    return "not valid JSON: " + withoutParserLocation(first);
  }

  /**
   * The parser's message in the format's terms: without the location it appends ("(start marker
   * at [Source: …; byte offset: …])", since the error already names the line and column), and
   * without parser features the format does not offer (non-finite numbers, comments).
   */
  private static String withoutParserLocation(String message) {
    int marker = message.indexOf(" (start marker at ");
    int source = message.indexOf("[Source:");
    int cut = marker >= 0 ? marker : source >= 0 ? source : message.length();
    return message.substring(0, cut).strip()
        .replace("Number (or 'NaN'/'+INF'/'-INF')", "Number")
        .replace("maybe a (non-standard) comment? (not recognized as one since Feature"
            + " 'ALLOW_COMMENTS' not enabled for parser)", "comments are not JSON");
  }

  /**
   * The message of a limit passed: the SDK's own, from the limit that refused the input; the
   * parser's limits are all {@link LimitConstraints}, so the general message is only a guard.
   */
  private static String limitMessage(StreamConstraintsException e) {
    return e instanceof LimitConstraints.Exceeded ? e.getOriginalMessage()
        : "a limit of the parser is exceeded";
  }

  // ---------------------------------------------------------------------------------- writing

  /**
   * Writes a dataset to a file as UTF-8, replacing it; the file is written in full or not at all.
   *
   * <p>The dataset is written to a new temporary file in the same directory, which is then moved
   * over {@code path} (atomically where the file system can; otherwise by a plain replacing
   * move). An existing file keeps its POSIX permissions; a new file gets the permissions that
   * {@link Files#newOutputStream} would give it, those of the process's umask. When writing
   * fails, the temporary file is deleted and an existing file is left as it was.
   *
   * @param dataset the dataset, not null
   * @param path the file, not null
   * @throws IllegalArgumentException if a text or number is longer than reading allows
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(EngagementDataset dataset, Path path) {
    Path absolute = path.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = null;
    try {
      Set<PosixFilePermission> permissions = posixPermissions(absolute);
      String name = absolute.getFileName().toString();
      OutputStream created = null;
      while (created == null) {
        // A new name each time, not createTempFile: that would make the file owner-only (0600).
        Path candidate = dir.resolve(
            name + "." + Long.toUnsignedString(TEMP_NAMES.nextLong(), 36) + ".tmp");
        try {
          created = new BufferedOutputStream(Files.newOutputStream(candidate,
              StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), FILE_BUFFER);
          temp = candidate;
        } catch (FileAlreadyExistsException e) {
          // Taken: draw another name.
        }
      }
      try (OutputStream out = created) {
        write(dataset, out);
      }
      if (permissions != null) {
        Files.setPosixFilePermissions(temp, permissions);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // The failure that brought us here is the one to report.
        }
      }
    }
  }

  /**
   * A file's bytes through a buffer of {@link #FILE_BUFFER} bytes: Jackson reads 8,000 bytes at
   * a time, and a system call for each costs more than copying the bytes once more.
   */
  private static InputStream openBuffered(Path path) throws IOException {
    return new BufferedInputStream(Files.newInputStream(path), FILE_BUFFER);
  }

  /** The POSIX permissions of an existing file; null when it does not exist or has none. */
  private static @Nullable Set<PosixFilePermission> posixPermissions(Path file)
      throws IOException {
    try {
      return Files.readAttributes(file, PosixFileAttributes.class).permissions();
    } catch (NoSuchFileException | UnsupportedOperationException e) {
      return null;
    }
  }

  /**
   * Writes a dataset to a byte stream as UTF-8; the stream is flushed, not closed.
   *
   * @param dataset the dataset, not null
   * @param out the stream, not null
   * @throws IllegalArgumentException if a text or number is longer than reading allows
   * @throws UncheckedIOException if the stream fails
   */
  public void write(EngagementDataset dataset, OutputStream out) {
    write(dataset, writer().createGenerator(new LimitedOutputStream(out,
        limits.maxDocumentLength())));
  }

  /**
   * Writes a dataset to a character stream; the writer is flushed, not closed.
   *
   * @param dataset the dataset, not null
   * @param out the writer, not null
   * @throws IllegalArgumentException if a text or number is longer than reading allows
   * @throws UncheckedIOException if the writer fails
   */
  public void write(EngagementDataset dataset, Writer out) {
    write(dataset, writer().createGenerator(new LimitedWriter(out, limits.maxDocumentLength())));
  }

  /**
   * Writes a dataset to a string.
   *
   * @param dataset the dataset, not null
   * @return the document, never null
   * @throws IllegalArgumentException if a text or number is longer than reading allows
   */
  public String writeString(EngagementDataset dataset) {
    StringWriter out = new StringWriter();
    write(dataset, out);
    return out.toString();
  }

  /**
   * Writes a validation report: each issue with its severity, code, message, path and the JSON
   * Pointer of its place in the dataset document, and whether the report is valid.
   *
   * <pre class="language-json">{@code
   * {
   *   "valid": false,
   *   "issues": [
   *     {
   *       "severity": "ERROR",
   *       "code": "UNKNOWN_REFERENCE",
   *       "pointer": "/inputs/0/activity",
   *       "path": {"recordType": "INPUT", "index": 0, "recordId": "IN-1", "field": ["activity"]},
   *       "message": "unknown activity id: ACT-404"
   *     }
   *   ]
   * }
   * }</pre>
   *
   * @param report the report, not null
   * @return the document, never null
   */
  public String writeString(ValidationReport report) {
    return writeDocument(report);
  }

  /**
   * Reads a validation report written by {@link #writeString(ValidationReport)}; {@code valid}
   * and each {@code pointer} are optional and, when present, must agree with the issues.
   *
   * @param json the document, not null
   * @return the report, never null
   * @throws JsonReadException if the document is not a valid report
   */
  public ValidationReport readReport(String json) {
    return readDocument(json, Reports.REPORT);
  }

  // ---------------------------------------------------------------------------------- results

  /**
   * Writes a scorecard: its scope, the level of its rows, the measures' codes, the total row and
   * one row per area, each row with one result per measure (see
   * {@link #writeString(MeasureResult)}). Canonical like a dataset: the same scorecard always
   * gives the same text.
   *
   * <pre>{@code
   * Scorecard card = OutcomeMeasures.standard().scorecard(data, scope, AreaLevel.WARD);
   * String json = EngagementJson.standard().writeString(card);
   * Scorecard back = EngagementJson.standard().readScorecard(json);   // equals card
   * }</pre>
   *
   * @param scorecard the scorecard, not null
   * @return the document, never null
   * @throws IllegalArgumentException if a text or number is longer than reading allows
   */
  public String writeString(Scorecard scorecard) {
    return writeDocument(scorecard);
  }

  /**
   * Writes one measure's result: code, title, scope, status, the reason (NOT_ASSESSABLE) or the
   * score (SCORED), numerator and denominator, base and what it counts, rating, the indicators
   * in the measure's order, the evidence ids and the gaps. Every number is finite: a result
   * without a score is NOT_ASSESSABLE, and its document has a reason and no score.
   *
   * @param result the result, not null
   * @return the document, never null
   * @throws IllegalArgumentException if a text or number is longer than reading allows
   */
  public String writeString(MeasureResult result) {
    return writeDocument(result);
  }

  /**
   * Writes the methods "shopping list" of docs/spec/measures.md §8: scope, basis, the groups by
   * method and by mode × openness with their use, reach, voice, influence and cost (exact amounts
   * in pounds), and the methods that best reach each under-represented community.
   *
   * @param report the report, not null
   * @return the document, never null
   * @throws IllegalArgumentException if a text or number is longer than reading allows
   */
  public String writeString(MethodReport report) {
    return writeDocument(report);
  }

  /**
   * Reads a methods report written by {@link #writeString(MethodReport)}.
   *
   * @param json the document, not null
   * @return the report, equal to the one written, never null
   * @throws JsonReadException if the document is not a valid methods report
   */
  public MethodReport readMethodReport(String json) {
    return readDocument(json, Results.METHOD_REPORT);
  }

  /**
   * Writes a rating scale: its four thresholds and minimum base.
   *
   * @param scale the scale, not null
   * @return the document, never null
   */
  public String writeString(RatingScale scale) {
    return writeDocument(scale);
  }

  /**
   * Reads a scorecard written by {@link #writeString(Scorecard)}.
   *
   * @param json the document, not null
   * @return the scorecard, equal to the one written, never null
   * @throws JsonReadException if the document is not a valid scorecard: besides the codes of
   *     every read, {@code INVALID_VALUE} when its parts do not fit together (a result without
   *     a score that is not NOT_ASSESSABLE, rows out of order or at another level...)
   */
  public Scorecard readScorecard(String json) {
    return readDocument(json, Results.SCORECARD);
  }

  /**
   * Reads a measure result written by {@link #writeString(MeasureResult)}.
   *
   * @param json the document, not null
   * @return the result, equal to the one written, never null
   * @throws JsonReadException if the document is not a valid result
   */
  public MeasureResult readMeasureResult(String json) {
    return readDocument(json, Results.MEASURE_RESULT);
  }

  /**
   * Reads a rating scale written by {@link #writeString(RatingScale)}; absent thresholds take
   * their defaults.
   *
   * @param json the document, not null
   * @return the scale, never null
   * @throws JsonReadException if the document is not a valid scale
   */
  public RatingScale readRatingScale(String json) {
    return readDocument(json, Results.RATING_SCALE);
  }

  /**
   * Writes a comparison of a ratio measure between two populations: the measure, both
   * populations with their counts, figures and Wilson intervals, the verdict, and (when
   * assessable) the difference, its Newcombe interval, z, p-value and minimum detectable
   * difference, every figure at full precision.
   *
   * @param comparison the comparison, not null
   * @return the document, never null
   */
  public String writeString(Comparison comparison) {
    return writeDocument(comparison);
  }

  /**
   * Writes a trend: the measure, the area, every period's counts, figure and Wilson interval,
   * the verdict and (when assessable) the Cochran–Armitage figures, at full precision.
   *
   * @param trend the trend, not null
   * @return the document, never null
   */
  public String writeString(Trend trend) {
    return writeDocument(trend);
  }

  /**
   * Writes every row of a scorecard against the rest of its scope area: the scorecard (as
   * {@link #writeString(Scorecard)}) and the comparisons.
   *
   * @param comparison the scorecard comparison, not null
   * @return the document, never null
   */
  public String writeString(ScorecardComparison comparison) {
    return writeDocument(comparison);
  }

  /**
   * Writes the retention between two periods of one area: both scopes, the counts and the
   * retention at full precision.
   *
   * @param retention the retention, not null
   * @return the document, never null
   */
  public String writeString(Retention retention) {
    return writeDocument(retention);
  }

  /**
   * Reads a retention written by {@link #writeString(Retention)}; the retention is computed again
   * from the counts, and the one in the document must agree.
   *
   * @param json the document, not null
   * @return the retention, equal to the one written, never null
   * @throws JsonReadException if the document is not a valid retention
   */
  public Retention readRetention(String json) {
    return readDocument(json, Results.RETENTION);
  }

  /**
   * Reads a comparison written by {@link #writeString(Comparison)}; the figures are computed
   * again from the two populations, and those present in the document must agree.
   *
   * @param json the document, not null
   * @return the comparison, equal to the one written, never null
   * @throws JsonReadException if the document is not a valid comparison
   */
  public Comparison readComparison(String json) {
    return readDocument(json, Results.COMPARISON);
  }

  /**
   * Reads a trend written by {@link #writeString(Trend)}; the test is computed again from the
   * periods' counts, and the figures present in the document must agree.
   *
   * @param json the document, not null
   * @return the trend, equal to the one written, never null
   * @throws JsonReadException if the document is not a valid trend
   */
  public Trend readTrend(String json) {
    return readDocument(json, Results.TREND);
  }

  /**
   * Reads a scorecard comparison written by {@link #writeString(ScorecardComparison)}.
   *
   * @param json the document, not null
   * @return the scorecard comparison, equal to the one written, never null
   * @throws JsonReadException if the document is not valid
   */
  public ScorecardComparison readScorecardComparison(String json) {
    return readDocument(json, Results.SCORECARD_COMPARISON);
  }

  /**
   * Writes a survey question's figure in a scope: the question, the scope and the weighted
   * proportion's sums, with its figure, effective size and interval at full precision.
   *
   * @param estimate the estimate, not null
   * @return the document, never null
   */
  public String writeString(SurveyEstimate estimate) {
    return writeDocument(estimate);
  }

  /**
   * Reads a survey estimate written by {@link #writeString(SurveyEstimate)}; the figures are
   * computed again from the sums, and those present in the document must agree.
   *
   * @param json the document, not null
   * @return the estimate, equal to the one written, never null
   * @throws JsonReadException if the document is not a valid survey estimate
   */
  public SurveyEstimate readSurveyEstimate(String json) {
    return readDocument(json, SurveyResults.SURVEY_ESTIMATE);
  }

  /**
   * Writes a survey question's breakdown by demographic group: the overall proportion, then per
   * dimension each category's proportion, the rest's, its gap and its comparison with the rest,
   * at full precision, nothing suppressed.
   *
   * @param breakdown the breakdown, not null
   * @return the document, never null
   */
  public String writeString(SurveyBreakdown breakdown) {
    return writeDocument(breakdown);
  }

  /**
   * Reads a survey breakdown written by {@link #writeString(SurveyBreakdown)}; each group's
   * comparison with the rest is computed again, and the figures present must agree.
   *
   * @param json the document, not null
   * @return the breakdown, equal to the one written, never null
   * @throws JsonReadException if the document is not a valid survey breakdown
   */
  public SurveyBreakdown readSurveyBreakdown(String json) {
    return readDocument(json, SurveyResults.SURVEY_BREAKDOWN);
  }

  /**
   * Writes the change of a survey question's figure between two scopes: both estimates (as
   * {@link #writeString(SurveyEstimate)}), the difference, its interval, the verdict, the z-test
   * and the minimum detectable difference, at full precision.
   *
   * @param change the change, not null
   * @return the document, never null
   */
  public String writeString(SurveyChange change) {
    return writeDocument(change);
  }

  /**
   * Reads a survey change written by {@link #writeString(SurveyChange)}; the test is computed
   * again from the two estimates, and the figures present must agree.
   *
   * @param json the document, not null
   * @return the change, equal to the one written, never null
   * @throws JsonReadException if the document is not a valid survey change
   */
  public SurveyChange readSurveyChange(String json) {
    return readDocument(json, SurveyResults.SURVEY_CHANGE);
  }

  /**
   * Returns the published JSON Schema (draft 2020-12) of the result documents — scorecards,
   * measure results, rating scales, validation reports and the survey documents (estimates,
   * breakdowns and changes) — also in the jar as
   * {@code org/engagement/json/engagement-results-1.0.schema.json}. Every result document the
   * SDK writes validates against it.
   *
   * @return the schema's text, never null
   */
  public static String resultsSchema() {
    return resource(RESULTS_SCHEMA_RESOURCE);
  }

  /** The name of the results schema resource, next to this class. */
  static final String RESULTS_SCHEMA_RESOURCE = "engagement-results-1.0.schema.json";

  private <T> T readDocument(String json, ObjectBinding<T, ?> binding) {
    ReadContext rc = new ReadContext(isEnabled(JsonFeature.ALLOW_UNKNOWN_PROPERTIES), null);
    try (JsonParser p = open(() -> mapper.createParser(json), rc)) {
      return guard(p, rc, () -> {
        start(p, rc, "a " + binding.type().getSimpleName() + " object");
        T value = binding.read(p, rc);
        end(p, rc);
        return value;
      });
    }
  }

  private String writeDocument(Object value) {
    StringWriter out = new StringWriter();
    write(value, writer().createGenerator(new LimitedWriter(out, limits.maxDocumentLength())));
    return out.toString();
  }

  private ObjectWriter writer() {
    return isEnabled(JsonFeature.INDENT_OUTPUT) ? canonical : compact;
  }

  private void write(Object value, JsonGenerator generator) {
    try (JsonGenerator g = generator) {
      writer().writeValue(g, value);
      if (isEnabled(JsonFeature.INDENT_OUTPUT)) {
        g.writeRaw('\n');
      }
      g.flush();
    } catch (StreamConstraintsException e) {
      throw new IllegalArgumentException("the document would nest deeper than the limit of "
          + limits.maxNestingDepth() + " that reading applies; raise JsonLimits.maxNestingDepth "
          + "to write it", e);
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof DocumentTooLong) {
        throw new IllegalArgumentException("the document would be longer than the limit of "
            + limits.maxDocumentLength() + " that reading applies; raise "
            + "JsonLimits.maxDocumentLength to write it", e.getCause());
      }
      throw new UncheckedIOException("cannot write the document", e.getCause());
    }
  }

  /** Thrown by the limited outputs below; carried out of Jackson as an I/O failure. */
  private static final class DocumentTooLong extends IOException {
    private static final long serialVersionUID = 1L;

    DocumentTooLong(long limit) {
      super("document longer than " + limit);
    }
  }

  /** Refuses to pass more than the document-length limit, counted in bytes. */
  private static final class LimitedOutputStream extends java.io.FilterOutputStream {
    private final long limit;
    private long count;

    LimitedOutputStream(OutputStream out, long limit) {
      super(out);
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      count(1);
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      count(len);
      out.write(b, off, len);
    }

    private void count(int n) throws DocumentTooLong {
      count += n;
      if (count > limit && limit != JsonLimits.NO_LIMIT) {
        throw new DocumentTooLong(limit);
      }
    }
  }

  /** Refuses to pass more than the document-length limit, counted in characters. */
  private static final class LimitedWriter extends java.io.FilterWriter {
    private final long limit;
    private long count;

    LimitedWriter(Writer out, long limit) {
      super(out);
      this.limit = limit;
    }

    @Override
    public void write(int c) throws IOException {
      count(1);
      out.write(c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      count(len);
      out.write(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      count(len);
      out.write(str, off, len);
    }

    private void count(int n) throws DocumentTooLong {
      count += n;
      if (count > limit && limit != JsonLimits.NO_LIMIT) {
        throw new DocumentTooLong(limit);
      }
    }
  }

  /**
   * Returns a one-line description.
   *
   * @return e.g. {@code EngagementJson[features=[VALIDATE, INDENT_OUTPUT], limits=...]}, with
   *     {@code recordTypes=[...]} after the limits when it binds only some types
   */
  @Override
  public String toString() {
    return "EngagementJson[features=" + EnumSet.copyOf(
        features.isEmpty() ? EnumSet.noneOf(JsonFeature.class) : features) + ", limits="
        + limits + (recordTypes.size() < RecordType.values().length
            ? ", recordTypes=" + recordTypes : "") + "]";
  }
}
