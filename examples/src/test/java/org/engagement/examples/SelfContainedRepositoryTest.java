package org.engagement.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository stands on its own: no text file in it refers to a path outside it — the
 * {@code shared} folder that once sat beside the repository (its seeds, docs and data) or the
 * briefing pages kept there under upper-case names — so a clone alone builds, tests and reads
 * completely. Files are those git knows (tracked, or new and not ignored) when git and a
 * {@code .git} are there, otherwise every file under the root outside {@code target/} and
 * {@code .git/}; binary files (a NUL byte, or not UTF-8) are skipped.
 *
 * <p>The patterns are built by concatenation so that this file does not match them itself.
 */
class SelfContainedRepositoryTest {

  /** What no text file may contain, each with what it means. */
  static final List<Pattern> OUTSIDE = List.of(
      // the folder beside the repository, reached from its root
      Pattern.compile("\\.\\./" + "shared\\b"),
      // its sub-folders, however they are reached
      Pattern.compile("(?<![\\w-])" + "shared" + "/(?:seeds|docs|data)\\b"),
      // the briefing pages kept there, by their upper-case names
      Pattern.compile("\\b(?:MEASURES|STANDARDS|DOMAIN|TOOLCHAIN|STYLE)" + "\\.md\\b"));

  @Test
  void repository_noTextFileRefersToAPathOutsideIt() throws IOException {
    Path root = ScriptRunner.repositoryRoot();
    List<String> offences = new ArrayList<>();
    List<Path> files = files(root);
    for (Path file : files) {
      Optional<String> text = text(file);
      if (text.isEmpty()) {
        continue;
      }
      String[] lines = text.get().split("\r\n|\r|\n", -1);
      for (int i = 0; i < lines.length; i++) {
        List<String> found = matches(lines[i]);
        if (!found.isEmpty()) {
          offences.add(root.relativize(file).toString().replace('\\', '/') + ":" + (i + 1)
              + ": " + String.join(", ", found) + ": " + abbreviate(lines[i].strip()));
        }
      }
    }

    assertThat(files).as("files found under %s", root).isNotEmpty();
    if (!offences.isEmpty()) {
      fail(offences.size() + " lines of text files refer to paths outside the repository (copy"
          + " what they need into it and refer to that instead):\n" + String.join("\n", offences));
    }
  }

  @Test
  void matches_linesThatLeaveTheRepository_areFound() {
    assertThat(matches(unmask("export lies beside the repository in `../~shared/~data/polis`")))
        .containsExactly(unmask("../~shared"), unmask("shared/~data"));
    assertThat(matches(unmask("specified in `shared/~docs/MEASURES.~md` §2")))
        .containsExactly(unmask("shared/~docs"), unmask("MEASURES.~md"));
    assertThat(matches(unmask("the papers (2005–2012, in `shared/~seeds/`)")))
        .containsExactly(unmask("shared/~seeds"));
    assertThat(matches(unmask(" * (STANDARDS.~md CE-3)"))).containsExactly(
        unmask("STANDARDS.~md"));
    assertThat(matches(unmask("<!-- verified together (TOOLCHAIN.~md). -->")))
        .containsExactly(unmask("TOOLCHAIN.~md"));
    assertThat(matches(unmask("DOMAIN.~md and STYLE.~md"))).hasSize(2);
    assertThat(matches(unmask("var d = Path.of(\"../../~shared\");"))).hasSize(1);
  }

  @Test
  void matches_pathsInsideTheRepository_areNotFound() {
    assertThat(matches("examples/data/polis-london-youth-policing/ATTRIBUTION.md")).isEmpty();
    assertThat(matches("examples/data/reference/README.md")).isEmpty();
    assertThat(matches("see docs/spec/measures.md §1 and docs/standards.md")).isEmpty();
    assertThat(matches("the `../polis-london-youth-policing/` folder")).isEmpty();
    assertThat(matches("a shared data set; shared docs; data shared/ by all")).isEmpty();
    assertThat(matches(unmask("engagement-shared/~data and MY_MEASURES.~mdx"))).isEmpty();
  }

  /** Each match of the patterns in a line, in pattern order. */
  static List<String> matches(String line) {
    List<String> found = new ArrayList<>();
    for (Pattern pattern : OUTSIDE) {
      Matcher m = pattern.matcher(line);
      while (m.find()) {
        found.add(m.group());
      }
    }
    return found;
  }

  /** A sample line written with {@code ~} inside its words, so that this file does not match. */
  private static String unmask(String masked) {
    return masked.replace("~", "");
  }

  private static String abbreviate(String line) {
    return line.length() <= 160 ? line : line.substring(0, 157) + "...";
  }

  /** The repository's files: git's when it can list them, otherwise a walk of the tree. */
  private static List<Path> files(Path root) throws IOException {
    Optional<List<Path>> listed = gitFiles(root);
    if (listed.isPresent()) {
      return listed.get();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> {
            Path relative = root.relativize(p);
            for (Path part : relative) {
              String name = part.toString();
              if (name.equals("target") || name.equals(".git")) {
                return false;
              }
            }
            return true;
          })
          .sorted().toList();
    }
  }

  /** {@code git ls-files}: tracked files and new ones not ignored; empty when git cannot say. */
  private static Optional<List<Path>> gitFiles(Path root) {
    if (!Files.exists(root.resolve(".git"))) {
      return Optional.empty();
    }
    try {
      Process git = new ProcessBuilder("git", "-C", root.toString(), "ls-files", "-z",
          "--cached", "--others", "--exclude-standard")
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      byte[] out;
      try (InputStream in = git.getInputStream()) {
        out = in.readAllBytes();
      }
      if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
        git.destroyForcibly();
        return Optional.empty();
      }
      List<Path> files = new ArrayList<>();
      for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
        Path file = root.resolve(name);
        if (!name.isEmpty() && Files.isRegularFile(file)) {
          files.add(file);
        }
      }
      return Optional.of(files.stream().distinct().sorted().toList());
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** A file's text, or empty when it is binary: it holds a NUL byte or is not UTF-8. */
  private static Optional<String> text(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    for (byte b : bytes) {
      if (b == 0) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
