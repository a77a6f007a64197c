package org.engagement.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.Map;
import java.util.function.Supplier;
import org.engagement.examples.ScriptRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user guide in {@code docs/} shows what the code computes: every figure block equals what
 * its figure produces now. When this fails, regenerate the figures with
 * {@link GuideFigures#COMMAND} and read the diff.
 */
class GuideFiguresTest {

  private static final Map<String, Supplier<String>> TOY =
      Map.of("answer", () -> "42\n", "table", () -> "| a |\n| --- |\n| 1 |\n");

  @Test
  void run_repositoryGuide_everyFigureIsCurrent() {
    Path root = ScriptRunner.repositoryRoot();
    GuideFigures.Report report =
        GuideFigures.of(Figures.standard(root)).runGuide(root, false);

    assertThat(report.isCurrent())
        .as("the guide's figures drifted from the code:%n%s", report.text(false))
        .isTrue();
    assertThat(report.blocks()).isPositive();
  }

  @Test
  void run_staleBlock_isListedWithTheCommandAndWriteFixesIt(@TempDir Path docs) throws Exception {
    Path file = docs.resolve("guide.md");
    Files.writeString(file, "Prose.\n\n<!-- figure: answer -->\n41\n<!-- /figure -->\n\nMore"
        + " prose.\n<!-- figure: table -->\n| a |\n| --- |\n| 1 |\n<!-- /figure -->\n");
    GuideFigures guide = GuideFigures.of(TOY);

    GuideFigures.Report check = guide.run(docs, false);
    assertThat(check.stale()).extracting(Object::toString).containsExactly("guide.md:3: answer");
    assertThat(check.exitCode(false)).isEqualTo(1);
    assertThat(check.text(false)).contains("stale: guide.md:3: answer")
        .contains(GuideFigures.COMMAND);
    assertThat(Files.readString(file)).contains("41");

    GuideFigures.Report write = guide.run(docs, true);
    assertThat(write.exitCode(true)).isZero();
    assertThat(Files.readString(file)).isEqualTo("Prose.\n\n<!-- figure: answer -->\n42\n"
        + "<!-- /figure -->\n\nMore prose.\n<!-- figure: table -->\n| a |\n| --- |\n| 1 |\n"
        + "<!-- /figure -->\n");
    assertThat(guide.run(docs, false).isCurrent()).isTrue();
  }

  @Test
  void run_emptyBlock_isFilledByWrite(@TempDir Path docs) throws Exception {
    Path file = docs.resolve("new.md");
    Files.writeString(file, "<!-- figure: answer -->\n<!-- /figure -->");

    GuideFigures.Report write = GuideFigures.of(TOY).run(docs, true);

    assertThat(write.exitCode(true)).isZero();
    assertThat(write.text(true)).isEqualTo("rewrote new.md:1: answer\n"
        + "all 1 figure blocks are current\n");
    assertThat(Files.readString(file)).isEqualTo("<!-- figure: answer -->\n42\n<!-- /figure -->");
    assertThat(GuideFigures.of(TOY).run(docs, false).isCurrent()).isTrue();
  }

  @Test
  void run_unknownFigure_isAnErrorAndNothingIsWritten(@TempDir Path docs) throws Exception {
    Path file = docs.resolve("guide.md");
    String text = "<!-- figure: answer -->\n41\n<!-- /figure -->\n<!-- figure: no-such -->\nx\n"
        + "<!-- /figure -->\n";
    Files.writeString(file, text);

    GuideFigures.Report report = GuideFigures.of(TOY).run(docs, true);

    assertThat(report.errors()).containsExactly("guide.md:4: unknown figure: no-such");
    assertThat(report.exitCode(true)).isEqualTo(2);
    assertThat(Files.readString(file)).isEqualTo(text);
  }

  @Test
  void run_failingFigure_isAnErrorAndNothingIsWritten(@TempDir Path docs) throws Exception {
    Path good = docs.resolve("a.md");
    Path bad = docs.resolve("b.md");
    Files.writeString(good, "<!-- figure: answer -->\n41\n<!-- /figure -->\n");
    Files.writeString(bad, "<!-- figure: broken -->\n<!-- /figure -->\n");
    Map<String, Supplier<String>> figures = Map.of("answer", () -> "42\n", "broken", () -> {
      throw new IllegalStateException("no data");
    });

    GuideFigures.Report report = GuideFigures.of(figures).run(docs, true);

    assertThat(report.errors()).containsExactly(
        "b.md:1: broken: the figure failed: java.lang.IllegalStateException: no data");
    assertThat(report.exitCode(true)).isEqualTo(2);
    assertThat(report.text(true)).isEqualTo(
        "error: b.md:1: broken: the figure failed: java.lang.IllegalStateException: no data\n"
        + "stale (not written: errors above): a.md:1: answer\n")
        .doesNotContain("rewrote").doesNotContain("current");
    assertThat(Files.readString(good)).contains("41");
  }

  @Test
  void run_writeFailsPartWay_namesTheFilesAlreadyRewritten(@TempDir Path docs) throws Exception {
    Path sub = docs.resolve("sub");
    Files.createDirectories(sub);
    Files.writeString(docs.resolve("a.md"), "<!-- figure: answer -->\n41\n<!-- /figure -->\n");
    Files.writeString(sub.resolve("b.md"), "<!-- figure: trap -->\n<!-- /figure -->\n");
    Map<String, Supplier<String>> figures = Map.of("answer", () -> "42\n", "trap", () -> {
      try {
        Files.delete(sub.resolve("b.md"));
        Files.delete(sub);
        Files.writeString(sub, "now a file, so nothing can be written under it");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return "x\n";
    });

    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> GuideFigures.of(figures).run(docs, true));

    assertThat(e.getMessage()).startsWith("cannot write " + sub.resolve("b.md"))
        .endsWith("; already rewritten: a.md");
    assertThat(Files.readString(docs.resolve("a.md"))).contains("42");
    try (Stream<Path> left = Files.list(docs)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.md",
          "sub");
    }
  }

  @Test
  void run_unclosedMarker_isAnError(@TempDir Path docs) throws Exception {
    Files.writeString(docs.resolve("guide.md"), "Prose.\n<!-- figure: answer -->\n42\n");

    GuideFigures.Report report = GuideFigures.of(TOY).run(docs, false);

    assertThat(report.errors())
        .containsExactly("guide.md:2: figure answer is not closed by <!-- /figure -->");
    assertThat(report.exitCode(false)).isEqualTo(2);
  }

  @Test
  void run_markerInsideABlock_isAnError(@TempDir Path docs) throws Exception {
    Files.writeString(docs.resolve("guide.md"), "<!-- figure: answer -->\n"
        + "<!-- figure: table -->\n<!-- /figure -->\n");

    GuideFigures.Report report = GuideFigures.of(TOY).run(docs, false);

    assertThat(report.errors()).containsExactly(
        "guide.md:2: figure marker inside the block of answer opened at line 1");
  }

  @Test
  void run_closingMarkerAlone_isAnError(@TempDir Path docs) throws Exception {
    Files.writeString(docs.resolve("guide.md"), "Prose.\n<!-- /figure -->\n");

    GuideFigures.Report report = GuideFigures.of(TOY).run(docs, false);

    assertThat(report.errors())
        .containsExactly("guide.md:2: <!-- /figure --> without an opening marker");
  }

  @Test
  void run_markersInFencedProse_areText(@TempDir Path docs) throws Exception {
    String text = "```markdown\n<!-- figure: no-such -->\n<!-- /figure -->\n```\n"
        + "~~~\n<!--figure: x-->\n~~~\n<!-- figure: answer -->\n42\n<!-- /figure -->\n";
    Files.writeString(docs.resolve("guide.md"), text);

    GuideFigures.Report report = GuideFigures.of(TOY).run(docs, true);

    assertThat(report.errors()).isEmpty();
    assertThat(report.blocks()).isOne();
    assertThat(Files.readString(docs.resolve("guide.md"))).isEqualTo(text);
  }

  @Test
  void run_shorterFenceInsideALongerOne_doesNotCloseIt(@TempDir Path docs) throws Exception {
    Files.writeString(docs.resolve("guide.md"), "````markdown\n```\n<!-- figure: answer -->\n"
        + "```\n````\n<!-- figure: answer -->\n41\n<!-- /figure -->\n");

    GuideFigures.Report report = GuideFigures.of(TOY).run(docs, false);

    assertThat(report.errors()).isEmpty();
    assertThat(report.stale()).extracting(Object::toString).containsExactly("guide.md:6: answer");
  }

  @Test
  void run_fenceOfTheOtherCharacterOrWithText_doesNotCloseIt(@TempDir Path docs)
      throws Exception {
    Files.writeString(docs.resolve("guide.md"), "```\n~~~\n``` not a close\n```\n"
        + "<!-- figure: answer -->\n41\n<!-- /figure -->\n");

    GuideFigures.Report report = GuideFigures.of(TOY).run(docs, false);

    assertThat(report.errors()).isEmpty();
    assertThat(report.stale()).extracting(Object::toString).containsExactly("guide.md:5: answer");
  }

  @Test
  void run_fenceLeftOpen_isAnError(@TempDir Path docs) throws Exception {
    Files.writeString(docs.resolve("a.md"), "<!-- figure: answer -->\n42\n<!-- /figure -->\n");
    Files.writeString(docs.resolve("b.md"), "Prose.\n\n```sh\nls\n<!-- figure: answer -->\n"
        + "41\n<!-- /figure -->\n");

    GuideFigures.Report report = GuideFigures.of(TOY).run(docs, true);

    assertThat(report.errors()).containsExactly("b.md:3: code fence ``` is not closed");
    assertThat(report.exitCode(true)).isEqualTo(2);
    assertThat(report.isCurrent()).isFalse();
  }

  @Test
  void run_markersButNoBlockRead_isAnError(@TempDir Path docs) throws Exception {
    String text = "```markdown\n<!-- figure: answer -->\n41\n<!-- /figure -->\n```\n";
    Files.writeString(docs.resolve("guide.md"), text);

    GuideFigures.Report report = GuideFigures.of(TOY).run(docs, false);

    assertThat(report.blocks()).isZero();
    assertThat(report.errors()).containsExactly("no figure block was read, yet guide.md contain"
        + " <!-- figure: a code fence or a marker is out of place");
    assertThat(report.exitCode(false)).isEqualTo(2);
    assertThat(report.text(false)).doesNotContain("current");
  }

  @Test
  void run_misspeltMarkers_areMalformed(@TempDir Path docs) throws Exception {
    Files.writeString(docs.resolve("guide.md"), "<!--figure: answer-->\n42\n<!--/figure-->\n"
        + "<!-- figures: answer -->\n<!-- Figure: answer -->\n"
        + "<!-- figure: answer -->\n42\n<!-- /figure-->\n<!-- /figure -->\n");

    GuideFigures.Report report = GuideFigures.of(TOY).run(docs, false);

    assertThat(report.errors()).containsExactly(
        "guide.md:1: malformed figure marker: <!--figure: answer-->",
        "guide.md:3: malformed figure marker: <!--/figure-->",
        "guide.md:4: malformed figure marker: <!-- figures: answer -->",
        "guide.md:5: malformed figure marker: <!-- Figure: answer -->",
        "guide.md:8: malformed figure marker inside the block of answer opened at line 6:"
            + " <!-- /figure-->");
    assertThat(report.exitCode(false)).isEqualTo(2);
  }

  @Test
  void report_lists_areCopied() {
    List<String> errors = new ArrayList<>(List.of("x"));
    GuideFigures.Report report = new GuideFigures.Report(0, List.of(), errors);
    errors.clear();
    assertThat(report.errors()).containsExactly("x");
  }

  /**
   * Links between the guide's pages (outside fenced code) name a file that exists and, after
   * {@code #}, a heading of it.
   */
  @Test
  void docs_internalLinks_resolveToPagesAndHeadings() throws Exception {
    Path docs = ScriptRunner.repositoryRoot().resolve("docs");
    Pattern link = Pattern.compile("\\]\\(([^)#\\s]*)(?:#([^)\\s]+))?\\)");
    List<String> broken = new ArrayList<>();
    try (Stream<Path> pages = Files.list(docs)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        Matcher m = link.matcher(outsideFences(page));
        while (m.find()) {
          String file = m.group(1);
          if (file.contains(":")) {
            continue;
          }
          Path target = file.isEmpty() ? page : page.resolveSibling(file).normalize();
          if (!Files.isRegularFile(target)) {
            broken.add(page.getFileName() + ": " + m.group());
          } else if (m.group(2) != null && !anchors(target).contains(m.group(2))) {
            broken.add(page.getFileName() + ": " + m.group() + " (no such heading)");
          }
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  /** A Markdown file's text with its fenced code blanked out: code holds no links. */
  private static String outsideFences(Path file) throws Exception {
    StringBuilder out = new StringBuilder();
    boolean fence = false;
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("```")) {
        fence = !fence;
      } else if (!fence) {
        out.append(line);
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The anchors GitHub gives the headings of a Markdown file, outside fenced code. */
  private static Set<String> anchors(Path file) throws Exception {
    Set<String> out = new HashSet<>();
    boolean fence = false;
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("```")) {
        fence = !fence;
      } else if (!fence && line.startsWith("#")) {
        out.add(line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
      }
    }
    return out;
  }
}
