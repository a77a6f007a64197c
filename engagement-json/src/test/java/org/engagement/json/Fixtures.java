package org.engagement.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The fixture files of src/test/resources/1.0. */
final class Fixtures {

  private Fixtures() {}

  static final Path DIR = Path.of("src", "test", "resources", "1.0");

  static Path path(String name) {
    return DIR.resolve(name);
  }

  static String text(String name) {
    try {
      String text = Files.readString(path(name), StandardCharsets.UTF_8);
      // A UTF-8 byte order mark is allowed in a file; it is not part of the JSON text.
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixtures whose names start with {@code prefix}, sorted by name. */
  static List<Path> named(String prefix) {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix))
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes an actual output next to the build's other outputs, to compare or adopt. */
  static Path saveActual(String name, String text) {
    try {
      Path out = Path.of("target", "golden-actual", name);
      Files.createDirectories(out.getParent());
      return Files.writeString(out, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
