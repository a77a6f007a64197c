package org.engagement.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagement.json.EngagementJson;
import org.engagement.json.JsonFeature;

/**
 * Rewrites the committed sample file {@value #FILE} from {@link SampleData#lambeth()}, in the
 * canonical form of {@link EngagementJson#writeString(org.engagement.core.EngagementDataset)}
 * without indentation ({@link #JSON}): one line of about 1.4 MB instead of 2.3 MB indented, to
 * keep the repository small; every reader of the format reads it alike. Run it from the
 * repository root after changing the sample generator; a test fails until the committed file
 * agrees with the generator again.
 *
 * <pre class="language-shell">{@code
 * $ ./mvnw -q -DskipTests package
 * $ java -cp examples/target/engagement-examples.jar org.engagement.examples.WriteSampleJson
 * wrote examples/data/lambeth.json (1234567 bytes)
 * }</pre>
 */
public final class WriteSampleJson {

  /** How the committed file is written: the canonical form, not indented. */
  public static final EngagementJson JSON =
      EngagementJson.standard().disable(JsonFeature.INDENT_OUTPUT);

  /** The committed sample file, relative to the repository root. */
  public static final String FILE = "examples/data/lambeth.json";

  /** The command that rewrites the file, from the repository root. */
  public static final String COMMAND = "./mvnw -q -DskipTests package && java -cp"
      + " examples/target/engagement-examples.jar " + WriteSampleJson.class.getName();

  private WriteSampleJson() {}

  /**
   * Writes the sample to {@value #FILE}, or to the file given, and says where.
   *
   * @param args empty, or one file name to write instead
   */
  public static void main(String[] args) {
    Path file = write(Path.of(args.length == 0 ? FILE : args[0]));
    try {
      System.out.println("wrote " + file + " (" + Files.size(file) + " bytes)");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + file, e);
    }
  }

  /**
   * Writes the sample dataset canonically to a file, creating its directory.
   *
   * @param file the file, replaced if it exists, not null
   * @return {@code file}
   * @throws UncheckedIOException if it cannot be written
   */
  public static Path write(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    JSON.write(SampleData.lambeth(), file);
    return file;
  }
}
