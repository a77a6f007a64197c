package org.engagement.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagement.measures.standards.Catalogue;

/**
 * Reads a user's own standards: a catalogue of declarative rules as a JSON document, each rule
 * made of the public building blocks of {@code org.engagement.measures.standards} — a share of
 * records that meet criteria, a minimum count (per area or for the scope as a whole), a
 * commitment, a narrative promise, or parts combined by their minimum. Its JSON Schema is
 * {@link #schema()}.
 *
 * <pre>{@code
 * Catalogue scotland = CatalogueJson.read(Path.of("examples/catalogues/scottish-national-standards.json"));
 * ComplianceMatrix m = ComplianceMatrix.of(scotland, data, scope);
 * }</pre>
 *
 * <p>A catalogue with one rule: the share of the period's OPEN public meetings answered by
 * feedback in three parts, per ward.
 *
 * <pre class="language-json">{@code
 * {
 *   "formatVersion": "1.0",
 *   "name": "Our promises",
 *   "rules": [
 *     {
 *       "id": "P-1",
 *       "title": "We tell people what happened",
 *       "share": {
 *         "records": "activities",
 *         "where": {"methods": ["PUBLIC_MEETING"], "openness": ["OPEN"]},
 *         "requires": ["THREE_PART_FEEDBACK"],
 *         "perArea": "WARD"
 *       }
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>An error names its place and the rule: a {@link JsonReadException} whose problem has a
 * {@link JsonCode} name as its code, the JSON Pointer, line and column, and a message that
 * begins with the rule's id, e.g. {@code rule NSCE-2: share.requires: unknown criterion
 * ANOUNCED for activities; known: ...}.
 *
 * <p>This class is stateless and thread-safe; the catalogues it returns are immutable.
 */
public final class CatalogueJson {

  /** The version of the catalogue format this reader reads. */
  public static final String FORMAT_VERSION = "1.0";

  /** The class-path resource of the catalogue format's JSON Schema. */
  public static final String SCHEMA_RESOURCE =
      "/org/engagement/json/engagement-catalogue-1.0.schema.json";

  private CatalogueJson() {}

  /**
   * Reads a catalogue document.
   *
   * @param json the document, not null
   * @return the catalogue, never null
   * @throws JsonReadException if the text is not a valid catalogue: the problem names the code,
   *     the JSON Pointer, the line and column, and the rule
   */
  public static Catalogue readString(String json) {
    return DeclaredRules.catalogue(CatalogueNode.parse(json));
  }

  /**
   * Reads a catalogue file, UTF-8.
   *
   * @param path the file, not null
   * @return the catalogue, never null
   * @throws JsonReadException if the file is not a valid catalogue, or not strict UTF-8
   *     ({@code MALFORMED_TEXT} with the line and column of the byte where the text stops being
   *     UTF-8, as for dataset files)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Catalogue read(Path path) {
    String text;
    try (InputStream in = new StrictUtf8InputStream(Files.newInputStream(path))) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (StrictUtf8InputStream.MalformedTextException e) {
      throw CatalogueNode.error(JsonCode.MALFORMED_TEXT, "", e.line(), e.column(), e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return readString(text);
  }

  /**
   * Returns the published JSON Schema (draft 2020-12) of catalogue documents, also in the jar
   * as {@link #SCHEMA_RESOURCE}. It checks the shape: the properties, the kinds of record, their
   * filters and criteria; the reader checks the same and also that rule ids are distinct.
   *
   * @return the schema's text, never null
   */
  public static String schema() {
    try (InputStream in = CatalogueJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
    }
  }
}
