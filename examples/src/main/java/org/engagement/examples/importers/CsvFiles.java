package org.engagement.examples.importers;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/** Reads RFC 4180 CSV files (UTF-8) through jackson-dataformat-csv. */
final class CsvFiles {

  private static final CsvMapper MAPPER = CsvMapper.builder().build();

  private CsvFiles() {}

  /**
   * Reads a file whose first line names the columns.
   *
   * @param file the file, not null
   * @return one map per data row, column name to cell text ("" for an empty cell)
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if it is not well-formed CSV
   */
  static List<Map<String, String>> withHeader(Path file) {
    return read(file, MAPPER.readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader())
        .with(CsvReadFeature.FAIL_ON_MISSING_HEADER_COLUMNS));
  }

  /**
   * Reads a file without a header line.
   *
   * @param file the file, not null
   * @return one list of cells per line
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if it is not well-formed CSV
   */
  static List<List<String>> rows(Path file) {
    return read(file, MAPPER.readerForListOf(String.class).with(CsvReadFeature.WRAP_AS_ARRAY));
  }

  private static <T> List<T> read(Path file, ObjectReader reader) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<T> rows = reader.readValues(in)) {
      return rows.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not a well-formed CSV file: " + file.getFileName()
          + ": " + e.getOriginalMessage(), e);
    }
  }
}
