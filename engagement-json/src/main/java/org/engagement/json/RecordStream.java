package org.engagement.json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.engagement.core.DemographicScheme;
import org.engagement.core.EngagementDataset;
import org.engagement.core.validation.DatasetValidator;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads a dataset document record by record, holding one record at a time, so that a file larger
 * than the heap can be checked and fed to evaluators.
 *
 * <pre>{@code
 * try (RecordStream records = EngagementJson.standard().stream(Path.of("london-2012.json"))) {
 *   records.scheme();                       // read from the header
 *   while (records.hasNext()) {
 *     StreamedRecord r = records.next();    // e.g. ACTIVITY /activities/41
 *     r.problems().forEach(System.out::println);
 *   }
 * }
 * }</pre>
 *
 * <p>The document must put {@code formatVersion} and the scheme before the record arrays, as the
 * writer does; otherwise reading fails with {@code STREAM_ORDER}. Every error of a whole-document
 * read is found here too, when the stream reaches it: {@link #hasNext()} and {@link #next()} throw
 * {@link JsonReadException}. With {@link JsonFeature#VALIDATE} each record's single-field
 * constraints and the supported date range are checked and the scheme is validated; the rules
 * between records are left to {@link EngagementJson#validate(java.nio.file.Path)} and
 * {@link EngagementJson#read}.
 *
 * <p>Close the stream to close the document. Not thread-safe: one reader at a time.
 */
public final class RecordStream implements Iterator<StreamedRecord>, AutoCloseable {

  private final JsonParser parser;
  private final ReadContext rc;
  private final boolean validate;
  private final DocumentStream document;
  private final List<JsonProblem> headerProblems;
  private final @Nullable AutoCloseable owned;
  private @Nullable StreamedRecord next;
  private boolean done;

  RecordStream(JsonParser parser, ReadContext rc, boolean validate,
      @Nullable AutoCloseable owned) {
    this.parser = parser;
    this.owned = owned;
    this.rc = rc;
    this.validate = validate;
    try {
      this.document = EngagementJson.guard(parser, rc, () -> {
        EngagementJson.start(parser, rc);
        return new DocumentStream(parser, rc);
      });
    } catch (RuntimeException e) {
      parser.close();
      throw e;
    }
    List<JsonProblem> problems = new ArrayList<>(rc.drainWarnings());
    if (validate) {
      TokenStreamLocation at = document.schemeAt();
      problems.addAll(RecordStream.schemeProblems(document.scheme(), at));
    }
    this.headerProblems = List.copyOf(problems);
  }

  private static List<JsonProblem> schemeProblems(
      DemographicScheme scheme, @Nullable TokenStreamLocation at) {
    List<JsonProblem> out = new ArrayList<>();
    EngagementDataset onlyScheme = EngagementDataset.builder().scheme(scheme).build();
    for (JsonProblem problem : Pointers.problems(DatasetValidator.standard().validate(onlyScheme),
        null)) {
      out.add(at == null ? problem : JsonProblem.of(problem.severity(), problem.code(),
          problem.pointer(), at.getLineNr(), at.getColumnNr(), problem.message()));
    }
    return out;
  }

  /** {@return the scheme of the document's header; the default when absent} */
  public DemographicScheme scheme() {
    return document.scheme();
  }

  /**
   * The problems of the header: warnings of the reader and, with {@link JsonFeature#VALIDATE},
   * the scheme's issues. The problems of records are on each {@link StreamedRecord}.
   *
   * @return the problems, never null
   */
  public List<JsonProblem> headerProblems() {
    return headerProblems;
  }

  /**
   * Whether another record follows; at the end, checks that nothing follows the document.
   *
   * @throws JsonReadException if the document is not valid up to the next record
   */
  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = EngagementJson.guard(parser, rc, this::read);
    }
    return next != null;
  }

  /**
   * The next record.
   *
   * @return the record, never null
   * @throws NoSuchElementException if there is none
   * @throws JsonReadException if the document is not valid up to the next record
   */
  @Override
  public StreamedRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records");
    }
    StreamedRecord out = next;
    next = null;
    return out;
  }

  private @Nullable StreamedRecord read() {
    DocumentStream.Item item = document.next();
    if (item == null) {
      EngagementJson.end(parser, rc);
      done = true;
      return null;
    }
    List<JsonProblem> problems = new ArrayList<>(rc.drainWarnings());
    long line = item.at().getLineNr();
    long column = item.at().getColumnNr();
    if (validate) {
      problems.addAll(RecordConstraints.check(
          item.type(), item.index(), item.value(), item.pointer(), line, column));
    }
    return new StreamedRecord(item.type(), item.index(), item.pointer(), line, column,
        item.value(), problems);
  }

  /**
   * The remaining records as a sequential stream; closing it closes this.
   *
   * @return the records, never null
   */
  public Stream<StreamedRecord> records() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /** Closes the document; the stream then has no more records. */
  @Override
  public void close() {
    done = true;
    next = null;
    parser.close();
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        throw new java.io.UncheckedIOException("cannot close the document",
            e instanceof java.io.IOException ? (java.io.IOException) e
                : new java.io.IOException(e));
      }
    }
  }
}
